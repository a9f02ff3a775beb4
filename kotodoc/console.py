"""The ``kotodoc`` console script: start-up settings of a short-lived process, then the command line.

A check in a pre-commit hook lives about a tenth of a second, most of it importing modules and building
the schema's validator. Those imports create a few hundred thousand objects, all of which live until
the process ends, and Python's cyclic garbage collector would scan them again and again to free
nothing: it is switched off here, before anything is imported. Work over many files switches it back
on, tuned for the batch (:func:`kotodoc.checks.batch.batch_collector`), so memory stays flat however
many files there are. A library user importing kotodoc is not affected: only this entry point does it.
"""

from __future__ import annotations

import gc


def main() -> None:
    """Console-script entry point (also ``python -m kotodoc``)."""
    gc.disable()
    from kotodoc.cli import main as cli_main

    cli_main()

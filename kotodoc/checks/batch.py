"""Checking many files in constant memory: one file's tree, model and positions alive at a time.

:func:`each_file` validates files one after another and hands each full
:class:`~kotodoc.checks.validate.Report` to a function that picks what to keep (a summary over many
files keeps its own few facts); the report is dropped before the next file is read. :func:`check_files`
keeps only the diagnostics (:meth:`~kotodoc.checks.validate.Report.compact`), which is what the
report formats print. A file that cannot be read is an :class:`~kotodoc.checks.report.Unreadable`
in the stream, never an exception, so one missing file does not stop the batch.

While a batch runs, the cyclic garbage collector is tuned for it (:func:`batch_collector`): the
objects of start-up (modules, the schema's validators, the form texts) are frozen out of its scans,
and it runs less often. A document's tree and model hold no reference cycles and are freed by
reference counting as soon as they are dropped, so the collector has little to find; left at
Python's defaults it rescans every long-lived object again and again.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from kotodoc.checks.report import Result, Unreadable
from kotodoc.checks.validate import Report, validate_file
from kotodoc.errors import FileReadError

T = TypeVar("T")

BATCH_GC_THRESHOLD = (50_000, 50, 100)
"""The collector's thresholds during a batch (Python's defaults: 700, 10, 10)."""


_lock = threading.Lock()
_active = 0  # batches running now (threads, or a batch inside a batch)
_saved: tuple[bool, tuple[int, int, int]] = (True, (700, 10, 10))


@contextmanager
def batch_collector() -> Iterator[None]:
    """Freeze what exists now out of the collector's scans and collect less often, until the end.

    The collector is on during the batch even if the caller had switched it off (the command line
    does, for its start-up); its previous state and thresholds come back when the last of the
    batches running at the same time (threads, or a batch inside a batch) ends.
    """
    global _active, _saved
    with _lock:
        if _active == 0:
            _saved = (gc.isenabled(), gc.get_threshold())
            gc.freeze()
            gc.set_threshold(*BATCH_GC_THRESHOLD)
            gc.enable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0:
                was_enabled, thresholds = _saved
                gc.set_threshold(*thresholds)
                gc.unfreeze()
                if not was_enabled:
                    gc.disable()


def each_file(paths: Iterable[str | os.PathLike[str]], keep: Callable[[Report], T],
              draft: bool = False) -> Iterator[T | Unreadable]:
    """Validate ``paths`` one at a time; yield ``keep(report)`` for each (or :class:`Unreadable`).

    Only what ``keep`` returns outlives its file: keep small things (diagnostics, a few facts), not
    the report's ``programme``, ``data`` or ``positions``. ``draft``: as ``validate --luonnos``.
    """
    with batch_collector():
        for path in paths:
            try:
                report = validate_file(path, draft)
            except FileReadError as exc:
                yield Unreadable(os.fspath(path), exc)
                continue
            kept = keep(report)
            del report  # before the next file is read, not after
            yield kept


def check_files(paths: Iterable[str | os.PathLike[str]], draft: bool = False) -> Iterator[Result]:
    """Validate ``paths`` one at a time, keeping each file's diagnostics only."""
    return each_file(paths, Report.compact, draft)

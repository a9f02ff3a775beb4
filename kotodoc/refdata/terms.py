"""Words that mark text as unfinished, and terms of repealed law or abolished bodies.

Reference vocabulary for the text rules (KD401, KD402) and for the schema, which lets a
placeholder stand in a list of languages so that a fresh ``kotodoc init`` file has warnings only.
The names of the bodies that ended in 2025 and 2026 (ELY-keskus, TE-palvelut, …) and the dates are in
:mod:`kotodoc.refdata.administration`. Only the standard library is imported.
"""

from __future__ import annotations

import re
from typing import Final, Literal, NamedTuple

PLACEHOLDER: Final = re.compile(r"\b(TODO|XXX|TBD|FIXME)\b|täydennetään|taydennetaan", re.IGNORECASE)
"""A word that says "to be filled in" anywhere in a text."""

PLACEHOLDER_WHOLE: Final = frozenset({"?", "??", "???", "...", "…", "-", "–", "—"})
"""A whole answer that only holds a mark instead of words."""


class RepealedTerm(NamedTuple):
    """A term that is no longer current, the term that replaced it, and what ended it."""

    pattern: re.Pattern[str]
    modern: str
    ended_by: Literal["1386/2010", "TE24"]  # the repealed integration act, or the TE24 reform (laki 380/2023)


REPEALED_TERMS: Final = (
    RepealedTerm(re.compile(r"kotouttamisohjelm\w*", re.IGNORECASE), "kotoutumisohjelma", "1386/2010"),
    RepealedTerm(re.compile(r"alkukartoitu\w*", re.IGNORECASE), "osaamisen ja kotoutumisen palvelutarpeen arviointi",
                 "1386/2010"),
    RepealedTerm(re.compile(r"\bTE-toimisto\w*", re.IGNORECASE), "työvoimaviranomainen (työllisyysalue)", "TE24"),
)
"""Terms of the repealed integration act (1386/2010), the TE offices that the TE24 reform ended on 1.1.2025
(laki työvoimapalveluiden järjestämisestä 380/2023), and the current term for each."""

TRIGGERS: Final = ("todo", "xxx", "tbd", "fixme", "täydennetään", "taydennetaan", "kotouttamisohjelm",
                   "alkukartoitu", "te-toimisto")
"""Lower-case fragments that every placeholder or term match contains: a cheap test before the regexes."""


def is_placeholder(text: str) -> bool:
    """Whether ``text`` is or holds a placeholder rather than an answer."""
    return PLACEHOLDER.search(text) is not None or text.strip() in PLACEHOLDER_WHOLE

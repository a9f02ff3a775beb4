"""Words that mark text as unfinished, and terms of repealed law or abolished bodies.

Reference vocabulary for the text rules (KD401, KD402) and for the schema, which lets a
placeholder stand in a list of languages so that a fresh ``kotodoc init`` file has warnings only.
Only the standard library is imported.
"""

from __future__ import annotations

import re
from typing import Final

PLACEHOLDER: Final = re.compile(r"\b(TODO|XXX|TBD|FIXME)\b|täydennetään|taydennetaan", re.IGNORECASE)
"""A word that says "to be filled in" anywhere in a text."""

PLACEHOLDER_WHOLE: Final = frozenset({"?", "??", "???", "...", "…", "-", "–", "—"})
"""A whole answer that only holds a mark instead of words."""

REPEALED_TERMS: Final[tuple[tuple[re.Pattern[str], str], ...]] = (
    (re.compile(r"kotouttamisohjelm\w*", re.IGNORECASE), "kotoutumisohjelma"),
    (re.compile(r"alkukartoitu\w*", re.IGNORECASE), "osaamisen ja kotoutumisen palvelutarpeen arviointi"),
    (re.compile(r"\bTE-toimisto\w*", re.IGNORECASE), "työvoimaviranomainen (työllisyysalue)"),
)
"""Terms of the repealed integration act (1386/2010) and the current term for each."""

TRIGGERS: Final = ("todo", "xxx", "tbd", "fixme", "täydennetään", "taydennetaan", "kotouttamisohjelm",
                   "alkukartoitu", "te-toimisto")
"""Lower-case fragments that every placeholder or term match contains: a cheap test before the regexes."""


def is_placeholder(text: str) -> bool:
    """Whether ``text`` is or holds a placeholder rather than an answer."""
    return PLACEHOLDER.search(text) is not None or text.strip() in PLACEHOLDER_WHOLE

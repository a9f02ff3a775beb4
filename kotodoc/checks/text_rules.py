"""Rules on the raw tree: unfinished text (KD401) and terms of repealed law or abolished bodies (KD402), anywhere.

They run before the schema, so a user sees them even while the document still has structural
errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kotodoc.checks.findings import Finding, TextRule, walk_strings
from kotodoc.checks.wording import Place
from kotodoc.messages import Word
from kotodoc.refdata import administration
from kotodoc.refdata.terms import PLACEHOLDER, PLACEHOLDER_WHOLE, REPEALED_TERMS, TRIGGERS
from kotodoc.schema.approval import raw_day

_TRIGGER = re.compile("|".join(map(re.escape, TRIGGERS)))  # one scan instead of one per fragment


def placeholders_and_terms(data: Any) -> Iterator[Finding]:
    """KD401 placeholders and KD402 terms of the repealed law or of the TE offices, anywhere in the text.

    In a document dated 2026 or later the TE offices are KD409's (which names the authority of today)."""
    day = raw_day(data)
    te_is_kd409 = day is not None and administration.centres_in_charge(day)
    for loc, text in walk_strings(data):
        lowered = text.lower()
        if len(text) > 3 and _TRIGGER.search(lowered) is None:
            continue  # most strings hold none of the fragments (a short one may be a lone "?")
        match = PLACEHOLDER.search(text)
        if match or text.strip() in PLACEHOLDER_WHOLE:
            found = match.group(0) if match else text.strip()
            yield Finding("KD401", loc, {"what": Place(loc), "found": found})
        for term in REPEALED_TERMS:
            match = term.pattern.search(text)
            if match and not (te_is_kd409 and term.ended_by == "TE24"):
                yield Finding("KD402", loc, {"what": Place(loc), "found": match.group(0), "modern": term.modern,
                                             "source": Word(f"ended_{term.ended_by}")})


RULES: tuple[TextRule, ...] = (placeholders_and_terms,)

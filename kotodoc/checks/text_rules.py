"""Rules on the raw tree: unfinished text (KD401) and terms of repealed law (KD402), anywhere.

They run before the schema, so a user sees them even while the document still has structural
errors.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kotodoc.checks.findings import Finding, TextRule, walk_strings
from kotodoc.checks.wording import Place
from kotodoc.refdata.terms import PLACEHOLDER, PLACEHOLDER_WHOLE, REPEALED_TERMS, TRIGGERS


def placeholders_and_terms(data: Any) -> Iterator[Finding]:
    """KD401 placeholders and KD402 terms of the repealed law, anywhere in the text."""
    for loc, text in walk_strings(data):
        lowered = text.lower()
        if len(text) > 3 and not any(t in lowered for t in TRIGGERS):
            continue  # most strings hold none of the fragments (a short one may be a lone "?")
        match = PLACEHOLDER.search(text)
        if match or text.strip() in PLACEHOLDER_WHOLE:
            found = match.group(0) if match else text.strip()
            yield Finding("KD401", loc, {"what": Place(loc), "found": found})
        for pattern, modern in REPEALED_TERMS:
            term = pattern.search(text)
            if term:
                yield Finding("KD402", loc, {"what": Place(loc), "found": term.group(0), "modern": modern})


RULES: tuple[TextRule, ...] = (placeholders_and_terms,)

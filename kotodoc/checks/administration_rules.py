"""The administration of the document's date: bodies that have ended (KD409) and the old submission key (KD610).

A document dated 1.1.2026 or later (``paivays``, else the approval block's dates) is sent to the
elinvoimakeskus, and job seekers have been served by the työvoimaviranomainen since 1.1.2025
(:mod:`kotodoc.refdata.administration`). Such a document that still names the ELY-keskus, a TE-toimisto,
TE-palvelut, the työ- ja elinkeinotoimisto or the kuntakokeilu is told which body does the task now, named
from its municipalities' reference data. Warnings: the text may quote history on purpose.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from kotodoc import refdata
from kotodoc.checks.findings import Finding, ModelRule, TextRule, walk_strings
from kotodoc.checks.parts import Parts
from kotodoc.checks.wording import Place
from kotodoc.diagnostics import Loc
from kotodoc.messages import Word, join
from kotodoc.refdata import administration
from kotodoc.schema.approval import APPROVAL_KEY, DEPRECATED_SUBMISSION_KEYS, raw_day, raw_municipalities


class Bodies(NamedTuple):
    """Names of the bodies in charge now, joined in the reader's language; a general phrase when none is known."""

    names: tuple[str, ...]
    fallback: str  # a key of the messages' WORDS
    names_sv: tuple[str, ...] = ()  # the names in Swedish, where they differ (an elinvoimakeskus's)

    def localize(self, lang: str) -> str:
        """``A``, ``A ja B`` in ``lang`` (the Swedish names for a Swedish reader); the fallback phrase for no
        names."""
        names = self.names_sv if lang == "sv" and self.names_sv else self.names
        return join(list(names), lang) if names else Word(self.fallback).localize(lang)


def dated_2026(day: Any) -> bool:
    """Whether a document of ``day`` is dated on or after 1.1.2026 (an undated one is not)."""
    return day is not None and administration.centres_in_charge(day)


def current_bodies(kind: administration.Ended, municipalities: list[str]) -> Bodies:
    """Who does now what the ended body did, for the municipalities of the document."""
    if kind == "ely":
        centres = refdata.centres_of(municipalities)
        return Bodies(tuple(c.name_fi for c in centres), "any_centre", tuple(c.name_sv for c in centres))
    names = (refdata.employment_authority_name(m) for m in municipalities)
    return Bodies(tuple(dict.fromkeys(n for n in names if n)), "any_authority")


def outdated_bodies(data: Any) -> Iterator[Finding]:
    """KD409: a document dated 2026 or later names a body that has ended."""
    if not dated_2026(raw_day(data)):
        return
    municipalities = raw_municipalities(data)
    for loc, text in walk_strings(data):
        for found, kind in refdata.outdated_bodies(text):
            yield Finding("KD409", loc, {"what": Place(loc), "found": found, "ended": Word(f"ended_{kind}"),
                                         "now": Word(f"now_{kind}"), "current": current_bodies(kind, municipalities)})


def old_submission_key(prog: Parts) -> Iterator[Finding]:
    """KD610: a document dated 2026 or later writes the submission under ``ely:`` or ``ely_keskus:``."""
    if not dated_2026(prog.document_day()):
        return
    many = len(prog.hyvaksyminen) > 1
    for i, block in enumerate(prog.hyvaksyminen):
        found = block.submission()
        if found is None or found[0] not in DEPRECATED_SUBMISSION_KEYS:
            continue
        where = [block.kunta] if block.kunta else prog.kunnat()
        block_loc: Loc = (APPROVAL_KEY, i) if many else (APPROVAL_KEY,)
        yield Finding("KD610", (*block_loc, found[0]), {"what": Place(block_loc), "key": found[0],
                                                         "centre": current_bodies("ely", where)}, at_key=True)


TEXT_RULES: tuple[TextRule, ...] = (outdated_bodies,)
RULES: tuple[ModelRule, ...] = (old_submission_key,)

"""Content rules of the approval block (``KD6xx``): dates in order, a plausible record number.

The module's :data:`RULES` are joined with the others in :data:`kotodoc.checks.rules.RULES`.

Errors are facts that cannot both be true (a decision without a meeting, a document sent before the
meeting that approves it); warnings are what may be right but usually is not (a late submission, a
record number in an unusual format, H7 naming another body).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kotodoc.checks.findings import Finding, ModelRule
from kotodoc.checks.wording import Place
from kotodoc.diagnostics import Loc
from kotodoc.messages import Word
from kotodoc.refdata import administration
from kotodoc.schema.approval import APPROVAL_KEY, H7_KEY
from kotodoc.schema.dates import fi_date
from kotodoc.schema.programme import Programme

# 442/14.07.00/2024: running number / task class (JHS 191, two-digit groups) / year.
RECORD_NUMBER = re.compile(r"^\d{1,6}/\d{2}(\.\d{2}){1,3}/\d{4}$")


def decision_needs_meeting(prog: Programme) -> Iterator[Finding]:
    """KD601: a decision is made in a meeting; its date must be given."""
    block = prog.hyvaksyminen
    if block is not None and block.paatos is not None and block.kokouspaiva is None:
        loc = (APPROVAL_KEY, "paatos")
        yield Finding("KD601", loc, {"what": Place(loc)})


def submission_dates(prog: Programme) -> Iterator[Finding]:
    """KD602 sent before the meeting; KD603 sent after the deadline; KD605 meeting after the deadline.

    The receiver is named by the document's date: the elinvoimakeskus from 2026, the ELY-keskus before."""
    block = prog.hyvaksyminen
    found = block.submission() if block is not None else None
    if block is None or found is None:
        return
    (key, sub), meeting = found, block.kokouspaiva
    body = "centre" if administration.centres_in_charge(prog.document_day()) else "ely"
    if sub.lahetetty is not None:
        loc: Loc = (APPROVAL_KEY, key, "lahetetty")
        sent = fi_date(sub.lahetetty)
        if meeting is not None and meeting > sub.lahetetty:
            yield Finding("KD602", loc, {"what": Place(loc), "sent": sent, "meeting": fi_date(meeting),
                                         "to_body": Word(f"to_{body}")})
        if sub.maaraaika is not None and sub.lahetetty > sub.maaraaika:
            yield Finding("KD603", loc, {"what": Place(loc), "sent": sent, "deadline": fi_date(sub.maaraaika),
                                         "to_body": Word(f"to_{body}")})
    elif meeting is not None and sub.maaraaika is not None and meeting > sub.maaraaika:
        loc = (APPROVAL_KEY, "kokouspaiva")
        yield Finding("KD605", loc, {"what": Place(loc), "meeting": fi_date(meeting),
                                     "deadline": fi_date(sub.maaraaika), "of_body": Word(f"of_{body}")})


def record_number(prog: Programme) -> Iterator[Finding]:
    """KD604: the record number looks like 442/14.07.00/2024 (warning: systems differ)."""
    block = prog.hyvaksyminen
    if block is not None and block.diaarinumero is not None:
        value = block.diaarinumero.strip()
        if not RECORD_NUMBER.match(value):
            loc = (APPROVAL_KEY, "diaarinumero")
            yield Finding("KD604", loc, {"what": Place(loc), "value": value})


def _stem(word: str) -> str:
    """The part of a body's name that survives Finnish inflection (kaupunginhallitus -> kaupunginhall)."""
    return word[: max(4, len(word) - 4)]


def mentions_body(text: str, body: str) -> bool:
    """Whether ``text`` names the deciding ``body`` in some inflected form."""
    words = re.findall(r"\w+", body.lower())
    if not words:
        return True
    longest = max(words, key=len)
    return _stem(longest) in text.lower()


def h7_names_body(prog: Programme) -> Iterator[Finding]:
    """KD606: H7 of the form names the body that the approval block says approves the document."""
    block = prog.hyvaksyminen
    if block is None:
        return
    text = "\n".join(p.teksti for p in prog.perustiedot.kasittely_ja_hyvaksyminen)
    if not mentions_body(text, block.toimielin):
        loc = ("perustiedot", H7_KEY)
        yield Finding("KD606", loc, {"what": Place(loc), "body": block.toimielin})


RULES: tuple[ModelRule, ...] = (decision_needs_meeting, submission_dates, record_number, h7_names_body,)

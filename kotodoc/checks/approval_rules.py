"""Content rules of the approval block (``KD6xx``): dates in order, a plausible record number, the members.

The module's :data:`RULES` are joined with the others in :data:`kotodoc.checks.rules.RULES`.

The integration act does not require the document to be approved at all (seed 001: "Kotoutumislaki ei
edellytä, että … hyväksytään kunnanvaltuustossa"), and practice varies: a board, a committee, an
official's decision. So nothing here is an error of law. What is reported is advice about the block's
own facts: a body's decision without its meeting date, a submission after the deadline, a record number
that does not look like one, H7 naming another body, an approval for a municipality that is not in H1.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kotodoc import form
from kotodoc.checks.findings import Finding, ModelRule
from kotodoc.checks.parts import Parts
from kotodoc.checks.wording import Place
from kotodoc.diagnostics import Loc
from kotodoc.messages import Word
from kotodoc.refdata import administration
from kotodoc.schema.approval import APPROVAL_KEY, H7_KEY, Approval
from kotodoc.schema.dates import fi_date, read_date

_COLLEGIAL = re.compile(r"hallitu|lautakun|valtuust|jaost|johtokun|toimikun|styrelse|nämnd|fullmäktige|sektion"
                        r"|direktion", re.IGNORECASE)
"""A collegial body (a board, committee, council) decides in a meeting; an official (viranhaltija) does not."""
_RECORD_PREFIX = re.compile(r"^(?:dnro|dno|dnr|diaarinumero|diarienummer)[\s.:]*", re.IGNORECASE)
_PROSE = re.compile(r"\b[a-zåäö]{4,}\b")


def blocks(prog: Parts) -> Iterator[tuple[Loc, Loc, Approval]]:
    """Each approval block with its location: with the list index when there are several blocks, without it
    when there is one (written as a mapping, as one block usually is). The second location is the same, for
    the message to name."""
    many = len(prog.hyvaksyminen) > 1
    for i, block in enumerate(prog.hyvaksyminen):
        loc: Loc = (APPROVAL_KEY, i) if many else (APPROVAL_KEY,)
        yield loc, loc, block


def is_collegial(body: str) -> bool:
    """Whether ``body`` names a collegial body (a board, committee, council …) rather than an official."""
    return _COLLEGIAL.search(body) is not None


def decision_needs_meeting(prog: Parts) -> Iterator[Finding]:
    """KD601: a collegial body's decision is made in a meeting, whose date is then known."""
    for loc, shown, block in blocks(prog):
        if block.paatos is not None and block.kokouspaiva is None and is_collegial(block.toimielin):
            yield Finding("KD601", (*loc, "paatos"), {"what": Place((*shown, "paatos")), "body": block.toimielin})


def submission_dates(prog: Parts) -> Iterator[Finding]:
    """KD603 sent after the deadline; KD605 meeting after the deadline (sending before the meeting is common
    practice and lawful, so the former KD602 is retired). The receiver is named by the document's date: the
    elinvoimakeskus from 2026, the ELY-keskus before."""
    body = "centre" if administration.centres_in_charge(prog.document_day()) else "ely"
    for loc, shown, block in blocks(prog):
        found = block.submission()
        if found is None:
            continue
        (key, sub), meeting = found, block.kokouspaiva
        if sub.maaraaika is None:
            continue
        if sub.lahetetty is not None:
            if sub.lahetetty > sub.maaraaika:
                yield Finding("KD603", (*loc, key, "lahetetty"), {
                    "what": Place((*shown, key, "lahetetty")), "sent": fi_date(sub.lahetetty),
                    "deadline": fi_date(sub.maaraaika), "to_body": Word(f"to_{body}")})
        elif meeting is not None and meeting > sub.maaraaika:
            yield Finding("KD605", (*loc, "kokouspaiva"), {
                "what": Place((*shown, "kokouspaiva")), "meeting": fi_date(meeting),
                "deadline": fi_date(sub.maaraaika), "of_body": Word(f"of_{body}")})


def record_number_problem(value: str) -> str | None:
    """Why ``value`` does not look like a record number (``no_digits``, ``date``, ``prose``), or ``None``.

    Record systems differ (``442/14.07.00/2024``, ``HEL 2024-001473``, ``LAH/1234/2024``), so only what
    cannot be a record number is pointed out.
    """
    text = _RECORD_PREFIX.sub("", value.strip())
    if not any(ch.isdigit() for ch in text):
        return "no_digits"
    if read_date(text) is not None:
        return "date"
    if _PROSE.search(text):
        return "prose"
    return None


def record_number(prog: Parts) -> Iterator[Finding]:
    """KD604: the record number looks like one (a warning: record systems differ)."""
    for loc, shown, block in blocks(prog):
        if block.diaarinumero is not None:
            problem = record_number_problem(block.diaarinumero)
            if problem is not None:
                yield Finding("KD604", (*loc, "diaarinumero"), {
                    "what": Place((*shown, "diaarinumero")), "value": block.diaarinumero.strip(),
                    "problem": Word(f"record_{problem}")})


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


def h7_names_body(prog: Parts) -> Iterator[Finding]:
    """KD606: H7 of the form names the body that the (one) approval block says approves the document."""
    if len(prog.hyvaksyminen) != 1 or prog.perustiedot is None:
        return
    block = prog.hyvaksyminen[0]
    text = "\n".join(p.teksti for p in prog.perustiedot.kasittely_ja_hyvaksyminen)
    if not mentions_body(text, block.toimielin):
        loc = ("perustiedot", H7_KEY)
        yield Finding("KD606", loc, {"what": Place(loc), "body": block.toimielin})


def member_approvals(prog: Parts) -> Iterator[Finding]:
    """KD201/KD611: with one block per member, each names its municipality, one of H1's."""
    if len(prog.hyvaksyminen) < 2:
        return
    header = {" ".join(k.split()).casefold() for k in prog.kunnat()}
    for loc, shown, block in blocks(prog):
        if block.kunta is None:
            yield Finding("KD201", (*loc, "kunta"), {"what": Place((*shown, "kunta"))})
        elif header and " ".join(block.kunta.split()).casefold() not in header:
            yield Finding("KD611", (*loc, "kunta"), {"what": Place((*shown, "kunta")), "kunta": block.kunta,
                                                      "header": Place((form.HEADER_KEY, "kunnat"))})


RULES: tuple[ModelRule, ...] = (
    decision_needs_meeting, submission_dates, record_number, h7_names_body, member_approvals,
)

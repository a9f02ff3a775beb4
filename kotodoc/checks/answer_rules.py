"""Whether every question the form requires is answered, in substance (``KD307``, ``KD303``, ``KD305``).

An answer that is empty, a mark, a placeholder, a bare negation or, where the form asks how a service is
arranged, a single word, leaves its question unanswered (:mod:`kotodoc.checks.substance`). KotoL 13 §
lists the services the programme must contain and 13 § 3 mom. the document that describes them, their
responsibility and cooperation; the TEM form asks for each. An unanswered question is therefore an error,
and a warning in a draft (``luonnos``), so that work in progress can be committed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from kotodoc import form
from kotodoc.checks.findings import Finding, ModelRule, part_loc
from kotodoc.checks.parts import Parts
from kotodoc.checks.substance import hollow
from kotodoc.checks.wording import Place
from kotodoc.diagnostics import Loc
from kotodoc.messages import Reason
from kotodoc.refdata.terms import is_placeholder
from kotodoc.schema.programme import Contact, Part

CODE = "KD307"
FORM = form.texts("fi")
"""The form's words an answer is compared with (a description that only repeats the question is none)."""


def asked(section: str, q: form.Question) -> str:
    """What the form asks in ``q``, with its helper questions (H6)."""
    return " ".join((FORM.question(section, q), *FORM.header_helpers.get(q.key, ())))


def _unanswered(loc: Loc, written: str, why: str) -> Finding:
    return Finding(CODE, loc, {"what": Place(loc), "reason": Reason(why, " ".join(written.split()))})


def answer_hollow(parts: Sequence[Part], describes: bool = False, question: str = "") -> bool:
    """Whether an answer (its parts together) leaves the question unanswered."""
    return hollow("\n".join(p.teksti for p in parts), describes, question) is not None


def check_answer(loc: Loc, parts: Sequence[Part], describes: bool, question: str = "") -> Iterator[Finding]:
    """KD307 for an answer: the whole of an unsplit answer, each labelled part of a split one."""
    if not parts:
        yield _unanswered(loc, "", "empty")
        return
    if not any(p.label() for p in parts):
        text = "\n".join(p.teksti for p in parts)
        why = hollow(text, describes, question)
        if why is not None:
            yield _unanswered(loc, text, why)
        return
    for i, part in enumerate(parts):
        why = hollow(part.teksti, describes, question)
        if why is not None:
            yield _unanswered(part_loc(loc, list(parts), i), part.teksti, why)


def check_text(loc: Loc, text: str, describes: bool = False) -> Iterator[Finding]:
    """KD307 for a one-line answer or a cell of the table."""
    why = hollow(text, describes)
    if why is not None:
        yield _unanswered(loc, text, why)


def _header(prog: Parts) -> Iterator[Finding]:
    header = prog.perustiedot
    if header is None:
        return
    for field in form.HEADER:
        q = field.question
        loc: Loc = (form.HEADER_KEY, q.key)
        value = getattr(header, q.key)
        if q.kind is form.Kind.TEXT:
            yield from check_answer(loc, value, q.describes, asked(form.HEADER_KEY, q))
        elif q.kind is form.Kind.LINE:
            yield from check_text(loc, value)
        elif q.kind is form.Kind.LIST and q.key != "kunnat" and all(hollow(v) for v in value):
            yield _unanswered(loc, "\n".join(value), hollow("\n".join(value)) or "empty")
        elif q.kind is form.Kind.CONTACT:
            yield from _contacts(loc, value)


def _contacts(loc: Loc, contacts: list[Contact]) -> Iterator[Finding]:
    many = len(contacts) > 1
    for i, contact in enumerate(contacts):
        for key in ("nimi", "sahkoposti"):
            value = getattr(contact, key)
            why = "placeholder" if is_placeholder(value) else hollow(value)
            if why is not None:
                yield _unanswered((*loc, i, key) if many else (*loc, key), value, why)


def _sections(prog: Parts) -> Iterator[Finding]:
    for sec in form.SECTIONS:
        block = getattr(prog, sec.key)
        if block is None:
            continue
        for q in sec.questions:
            loc: Loc = (sec.key, q.key)
            if not q.required:
                continue
            if q.kind is form.Kind.LANGUAGES:
                note = getattr(block, q.note_key)
                listed = "\n".join(getattr(block, q.key))
                if hollow(listed) is not None and (note is None or answer_hollow(note)):
                    yield _unanswered(loc, listed, hollow(listed) or "empty")
            elif q.kind is form.Kind.TEXT:
                yield from check_answer(loc, getattr(block, q.key), q.describes, asked(sec.key, q))


def unanswered(prog: Parts) -> Iterator[Finding]:
    """KD307: every question the form requires is answered in substance (header, sections, table)."""
    yield from _header(prog)
    yield from _sections(prog)
    table = prog.vastuutaulukko
    if table is not None:
        for row in form.TABLE_ROWS:
            cells = getattr(table, row.key)
            for column in form.TABLE_ANSWER_COLUMNS:
                yield from check_text((form.TABLE_KEY, row.key, column), getattr(cells, column))


def literacy(prog: Parts) -> Iterator[Finding]:
    """KD303/KD307: section 5 describes literacy training or justifies why none is needed (or both).

    Both together are lawful (training described, and why no own group is needed now), so nothing is
    said of that: KD304 is retired.
    """
    sec = prog.muu_koulutus
    if sec is None:
        return
    section = form.SECTION_BY_KEY["muu_koulutus"]
    given = [(key, parts) for key in form.LITERACY_KEYS if (parts := getattr(sec, key)) is not None]
    if not given or all(not parts for _, parts in given):
        yield Finding("KD303", ("muu_koulutus",), {"number": section.number})
        return
    questions = {key: asked(section.key, q) for key in form.LITERACY_KEYS if (q := section.question(key))}
    if all(answer_hollow(parts, True, questions[key]) for key, parts in given):
        for key, parts in given:
            yield from check_answer((section.key, key), parts, True, questions[key])


def other_services(prog: Parts) -> Iterator[Finding]:
    """KD305: an included section 7 describes at least one service."""
    sec = prog.muut_palvelut
    if sec is None:
        return
    answers = (sec.kunnan_palvelut, sec.muu_toiminta, sec.tyollistyminen)
    if not sec.toimijat and all(parts is None or answer_hollow(parts) for parts in answers):
        yield Finding("KD305", ("muut_palvelut",), {"number": form.SECTION_BY_KEY["muut_palvelut"].number})


RULES: tuple[ModelRule, ...] = (unanswered, literacy, other_services)
"""Unanswered questions, in form order."""

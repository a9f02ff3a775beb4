"""The programme laid out in the order and wording of the TEM form, as a document tree.

Which questions are printed: every required question, and an optional question (section 3
«Nimeä yhteistyötahot.», the two literacy questions of section 5, the A questions of section 7)
only when it is answered. A block heading (A/B/C) is printed when at least one of its questions
is. Section 7 is printed only when present. After the vastuutaulukko come the appendices of
:data:`APPENDICES` (a joint programme's task division and cost split).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kotodoc import form, messages
from kotodoc.refdata.languages import LANGUAGES, language_name, normalise_language
from kotodoc.render.tree import (
    Block,
    BulletList,
    Doc,
    Heading,
    LabeledPart,
    ListItem,
    Paragraph,
    Table,
    labelled_blocks,
    paragraphs,
    text_blocks,
)
from kotodoc.schema.dates import fi_date
from kotodoc.schema.programme import Actor, Contact, Part, Programme


def joint_appendix(prog: Programme, t: form.FormTexts) -> list[Block]:
    """A joint programme's appendix (:mod:`kotodoc.render.joint_appendix`, imported only for a joint programme)."""
    if prog.yhteistoiminta is None:
        return []
    from kotodoc.render.joint_appendix import joint_appendix as appendix

    return appendix(prog, t)


APPENDICES: tuple[Callable[[Programme, form.FormTexts], list[Block]], ...] = (joint_appendix,)
"""What follows the vastuutaulukko; an appendix gives ``[]`` when it has nothing to add."""


class _Builder:
    """Collects the blocks of a programme; knows the document's language (its texts' and its tag)."""

    def __init__(self, texts: form.FormTexts) -> None:
        self.lang = texts.tag
        self.t = texts
        self.blocks: list[Block] = []

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def heading(self, level: int, text: str) -> None:
        self.add(Heading(level, text))

    def note(self, text: str, role: str) -> None:
        self.add(Paragraph(text, role))

    def answer(self, parts: Sequence[Part]) -> None:
        # A part's ``kieli`` is the language its *service* is given in, not the language of its text:
        # Swedish prose about Finnish-language services is Swedish. The text keeps the document's tag.
        if len(parts) > 1 and not any(part.label(self.t) for part in parts):  # a YAML list of plain texts
            self.items([part.teksti for part in parts])
            return
        for part in parts:
            label = " ".join(paragraphs(part.label(self.t)))
            if label:
                self.add(*labelled_blocks(label, part.teksti))
            else:
                self.add(*text_blocks(part.teksti))

    def text(self, value: str) -> None:
        self.add(*text_blocks(value))

    def items(self, values: Sequence[str]) -> None:
        if len(values) == 1:
            self.text(values[0])
        else:
            self.add(BulletList(tuple(ListItem(" ".join(paragraphs(v))) for v in values)))

    def contacts(self, contacts: Sequence[Contact]) -> None:
        for contact in contacts:
            for key in form.CONTACT_FIELDS:
                value = getattr(contact, key)
                if value:
                    self.add(LabeledPart(self.t.contact_fields[key], paragraphs(value)))

    def actors(self, actors: Sequence[Actor]) -> None:
        for actor in actors:
            name = " ".join(paragraphs(actor.nimi))
            self.add(Paragraph(f"{name}:" if actor.kuvaus or actor.toiminta else name, "term"))
            if actor.kuvaus:
                self.text(actor.kuvaus)
            if actor.toiminta:
                self.add(BulletList(tuple(ListItem(" ".join(paragraphs(t))) for t in actor.toiminta)))


def build_programme(prog: Programme) -> Doc:
    """The programme as the TEM form prints it, in the document's language (``kieli``): intro, header
    fields H1–H7, sections 1–7, the table and the appendices."""
    t = form.texts(prog.kieli)
    b = _Builder(t)
    for text in t.intro:
        b.note(text, "intro")
    _header(b, prog)
    for sec in form.SECTIONS:
        answers = getattr(prog, sec.key)
        if answers is not None:
            _section(b, sec, answers)
    _table(b, prog)
    for appendix in APPENDICES:
        b.add(*appendix(prog, t))
    kunnat = ", ".join(prog.perustiedot.kunnat)
    date = fi_date(prog.paivays) if prog.paivays else ""
    subject = f"{t.subtitle} ({t.law_name})"
    if t.own["doc.translation"]:  # said where every format keeps it: the PDF keeps the subject, not comments
        subject = f"{subject}. {t.own['doc.translation']}"
    return Doc(
        title=t.title, subtitle=t.subtitle, lang=b.lang,
        subject=subject, date=date,
        blocks=tuple(b.blocks),
        author=kunnat, keywords=(t.law_short, t.places["keyword"], *prog.perustiedot.kunnat),
        footer=(issuer(prog, t), t.title, date), description=t.own["doc.translation"])


FOOTER_NAMES = 3
"""At most this many municipalities are named in the footer."""


def issuer(prog: Programme, t: form.FormTexts | None = None) -> str:
    """Whose document, in a few words (in ``t``'s language): the municipalities, or the first (the
    coordinating) and a count."""
    t = t or form.texts(prog.kieli)
    names = [" ".join(paragraphs(n)) for n in prog.perustiedot.kunnat]
    joint = prog.yhteistoiminta
    if joint is not None:
        first = " ".join(paragraphs(joint.koordinoiva_kunta))
        names = [first, *(n for n in names if n != first)]
    if len(names) <= FOOTER_NAMES:
        return messages.join(names, t.lang)
    return t.own["doc.many_municipalities"].format(first=names[0], others=len(names) - 1)


def _header(b: _Builder, prog: Programme) -> None:
    t = b.t
    for header in form.HEADER:
        q = header.question
        value = getattr(prog.perustiedot, q.key)
        b.heading(2, t.field_label(header))
        if q.key in t.header_hints:
            b.note(t.header_hints[q.key], "hint")
        if q.key in t.header_helpers:
            b.note(" ".join(t.header_helpers[q.key]), "hint")
        _value(b, q, value)


def _value(b: _Builder, q: form.Question, value: object) -> None:
    if q.kind is form.Kind.CONTACT:
        assert isinstance(value, list)
        b.contacts(value)
    elif q.kind is form.Kind.LIST:
        assert isinstance(value, list)
        b.items(value)
    elif isinstance(value, str):
        b.text(value)
    else:
        assert isinstance(value, list)
        b.answer(value)


def _section(b: _Builder, sec: form.Section, answers: object) -> None:
    t = b.t
    b.heading(2, t.heading(sec))
    if t.instruction(sec):
        b.note(t.instruction(sec), "instruction")
    block = ""
    for q in sec.questions:
        value = getattr(answers, q.key)
        note = getattr(answers, q.note_key) if q.note_key else None
        if not q.required and value is None and note is None:
            continue
        if q.block != block:
            block = q.block
            b.heading(3, t.blocks[block])
        level = 4
        subheading = t.subheadings.get((sec.key, q.key))
        if subheading:
            b.heading(4, subheading)
            level = 5
        b.heading(level, t.question(sec.key, q))
        hint = t.hints.get((sec.key, q.key))
        if hint:
            b.note(hint, "hint")
        if note is not None:
            b.answer(note)
        if value is None:
            continue
        if q.kind is form.Kind.LANGUAGES:
            b.add(Paragraph(", ".join(_language(v, t.lang) for v in value)))
        elif q.kind is form.Kind.ACTORS:
            b.actors(value)
        else:
            _value(b, q, value)


def _language(value: str, lang: str) -> str:
    """A language of section 3 in the document's language ``lang``.

    A name the user wrote in that language is kept as written in the table (``farsi`` stays ``farsi``,
    ``Somali`` is ``somali``); a code or a name in another language is printed by its name in ``lang``
    (``ar`` and ``arabia`` are ``arabiska`` in a Swedish document); a value the table does not know (a
    placeholder), or with its variety in parentheses ("kurdi (sorani)"), as written.
    """
    if "(" in value:
        return " ".join(value.split())
    code = normalise_language(value)
    if code is None or code not in LANGUAGES:
        return value
    names: tuple[str, ...] = getattr(LANGUAGES[code], lang)
    written = " ".join(value.split()).casefold()
    return next((name for name in names if name.casefold() == written), language_name(code, lang))


def _table(b: _Builder, prog: Programme) -> None:
    t = b.t
    b.heading(2, t.table_title)
    rows = []
    for row in form.TABLE_ROWS:
        cells = getattr(prog.vastuutaulukko, row.key)
        rows.append(((t.table_rows[row.key],), *(paragraphs(getattr(cells, c)) for c in form.TABLE_ANSWER_COLUMNS)))
    header = tuple(t.table_columns[c] for c in form.TABLE_COLUMNS)
    b.add(Table(t.table_title, header, tuple(rows)))

"""A format-neutral document tree, and the programme laid out in the order and wording of the TEM form.

Renderers (:mod:`kotodoc.render_docx`, :mod:`kotodoc.render_text`) consume only
this tree, never the model, so every document registered here renders to every
format.

Extension points:

* :data:`APPENDICES`: functions ``Programme -> list[Block]`` whose blocks are
  appended after the vastuutaulukko (a function returns ``[]`` when it has
  nothing to add, e.g. a single municipality has no task-division appendix).
* :data:`DOCUMENTS`: document builders by name; ``kotodoc render --document
  NAME`` picks one ("ohjelma", the form itself, is the default). A new document
  type registers itself with ``DOCUMENTS["name"] = build`` in a module listed
  in :data:`PLUGIN_MODULES` (imported by :mod:`kotodoc.render` before use), and
  may ship ``templates/name.md.j2`` / ``name.html.j2`` (otherwise the generic
  ``document.*.j2`` is used).

Text conventions: every string in the tree is one paragraph (no newlines). An
answer is split into paragraphs at line breaks; blank lines are only
separators (:func:`paragraphs`). Headings below the document title start at
level 2; the title itself (level 1), the subtitle and the date are printed by
the renderers from :class:`Doc`.

Which questions are printed: every required question, and an optional question
(section 3 «Nimeä yhteistyötahot.», the two literacy questions of section 5,
the A questions of section 7) only when it is answered. A block heading (A/B/C)
is printed when at least one of its questions is. Section 7 is printed only
when present.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from kotodoc import form
from kotodoc.languages import language_name, normalise_language
from kotodoc.model import Actor, Contact, Part, Programme

LANG_TAGS: dict[str, str] = {"fi": "fi-FI", "sv": "sv-FI"}
FORM_LANG = LANG_TAGS["fi"]  # the TEM form's own wording is Finnish


@dataclass(frozen=True)
class Heading:
    """A heading; level 1 is the document title, so blocks use 2 and deeper."""

    kind: ClassVar[str] = "heading"
    level: int
    text: str
    lang: str | None = None  # BCP 47 tag when it differs from the document's


@dataclass(frozen=True)
class Paragraph:
    """One paragraph. ``role`` is one of :data:`ROLES`."""

    kind: ClassVar[str] = "paragraph"
    text: str
    role: str = "answer"
    lang: str | None = None


ROLES = ("answer", "intro", "instruction", "hint", "term", "subtitle", "date")


@dataclass(frozen=True)
class LabeledPart:
    """An answer part with a label (target group, service language, contact field)."""

    kind: ClassVar[str] = "part"
    label: str
    paragraphs: tuple[str, ...]
    lang: str | None = None


@dataclass(frozen=True)
class ListItem:
    """A list item; ``children`` is an optional second level."""

    text: str
    children: tuple[str, ...] = ()


@dataclass(frozen=True)
class BulletList:
    """An unordered list, nested at most one level."""

    kind: ClassVar[str] = "list"
    items: tuple[ListItem, ...]
    lang: str | None = None


Cell = tuple[str, ...]  # a table cell: its paragraphs


@dataclass(frozen=True)
class Table:
    """A table with one header row; with ``row_headers`` the first column labels the rows."""

    kind: ClassVar[str] = "table"
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    row_headers: bool = True
    header_lang: str | None = None  # language of the header row and the row labels


Block = Heading | Paragraph | LabeledPart | BulletList | Table


@dataclass(frozen=True)
class Doc:
    """A whole document: metadata and blocks."""

    title: str
    subtitle: str
    lang: str
    subject: str
    date: str
    blocks: tuple[Block, ...]
    author: str = ""
    keywords: tuple[str, ...] = field(default=())

    def full_title(self) -> str:
        """The title for file properties and the browser tab: the title and the author."""
        return f"{self.title} – {self.author}" if self.author else self.title


def paragraphs(text: str) -> tuple[str, ...]:
    """The paragraphs of a text: its non-blank lines, stripped."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


APPENDICES: list[Callable[[Programme], list[Block]]] = []


class _Builder:
    """Collects the blocks of a programme; knows the document's language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.form_lang = None if lang == FORM_LANG else FORM_LANG
        self.blocks: list[Block] = []

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def heading(self, level: int, text: str) -> None:
        self.add(Heading(level, text, self.form_lang))

    def note(self, text: str, role: str) -> None:
        self.add(Paragraph(text, role, self.form_lang))

    def part_lang(self, part: Part) -> str | None:
        tag = LANG_TAGS[part.kieli] if part.kieli else None
        return tag if tag and tag != self.lang else None

    def answer(self, parts: Sequence[Part]) -> None:
        if len(parts) > 1 and not any(part.label() for part in parts):  # a YAML list of plain texts
            self.items([part.teksti for part in parts])
            return
        for part in parts:
            label, lang, paras = " ".join(paragraphs(part.label())), self.part_lang(part), paragraphs(part.teksti)
            if label:
                self.add(LabeledPart(label, paras, lang))
            else:
                self.add(*(Paragraph(p, "answer", lang) for p in paras))

    def text(self, value: str) -> None:
        self.add(*(Paragraph(p) for p in paragraphs(value)))

    def items(self, values: Sequence[str]) -> None:
        if len(values) == 1:
            self.text(values[0])
        else:
            self.add(BulletList(tuple(ListItem(" ".join(paragraphs(v))) for v in values)))

    def contact(self, contact: Contact) -> None:
        for key, label in form.CONTACT_FIELDS.items():
            value = getattr(contact, key)
            if value:
                self.add(LabeledPart(label, paragraphs(value)))

    def actors(self, actors: Sequence[Actor]) -> None:
        for actor in actors:
            name = " ".join(paragraphs(actor.nimi))
            self.add(Paragraph(f"{name}:" if actor.kuvaus or actor.toiminta else name, "term"))
            if actor.kuvaus:
                self.text(actor.kuvaus)
            if actor.toiminta:
                self.add(BulletList(tuple(ListItem(" ".join(paragraphs(t))) for t in actor.toiminta)))


def build_programme(prog: Programme) -> Doc:
    """The programme as the TEM form prints it: intro, header fields H1–H7, sections 1–7, the table."""
    b = _Builder(LANG_TAGS[prog.kieli])
    for text in form.INTRO:
        b.note(text, "intro")
    _header(b, prog)
    for sec in form.SECTIONS:
        answers = getattr(prog, sec.key)
        if answers is not None:
            _section(b, sec, answers)
    _table(b, prog)
    for appendix in APPENDICES:
        b.add(*appendix(prog))
    kunnat = ", ".join(prog.perustiedot.kunnat)
    return Doc(
        title=form.TITLE, subtitle=form.SUBTITLE, lang=b.lang,
        subject=f"{form.SUBTITLE} ({form.LAW})", date=prog.paivays or "", blocks=tuple(b.blocks),
        author=kunnat, keywords=(form.LAW_SHORT, "kotoutumisohjelma", *prog.perustiedot.kunnat))


def _header(b: _Builder, prog: Programme) -> None:
    for header in form.HEADER:
        q = header.question
        value = getattr(prog.perustiedot, q.key)
        b.heading(2, q.text)
        if q.hint:
            b.note(q.hint, "hint")
        if header.helper_questions:
            b.note(" ".join(header.helper_questions), "hint")
        _value(b, q, value)


def _value(b: _Builder, q: form.Question, value: object) -> None:
    if q.kind is form.Kind.CONTACT:
        assert isinstance(value, Contact)
        b.contact(value)
    elif q.kind is form.Kind.LIST:
        assert isinstance(value, list)
        b.items(value)
    elif isinstance(value, str):
        b.text(value)
    else:
        assert isinstance(value, list)
        b.answer(value)


def _section(b: _Builder, sec: form.Section, answers: object) -> None:
    b.heading(2, sec.heading())
    if sec.instruction:
        b.note(sec.instruction, "instruction")
    block = ""
    for q in sec.questions:
        value = getattr(answers, q.key)
        note = getattr(answers, q.note_key) if q.note_key else None
        if not q.required and value is None and note is None:
            continue
        if q.block != block:
            block = q.block
            b.heading(3, form.BLOCK_LABELS[block])
        level = 4
        if q.subheading:
            b.heading(4, q.subheading)
            level = 5
        b.heading(level, q.text)
        if q.hint:
            b.note(q.hint, "hint")
        if note is not None:
            b.answer(note)
        if value is None:
            continue
        if q.kind is form.Kind.LANGUAGES:
            b.add(Paragraph(", ".join(_language(v) for v in value)))
        elif q.kind is form.Kind.ACTORS:
            b.actors(value)
        else:
            _value(b, q, value)


def _language(value: str) -> str:
    """A language by its Finnish name; a value the table does not know (a placeholder) as written."""
    code = normalise_language(value)
    try:
        return language_name(code) if code else value
    except KeyError:
        return value


def _table(b: _Builder, prog: Programme) -> None:
    b.heading(2, form.TABLE_TITLE)
    rows = []
    for row in form.TABLE_ROWS:
        cells = getattr(prog.vastuutaulukko, row.key)
        rows.append(((row.label,), paragraphs(cells.tyonhakijat), paragraphs(cells.muut_asiakkaat)))
    b.add(Table(form.TABLE_TITLE, tuple(form.TABLE_COLUMNS.values()), tuple(rows), header_lang=b.form_lang))


DOCUMENTS: dict[str, Callable[[Programme], Doc]] = {"ohjelma": build_programme}
DEFAULT_DOCUMENT = "ohjelma"
# Modules that add to DOCUMENTS (or APPENDICES) when imported; kotodoc.render imports them before use.
PLUGIN_MODULES: tuple[str, ...] = ("kotodoc.agenda", "kotodoc.joint_layout")
# The --templates directory while a document is built, for builders with text templates of their own (the
# agenda item's background); the documents named in TEXT_TEMPLATE_DOCUMENTS take --templates in every format.
USER_TEMPLATES: ContextVar[Path | None] = ContextVar("kotodoc_user_templates", default=None)
TEXT_TEMPLATE_DOCUMENTS: set[str] = set()

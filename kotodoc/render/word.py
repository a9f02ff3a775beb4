"""The document tree as a Word document (python-docx), accessible and reproducible.

Accessibility: real ``Heading n`` styles in the tree's hierarchy (the title is
Heading 1), the document language in ``styles.xml`` (``w:docDefaults``, which
Word and LibreOffice read) and on the runs of other-language parts, title and
subject in the core properties, list paragraphs in the ``List Bullet`` styles,
and real tables (:mod:`kotodoc.render.word_table`). The page around the text,
sections, footer, fonts and settings, is :mod:`kotodoc.render.word_page`'s.

``reference`` is a municipality's own Word template, used as pandoc's
``--reference-doc``: its styles, page setup, headers and footers are kept, its
body is replaced. It is read within limits and loses its links out of the
package (:mod:`kotodoc.render.word_reference`). Every style the document needs
is checked before anything is rendered. Without a template, python-docx's
default template is used with A4 pages, Arial and quieter headings.

The core properties hold at most 255 characters each (python-docx refuses
more): a long title or the names of 23 municipalities are cut at a word, with
"…" at the end; the document itself is never cut.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from kotodoc.errors import FileReadError
from kotodoc.messages import Items, Phrase
from kotodoc.render import word_page
from kotodoc.render.tree import Block, BulletList, Doc, Heading, LabeledPart, Paragraph, Section, Table, cell_lines
from kotodoc.render.word_reference import drop_external, not_word, read_reference
from kotodoc.render.word_styles import add_styles
from kotodoc.render.word_table import write_table
from kotodoc.render.word_zip import normalise_zip

_BREAKS = re.compile(r"(\t|\r\n|\n|\r)")
W_PPR, W_PSTYLE, W_JC, W_VAL = qn("w:pPr"), qn("w:pStyle"), qn("w:jc"), qn("w:val")
W_R, W_RPR, W_B, W_I, W_SZ, W_SZCS = qn("w:r"), qn("w:rPr"), qn("w:b"), qn("w:i"), qn("w:sz"), qn("w:szCs")
W_LANG, W_T, W_TAB, W_BR = qn("w:lang"), qn("w:t"), qn("w:tab"), qn("w:br")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
# Children of w:rPr that must come after w:lang, and of w:tblPr after the elements we add.
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
OPTIONAL_STYLES = ("Caption", "Footer")
"""Styles used when the template has them (a table's caption, the footer), plain text otherwise."""


def render_docx(doc: Doc, reference: Path | None = None, when: datetime | None = None,
                notes: list[Phrase] | None = None) -> bytes:
    """The document as .docx bytes; ``when`` stamps the core properties and the zip entries. Styles the
    ``reference`` template lacks are added, and ``notes`` gets a note naming them."""
    document = _open(reference)
    styles = _styles(document, doc, reference, notes)
    if reference is None:
        word_page.default_look(document)
    word_page.hyphenate(document)
    _set_language(document, doc.lang)
    _set_properties(document, doc, when)
    _drop_extras(document)
    word_page.app_properties(document)
    word_page.add_footer(document, doc, styles.get("Footer"))
    _Writer(document, styles).write(doc)
    if doc.draft:
        mark_draft(document, doc.draft)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalise_zip(buffer.getvalue(), when)


def mark_draft(document: Any, mark: str) -> None:
    """``mark`` in the page header of every page of every section: the default header, the first page's
    and the even pages' (whichever the template uses), after what a municipality's template has there."""
    for section in document.sections:
        for header in (section.header, section.first_page_header, section.even_page_header):
            header.is_linked_to_previous = False
            para = header.add_paragraph()._p
            ppr = _sub(para, W_PPR)
            _sub(ppr, W_JC).set(W_VAL, "center")
            _run(para, mark, bold=True, size=16)


def needed_styles(doc: Doc) -> list[str]:
    """The paragraph styles ``doc`` uses, by their built-in English names."""
    levels = {1} | {b.level for b in doc.blocks if isinstance(b, Heading)}
    needed = ["Normal", *(f"Heading {n}" for n in sorted(levels) if n <= 9)]
    lists = [b for b in doc.blocks if isinstance(b, BulletList)]
    cell_items = any(item for b in doc.blocks if isinstance(b, Table) for row in b.rows for cell in row
                     for item, _ in cell_lines(cell))
    if lists or cell_items:
        needed.append("List Bullet")
    if any(item.children for b in lists for item in b.items):
        needed.append("List Bullet 2")
    return needed


def _open(reference: Path | None) -> Any:
    if reference is None:
        return Document()
    data = read_reference(reference)
    try:
        document = Document(data)
    except (PackageNotFoundError, ValueError, KeyError, zipfile.BadZipFile, SyntaxError, EOFError):
        raise FileReadError("word.bad_template", path=reference, problem=not_word(data.getvalue(), True)) from None
    drop_external(document)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def _styles(document: Any, doc: Doc, reference: Path | None, notes: list[Phrase] | None = None) -> dict[str, Any]:
    """Every needed paragraph style, looked up by name or id; the missing ones added (:mod:`word_styles`)
    and named in one note."""
    by_name = _paragraph_styles(document)
    missing = [name for name in needed_styles(doc) if _find(by_name, name) is None]
    if missing:
        normal = _find(by_name, "Normal")
        add_styles(document, missing, normal.style_id if normal is not None else None)
        by_name = _paragraph_styles(document)
        if notes is not None:
            names = Items.of(Phrase.of("word.style", name=n, local=_word_ui(n)) for n in missing)
            notes.append(Phrase.of("word.added_style" if len(missing) == 1 else "word.added_styles",
                                   path=reference, names=names))
    found = {name: _find(by_name, name) for name in needed_styles(doc)}
    for name in OPTIONAL_STYLES:
        style = by_name.get(name.casefold())
        if style is not None:
            found[name] = style
    return found


def _paragraph_styles(document: Any) -> dict[str, Any]:
    """The paragraph styles of ``document`` by name and by id, case folded."""
    by_name: dict[str, Any] = {}
    for style in document.styles:
        if style.type == WD_STYLE_TYPE.PARAGRAPH:
            by_name.setdefault(style.style_id.casefold(), style)
            if style.name:
                by_name.setdefault(style.name.casefold(), style)
    return by_name


def _find(by_name: dict[str, Any], name: str) -> Any:
    return by_name.get(name.casefold()) or by_name.get(name.replace(" ", "").casefold())


def _word_ui(name: str) -> Phrase:
    """A built-in style's name as Word shows it in the reader's language (Finnish Word: 'Otsikko 1')."""
    if name.startswith("Heading "):
        return Phrase.of("word.ui.heading", n=name.split()[-1])
    return Phrase.of("word.ui." + name.lower().replace(" ", "_"))


def _set_language(document: Any, lang: str) -> None:
    """The document language where Word and LibreOffice read it: docDefaults and every style."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    _lang(rpr, lang)
    for el in styles.iter(qn("w:lang")):
        el.set(qn("w:val"), lang)
    theme_lang = document.settings.element.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), lang)


def _lang(rpr: Any, lang: str) -> None:
    el = rpr.find(qn("w:lang"))
    if el is None:
        el = OxmlElement("w:lang")
        later = [rpr.find(qn(t)) for t in _AFTER_LANG]
        anchor = next((x for x in later if x is not None), None)
        if anchor is None:
            rpr.append(el)
        else:
            anchor.addprevious(el)
    el.set(qn("w:val"), lang)


def _set_properties(document: Any, doc: Doc, when: datetime | None) -> None:
    """Core properties from the document only: no current time, no template leftovers."""
    props = document.core_properties
    element = props._element
    for child in list(element):
        element.remove(child)
    props.title = fit_property(doc.full_title())
    props.subject = fit_property(doc.subject)
    props.author = fit_property(doc.author)
    props.last_modified_by = fit_property(doc.author)
    props.language = fit_property(doc.lang)
    props.keywords = fit_property(", ".join(doc.keywords))
    if doc.description:
        props.comments = fit_property(doc.description)
    props.revision = 1
    if when is not None:
        props.created = when.replace(tzinfo=None)
        props.modified = when.replace(tzinfo=None)


MAX_PROPERTY = 255  # characters in one core property (python-docx, after the OOXML convention)


def fit_property(text: str, limit: int = MAX_PROPERTY) -> str:
    """``text`` on one line, cut at a word boundary with "…" when longer than ``limit`` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;–-") + "…"


def _drop_extras(document: Any) -> None:
    """No thumbnail picture (python-docx's is a blank page) and no Word 2010 duplicate of the styles."""
    package_rels = document.part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del package_rels[rid]
    part_rels = document.part.rels
    for rid, rel in list(part_rels.items()):
        if rel.reltype == _STYLES_WITH_EFFECTS:
            del part_rels[rid]


class _Writer:
    """Appends the blocks of a :class:`Doc` to the body."""

    def __init__(self, document: Any, styles: dict[str, Any]) -> None:
        self.document = document
        self.styles = styles
        self.body = document.element.body
        self.sect_pr = self.body.find(qn("w:sectPr"))
        self.turned: list[bool] = [False]
        self.section = 0
        self.starts: list[Any] = []  # the first element of each section after the first
        self.last_was_table = False

    def write(self, doc: Doc) -> None:
        self.turned = word_page.landscape_sections(doc.blocks, self.sect_pr)
        if doc.date:
            self._para(doc.date, "Normal", align="right")
        self._para(doc.title, "Heading 1")
        if doc.subtitle:
            self._para(doc.subtitle, "Normal", bold=True, size=13)
        for block in doc.blocks:
            before = self.sect_pr.getprevious()
            self._block(block)
            if isinstance(block, Section):
                continue
            if len(self.starts) < self.section:  # the new section's first element
                first = before.getnext() if before is not None else self.body[0]
                self.starts.append(first)
            self.last_was_table = isinstance(block, Table)
        if self.starts:
            word_page.apply_sections(self.body, self.starts, self.turned)

    def _block(self, block: Block) -> None:
        if isinstance(block, Heading):
            self._para(block.text, f"Heading {min(block.level, 9)}", lang=block.lang)
        elif isinstance(block, Paragraph):
            self._paragraph(block)
        elif isinstance(block, LabeledPart):
            for i, text in enumerate(block.paragraphs or ("",)):
                para = self._new("Normal")
                if i == 0 and block.label:
                    _run(para, f"{block.label}: " if text else f"{block.label}:", bold=True, lang=block.lang)
                if text:
                    _run(para, text, lang=block.lang)
        elif isinstance(block, BulletList):
            for item in block.items:
                self._para(item.text, "List Bullet", lang=block.lang)
                for child in item.children:
                    self._para(child, "List Bullet 2", lang=block.lang)
        elif isinstance(block, Section):
            self.section += 1
        else:
            self._table(block)

    def _paragraph(self, block: Paragraph) -> None:
        italic = block.role in ("instruction", "hint")
        bold = block.role in ("term", "subtitle")
        align = "right" if block.role == "date" else None
        self._para(block.text, "Normal", bold=bold, italic=italic, lang=block.lang, align=align)

    def _para(self, text: str, style: str, *, bold: bool = False, italic: bool = False,
              size: float | None = None, lang: str | None = None, align: str | None = None,
              keep_next: bool = False) -> None:
        para = self._new(style, align, keep_next)
        _run(para, text, bold=bold, italic=italic, size=size, lang=lang)

    def _new(self, style: str, align: str | None = None, keep_next: bool = False) -> Any:
        """An empty ``w:p`` in ``style`` before the body's final section properties. Built with lxml
        directly: python-docx's ``add_paragraph(style=...)`` scans every style of the template for each
        paragraph, which was most of the render time."""
        para = OxmlElement("w:p")
        if style != "Normal" or align or keep_next or self.last_was_table:
            ppr = _sub(para, W_PPR)
            if style != "Normal":
                _sub(ppr, W_PSTYLE).set(W_VAL, self.styles[style].style_id)
            if keep_next:
                _sub(ppr, qn("w:keepNext"))
            if self.last_was_table:  # room between a table and the text under it
                _sub(ppr, qn("w:spacing")).set(qn("w:before"), "120")
                self.last_was_table = False
            if align:
                _sub(ppr, W_JC).set(W_VAL, align)
        self.sect_pr.addprevious(para)
        return para

    def _table(self, block: Table) -> None:
        if block.show_caption or self.last_was_table:  # two tables in a row would be joined into one
            self._para(block.caption, "Caption" if "Caption" in self.styles else "Normal", bold=True,
                       lang=block.header_lang, keep_next=True)
        landscape = self.turned[self.section]
        tbl = write_table(self.document, block, word_page.text_width(self.sect_pr, landscape),
                          word_page.TABLE_SIZE, _run, self.styles)
        self.sect_pr.addprevious(tbl)


def _run(para: Any, text: str, *, bold: bool = False, italic: bool = False, size: float | None = None,
         lang: str | None = None) -> None:
    """Append a ``w:r`` with ``text`` to the ``w:p`` element ``para`` (tabs and line breaks as python-docx
    writes them); run properties in the schema's order."""
    run = _sub(para, W_R)
    if bold or italic or size or lang:
        rpr = _sub(run, W_RPR)
        if bold:
            _sub(rpr, W_B)
        if italic:
            _sub(rpr, W_I)
        if size:
            _sub(rpr, W_SZ).set(W_VAL, str(round(size * 2)))
            _sub(rpr, W_SZCS).set(W_VAL, str(round(size * 2)))
        if lang:
            _sub(rpr, W_LANG).set(W_VAL, lang)
    for i, piece in enumerate(_BREAKS.split(text)):
        if i % 2:
            _sub(run, W_TAB if piece == "\t" else W_BR)
        elif piece:
            t = _sub(run, W_T)
            t.text = piece
            if piece != piece.strip():
                t.set(XML_SPACE, "preserve")


def _sub(parent: Any, tag: str) -> Any:
    """A new last child ``tag`` (a Clark name) of the lxml element ``parent``."""
    child = parent.makeelement(tag, {})
    parent.append(child)
    return child



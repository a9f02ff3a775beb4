"""The body of a Word document as paragraphs and tables, each with its place in the file.

Reads the WordprocessingML of :class:`~kotodoc.intake.package.Package` directly (lxml), in body
order: paragraphs with their text (tabs and line breaks kept), whether they are headings, bold or
list items, and the language Word marked on their runs; tables with their cells by grid position,
horizontally merged cells once, vertically merged continuations skipped. Deleted text (tracked
changes) and field codes are left out, inserted text and field results kept; content controls,
hyperlinks and text boxes are read through.

A place is "kappale N" (the Nth paragraph of the body, empty ones counted) or "taulukko T, rivi R,
sarake C" (grid column), 1-based, as a user counts them in Word.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from kotodoc.intake.package import Package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_HEADING_NAME = re.compile(r"^(heading|otsikko|rubrik|überschrift|titre)\s*\d|^(title|subtitle|otsikko|alaotsikko|"
                           r"rubrik|underrubrik)$", re.IGNORECASE)
_LIST_NAME = re.compile(r"list|luettelo|lista|bullet|numbering", re.IGNORECASE)
_OFF = ("0", "false", "off", "none")
# Containers whose children are read as the paragraph's runs; everything else (deleted text, moves
# away, properties, bookmarks) is skipped.
_RUN_CONTAINERS = {W + t for t in ("hyperlink", "ins", "smartTag", "customXml", "fldSimple", "moveTo", "dir", "bdo")}
_BLOCK_CONTAINERS = {W + t for t in ("customXml", "ins", "moveTo")}


@dataclass(frozen=True)
class Where:
    """A place in the Word file (1-based): a body paragraph, or a table cell."""

    paragraph: int = 0
    table: int = 0
    row: int = 0
    column: int = 0


@dataclass(frozen=True)
class Para:
    """One paragraph as the importer needs it."""

    text: str
    where: Where
    heading: bool = False  # a heading or title style, or an outline level
    bold: bool = False  # every letter is bold
    bold_lead: str = ""  # the text of the leading bold runs
    listed: bool = False  # a Word list paragraph (numbering or a list style)
    lang: str = ""  # the language Word marked on most of its letters ('' when unmarked)


@dataclass(frozen=True)
class Cell:
    """A table cell: its paragraphs and grid position; ``span`` grid columns wide."""

    paras: tuple[Para, ...]
    row: int
    column: int
    span: int = 1


@dataclass(frozen=True)
class Table:
    """A table: its rows of cells (vertically merged continuations left out) and its grid width."""

    number: int
    rows: tuple[tuple[Cell, ...], ...]
    width: int


Block = Para | Table


@dataclass(frozen=True)
class _Style:
    name: str = ""
    based_on: str = ""
    bold: bool | None = None
    outline: bool = False
    numbered: bool = False
    lang: str = ""


@dataclass
class _Styles:
    by_id: dict[str, _Style] = field(default_factory=dict)
    default_paragraph: str = ""
    default_lang: str = ""

    def chain(self, style_id: str) -> Iterator[_Style]:
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.by_id:
            seen.add(style_id)
            style = self.by_id[style_id]
            yield style
            style_id = style.based_on

    def bold(self, style_id: str) -> bool:
        return next((s.bold for s in self.chain(style_id) if s.bold is not None), False)

    def heading(self, style_id: str) -> bool:
        return any(s.outline or _HEADING_NAME.match(s.name) for s in self.chain(style_id))

    def listed(self, style_id: str) -> bool:
        return any(s.numbered or _LIST_NAME.search(s.name) for s in self.chain(style_id))


def _val(el: Any, tag: str) -> str | None:
    child = el.find(W + tag) if el is not None else None
    return None if child is None else child.get(W + "val", "")


def _on(el: Any, tag: str) -> bool | None:
    value = _val(el, tag)
    return None if value is None else value.casefold() not in _OFF


def _styles(root: Any) -> _Styles:
    styles = _Styles()
    if root is None:
        return styles
    defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    styles.default_lang = (_val(defaults, "lang") or "") if defaults is not None else ""
    for el in root.iter(W + "style"):
        style_id = el.get(W + "styleId", "")
        ppr, rpr = el.find(W + "pPr"), el.find(W + "rPr")
        outline = _val(ppr, "outlineLvl")
        numbered = ppr is not None and ppr.find(W + "numPr") is not None and _num_id(ppr.find(W + "numPr")) != "0"
        styles.by_id[style_id] = _Style(
            name=_val(el, "name") or "", based_on=_val(el, "basedOn") or "", bold=_on(rpr, "b"),
            outline=outline is not None and outline.isdigit() and int(outline) < 9, numbered=numbered,
            lang=_val(rpr, "lang") or "")
        if el.get(W + "type") == "paragraph" and (el.get(W + "default") or "").casefold() in ("1", "true", "on"):
            styles.default_paragraph = style_id
    return styles


def _num_id(num_pr: Any) -> str:
    return _val(num_pr, "numId") or ""


class _Reader:
    """Walks the body; counts paragraphs and tables as it goes."""

    def __init__(self, package: Package) -> None:
        self.styles = _styles(package.styles)
        self.paragraphs = 0
        self.tables = 0

    def body(self, root: Any) -> list[Block]:
        body = root.find(W + "body")
        return [] if body is None else list(self._blocks(body))

    def _blocks(self, parent: Any) -> Iterator[Block]:
        for el in parent:
            if el.tag == W + "p":
                self.paragraphs += 1
                yield from self._para(el, Where(paragraph=self.paragraphs))
            elif el.tag == W + "tbl":
                self.tables += 1
                yield self._table(el, self.tables)
            elif el.tag == W + "sdt":
                content = el.find(W + "sdtContent")
                if content is not None:
                    yield from self._blocks(content)
            elif el.tag in _BLOCK_CONTAINERS:
                yield from self._blocks(el)

    def _table(self, tbl: Any, number: int) -> Table:
        rows: list[tuple[Cell, ...]] = []
        width = 0
        for r, tr in enumerate(_children(tbl, "tr"), start=1):
            column = _int(_val(tr.find(W + "trPr"), "gridBefore"), 0)
            cells = []
            for tc in _children(tr, "tc"):
                tc_pr = tc.find(W + "tcPr")
                span = _int(_val(tc_pr, "gridSpan"), 1)
                merge = tc_pr.find(W + "vMerge") if tc_pr is not None else None
                continued = merge is not None and merge.get(W + "val", "continue") == "continue"
                hmerge = _val(tc_pr, "hMerge")
                if not continued and hmerge != "continue":
                    where = Where(table=number, row=r, column=column + 1)
                    cells.append(Cell(tuple(self._cell(tc, where)), r, column + 1, span))
                column += span
            width = max(width, column)
            rows.append(tuple(cells))
        return Table(number, tuple(rows), width)

    def _cell(self, tc: Any, where: Where) -> Iterator[Para]:
        for el in tc:
            if el.tag == W + "p":
                yield from self._para(el, where)
            elif el.tag == W + "tbl":  # a nested table: its text, in order, at the outer cell's place
                for row in _children(el, "tr"):
                    for inner in _children(row, "tc"):
                        yield from self._cell(inner, where)
            elif el.tag == W + "sdt" and el.find(W + "sdtContent") is not None:
                yield from self._cell(el.find(W + "sdtContent"), where)
            elif el.tag in _BLOCK_CONTAINERS:
                yield from self._cell(el, where)

    def _para(self, p: Any, where: Where) -> Iterator[Para]:
        ppr = p.find(W + "pPr")
        style = _val(ppr, "pStyle") or self.styles.default_paragraph
        outline = _val(ppr, "outlineLvl")
        heading = self.styles.heading(style) or (outline is not None and outline.isdigit() and int(outline) < 9)
        num_pr = ppr.find(W + "numPr") if ppr is not None else None
        listed = (_num_id(num_pr) != "0") if num_pr is not None else self.styles.listed(style)
        para_bold = self.styles.bold(style)
        runs: list[tuple[str, bool, str]] = []
        boxes: list[Any] = []
        for run in _runs(p):
            rpr = run.find(W + "rPr")
            direct = _on(rpr, "b")
            bold = direct if direct is not None else (self.styles.bold(_val(rpr, "rStyle") or "") or para_bold)
            runs.append((_run_text(run, boxes), bool(bold), _val(rpr, "lang") or ""))
        text = "".join(t for t, _, _ in runs)
        lead = ""
        for t, bold, _ in runs:
            if not bold and t.strip():
                break
            lead += t
        letters = [(t, b) for t, b, _ in runs if t.strip()]
        yield Para(text, where, heading=heading, bold=bool(letters) and all(b for _, b in letters),
                   bold_lead=lead, listed=listed, lang=_language(runs))
        for box in boxes:  # text boxes anchored in this paragraph follow it
            for inner in box.iter(W + "p"):
                yield from self._para(inner, where)


def _children(el: Any, tag: str) -> Iterator[Any]:
    """``el``'s children named ``tag``, looking through content controls and custom XML wrappers."""
    for child in el:
        if child.tag == W + tag:
            yield child
        elif child.tag == W + "sdt" and child.find(W + "sdtContent") is not None:
            yield from _children(child.find(W + "sdtContent"), tag)
        elif child.tag == W + "customXml":
            yield from _children(child, tag)


def _runs(parent: Any) -> Iterator[Any]:
    for el in parent:
        if el.tag == W + "r":
            yield el
        elif el.tag in _RUN_CONTAINERS:
            yield from _runs(el)
        elif el.tag == W + "sdt" and el.find(W + "sdtContent") is not None:
            yield from _runs(el.find(W + "sdtContent"))


def _run_text(run: Any, boxes: list[Any]) -> str:
    out = []
    for el in run:
        tag = el.tag
        if tag == W + "t":
            out.append(el.text or "")
        elif tag == W + "tab" or tag == W + "ptab":
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("-")
        elif tag in (W + "drawing", W + "pict", MC + "AlternateContent"):
            boxes.extend(_text_boxes(el))
    return "".join(out)


def _text_boxes(el: Any) -> list[Any]:
    """Text boxes in a drawing; of mc:AlternateContent only the first choice (the fallback repeats it)."""
    if el.tag == MC + "AlternateContent":
        choice = el.find(MC + "Choice")
        el = choice if choice is not None else el.find(MC + "Fallback")
        if el is None:
            return []
    return list(el.iter(W + "txbxContent"))


def _language(runs: list[tuple[str, bool, str]]) -> str:
    letters: Counter[str] = Counter()
    for text, _, lang in runs:
        letters[lang] += sum(ch.isalpha() for ch in text)
    lang, count = letters.most_common(1)[0] if letters else ("", 0)
    return lang if count else ""


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.isdigit() and int(value) < 64 else default


def read_body(package: Package) -> tuple[list[Block], str]:
    """The body's paragraphs and tables in order, and the document's default language tag ('' if none)."""
    reader = _Reader(package)
    return reader.body(package.document), reader.styles.default_lang


DRAFT_MARKS = frozenset({"LUONNOS", "UTKAST", "DRAFT"})
"""The words kotodoc prints in the page header of a draft (``render`` of ``luonnos: true``)."""


def marked_draft(package: Package) -> bool:
    """Whether a page header holds a paragraph that is only a draft mark ("LUONNOS"), as kotodoc prints it."""
    for header in package.headers:
        if header is None:
            continue
        for para in header.iter(W + "p"):
            if "".join(t.text or "" for t in para.iter(W + "t")).strip() in DRAFT_MARKS:
                return True
    return False

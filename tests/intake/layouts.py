"""Word files of Kokkola's filled form in the layouts municipalities used, built with python-docx.

The form's text is ``data/kokkola_lomake.txt`` (the seed, each line tagged with what it is). Each
builder lays the same lines out differently: plain paragraphs as in the text dump, Word headings, bold
labels, labels and answers in one paragraph, one long table with answers beside the questions, one long
table with answers below them (block letters in vertically merged cells). The vastuutaulukko is a real
3-column Word table except in the plain layout, where it is tab-separated lines as in the dump.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

DATA = Path(__file__).resolve().parent / "data"
SEED = DATA / "kokkola_lomake.txt"
LABEL_TAGS = ("S", "B", "G", "Q", "T")


@dataclass(frozen=True)
class Line:
    """One tagged line of the form."""

    tag: str
    text: str

    @property
    def bullet(self) -> bool:
        return self.tag == "A" and self.text.startswith("- ")

    @property
    def item(self) -> str:
        return self.text[2:] if self.bullet else self.text


def seed_lines(path: Path = SEED) -> list[Line]:
    """The tagged lines of a form text file (comments and blank lines skipped)."""
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            tag, _, text = raw.partition(" ")
            lines.append(Line(tag, text))
    return lines


def answer_lines(lines: list[Line]) -> list[str]:
    """The user's answers, one per line as the seed has them: answer lines (bullets dropped) and the
    vastuutaulukko's answer cells."""
    found = [line.item for line in lines if line.tag == "A"]
    for line in lines:
        if line.tag == "R":
            found.extend(cell for cell in line.text.split("\t")[1:] if cell.strip())
    return found


def save(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def bold_paragraph(document: Any, text: str) -> Any:
    para = document.add_paragraph()
    para.add_run(text).bold = True
    return para


def set_language(paragraph: Any, tag: str) -> None:
    """Mark every run of ``paragraph`` as written in ``tag`` (as Word does when it detects the language)."""
    for run in paragraph.runs:
        rpr = run._r.get_or_add_rPr()
        lang = OxmlElement("w:lang")
        lang.set(qn("w:val"), tag)
        rpr.append(lang)


def _responsibility_table(document: Any, rows: list[Line], header: Line | None) -> None:
    table = document.add_table(rows=0, cols=3)
    table.style = document.styles["Table Grid"]
    for line in ([header] if header else []) + rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, line.text.split("\t"), strict=False):
            cell.text = text
            if line.tag == "H":
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    document.add_paragraph()  # Word always keeps a paragraph after a table that ends the document


def _table_parts(lines: list[Line]) -> tuple[list[Line], Line | None, list[Line]]:
    body = [line for line in lines if line.tag not in ("H", "R")]
    header = next((line for line in lines if line.tag == "H"), None)
    return body, header, [line for line in lines if line.tag == "R"]


def plain(lines: list[Line]) -> bytes:
    """Every line a Normal paragraph, the table as tab-separated lines: the text dump as a Word file."""
    document = Document()
    for line in lines:
        document.add_paragraph(line.text)
    return save(document)


def headings(lines: list[Line]) -> bytes:
    """Sections Heading 1, blocks Heading 2, questions Heading 3; answers Normal; lists in List Bullet."""
    document = Document()
    body, header, rows = _table_parts(lines)
    levels = {"S": 1, "T": 1, "B": 2, "G": 3, "Q": 3}
    for line in body:
        if line.tag == "F" and line.text.startswith("Kunnan kotou"):
            document.add_heading(line.text, level=0)
        elif line.tag in levels:
            document.add_heading(line.text, level=levels[line.tag])
        elif line.bullet:
            document.add_paragraph(line.item, style="List Bullet")
        else:
            document.add_paragraph(line.text)
    _responsibility_table(document, rows, header)
    return save(document)


def bold(lines: list[Line]) -> bytes:
    """Labels as bold Normal paragraphs; answers Normal with bullets typed "- "."""
    document = Document()
    body, header, rows = _table_parts(lines)
    for line in body:
        if line.tag in LABEL_TAGS:
            bold_paragraph(document, line.text)
        else:
            document.add_paragraph(line.text)
    _responsibility_table(document, rows, header)
    return save(document)


def inline(lines: list[Line]) -> bytes:
    """A bold label and the first line of its answer in one paragraph; the rest of the answer below it."""
    document = Document()
    body, header, rows = _table_parts(lines)
    i = 0
    while i < len(body):
        line = body[i]
        following = body[i + 1] if i + 1 < len(body) else None
        if line.tag == "Q" and following is not None and following.tag == "A" and not following.bullet:
            para = bold_paragraph(document, line.text)
            para.add_run(" " + following.text)
            i += 2
            continue
        if line.tag in LABEL_TAGS:
            bold_paragraph(document, line.text)
        else:
            document.add_paragraph(line.text)
        i += 1
    _responsibility_table(document, rows, header)
    return save(document)


def _shade(cell: Any) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), "D9D9D9")
    cell._tc.get_or_add_tcPr().append(shd)


def _fill(cell: Any, lines: list[Line], bullets: str = "style") -> None:
    """The answer lines as the cell's paragraphs (the cell's own first paragraph reused)."""
    for n, line in enumerate(lines):
        para = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
        if line.bullet and bullets == "style":
            para.style = "List Bullet"
            para.add_run(line.item)
        elif line.tag in LABEL_TAGS:
            para.add_run(line.text).bold = True
        else:
            para.add_run(line.text)


def _groups(body: list[Line]) -> list[tuple[Line, list[Line]]]:
    """Each line with the answer lines that follow it."""
    groups: list[tuple[Line, list[Line]]] = []
    for line in body:
        if line.tag == "A" and groups:
            groups[-1][1].append(line)
        else:
            groups.append((line, []))
    return groups


def table_beside(lines: list[Line]) -> bytes:
    """One long 2-column table: titles, instructions and block letters in merged rows; each question in the
    left cell and its answer in the right cell (lists in List Bullet). The vastuutaulukko is a table of its own."""
    document = Document()
    body, header, rows = _table_parts(lines)
    first = [line for line in body if line.tag in ("D", "F")][:3]
    for line in first:
        document.add_paragraph(line.text)
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    for line, answers in _groups([line for line in body if line not in first and line.tag != "T"]):
        cells = table.add_row().cells
        if line.tag == "Q":
            _fill(cells[0], [line])
            _fill(cells[1], answers)
        else:
            merged = cells[0].merge(cells[1])
            _fill(merged, [line, *answers])
            if line.tag == "S":
                _shade(merged)
    bold_paragraph(document, next(line.text for line in body if line.tag == "T"))
    _responsibility_table(document, rows, header)
    return save(document)


def table_below(lines: list[Line]) -> bytes:
    """One long 2-column table: the block letter in the left column, vertically merged over the block's rows;
    in the right column each question in a row and its answer in the row below (bullets typed). Section titles
    span both columns; the vastuutaulukko's rows continue the same table."""
    document = Document()
    body, header, rows = _table_parts(lines)
    table = document.add_table(rows=0, cols=2)
    table.style = document.styles["Table Grid"]
    block_cell: Any = None
    for line, answers in _groups(body):
        if line.tag in ("S", "T", "D") or (line.tag == "F" and block_cell is None):
            cells = table.add_row().cells
            _fill(cells[0].merge(cells[1]), [line, *answers])
            block_cell = None
            continue
        if line.tag == "B":
            block_cell = None
        rows_here = [[line]] + ([answers] if answers or line.tag == "Q" else [])
        for content in rows_here:
            cells = table.add_row().cells
            if line.tag == "B" and block_cell is None:
                block_cell = cells[0]
                _fill(block_cell, [line])
                cells[1].text = ""
                continue
            if block_cell is not None:
                block_cell = block_cell.merge(cells[0])
            _fill(cells[1], content, bullets="typed")
    # the vastuutaulukko's rows in a 3-column table of their own, following directly
    _responsibility_table(document, rows, header)
    return save(document)


LAYOUTS: dict[str, Callable[[list[Line]], bytes]] = {
    "plain": plain,
    "headings": headings,
    "bold": bold,
    "inline": inline,
    "table_beside": table_beside,
    "table_below": table_below,
}


def document_with(paragraphs: list[tuple[str, str]], *, font_size: int | None = None) -> bytes:
    """A small Word file from (kind, text) pairs: kind ``h1``–``h3``, ``b`` (bold), ``li`` (List Bullet),
    ``sv`` (a paragraph marked Swedish), or ``p``."""
    document = Document()
    for kind, text in paragraphs:
        if kind.startswith("h"):
            document.add_heading(text, level=int(kind[1]))
        elif kind == "b":
            bold_paragraph(document, text)
        elif kind == "li":
            document.add_paragraph(text, style="List Bullet")
        elif kind == "sv":
            set_language(document.add_paragraph(text), "sv-FI")
        else:
            para = document.add_paragraph(text)
            if font_size:
                for run in para.runs:
                    run.font.size = Pt(font_size)
    return save(document)

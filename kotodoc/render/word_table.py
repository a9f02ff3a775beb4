"""A document tree's table as a Word table: accessible, with widths that fit its words.

The header row is marked ``w:tblHeader`` (repeated on each page; LibreOffice tags its cells as table
headers in a PDF), the caption is the table's ``w:tblCaption`` (its name for assistive technology)
and, when the tree asks for it, a caption paragraph above the table. Rows do not split across
pages, and a short table is kept on one page. Column widths come from :mod:`kotodoc.render.columns`
and are fixed, so Word and LibreOffice lay the table out alike. Columns of figures are
right-aligned; a total row is bold above a double rule. Lines typed as list items in a cell are
list paragraphs.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from kotodoc.render.columns import fit, needs, squeeze
from kotodoc.render.tree import Table, cell_lines

_TBLPR_ORDER = ("w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
                "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
                "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
_TCPR_ORDER = ("w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd", "w:noWrap",
               "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")
HEADER_FILL = "E7E6E6"
KEEP_TOGETHER_ROWS = 20
"""A table of at most this many rows is kept on one page (every row kept with the next), when it fits."""


def column_widths(block: Table, width: float, size: float) -> list[float]:
    """Widths in points for ``block`` on a text area ``width`` points wide."""
    column_needs = needs(block, size, width)
    return fit(column_needs, width) or squeeze(column_needs, width)


def write_table(document: Any, block: Table, width: float, size: float, run: Any, styles: dict[str, Any]) -> Any:
    """Append ``block`` to the body as a ``w:tbl`` and return it.

    ``run(paragraph, text, bold=..., size=..., lang=...)`` writes a run; ``styles`` are the document's
    paragraph styles by built-in name (``List Bullet`` for list items in cells, when present).
    """
    cols = len(block.header)
    table = document.add_table(rows=1 + len(block.rows), cols=cols)
    widths = [Pt(w) for w in column_widths(block, width, size)]
    table.autofit = False
    for column, column_width in zip(table.columns, widths, strict=True):
        column.width = column_width
        for cell in column.cells:
            cell.width = column_width
    tbl_pr = table._tbl.tblPr
    table_width = OxmlElement("w:tblW")
    table_width.set(qn("w:w"), str(sum(int(w.pt * 20) for w in widths)))
    table_width.set(qn("w:type"), "dxa")
    _insert_ordered(tbl_pr, table_width, _TBLPR_ORDER)
    _insert_ordered(tbl_pr, _borders(), _TBLPR_ORDER)
    caption = OxmlElement("w:tblCaption")
    caption.set(qn("w:val"), block.caption)
    _insert_ordered(tbl_pr, caption, _TBLPR_ORDER)
    header = table.rows[0]
    header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    together = len(block.rows) <= KEEP_TOGETHER_ROWS
    for col, (cell, text) in enumerate(zip(header.cells, block.header, strict=True)):
        _shade(cell)
        para = cell.paragraphs[0]
        _format(para, block.is_numeric(col), keep_next=together)
        run(para._p, text, bold=True, size=size, lang=block.header_lang)
    last = len(block.rows) - 1
    list_style = styles.get("List Bullet")
    for n, (row, cells) in enumerate(zip(table.rows[1:], block.rows, strict=True)):
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        total = block.total_row and n == last
        for col, (cell, paras) in enumerate(zip(row.cells, cells, strict=False)):
            is_label = block.row_headers and col == 0
            lang = block.header_lang if is_label else None
            if total:
                _top_rule(cell)
            for i, (is_item, text) in enumerate(cell_lines(paras)):
                para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                _format(para, block.is_numeric(col), keep_next=together and n < last)
                if is_item and list_style is not None:
                    para.style = list_style
                shown = f"• {text}" if is_item and list_style is None else text
                run(para._p, shown, bold=is_label or total, size=size, lang=lang)
    return table._tbl


def _format(para: Any, numeric: bool, keep_next: bool = False) -> None:
    fmt = para.paragraph_format
    fmt.space_after = Pt(2)
    fmt.space_before = Pt(0)
    fmt.line_spacing = 1.0
    if keep_next:
        fmt.keep_with_next = True
    if numeric:
        fmt.alignment = 2  # WD_ALIGN_PARAGRAPH.RIGHT


def _borders() -> Any:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "808080")):
            edge.set(qn(key), value)
        borders.append(edge)
    return borders


def _shade(cell: Any) -> None:
    shd = OxmlElement("w:shd")
    for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", HEADER_FILL)):
        shd.set(qn(key), value)
    _insert_ordered(cell._tc.get_or_add_tcPr(), shd, _TCPR_ORDER)


def _top_rule(cell: Any) -> None:
    """A double rule above a total row's cell."""
    borders = OxmlElement("w:tcBorders")
    top = OxmlElement("w:top")
    for key, value in (("w:val", "double"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "404040")):
        top.set(qn(key), value)
    borders.append(top)
    _insert_ordered(cell._tc.get_or_add_tcPr(), borders, _TCPR_ORDER)


def _insert_ordered(parent: Any, child: Any, order: tuple[str, ...]) -> None:
    """Insert ``child`` into ``parent`` at its schema position (replacing one of the same tag)."""
    rank = {qn(t): i for i, t in enumerate(order)}
    mine = rank[child.tag]
    for existing in parent.findall(child.tag):
        parent.remove(existing)
    for existing in parent:
        if rank.get(existing.tag, -1) > mine:
            existing.addprevious(child)
            return
    parent.append(child)

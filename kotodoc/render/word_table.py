"""A document tree's table as a Word table: accessible, with widths that fit its words.

The header row is marked ``w:tblHeader`` (repeated on each page; LibreOffice tags its cells as table
headers in a PDF), the caption is the table's ``w:tblCaption`` (its name for assistive technology)
and, when the tree asks for it, a caption paragraph above the table. Rows do not split across
pages, and a short table is kept on one page. Column widths come from :mod:`kotodoc.render.columns`
and are fixed, so Word and LibreOffice lay the table out alike. Columns of figures are
right-aligned; a total row is bold above a double rule. Lines typed as list items in a cell are
list paragraphs. The header cells and the first column (names of municipalities, tasks, services) are
not hyphenated (``w:suppressAutoHyphens``): their columns are at least as wide as their longest word,
and "Ori-vesi" or "Hel-singin" at a line's end would only break a name.
"""

from __future__ import annotations

from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from kotodoc.render.columns import fit, needs, squeeze
from kotodoc.render.tree import Table, cell_lines

_TBLPR_ORDER = ("w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
                "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
                "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
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
    twips = [round(w * 20) for w in column_widths(block, width, size)]
    tbl = table._tbl
    for grid_col, w in zip(tbl.tblGrid.findall(qn("w:gridCol")), twips, strict=True):
        grid_col.set(qn("w:w"), str(w))
    tbl_pr = tbl.tblPr
    table_width = OxmlElement("w:tblW")
    table_width.set(qn("w:w"), str(sum(twips)))
    table_width.set(qn("w:type"), "dxa")
    _insert_ordered(tbl_pr, table_width, _TBLPR_ORDER)
    _insert_ordered(tbl_pr, _borders(), _TBLPR_ORDER)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    _insert_ordered(tbl_pr, layout, _TBLPR_ORDER)
    caption = OxmlElement("w:tblCaption")
    caption.set(qn("w:val"), block.caption)
    _insert_ordered(tbl_pr, caption, _TBLPR_ORDER)
    together = len(block.rows) <= KEEP_TOGETHER_ROWS
    list_style = styles.get("List Bullet")
    rows = tbl.findall(qn("w:tr"))
    header = rows[0]
    _row_property(header, "w:tblHeader")
    for col, (tc, text) in enumerate(zip(header.findall(qn("w:tc")), block.header, strict=True)):
        _cell_properties(tc, twips[col], shade=True)
        para = _paragraph(tc.find(qn("w:p")), block.is_numeric(col), together, None, hyphenate=False)
        run(para, text, bold=True, size=size, lang=block.header_lang)
    last = len(block.rows) - 1
    for n, (tr, cells) in enumerate(zip(rows[1:], block.rows, strict=True)):
        _row_property(tr, "w:cantSplit")
        total = block.total_row and n == last
        for col, (tc, paras) in enumerate(zip(tr.findall(qn("w:tc")), cells, strict=False)):
            _cell_properties(tc, twips[col], rule_above=total)
            is_label = block.row_headers and col == 0
            lang = block.header_lang if is_label else None
            first = tc.find(qn("w:p"))
            for i, (is_item, text) in enumerate(cell_lines(paras)):
                if i == 0:
                    target = first
                else:
                    target = OxmlElement("w:p")
                    tc.append(target)
                style = list_style.style_id if is_item and list_style is not None else None
                para = _paragraph(target, block.is_numeric(col), together and n < last, style, hyphenate=col != 0)
                shown = f"• {text}" if is_item and list_style is None else text
                run(para, shown, bold=is_label or total, size=size, lang=lang)
    return tbl


def _row_property(tr: Any, tag: str) -> None:
    tr_pr = tr.get_or_add_trPr()
    tr_pr.append(OxmlElement(tag))


def _cell_properties(tc: Any, twips: int, shade: bool = False, rule_above: bool = False) -> None:
    """``w:tcPr`` with the width, a double rule above (a total row) and the header shading, in schema order."""
    tc_pr = tc.get_or_add_tcPr()
    for child in list(tc_pr):
        tc_pr.remove(child)
    width = OxmlElement("w:tcW")
    width.set(qn("w:w"), str(twips))
    width.set(qn("w:type"), "dxa")
    tc_pr.append(width)
    if rule_above:
        borders = OxmlElement("w:tcBorders")
        top = OxmlElement("w:top")
        for key, value in (("w:val", "double"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "404040")):
            top.set(qn(key), value)
        borders.append(top)
        tc_pr.append(borders)
    if shade:
        shd = OxmlElement("w:shd")
        for key, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", HEADER_FILL)):
            shd.set(qn(key), value)
        tc_pr.append(shd)


def _paragraph(para: Any, numeric: bool, keep_next: bool, style: str | None, hyphenate: bool = True) -> Any:
    """``para`` (a ``w:p``) with its properties set directly (in schema order): the python-docx API is slow
    in big tables."""
    for ppr in para.findall(qn("w:pPr")):
        para.remove(ppr)
    ppr = OxmlElement("w:pPr")
    if style is not None:
        pstyle = OxmlElement("w:pStyle")
        pstyle.set(qn("w:val"), style)
        ppr.append(pstyle)
    if keep_next:
        ppr.append(OxmlElement("w:keepNext"))
    if not hyphenate:
        ppr.append(OxmlElement("w:suppressAutoHyphens"))
    spacing = OxmlElement("w:spacing")
    for key, value in (("w:before", "0"), ("w:after", "40"), ("w:line", "240"), ("w:lineRule", "auto")):
        spacing.set(qn(key), value)
    ppr.append(spacing)
    if numeric:
        jc = OxmlElement("w:jc")
        jc.set(qn("w:val"), "right")
        ppr.append(jc)
    para.insert(0, ppr)
    return para


def _borders() -> Any:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        for key, value in (("w:val", "single"), ("w:sz", "4"), ("w:space", "0"), ("w:color", "808080")):
            edge.set(qn(key), value)
        borders.append(edge)
    return borders


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

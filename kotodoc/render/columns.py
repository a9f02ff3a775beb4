"""Table column widths that fit the content, measured before Word or LibreOffice lays the table out.

A word wider than its column is broken by the word processor anywhere, without a hyphen
("Asukasl/uku"). So every column is at least as wide as its longest word (:func:`needs`); the room
left over goes to the columns with the most text, in proportion to how much more room their text
would take on one line (the automatic table layout of CSS 2.1 §17.5.2.2 does the same). A table
whose longest words do not fit side by side gets ``None`` from :func:`fit`: the caller tries a wider
(landscape) page, and as a last resort :func:`squeeze` narrows every column evenly.

Widths are in points; text is measured in Arial (:mod:`kotodoc.render.metrics`). A line breaks at
spaces and after a hyphen or a dash, not after a slash (LibreOffice keeps "seudullisten/maakunnallisten"
together); a no-break space (between the thousands of a number) keeps the number together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kotodoc.render.metrics import text_width
from kotodoc.render.tree import Table, cell_lines

CELL_PADDING = 5.4 * 2 + 1.5  # Word's default left and right cell margins (108 twips each) and the borders
BULLET_INDENT = 18.0  # a list item inside a cell is indented by the list style
LONGEST_WORD_SHARE = 0.4  # a longer "word" (a web address) may be broken rather than widen the table
_BREAK = re.compile(r"(?<=[-–—])|[ \t]+")


@dataclass(frozen=True)
class Needs:
    """What a column needs: its longest word (``least``) and its longest line unbroken (``most``)."""

    least: float
    most: float


def words(text: str) -> list[str]:
    """The pieces of ``text`` a line may not be broken inside."""
    return [w for w in _BREAK.split(text) if w]


def needs(table: Table, size: float, page_width: float) -> list[Needs]:
    """Per column, the width of its longest word and of its longest paragraph, with the cell's padding."""
    cap = page_width * LONGEST_WORD_SHARE
    columns = len(table.header)
    least = [0.0] * columns
    most = [0.0] * columns
    rows: list[tuple[bool, tuple[tuple[str, ...], ...]]] = [(True, tuple((h,) for h in table.header))]
    last = len(table.rows) - 1
    rows += [(table.total_row and n == last, row) for n, row in enumerate(table.rows)]
    for bold_row, row in rows:
        for column, cell in enumerate(row[:columns]):
            bold = bold_row or (table.row_headers and column == 0)
            for is_item, text in cell_lines(cell):
                indent = BULLET_INDENT if is_item else 0.0
                longest = max((text_width(w, size, bold) for w in words(text)), default=0.0)
                least[column] = max(least[column], min(longest, cap) + indent)
                most[column] = max(most[column], text_width(text, size, bold) + indent)
    return [Needs(lo + CELL_PADDING, max(hi, lo) + CELL_PADDING) for lo, hi in zip(least, most, strict=True)]


def fit(column_needs: list[Needs], width: float) -> list[float] | None:
    """Widths filling ``width`` with every column at least its longest word; None when that cannot be."""
    least = sum(n.least for n in column_needs)
    if least > width:
        return None
    most = sum(n.most for n in column_needs)
    if most <= width:
        return [n.most * width / most for n in column_needs]
    spare = width - least
    wish = most - least
    return [n.least + spare * (n.most - n.least) / wish for n in column_needs]


def squeeze(column_needs: list[Needs], width: float) -> list[float]:
    """Widths for a table whose longest words do not fit: each column's least width, scaled down."""
    least = sum(n.least for n in column_needs)
    return [n.least * width / least for n in column_needs]

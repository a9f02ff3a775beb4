"""The summary as an Excel workbook: one sheet per view, header row frozen, filters on, widths set.

Written with XlsxWriter (a dependency, imported only here): every text goes in with
``write_string``, so no cell is ever a formula or a link, whatever a programme says. Dates are
real dates shown ``d.m.yyyy``, counts and shares are numbers, so sorting and filtering work in
Excel and LibreOffice Calc alike. ``SOURCE_DATE_EPOCH`` fixes the workbook's creation time.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import xlsxwriter

from kotodoc.review.summary_tables import Cell, Table

MAX_CELL = 32_767  # characters Excel keeps in one cell
HEADER_HEIGHT = 75  # points: room for three wrapped lines of a long header
STATUS_COLUMN_KEY = "tarkistus"


def _created() -> dt.datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).replace(tzinfo=None)
    return dt.datetime.now()


def workbook(views: Sequence[Table]) -> bytes:
    """The views as the bytes of an .xlsx file."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                                     "strings_to_numbers": False})
    book.set_properties({"title": views[0].caption, "created": _created(), "author": "kotodoc"})
    formats = {
        "header": book.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#E8EEF5",
                                   "border": 1}),
        "text": book.add_format({"valign": "top"}),  # one line per row: wrapped rows would need heights
        "int": book.add_format({"valign": "top", "num_format": "0"}),
        "percent": book.add_format({"valign": "top", "num_format": "0.0"}),
        "date": book.add_format({"valign": "top", "num_format": "d.m.yyyy"}),
        "bad": book.add_format({"valign": "top", "bold": True, "font_color": "#8A1111"}),
    }
    for table in views:
        _sheet(book, table, formats)
    book.close()
    return out.getvalue()


def _sheet(book: Any, table: Table, formats: dict[str, Any]) -> None:
    sheet = book.add_worksheet(table.name[:31])
    for n, column in enumerate(table.columns):
        sheet.set_column(n, n, column.width)
        sheet.write_string(0, n, column.label, formats["header"])
    sheet.set_row(0, HEADER_HEIGHT)
    status = next((n for n, c in enumerate(table.columns) if c.key == STATUS_COLUMN_KEY), None)
    for r, row in enumerate(table.rows, start=1):
        for n, (column, value) in enumerate(zip(table.columns, row, strict=True)):
            bad = n == status and table.statuses and table.statuses[r - 1] in ("errors", "unreadable")
            _write(sheet, r, n, value, formats["bad"] if bad else formats[column.kind])
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.repeat_rows(0)  # the header on every printed page
    sheet.freeze_panes(1, 2 if table.view == "programmes" else 0)
    sheet.autofilter(0, 0, max(len(table.rows), 1), len(table.columns) - 1)


def _write(sheet: Any, row: int, col: int, value: Cell, fmt: Any) -> None:
    if value is None or value == "":
        sheet.write_blank(row, col, None, fmt)
    elif isinstance(value, dt.date):
        sheet.write_datetime(row, col, dt.datetime(value.year, value.month, value.day), fmt)
    elif isinstance(value, (int, Decimal)):
        sheet.write_number(row, col, float(value) if isinstance(value, Decimal) else value, fmt)
    else:
        text = value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"
        sheet.write_string(row, col, text, fmt)

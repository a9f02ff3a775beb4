"""The summary as CSV (one view, for Finnish spreadsheets) or JSON (every view), and the format table.

The CSV is read by Excel and LibreOffice with Finnish settings as ``kotodoc costs`` writes it: a
UTF-8 byte order mark, ``;`` between fields, a decimal comma and dates as ``21.10.2024``. A text that
a spreadsheet would take for a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return, OWASP "CSV Injection") gets a leading ``'``, so opening the file never runs anything: the
phone number ``+358 40 123 4567`` is written ``'+358 40 123 4567``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from kotodoc.costs.tables import neutralised  # the one CSV guard, shared with `costs`
from kotodoc.errors import OptionError, UsageError
from kotodoc.output import source_input, write_atomic
from kotodoc.review.summary import Summary, summarise
from kotodoc.review.summary_tables import VIEWS, Cell, Table, tables
from kotodoc.review.texts import Said
from kotodoc.schema.dates import fi_date


def csv_cell(value: Cell) -> str:
    """A cell as Finnish spreadsheet text."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return fi_date(value)
    if isinstance(value, Decimal):
        return format(value, "f").replace(".", ",")
    if isinstance(value, int):
        return str(value)
    return neutralised(value)


def csv_text(table: Table) -> str:
    """One view as CSV for Finnish spreadsheets (BOM, ``;``, CRLF, decimal comma, no formulas)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([neutralised(c.label) for c in table.columns])
    for row in table.rows:
        writer.writerow([csv_cell(v) for v in row])
    return "\ufeff" + buffer.getvalue()


def _json_cell(value: Cell) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def json_data(views: Sequence[Table]) -> dict[str, Any]:
    """Every view as a list of objects keyed by the columns' stable names."""
    return {
        table.view: {"otsikko": table.caption,
                     "sarakkeet": {c.key: c.label for c in table.columns},
                     "rivit": [{c.key: _json_cell(v) for c, v in zip(table.columns, row, strict=True)}
                               for row in table.rows]}
        for table in views
    }


FORMATS = ("csv", "xlsx", "html", "json")


def format_summary(summary: Summary, fmt: str, view: str = "programmes", lang: str = "fi") -> bytes:
    """The summary in one of :data:`FORMATS`; ``view`` chooses the table of the CSV."""
    if view not in VIEWS:
        raise UsageError(Said.of("unknown_view", view=view, allowed=", ".join(VIEWS)))
    views = tables(summary, lang)
    if fmt == "csv":
        return csv_text(next(t for t in views if t.view == view)).encode("utf-8")
    if fmt == "json":
        return (json.dumps(json_data(views), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    if fmt == "xlsx":
        from kotodoc.review.summary_xlsx import workbook  # XlsxWriter only when a workbook is asked for

        return workbook(views)
    from kotodoc.review.summary_html import html_page

    return html_page(views, summary, lang).encode("utf-8")


def summary_format(fmt: str | None, output: Path | None) -> str:
    """The format asked for, else the one ``output``'s suffix names, else csv; a format that contradicts
    the suffix of ``output`` (``-f xlsx -o yhteenveto.csv``) is a usage error, as in ``render``."""
    suffix = output.suffix.lower() if output is not None else ""
    named = suffix[1:] if suffix[1:] in FORMATS else None
    if fmt is None:
        return named or "csv"
    if fmt not in FORMATS:
        raise OptionError.unknown("--format", fmt, list(FORMATS))
    if named is not None and named != fmt:
        raise OptionError("render.format_mismatch", fmt=fmt, output=output, suffix=suffix, named=named)
    return fmt


def write_summary(paths: Sequence[Path], fmt: str | None, view: str = "programmes", output: Path | None = None,
                  lang: str = "fi") -> str | None:
    """Summarise ``paths`` as ``fmt`` (None: by ``output``'s suffix, else csv): written atomically to
    ``output`` (then ``None``), else returned as text.

    An xlsx workbook needs ``output``; a name that does not exist is a usage error, a file that cannot be
    read is a row with its problem.
    """
    fmt = summary_format(fmt, output)
    if fmt == "xlsx" and output is None:
        raise UsageError(Said.of("xlsx_needs_output"))
    data = format_summary(summarise(paths), fmt, view, lang)
    if output is None:
        return data.decode("utf-8")
    write_atomic(output, data, [source_input(path) for path in paths])
    return None

"""The summary as one self-contained HTML page: every view a table that sorts, filters and prints.

Sorting is a button in each column header (``aria-sort`` says the order; Finnish collation, numbers
as numbers, dates by their ISO value); filtering is a labelled search field per table whose result
("Näkyvissä 3/20 riviä") is announced in a live region. The page works without its script too (it
is then a plain table) and prints on A4 landscape with the header repeated on every page.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from decimal import Decimal

from kotodoc.review.page import page
from kotodoc.review.summary import Summary
from kotodoc.review.summary_tables import Cell, Table
from kotodoc.review.texts import say
from kotodoc.schema.dates import fi_date

SCRIPT = """\
(function () {
  "use strict";
  var collator = new Intl.Collator("fi", {numeric: true, sensitivity: "base"});
  function key(row, index) {
    var cell = row.cells[index];
    var value = cell.getAttribute("data-sort");
    return value !== null ? value : cell.textContent.trim();
  }
  function sortBy(table, th, index) {
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var numeric = th.getAttribute("data-kind") === "int" || th.getAttribute("data-kind") === "percent";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) {
      other.removeAttribute("aria-sort");
      var arrow = other.querySelector(".arrow");
      if (arrow) { arrow.textContent = "\\u2195"; }
    });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    th.querySelector(".arrow").textContent = ascending ? "\\u2191" : "\\u2193";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, index), y = key(b, index);
      var order = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : collator.compare(x, y);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  function filter(table, input, status) {
    var terms = input.value.toLocaleLowerCase("fi").split(/\\s+/).filter(Boolean);
    var rows = table.tBodies[0].rows, shown = 0;
    Array.prototype.forEach.call(rows, function (row) {
      var text = row.textContent.toLocaleLowerCase("fi");
      var match = terms.every(function (term) { return text.indexOf(term) !== -1; });
      row.hidden = !match;
      if (match) { shown += 1; }
    });
    status.textContent = status.getAttribute("data-template")
      .replace("{shown}", String(shown)).replace("{total}", String(rows.length));
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      th.querySelector("button").addEventListener("click", function () { sortBy(table, th, index); });
    });
    var input = document.getElementById(table.id + "-filter");
    var status = document.getElementById(table.id + "-shown");
    input.addEventListener("input", function () { filter(table, input, status); });
    filter(table, input, status);
  });
  Array.prototype.forEach.call(document.querySelectorAll(".needs-script"), function (node) {
    node.hidden = false;
  });
}());
"""


def _cell(value: Cell) -> tuple[str, str, str]:
    """(shown text, sort key or '', CSS class) of a cell."""
    if value is None:
        return "", "", ""
    if isinstance(value, dt.date):
        return fi_date(value), value.isoformat(), ""
    if isinstance(value, Decimal):
        return format(value, "f").replace(".", ","), format(value, "f"), "num"
    if isinstance(value, int):
        return str(value), str(value), "num"
    return value, "", ""


def _table(table: Table, lang: str) -> str:
    esc = html.escape
    tid = f"t-{table.view}"
    head = "".join(
        f'<th scope="col" data-kind="{c.kind}"><button type="button" aria-describedby="sort-help">{esc(c.label)}'
        f'<span class="arrow" aria-hidden="true">\u2195</span></button></th>' for c in table.columns)
    rows = []
    for r, row in enumerate(table.rows):
        cells = []
        for n, value in enumerate(row):
            text, key, cls = _cell(value)
            if table.statuses and table.columns[n].key == "tarkistus" and table.statuses[r] in ("errors", "unreadable"):
                cls = "status-errors"
            attrs = (f' data-sort="{esc(key)}"' if key else "") + (f' class="{cls}"' if cls else "")
            tag = "th" if n == 0 else "td"
            scope = ' scope="row"' if n == 0 else ""
            cells.append(f"<{tag}{scope}{attrs}>{esc(text)}</{tag}>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    shown = esc(say("shown", lang, shown="{shown}", total="{total}"))
    return (
        f'<section aria-labelledby="{tid}-title">\n<h2 id="{tid}-title">{esc(table.name)}</h2>\n'
        f'<div class="controls needs-script" hidden><div><label for="{tid}-filter">{esc(say("filter", lang))}</label>'
        f'<input type="search" id="{tid}-filter" aria-describedby="{tid}-hint {tid}-shown" autocomplete="off">'
        f'<p class="hint" id="{tid}-hint">{esc(say("filter_hint", lang))}</p></div>'
        f'<p role="status" id="{tid}-shown" data-template="{shown}"></p></div>\n'
        f'<div class="scroll" tabindex="0" role="region" aria-labelledby="{tid}-caption">\n'
        f'<table class="sortable" id="{tid}">\n<caption id="{tid}-caption">{esc(table.caption)}</caption>\n'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n" + "\n".join(rows) + "\n</tbody>\n</table>\n</div>\n</section>\n"
    )


def html_page(views: Sequence[Table], summary: Summary, lang: str = "fi") -> str:
    """The whole page: a title, the counts, then one section per view."""
    esc = html.escape
    title = say("page_title", lang)
    body = [f"<h1>{esc(title)}</h1>",
            f"<p>{esc(say('generated', lang, n=summary.programmes, files=len(summary.rows)))}</p>",
            f'<p class="visually-hidden" id="sort-help">{esc(say("sort", lang))}</p>',
            f'<p class="hint noprint">{esc(say("print_note", lang))}</p>']
    for table in views:
        body.append(_table(table, lang))
    return page(title, "\n".join(body) + "\n", lang, SCRIPT)

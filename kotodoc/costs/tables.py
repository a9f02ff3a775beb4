"""The cost split as tables: rows of text for the appendix, and text, CSV and JSON for ``kotodoc costs``.

Every function takes the form texts of a language (``t``, Finnish by default): the appendix is in the
document's language, ``kotodoc costs`` in the reader's. Money is printed the Finnish and
Finland-Swedish way (``160 000,00``: a space between thousands, a decimal comma), the English way in
English (``160,000.00``); the JSON output carries exact integer cents beside decimal strings with a
point. The CSV is for spreadsheets with Finnish settings in every language: ``;`` between fields, a
decimal comma, no thousands separator, and a UTF-8 byte order mark so that Excel reads "ä" and "ö"
right.
A text cell that a spreadsheet would run as a formula (a member named ``=HYPERLINK(…)``) is neutralised
as OWASP's "CSV Injection" page advises: a leading ``'`` (shown by no spreadsheet) before a first ``=``,
``+``, ``-``, ``@`` (or their full-width forms), tab, line break or NUL; number cells are never touched.
"""

from __future__ import annotations

import csv
import io
import json
import os
import textwrap
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from kotodoc import form
from kotodoc.checks.validate import Report, validate_file
from kotodoc.costs.split import Split, split_of
from kotodoc.diagnostics import Diagnostic, Loc

FI = form.texts("fi")
NBSP = "\u00a0"
WRAP = 100  # width of the notes in the text table
METHOD_NOTE = FI.own["costs.method"]
METHOD_ORIGIN = FI.own["costs.method_origin"]
"""Said to the person running ``kotodoc costs``, never printed in a document."""
ROUNDING_NOTE = FI.own["costs.rounding"]
FALLBACK_NOTE = FI.own["costs.fallback"]
TOTAL = FI.own["costs.total"]


def fi_euros(cents: int, sep: str = " ", point: str = ",") -> str:
    """Cents as euros: ``16000000`` -> ``160 000,00`` (``sep`` between thousands, ``point`` before the cents)."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole:,}".replace(",", sep) + f"{point}{part:02d}"


def fi_percent(basis_points: int, point: str = ",") -> str:
    """Hundredths of a per cent as text: ``1234`` -> ``12,34``."""
    whole, part = divmod(basis_points, 100)
    return f"{whole}{point}{part:02d}"


def fi_int(value: int, sep: str = NBSP) -> str:
    """A whole number the Finnish way: ``52000`` -> ``52 000`` (``sep`` between thousands)."""
    return f"{value:,}".replace(",", sep)


def _int(value: int, t: form.FormTexts, sep: str) -> str:
    """A whole number in ``t``'s numbers (``sep`` for the thousands in Finnish and Swedish)."""
    group = t.own["number.group"]
    return fi_int(value, sep if group == " " else group)


def _fraction_percent(value: Fraction, point: str = ",") -> str:
    """A fraction of one as a per cent with two decimals, rounded half up: ``1/3`` -> ``33,33``."""
    hundredths = (value * 10_000 + Fraction(1, 2)).__floor__()
    return fi_percent(hundredths, point)


def _decimal(value: Decimal, t: form.FormTexts) -> str:
    """A decimal in ``t``'s numbers: ``37,5`` (Finnish, Swedish), ``37.5`` (English)."""
    return format(value.normalize(), "f").replace(".", t.own["number.decimal"])


def _money(cents: int, t: form.FormTexts, sep: str | None = None) -> str:
    """Cents as euros in ``t``'s numbers; ``sep`` overrides the thousands separator (a no-break space in documents)."""
    group = t.own["number.group"]
    return fi_euros(cents, group if sep is None or group != " " else sep, t.own["number.decimal"])


def _clients(share_clients: Any) -> int:
    return sum(share_clients.values())


# --- rows ----------------------------------------------------------------------------------------

def member_header(t: form.FormTexts = FI) -> tuple[str, ...]:
    """The header of the members' table in ``t``'s language."""
    return tuple(t.own[f"costs.{key}"] for key in ("municipality", "population", "clients", "by_population",
                                                     "by_causation", "total_euros", "share"))


def share_header(t: form.FormTexts = FI) -> tuple[str, ...]:
    """The header of the shares' table (without the figures: the appendix shows them apart)."""
    header = member_header(t)
    return (header[0], *header[3:])


def segment_header(t: form.FormTexts = FI) -> tuple[str, ...]:
    """The header of the segments' table."""
    return tuple(t.own[f"costs.{key}"] for key in ("segment", "weight", "used_weight", "clients", "segment_euros"))


MEMBER_HEADER = member_header()
SHARE_HEADER = share_header()
SEGMENT_HEADER = segment_header()


def share_rows(split: Split, sep: str = NBSP, t: form.FormTexts = FI) -> list[tuple[str, ...]]:
    """One row per member and a total row, as :func:`share_header`."""
    return [(row[0], *row[3:]) for row in member_rows(split, sep, t)]


def member_rows(split: Split, sep: str = NBSP, t: form.FormTexts = FI) -> list[tuple[str, ...]]:
    """One row per member and a total row, as :func:`member_header`."""
    point = t.own["number.decimal"]
    rows: list[tuple[str, ...]] = [
        (m.name, _int(m.population, t, sep), _int(_clients(m.clients), t, sep), _money(m.population_cents, t, sep),
         _money(m.causation_cents, t, sep), _money(m.total_cents, t, sep), fi_percent(m.basis_points, point))
        for m in split.members]
    rows.append((t.own["costs.total"], _int(split.total_population, t, sep),
                 _int(sum(_clients(m.clients) for m in split.members), t, sep),
                 _money(split.population_cents, t, sep), _money(split.causation_cents, t, sep),
                 _money(split.total_cents, t, sep), fi_percent(sum(m.basis_points for m in split.members), point)))
    return rows


def segment_rows(split: Split, sep: str = NBSP, t: form.FormTexts = FI) -> list[tuple[str, ...]]:
    """One row per client segment and a total row, as :func:`segment_header`."""
    point, groups = t.own["number.decimal"], t.joint["client_groups"]
    rows: list[tuple[str, ...]] = [
        (groups[s.key], _decimal(s.weight, t), _fraction_percent(s.effective_weight, point), _int(s.clients, t, sep),
         _money(s.cents, t, sep)) for s in split.segments]
    rows.append((t.own["costs.total"], _decimal(sum((s.weight for s in split.segments), Decimal(0)), t),
                 _fraction_percent(sum((s.effective_weight for s in split.segments), Fraction(0)), point),
                 _int(sum(s.clients for s in split.segments), t, sep),
                 _money(sum(s.cents for s in split.segments), t, sep)))
    return rows


def summary_lines(split: Split, sep: str = NBSP, t: form.FormTexts = FI) -> list[str]:
    """The split's totals in words."""
    own = t.own
    lines = [
        own["costs.annual"].format(euros=_money(split.total_cents, t, sep)),
        own["costs.population_line"].format(percent=_decimal(split.population_percent, t),
                                            euros=_money(split.population_cents, t, sep)),
        own["costs.causation_line"].format(percent=_decimal(split.causation_percent, t),
                                           euros=_money(split.causation_cents, t, sep)),
    ]
    if split.causation_by_population:
        lines.append(own["costs.fallback"])
    return lines


# --- outputs of `kotodoc costs` ------------------------------------------------------------------

def _aligned(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    out = []
    for n, row in enumerate([header, *rows]):
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        out.append("  ".join(cells).rstrip())
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return out


def text_table(split: Split, note: str | None = None, t: form.FormTexts = FI) -> str:
    """The split as aligned plain-text tables, for the terminal."""
    own = t.own
    lines = [own["costs.title"], "", *summary_lines(split, " ", t), ""]
    lines += _aligned(member_header(t), member_rows(split, " ", t))
    if not split.causation_by_population:
        lines += ["", own["costs.segments_title"], ""]
        lines += _aligned(segment_header(t), segment_rows(split, " ", t))
    lines += ["", *textwrap.wrap(own["costs.method"], WRAP), *textwrap.wrap(own["costs.method_origin"], WRAP), "",
              *textwrap.wrap(own["costs.rounding"], WRAP)]
    if note:
        lines += ["", *textwrap.wrap(own["costs.note"].format(note=" ".join(note.split())), WRAP)]
    return "\n".join(lines)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\0", "＝", "＋", "－", "＠")
"""First characters that make a spreadsheet read a cell as a formula (OWASP, with full-width forms)."""


def neutralised(text: str) -> str:
    """A text cell a spreadsheet shows as text, never runs: ``=HYPERLINK(…)`` -> ``'=HYPERLINK(…)``.

    The one CSV guard of kotodoc: ``kotodoc costs`` and ``kotodoc summary`` both write through it."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(split: Split, t: form.FormTexts = FI) -> str:
    """The members' shares as CSV for spreadsheets with Finnish settings (BOM, ``;``, decimal comma)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    groups, header = t.joint["client_groups"], member_header(t)
    writer.writerow([header[0], header[1], *groups.values(), *header[3:]])
    for m in split.members:
        writer.writerow([neutralised(m.name), m.population, *(m.clients.get(k, "") for k in groups),
                         fi_euros(m.population_cents, ""), fi_euros(m.causation_cents, ""),
                         fi_euros(m.total_cents, ""), fi_percent(m.basis_points)])
    writer.writerow([t.own["costs.total"], split.total_population,
                     *(sum(m.clients.get(k, 0) for m in split.members) for k in groups),
                     fi_euros(split.population_cents, ""), fi_euros(split.causation_cents, ""),
                     fi_euros(split.total_cents, ""), fi_percent(sum(m.basis_points for m in split.members))])
    return "\ufeff" + buffer.getvalue()


def _plain(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros: ``Decimal('40.00')`` -> ``40``."""
    return format(value.normalize(), "f")


def _euros(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def json_dict(split: Split, note: str | None = None, t: form.FormTexts = FI) -> dict[str, Any]:
    """The split as plain data: exact cents as integers, euros and per cents as decimal strings; the
    keys are the same in every language, the names and notes are in ``t``'s."""
    return {
        "vuosikustannus_senttia": split.total_cents,
        "vuosikustannus_euroa": _euros(split.total_cents),
        "asukasluvun_osuus_prosenttia": _plain(split.population_percent),
        "aiheuttamisperiaatteen_osuus_prosenttia": _plain(split.causation_percent),
        "asukasluvun_mukaan_senttia": split.population_cents,
        "aiheuttamisperiaatteen_mukaan_senttia": split.causation_cents,
        "aiheuttamisperiaate_jaettu_asukasluvun_mukaan": split.causation_by_population,
        "segmentit": [
            {"segmentti": s.key, "nimi": t.joint["client_groups"][s.key], "paino_prosenttia": _plain(s.weight),
             "kaytetty_paino_prosenttia": _fraction_percent(s.effective_weight).replace(",", "."),
             "asiakkaat": s.clients, "senttia": s.cents, "euroa": _euros(s.cents)}
            for s in split.segments],
        "jasenet": [
            {"kunta": m.name, "asukasluku": m.population, "asiakkaat": dict(m.clients),
             "asukasluvun_mukaan_senttia": m.population_cents,
             "aiheuttamisperiaatteen_mukaan_senttia": m.causation_cents,
             "yhteensa_senttia": m.total_cents, "yhteensa_euroa": _euros(m.total_cents),
             "osuus_prosenttia": fi_percent(m.basis_points).replace(",", ".")}
            for m in split.members],
        "huomautus": note,
        "menetelma": t.own["costs.method"],
        "pyoristys": t.own["costs.rounding"],
    }


def json_text(split: Split, note: str | None = None, t: form.FormTexts = FI) -> str:
    """:func:`json_dict` as indented JSON."""
    return json.dumps(json_dict(split, note, t), ensure_ascii=False, indent=2)


FORMATS = ("table", "csv", "json")


def format_split(split: Split, fmt: str, note: str | None = None, t: form.FormTexts = FI) -> str:
    """The split in one of :data:`FORMATS`, in ``t``'s language."""
    if fmt == "csv":
        return csv_text(split, t)
    if fmt == "json":
        return json_text(split, note, t)
    return text_table(split, note, t)


# --- a file in, a split out ----------------------------------------------------------------------

@dataclass
class CostResult:
    """What ``kotodoc costs`` found in one file: the validation report and, when possible, the split."""

    report: Report
    split: Split | None = None
    note: str | None = None


def split_file(path: str | os.PathLike[str]) -> CostResult:
    """Validate ``path`` and split its costs; a file without cost data gets a KD528 error.

    Raises :class:`kotodoc.errors.FileReadError` when the file cannot be read.
    """
    report = validate_file(path)
    prog = report.programme
    if report.errors or prog is None:
        return CostResult(report)
    joint = prog.yhteistoiminta
    if joint is None or joint.kustannukset is None:
        loc: Loc = ("yhteistoiminta",) if joint is not None else ()
        line, col = report.positions.key_pos(loc) if report.positions and loc else (1, 1)
        report.diagnostics.append(Diagnostic("KD528", report.path, line, col, loc))
        report.diagnostics.sort(key=Diagnostic.sort_key)
        return CostResult(report)
    return CostResult(report, split_of(joint), joint.kustannukset.huomautus)

"""The summary's views as plain tables: column headers in the form's words, one cell per value.

Three tables, one per view: the programmes (one row each), the orientation languages and the
shared services. Every format (csv, xlsx, html, json) prints these, so a column means the same in
each. Headers that name a place of the form come from :func:`kotodoc.form.texts` (H1–H4, the
responsibility table's rows and columns); kotodoc's own from :mod:`kotodoc.review.fi`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from kotodoc import form, refdata
from kotodoc.review.summary import Row, Summary
from kotodoc.review.texts import say

Cell = str | int | Decimal | dt.date | None
VIEWS = ("programmes", "languages", "services")


@dataclass(frozen=True)
class Column:
    """A column: its header, the kind of its values and its width in characters (for xlsx)."""

    label: str
    kind: str = "text"  # text | int | percent | date
    width: int = 18
    key: str = ""  # a stable name for JSON


@dataclass(frozen=True)
class Table:
    """One view as a table."""

    view: str
    name: str  # short name: the xlsx sheet, the html section
    caption: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    statuses: tuple[str, ...] = ()  # per row (programmes): ok | warnings | errors | unreadable


def _label(text: str) -> str:
    return text.rstrip(":").strip()


def programme_columns(lang: str = "fi") -> tuple[Column, ...]:
    """The programmes view's columns."""
    t = form.texts(lang)
    cols = [
        Column(say("file", lang), width=28, key="tiedosto"),
        Column(_label(t.header["kunnat"]), width=24, key="kunnat"),
        Column(say("joint", lang), width=10, key="yhteisohjelma"),
        Column(_label(t.header["koordinoiva_taho"]), width=30, key="koordinoiva_taho"),
        *(Column(f"{say('contact', lang)}: {t.contact_fields[k].lower()}", width=22 if k != "puhelin" else 15,
                 key=f"yhteyshenkilo_{k}") for k in form.CONTACT_FIELDS),
        Column(t.fields["Programme.paivays"][0], kind="date", width=11, key="paivays"),
        Column(_label(t.header["laadittu_tai_paivitetty"]), width=22, key="laadittu_tai_paivitetty"),
        Column(say("status", lang), width=14, key="tarkistus"),
        Column(say("errors", lang), kind="int", width=8, key="virheet"),
        Column(say("warnings", lang), kind="int", width=11, key="varoitukset"),
        Column(say("codes", lang), width=22, key="koodit"),
    ]
    for row in form.TABLE_ROWS:
        for column in form.TABLE_ANSWER_COLUMNS:
            cols.append(Column(f"{row.number}. {t.table_rows[row.key]}: {_label(t.table_columns[column]).lower()}",
                               width=30, key=f"{row.key}.{column}"))
    cols += [
        Column(say("orientation_languages", lang), width=30, key="orientaation_kielet"),
        Column(say("literacy", lang), width=18, key="luku_ja_kirjoitustaito"),
        Column(say("literacy_text", lang), width=40, key="luku_ja_kirjoitustaito_teksti"),
        Column(say("bilingual", lang), width=18, key="kaksikieliset_kunnat"),
        Column(say("swedish", lang), width=18, key="ruotsinkieliset_palvelut"),
        Column(t.fields["Approval.toimielin"][0], width=22, key="toimielin"),
        Column(say("approval_date", lang), width=14, key="kokous"),
        Column(say("decided", lang), width=10, key="paatos"),
        Column(t.fields["Submission.lahetetty"][0], kind="date", width=12, key="lahetetty"),
        Column(say("problem", lang), width=50, key="ongelma"),
    ]
    return tuple(cols)


def _yes_no(value: bool | None, lang: str) -> str:
    return "" if value is None else say("yes" if value else "no", lang)


def programme_cells(row: Row, lang: str = "fi") -> tuple[Cell, ...]:
    """One programme's cells, in :func:`programme_columns` order."""
    known = bool(row.municipalities)
    cells: list[Cell] = [
        row.path, ", ".join(row.municipalities), _yes_no(row.joint, lang) if known else "", row.coordinator,
        *row.contact, row.date, row.prepared, say(f"status_{row.status}", lang), row.errors, row.warnings,
        ", ".join(code if n == 1 else say("times", lang, code=code, n=n) for code, n in row.codes),
    ]
    cells += [row.provider(r.key, c) for r in form.TABLE_ROWS for c in form.TABLE_ANSWER_COLUMNS]
    cells += [
        ", ".join(_language(code, lang) for code in row.languages),
        say(f"literacy_{row.literacy}", lang) if row.literacy else "",
        row.literacy_text, ", ".join(row.bilingual),
        say(f"swedish_{row.swedish}", lang) if row.swedish else "",
        row.approver, row.approval_when, _yes_no(row.decided, lang), row.sent, row.problem,
    ]
    return tuple(cells)


def _language(code: str, lang: str) -> str:
    return refdata.language_name(code, lang) if refdata.normalise_language(code) else code


def _share(part: int, whole: int) -> Decimal:
    if not whole:
        return Decimal(0)
    return (Decimal(100 * part) / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def tables(summary: Summary, lang: str = "fi") -> tuple[Table, Table, Table]:
    """The three views of ``summary`` as tables."""
    t = form.texts(lang)
    programmes = Table("programmes", say("programmes", lang), say("programmes_caption", lang),
                       programme_columns(lang), tuple(programme_cells(r, lang) for r in summary.rows),
                       tuple(r.status for r in summary.rows))
    total = summary.programmes
    languages = Table(
        "languages", say("languages", lang), say("languages_caption", lang),
        (Column(say("language", lang), width=18, key="kieli"), Column(say("code", lang), width=8, key="koodi"),
         Column(say("programme_count", lang), kind="int", width=10, key="ohjelmia"),
         Column(say("share", lang), kind="percent", width=12, key="osuus"),
         Column(say("municipalities", lang), width=60, key="kunnat")),
        tuple((_language(e.code, lang), e.code if refdata.normalise_language(e.code) else "", e.programmes,
               _share(e.programmes, total), ", ".join(e.municipalities)) for e in summary.languages))
    services = Table(
        "services", say("services", lang), say("services_caption", lang),
        (Column(say("service", lang), width=36, key="palvelu"), Column(say("column", lang), width=30, key="sarake"),
         Column(say("provider", lang), width=40, key="taho"),
         Column(say("municipality_count", lang), kind="int", width=8, key="kuntia"),
         Column(say("programme_count", lang), kind="int", width=10, key="ohjelmia"),
         Column(say("municipalities", lang), width=60, key="kunnat")),
        tuple((f"{form.ROW_BY_KEY[s.row].number}. {t.table_rows[s.row]}", _label(t.table_columns[s.column]),
               s.provider, len(s.municipalities), s.programmes, ", ".join(s.municipalities))
              for s in summary.shared))
    return programmes, languages, services

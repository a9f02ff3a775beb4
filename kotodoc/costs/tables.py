"""The cost split as tables: rows of Finnish text for the appendix, and text, CSV and JSON for ``kotodoc costs``.

Money is printed the Finnish way (``160 000,00``: a space between thousands, a decimal comma); the
JSON output carries exact integer cents beside decimal strings with a point. The CSV is for
spreadsheets with Finnish settings: ``;`` between fields, a decimal comma, no thousands separator,
and a UTF-8 byte order mark so that Excel reads "ä" and "ö" right.
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

from kotodoc.checks.validate import Report, validate_file
from kotodoc.costs.split import Split, split_of
from kotodoc.diagnostics import Diagnostic, Loc
from kotodoc.schema.joint import CLIENT_GROUPS
from kotodoc.schema.quantities import fi_decimal

NBSP = "\u00a0"
WRAP = 100  # width of the notes in the text table
METHOD_NOTE = (
    "Jakotapa: vuosikustannus jaetaan ensin asukasluvun mukaan jaettavaan ja aiheuttamisperiaatteen "
    "mukaan jaettavaan osaan. Asukasluvun mukainen osa jaetaan jäsenkuntien asukaslukujen suhteessa. "
    "Aiheuttamisperiaatteen mukainen osa jaetaan asiakassegmenteille painojen suhteessa (segmentti, jossa "
    "ei ole asiakkaita, ei saa osuutta, vaan sen paino jaetaan muille) ja segmentin sisällä jäsenkuntien "
    "asiakasmäärien suhteessa.")
METHOD_ORIGIN = (
    "Aiheuttamisperiaatteen mukaisen osan jako asiakassegmenteittäin ja niiden sisällä asiakasmäärien "
    "suhteessa on kotodocin menetelmä (ks. kotodocin ohje Usean kunnan yhteinen kotoutumisohjelma).")
"""Said to the person running ``kotodoc costs``, never printed in a document."""
ROUNDING_NOTE = (
    "Pyöristys: laskenta tehdään tarkoilla murtoluvuilla ja jaetaan kokonaisina sentteinä "
    "suurimman jäännöksen menetelmällä: jokainen saa tarkan osuutensa alaspäin pyöristettynä, ja jäljelle "
    "jäävät sentit annetaan yksi kerrallaan niille, joiden pyöristetty pois jäänyt osa on suurin "
    "(tasatilanteessa luettelossa ensin olevalle). Osuudet ovat yhteensä täsmälleen vuosikustannus: "
    "senttiäkään ei katoa eikä synny.")
FALLBACK_NOTE = (
    "Painotetuissa asiakassegmenteissä ei ole asiakkaita, joten myös aiheuttamisperiaatteen mukainen osa "
    "on jaettu asukasluvun suhteessa.")


def fi_euros(cents: int, sep: str = " ") -> str:
    """Cents as Finnish euros: ``16000000`` -> ``160 000,00`` (``sep`` between thousands)."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole:,}".replace(",", sep) + f",{part:02d}"


def fi_int(value: int, sep: str = NBSP) -> str:
    """A whole number the Finnish way: ``52000`` -> ``52 000`` (``sep`` between thousands)."""
    return f"{value:,}".replace(",", sep)


def fi_percent(basis_points: int) -> str:
    """Hundredths of a per cent as Finnish text: ``1234`` -> ``12,34``."""
    whole, part = divmod(basis_points, 100)
    return f"{whole},{part:02d}"


def _fraction_percent(value: Fraction) -> str:
    """A fraction of one as a per cent with two decimals, rounded half up: ``1/3`` -> ``33,33``."""
    hundredths = (value * 10_000 + Fraction(1, 2)).__floor__()
    return fi_percent(hundredths)


def _clients(share_clients: Any) -> int:
    return sum(share_clients.values())


# --- rows ----------------------------------------------------------------------------------------

MEMBER_HEADER = ("Kunta", "Asukasluku", "Asiakkaat", "Asukasluvun mukaan (€)",
                 "Aiheuttamisperiaatteen mukaan (€)", "Yhteensä (€)", "Osuus (%)")
SHARE_HEADER = (MEMBER_HEADER[0], *MEMBER_HEADER[3:])  # without the figures (the appendix shows them apart)
SEGMENT_HEADER = ("Asiakassegmentti", "Paino (%)", "Käytetty paino (%)", "Asiakkaat", "Osuus (€)")
TOTAL = "Yhteensä"


def share_rows(split: Split, sep: str = NBSP) -> list[tuple[str, ...]]:
    """One row per member and a total row, as :data:`SHARE_HEADER`."""
    return [(row[0], *row[3:]) for row in member_rows(split, sep)]


def member_rows(split: Split, sep: str = NBSP) -> list[tuple[str, ...]]:
    """One row per member and a total row, as :data:`MEMBER_HEADER`."""
    rows: list[tuple[str, ...]] = [
        (m.name, fi_int(m.population, sep), fi_int(_clients(m.clients), sep), fi_euros(m.population_cents, sep),
         fi_euros(m.causation_cents, sep), fi_euros(m.total_cents, sep), fi_percent(m.basis_points))
        for m in split.members]
    clients = sum(_clients(m.clients) for m in split.members)
    rows.append((TOTAL, fi_int(split.total_population, sep), fi_int(clients, sep),
                 fi_euros(split.population_cents, sep), fi_euros(split.causation_cents, sep),
                 fi_euros(split.total_cents, sep), fi_percent(sum(m.basis_points for m in split.members))))
    return rows


def segment_rows(split: Split, sep: str = NBSP) -> list[tuple[str, ...]]:
    """One row per client segment and a total row, as :data:`SEGMENT_HEADER`."""
    rows: list[tuple[str, ...]] = [(CLIENT_GROUPS[s.key], fi_decimal(s.weight), _fraction_percent(s.effective_weight),
             fi_int(s.clients, sep), fi_euros(s.cents, sep)) for s in split.segments]
    rows.append((TOTAL, fi_decimal(sum((s.weight for s in split.segments), Decimal(0))),
                 _fraction_percent(sum((s.effective_weight for s in split.segments), Fraction(0))),
                 fi_int(sum(s.clients for s in split.segments), sep),
                 fi_euros(sum(s.cents for s in split.segments), sep)))
    return rows


def summary_lines(split: Split, sep: str = NBSP) -> list[str]:
    """The split's totals in words."""
    lines = [
        f"Vuosikustannus {fi_euros(split.total_cents, sep)} €.",
        f"Asukasluvun mukaan {fi_decimal(split.population_percent)} %: {fi_euros(split.population_cents, sep)} €.",
        (f"Aiheuttamisperiaatteen mukaan {fi_decimal(split.causation_percent)} % (asiakassegmenteittäin): "
         f"{fi_euros(split.causation_cents, sep)} €."),
    ]
    if split.causation_by_population:
        lines.append(FALLBACK_NOTE)
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


def text_table(split: Split, note: str | None = None) -> str:
    """The split as aligned plain-text tables, for the terminal."""
    lines = ["Kustannusten jako", "", *summary_lines(split, " "), ""]
    lines += _aligned(MEMBER_HEADER, member_rows(split, " "))
    if not split.causation_by_population:
        lines += ["", "Aiheuttamisperiaatteen mukainen osa asiakassegmenteittäin", ""]
        lines += _aligned(SEGMENT_HEADER, segment_rows(split, " "))
    lines += ["", *textwrap.wrap(METHOD_NOTE, WRAP), *textwrap.wrap(METHOD_ORIGIN, WRAP), "",
              *textwrap.wrap(ROUNDING_NOTE, WRAP)]
    if note:
        lines += ["", *textwrap.wrap(f"Huomautus: {' '.join(note.split())}", WRAP)]
    return "\n".join(lines)


def csv_text(split: Split) -> str:
    """The members' shares as CSV for spreadsheets with Finnish settings (BOM, ``;``, decimal comma)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Kunta", "Asukasluku", *CLIENT_GROUPS.values(), *MEMBER_HEADER[3:]])
    for m in split.members:
        writer.writerow([m.name, m.population, *(m.clients.get(k, "") for k in CLIENT_GROUPS),
                         fi_euros(m.population_cents, ""), fi_euros(m.causation_cents, ""),
                         fi_euros(m.total_cents, ""), fi_percent(m.basis_points)])
    writer.writerow([TOTAL, split.total_population,
                     *(sum(m.clients.get(k, 0) for m in split.members) for k in CLIENT_GROUPS),
                     fi_euros(split.population_cents, ""), fi_euros(split.causation_cents, ""),
                     fi_euros(split.total_cents, ""), fi_percent(sum(m.basis_points for m in split.members))])
    return "\ufeff" + buffer.getvalue()


def _plain(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros: ``Decimal('40.00')`` -> ``40``."""
    return format(value.normalize(), "f")


def _euros(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def json_dict(split: Split, note: str | None = None) -> dict[str, Any]:
    """The split as plain data: exact cents as integers, euros and per cents as decimal strings."""
    return {
        "vuosikustannus_senttia": split.total_cents,
        "vuosikustannus_euroa": _euros(split.total_cents),
        "asukasluvun_osuus_prosenttia": _plain(split.population_percent),
        "aiheuttamisperiaatteen_osuus_prosenttia": _plain(split.causation_percent),
        "asukasluvun_mukaan_senttia": split.population_cents,
        "aiheuttamisperiaatteen_mukaan_senttia": split.causation_cents,
        "aiheuttamisperiaate_jaettu_asukasluvun_mukaan": split.causation_by_population,
        "segmentit": [
            {"segmentti": s.key, "nimi": CLIENT_GROUPS[s.key], "paino_prosenttia": _plain(s.weight),
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
        "menetelma": METHOD_NOTE,
        "pyoristys": ROUNDING_NOTE,
    }


def json_text(split: Split, note: str | None = None) -> str:
    """:func:`json_dict` as indented JSON."""
    return json.dumps(json_dict(split, note), ensure_ascii=False, indent=2)


FORMATS = ("table", "csv", "json")


def format_split(split: Split, fmt: str, note: str | None = None) -> str:
    """The split in one of :data:`FORMATS`."""
    if fmt == "csv":
        return csv_text(split)
    if fmt == "json":
        return json_text(split, note)
    return text_table(split, note)


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

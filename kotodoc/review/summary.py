"""One row per programme, and counts across the region: what an elinvoimakeskus reviewer compares.

:func:`summarise` reads the files one at a time and keeps only each file's :class:`Row` (a file
that cannot be read or validated is a row with its problem, never the end of the run), then counts
across the rows: how many programmes give the civic orientation in each language, and which
municipalities name the same provider for a service of the responsibility table. The rows hold
facts and codes; the words (column headers, status words) are chosen when a format prints them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from kotodoc import form, refdata
from kotodoc.checks.findings import iter_answers
from kotodoc.checks.validate import Report, validate_file
from kotodoc.errors import FileReadError, UsageError
from kotodoc.review.texts import Said
from kotodoc.review.words import normalise
from kotodoc.schema.approval import Approval
from kotodoc.schema.programme import Contact, Programme

SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Row:
    """One programme file, as the summary shows it."""

    path: str
    readable: bool = True
    problem: str = ""  # why the file could not be read, or its first error
    errors: int = 0
    warnings: int = 0
    codes: tuple[tuple[str, int], ...] = ()  # (code, how many), in code order
    municipalities: tuple[str, ...] = ()
    joint: bool = False
    coordinator: str = ""
    contact: tuple[str, str, str, str] = ("", "", "", "")  # name, title, phone, e-mail
    date: dt.date | None = None
    prepared: str = ""
    providers: tuple[tuple[str, str, str], ...] = ()  # (table row key, column key, text) in table order
    languages: tuple[str, ...] = ()  # ISO 639 codes (or the text as written when not a known language)
    literacy: str = ""  # training | justified | both | missing
    literacy_text: str = ""
    bilingual: tuple[str, ...] = ()  # the bilingual municipalities among ``municipalities``
    swedish: str = ""  # described | missing | not_applicable | document
    approver: str = ""
    approval_when: str = ""  # the meeting date (d.m.yyyy) or the planned time as written
    approval_date: dt.date | None = None
    decided: bool | None = None  # None: no approval block
    sent: dt.date | None = None

    @property
    def status(self) -> str:
        """unreadable | errors | warnings | ok."""
        if not self.readable:
            return "unreadable"
        return "errors" if self.errors else "warnings" if self.warnings else "ok"

    def provider(self, row: str, column: str) -> str:
        """Who provides the service of table row ``row`` to ``column``'s clients ('' when not known)."""
        return next((text for r, c, text in self.providers if (r, c) == (row, column)), "")


@dataclass
class LanguageCount:
    """How many programmes give the civic orientation in one language, and for which municipalities."""

    code: str
    programmes: int = 0
    municipalities: list[str] = field(default_factory=list)


@dataclass
class SharedService:
    """One provider named for the same service by programmes covering several municipalities."""

    row: str
    column: str
    provider: str
    municipalities: list[str] = field(default_factory=list)
    programmes: int = 0


@dataclass
class Summary:
    """The rows and the counts across them."""

    rows: list[Row]
    languages: list[LanguageCount]
    shared: list[SharedService]

    @property
    def programmes(self) -> int:
        """Rows that are programmes (read and structurally sound)."""
        return sum(1 for r in self.rows if r.municipalities)


# --- files ---------------------------------------------------------------------------------------

def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """The files named, a directory as its YAML files (recursively, hidden ones skipped), in name order.

    A name that does not exist is a usage error (exit 2); a file that exists but cannot be read is a row."""
    for path in paths:
        if not path.is_dir():
            if not path.exists() and not path.is_symlink():  # a name mistyped on the command line: a usage error
                raise FileReadError("file.missing", name=path)
            yield path
            continue
        found = sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
                       and not any(part.startswith(".") for part in p.relative_to(path).parts))
        if not found:
            raise UsageError(Said.of("no_files", directory=path))
        yield from found


def read_row(path: Path) -> Row:
    """The summary row of one file; never raises for a bad file."""
    try:
        report = validate_file(path)
    except FileReadError as exc:
        return Row(str(path), readable=False, problem=str(exc), errors=1)
    return row_of(report)


def row_of(report: Report) -> Row:
    """The summary row of a validated file."""
    errors = report.errors
    counts = Counter(d.code for d in report.diagnostics)
    first = f"{errors[0].line}:{errors[0].column}: {errors[0].code}: {errors[0].message()}" if errors else ""
    base = Row(report.path, readable=True, errors=len(errors), warnings=len(report.warnings),
               codes=tuple(sorted(counts.items())), problem=first)
    prog = report.programme
    if prog is None:
        return replace(base, readable=report.data is not None)
    return _with_programme(base, prog)


def _one_line(text: str) -> str:
    return normalise(text).replace("\n", " ")


def _with_programme(base: Row, prog: Programme) -> Row:
    head = prog.perustiedot
    joint = prog.yhteistoiminta
    members = tuple(joint.member_names()) if joint else tuple(head.kunnat)
    contacts = head.yhteyshenkilo
    section5 = prog.muu_koulutus
    literacy = ("both" if section5.luku_ja_kirjoitustaito and section5.ei_tarvetta_perustelu
                else "training" if section5.luku_ja_kirjoitustaito
                else "justified" if section5.ei_tarvetta_perustelu else "missing")
    literacy_parts = section5.luku_ja_kirjoitustaito or section5.ei_tarvetta_perustelu or []
    approval = prog.hyvaksyminen[0] if prog.hyvaksyminen else None  # several: one per member, the first here
    approvers = [f"{a.kunta}: {a.toimielin}" if a.kunta else a.toimielin for a in prog.hyvaksyminen]
    return replace(
        base,
        municipalities=members, joint=len(members) > 1,
        coordinator=_one_line(" ".join(p.teksti for p in head.koordinoiva_taho)),
        contact=_contact(contacts),
        date=prog.paivays, prepared=_one_line(head.laadittu_tai_paivitetty),
        providers=tuple((row.key, column, _one_line(getattr(getattr(prog.vastuutaulukko, row.key), column)))
                        for row in form.TABLE_ROWS for column in form.TABLE_ANSWER_COLUMNS),
        languages=tuple(dict.fromkeys(prog.yhteiskuntaorientaatio.language_codes())),
        literacy=literacy, literacy_text=_one_line(" ".join(p.teksti for p in literacy_parts)),
        bilingual=tuple(m for m in members if refdata.is_bilingual(m)),
        swedish=_swedish(prog, members),
        approver="; ".join(approvers),
        approval_when=(approval.when() or "") if approval else "",
        approval_date=approval.kokouspaiva if approval else None,
        decided=bool(approval.paatos) if approval else None,
        sent=_sent(approval))


def _sent(approval: Approval | None) -> dt.date | None:
    """When the document was sent (under ``elinvoimakeskus:``, or ``ely:``/``ely_keskus:`` before 2026)."""
    found = approval.submission() if approval else None
    return found[1].lahetetty if found else None


def _contact(contacts: list[Contact]) -> tuple[str, str, str, str]:
    """Name, title, phone and e-mail of H3; several contact persons' values joined with '; '."""
    def field(key: str) -> str:
        return "; ".join(value for c in contacts if (value := getattr(c, key)))
    return field("nimi"), field("nimike"), field("puhelin"), field("sahkoposti")


def _swedish(prog: Programme, members: tuple[str, ...]) -> str:
    if not any(refdata.is_bilingual(m) for m in members):
        return "not_applicable"
    if prog.kieli == "sv":
        return "document"
    described = any(part.kieli == "sv" for _, parts in iter_answers(prog) for part in parts)
    return "described" if described else "missing"


# --- across the region ---------------------------------------------------------------------------

def _municipality(name: str) -> str:
    """A municipality as the reference data spells it (``MIKKELI`` -> ``Mikkeli``); unknown ones as written."""
    return refdata.canonical_municipality(name) or " ".join(name.split())


def _add_municipalities(names: list[str], row: Row) -> None:
    for name in map(_municipality, row.municipalities):
        if name.casefold() not in (n.casefold() for n in names):
            names.append(name)


def _provider_key(text: str) -> str:
    return " ".join(text.casefold().replace("–", "-").split()).strip(" .;,")


def count_languages(rows: Iterable[Row]) -> list[LanguageCount]:
    """Programmes per orientation language, most common first (then by code)."""
    by_code: dict[str, LanguageCount] = {}
    for row in rows:
        for code in row.languages:
            entry = by_code.setdefault(code, LanguageCount(code))
            entry.programmes += 1
            _add_municipalities(entry.municipalities, row)
    return sorted(by_code.values(), key=lambda e: (-e.programmes, e.code))


def shared_services(rows: Iterable[Row]) -> list[SharedService]:
    """Services whose provider (as written, ignoring case and spacing) is the same for two or more municipalities."""
    groups: dict[tuple[str, str, str], SharedService] = {}
    for row in rows:
        for key, column, text in row.providers:
            if not text:
                continue
            entry = groups.setdefault((key, column, _provider_key(text)), SharedService(key, column, text))
            entry.programmes += 1
            _add_municipalities(entry.municipalities, row)
    cells = [(r.key, c) for r in form.TABLE_ROWS for c in form.TABLE_ANSWER_COLUMNS]
    order = {cell: n for n, cell in enumerate(cells)}
    shared = [g for g in groups.values() if len(g.municipalities) > 1]
    return sorted(shared, key=lambda g: (order[(g.row, g.column)], -len(g.municipalities), _provider_key(g.provider)))


def summarise(paths: Iterable[Path]) -> Summary:
    """Read every file (one at a time, keeping only its row) and count across the rows."""
    rows = [read_row(path) for path in expand(paths)]
    return Summary(rows, count_languages(rows), shared_services(rows))

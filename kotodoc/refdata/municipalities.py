"""Look up a municipality, a wellbeing services county or an employment area by a name as people write it.

Every lookup reads the tables of :mod:`kotodoc.refdata.tables` (all 308 municipalities) on first use.
A name is found in Finnish or Swedish, in any case and spacing, with any dash, and with or without the
word that says what it is: "Pori", "PORI", "Porin kaupunki", "Björneborg", "Björneborgs stad",
"Pedersöre kommun". ``None`` from a lookup means that the name is not one of Finland's municipalities
of 2025–2026 (see :func:`former_municipality` for one merged since 2024).

Only the standard library is imported.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable
from typing import Final, NamedTuple

from kotodoc.refdata import names
from kotodoc.refdata.mentions import counties_in
from kotodoc.refdata.tables import (
    COUNTY_SHORT_NAMES,
    Centre,
    County,
    EmploymentArea,
    LanguageStatus,
    Municipality,
    tables,
)

WELLBEING_COUNTIES: Final = tuple(COUNTY_SHORT_NAMES.values())
"""The 21 counties by short name ("Vantaa–Kerava" with an en dash); Helsinki and Åland are in none."""

HELSINKI_ORGANISES_ITSELF: Final = True
"""Helsinki belongs to no county: the city organises social, health and rescue services itself, so for
Helsinki the form's "hyvinvointialue" is the city. :func:`county_of` gives ``None``."""

EMPLOYMENT_AREA_COUNT: Final = 45
EMPLOYMENT_AREAS_RESPONSIBLE_MUNICIPALITY_MODEL: Final = 39
"""Government decision 22.2.2024: 45 areas, 39 with a responsible municipality (vastuukunta), 4
municipalities alone, 2 joint municipal authorities (tables.EMPLOYMENT_AREAS_ALONE, …_JOINT_AUTHORITY)."""
LABOUR_FORCE_MINIMUM: Final = 20_000
"""An area needs a labour-force base of at least 20 000 (exemptions below)."""
PROPOSED_SIZE_EXEMPTIONS: Final = (
    "Hanko-Inkoo-Raasepori", "Pietarsaari", "Savonlinna", "Ylä-Savo", "Tunturi-Lappi-Pello",
    "Pohjois- ja Itä-Lappi",
)  # fmt: skip
"""Areas *proposed* (11/2023, kt.fi) for an exemption from the size rule."""


class Former(NamedTuple):
    """A municipality merged into another."""

    name: str
    merged_into: str
    since: dt.date
    source: str


FORMER_MUNICIPALITIES: Final = (
    Former("Pertunmaa", "Mäntyharju", dt.date(2025, 1, 1),
           "https://pertunmaa.fi/valtioneuvosto-vahvisti-mantyharjun-ja-pertunmaan-kuntaliitoksen/"),
)
"""Municipalities that documents of 2024 still name (seed 000 lists Pertunmaa)."""


# --- municipalities ---------------------------------------------------------------------------------


def municipalities() -> tuple[Municipality, ...]:
    """All 308 municipalities, in the data's order (by Finnish name, as Statistics Finland lists them)."""
    return tables().municipalities


def _match(name: str) -> tuple[Municipality, str] | None:
    return tables().match(name)


def lookup(name: str) -> Municipality | None:
    """The municipality ``name`` stands for: Finnish or Swedish, any case, with or without
    kaupunki/kunta/stad/kommun ("Vaasan kaupunki", "Vasa stad"); ``None`` when it is none of them."""
    found = _match(name)
    return found[0] if found else None


def canonical_municipality(name: str) -> str | None:
    """The official spelling of the name as written: ``" närpes "`` -> ``"Närpes"``, ``"Porin kaupunki"``
    -> ``"Pori"``; ``None`` when ``name`` is not a municipality's name."""
    found = _match(name)
    return found[0].name(found[1]) if found else None


def former_municipality(name: str) -> Former | None:
    """The merger record when ``name`` is a municipality that no longer exists (Pertunmaa)."""
    key = names.key(name)
    return next((f for f in FORMER_MUNICIPALITIES if names.key(f.name) == key), None)


def language_status(name: str) -> LanguageStatus | None:
    """``fi``, ``sv``, ``fi-sv`` (bilingual, Finnish majority) or ``sv-fi`` (Swedish majority);
    ``None`` for a name that is not a municipality's."""
    m = lookup(name)
    return m.language if m else None


def is_bilingual(name: str) -> bool:
    """Whether the municipality is bilingual (either majority). Åland's are Swedish only."""
    m = lookup(name)
    return m is not None and m.bilingual


def county_of(municipality: str) -> str | None:
    """The short name of the municipality's county; ``None`` for Helsinki, Åland and unknown names."""
    m = lookup(municipality)
    return m.county.key if m and m.county else None


def employment_area_of(municipality: str) -> str | None:
    """The municipality's employment area as kotodoc writes it: its own name where known
    ("Satakunnan työllisyysalue"), a city that is its own area by its name ("Lahti"), else
    "työllisyysalue (short name)"; ``None`` on Åland and for unknown names."""
    m = lookup(municipality)
    if m is None or m.area is None:
        return None
    return m.name_fi if m.own_employment_authority else m.area.label()


def employment_authority_name(municipality: str | Municipality) -> str | None:
    """Who is the municipality's työvoimaviranomainen, as a name: "Lahden kaupunki" for a city that organises
    alone, the kuntayhtymä ("Kuntayhtymä Kymppi"), else the area (:meth:`EmploymentArea.label`)."""
    m = lookup(municipality) if isinstance(municipality, str) else municipality
    if m is None or m.area is None:
        return None
    if m.own_employment_authority:
        return f"{m.genitive} kaupunki"  # the four are cities (hollola.fi: "Lahden kaupunki")
    if m.area.kind == "kuntayhtyma" and m.area.organiser:
        return m.area.organiser
    return m.area.label()


# --- counties -------------------------------------------------------------------------------------


def counties() -> tuple[County, ...]:
    """The 21 counties, in :data:`WELLBEING_COUNTIES` order."""
    found = tables().counties
    return tuple(found[k] for k in WELLBEING_COUNTIES)


def county(name: str) -> County | None:
    """The county ``name`` stands for: short name ("Satakunta", "Vantaa-Kerava"), official Finnish or
    Swedish name, the region in Swedish ("Österbotten"), a brand ("Soite", "Pirha"), or any text that
    names exactly one county ("Satakunnan hyvinvointialueen", "Keski-Pohjanmaan hyvinvointialue Soite")."""
    key = names.key(name)
    for c in counties():
        keys = {c.key, c.name_fi, c.name_sv, c.short_sv, c.genitive_sv, *(b.name for b in c.brands)}
        if key in {names.key(k) for k in keys}:
            return c
    found = counties_in(name)
    return found[0] if len(found) == 1 else None


def canonical_county(name: str) -> str | None:
    """The short name of the county ``name`` stands for (see :func:`county`), or ``None``."""
    c = county(name)
    return c.key if c else None


def county_members(name: str) -> tuple[str, ...]:
    """The Finnish names of the municipalities of the county ``name`` (any form :func:`county` takes)."""
    c = county(name)
    return tuple(m.name_fi for m in municipalities() if c is not None and m.county == c)


# --- employment areas and elinvoimakeskukset --------------------------------------------------------


def employment_areas() -> tuple[EmploymentArea, ...]:
    """The 45 employment areas (the four cities that organise alone included)."""
    return tuple(tables().areas.values())


def employment_area(name: str) -> EmploymentArea | None:
    """The area ``name`` stands for: the short name ("Satakunta", "Oulun seutu", "Kymppi"), the area's
    own Finnish or Swedish name, "<short name in the genitive> työllisyysalue" ("Oulun seudun
    työllisyysalue"), in any case and inflection of the last word, or as kotodoc writes an area without a
    name of its own ("työllisyysalue (Oulun seutu)", :meth:`EmploymentArea.label`)."""
    written = names.key(name)
    stem = written
    for word in ("työllisyysalue", "sysselsättningsområde"):  # as kotodoc writes an area without a name of its own
        if written.startswith(f"{word} (") and written.endswith(")"):
            written = stem = written[len(word) + 2: -1].strip()
    for word in ("työllisyysalue", "sysselsättningsområde", "sysselsättningsregion"):
        head, sep, tail = written.rpartition(" " + word)
        if sep and not tail.strip(" -:" + "abcdefghijklmnopqrstuvwxyzäöå"):
            stem = head
    for area in employment_areas():
        own = {area.name_fi, area.name_sv} - {None}
        forms = {area.key, names.genitive(area.key)}
        if written in {names.key(n) for n in own if n} or stem in {names.key(f) for f in forms}:
            return area
        if any(written.startswith(names.key(n)) for n in own if n):
            return area  # the own name inflected: "Satakunnan työllisyysalueen"
    return None


def centres() -> tuple[Centre, ...]:
    """The ten elinvoimakeskukset (law 531/2025)."""
    return tables().centres


def centres_of(municipalities: Iterable[str]) -> tuple[Centre, ...]:
    """The elinvoimakeskukset of the municipalities named, each once, in the order first met."""
    found: dict[str, Centre] = {}
    for name in municipalities:
        m = lookup(name)
        if m is not None and m.centre is not None:
            found.setdefault(m.centre.name_fi, m.centre)
    return tuple(found.values())


# --- "tarkoititko …?" ---------------------------------------------------------------------------------


def did_you_mean(value: str, candidates: Iterable[str], *, cutoff: float = 0.7) -> str | None:
    """The candidate closest to ``value`` (difflib ratio >= ``cutoff``), as spelled in ``candidates``, or
    ``None``. Case, surrounding whitespace, dash style and diacritics are ignored, so ``"mantyharju"``
    finds ``"Mäntyharju"``. A candidate equal to ``value`` in that sense is returned as is."""
    spelled: dict[str, str] = {}
    for candidate in candidates:
        spelled.setdefault(names.fold(candidate), candidate)
    matches = difflib.get_close_matches(names.fold(value), list(spelled), n=1, cutoff=cutoff)
    return spelled[matches[0]] if matches else None


SUGGEST_CUTOFF: Final = 0.8
"""How close an unknown name must be to a municipality's name for a "tarkoititko" (difflib ratio)."""


def suggest_municipality(name: str) -> str | None:
    """A municipality's name close to ``name``, for a "tarkoititko …?" hint; ``None`` when ``name`` is
    itself a municipality's (or a former one's) name, or when no name is close enough or two are.

    Close means a difflib ratio of at least :data:`SUGGEST_CUTOFF` with case, spacing and diacritics
    ignored ("Kokola" -> "Kokkola", "mantyharju" -> "Mäntyharju", "Porin" -> "Pori").
    """
    if not name.strip() or lookup(name) is not None or former_municipality(name) is not None:
        return None
    target = names.fold(names.bare(name)[-1][0])
    scored: dict[str, tuple[float, str]] = {}
    for m in municipalities():
        for written in {m.name_fi, m.name_sv}:
            matcher = difflib.SequenceMatcher(None, target, names.fold(written))
            # The bounds first: a name of a far length cannot come close, and ratio() of a long text
            # against every name would cost minutes (a fuzzed file had a 300 kB "name").
            if matcher.real_quick_ratio() < SUGGEST_CUTOFF or matcher.quick_ratio() < SUGGEST_CUTOFF:
                continue
            ratio = matcher.ratio()
            if ratio > scored.get(m.code, (0.0, ""))[0]:
                scored[m.code] = (ratio, written)
    ranked = sorted(scored.values(), reverse=True)
    if not ranked or ranked[0][0] < SUGGEST_CUTOFF:
        return None
    if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
        return None  # two names are as close: no guess
    return ranked[0][1]

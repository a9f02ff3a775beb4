"""The reference tables, read from the CSV files in ``kotodoc/refdata/data`` the first time they are asked for.

``data/municipalities.csv``
    All 308 municipalities of 2025–2026 (Pertunmaa joined Mäntyharju on 1.1.2025): code, Finnish and
    Swedish name, language status, region (maakunta), wellbeing services county (Finnish and Swedish
    name; empty for Helsinki, which organises the services itself, and for Åland), employment area and
    its responsible municipality or joint municipal authority. Copied unchanged from the project's
    reference data (``municipalities.md`` gives the sources: Statistics Finland's classifications 2026,
    Posti, OPH, Kotus, Finlex 53/2013, Act 616/2021 and the areas' own pages). A cell that ends in
    ``?`` is unverified: its value is used, and :attr:`Municipality.unverified` says which it was.
``data/elinvoimakeskukset.csv``
    The ten elinvoimakeskukset of law 531/2025 (from 1.1.2026) and the regions each covers (Statistics
    Finland 2026, tem.fi). The Swedish names are unverified (``?``) except Pohjanmaa's, "Livskraftscentralen
    i Österbotten", taken from the centre's own page (https://www.ely-keskus.fi/sv/pohjanmaan-elinvoimakeskus)
    in place of the reference file's unverified "Österbottens livskraftscentral?".
``data/county_brands.csv``
    The names the counties go by besides their official one (Soite, Eloisa, Pirha, …), each with a
    source URL and a note saying whether it is the county's brand, a former joint authority's name
    still seen in documents (legacy), or only a web domain (unverified).
``data/employment_areas.csv``
    The employment areas' own names where a page was found (the municipality table has Statistics
    Finland's short names: "Turku" for "Turun työllisyysalue"), with the kind of evidence
    (``verified``: read in the source; ``slug``: only in a page address; ``pre-decision``: named before
    the Government's decision of 22.2.2024; ``seed``: seed 000) and the source.

Parsing happens once, on first use (:func:`tables`), so importing this module costs next to nothing
(the records are named tuples, which are cheaper to define than dataclasses); a ``kotodoc validate``
that asks no municipality question never reads the files. Only the standard library is imported.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Final, Literal, NamedTuple

from kotodoc.refdata import names

LanguageStatus = Literal["fi", "sv", "fi-sv", "sv-fi"]
"""Statistics Finland's language status: Finnish, Swedish, bilingual with a Finnish or a Swedish majority."""
AreaKind = Literal["vastuukunta", "kuntayhtyma", "alone"]

DATA: Final = Path(__file__).parent / "data"

COUNTY_SHORT_NAMES: Final[Mapping[str, str]] = {
    "Varsinais-Suomen hyvinvointialue": "Varsinais-Suomi", "Satakunnan hyvinvointialue": "Satakunta",
    "Kanta-Hämeen hyvinvointialue": "Kanta-Häme", "Pirkanmaan hyvinvointialue": "Pirkanmaa",
    "Päijät-Hämeen hyvinvointialue": "Päijät-Häme", "Kymenlaakson hyvinvointialue": "Kymenlaakso",
    "Etelä-Karjalan hyvinvointialue": "Etelä-Karjala", "Etelä-Savon hyvinvointialue": "Etelä-Savo",
    "Pohjois-Savon hyvinvointialue": "Pohjois-Savo", "Pohjois-Karjalan hyvinvointialue": "Pohjois-Karjala",
    "Keski-Suomen hyvinvointialue": "Keski-Suomi", "Etelä-Pohjanmaan hyvinvointialue": "Etelä-Pohjanmaa",
    "Pohjanmaan hyvinvointialue": "Pohjanmaa", "Keski-Pohjanmaan hyvinvointialue": "Keski-Pohjanmaa",
    "Pohjois-Pohjanmaan hyvinvointialue": "Pohjois-Pohjanmaa", "Kainuun hyvinvointialue": "Kainuu",
    "Lapin hyvinvointialue": "Lappi", "Itä-Uudenmaan hyvinvointialue": "Itä-Uusimaa",
    "Keski-Uudenmaan hyvinvointialue": "Keski-Uusimaa", "Länsi-Uudenmaan hyvinvointialue": "Länsi-Uusimaa",
    "Vantaan ja Keravan hyvinvointialue": "Vantaa–Kerava",
}  # fmt: skip
"""Each county's official Finnish name and its short name: the region it covers (616/2021 7 §), written
as the joint block's ``hyvinvointialue:`` takes it ("Vantaa–Kerava" with an en dash)."""

EMPLOYMENT_AREAS_ALONE: Final = ("Lahti", "Kouvola", "Helsinki", "Vantaa")
"""Municipalities that organise the employment services alone (Government decision 22.2.2024)."""
EMPLOYMENT_AREAS_JOINT_AUTHORITY: Final = ("Suupohja", "Kymppi")
"""The two areas run by a joint municipal authority (kuntayhtymä), by the same decision."""


class Brand(NamedTuple):
    """A name a county goes by besides its official one, with its source."""

    name: str
    status: Literal["verified", "legacy", "unverified"]
    source: str


class County(NamedTuple):
    """A wellbeing services county (hyvinvointialue)."""

    key: str  # the short name: "Satakunta", "Vantaa–Kerava"
    name_fi: str  # "Satakunnan hyvinvointialue"
    name_sv: str  # "Satakunta välfärdsområde"
    brands: tuple[Brand, ...] = ()

    @property
    def genitive_fi(self) -> str:
        """The region part of the Finnish name: "Satakunnan", "Vantaan ja Keravan"."""
        return self.name_fi.removesuffix(" hyvinvointialue")

    @property
    def genitive_sv(self) -> str:
        """The region part of the Swedish name: "Österbottens", "Satakunta"."""
        return self.name_sv.removesuffix(" välfärdsområde")

    @property
    def short_sv(self) -> str:
        """The region in Swedish: "Österbotten", "Södra Savolax"."""
        return self.genitive_sv.removesuffix("s")

    def name(self, lang: str = "fi") -> str:
        """The official name in ``lang`` (``fi`` or ``sv``)."""
        return self.name_sv if lang == "sv" else self.name_fi


class EmploymentArea(NamedTuple):
    """An employment area (työllisyysalue) from 1.1.2025, or a municipality that is its own."""

    key: str  # Statistics Finland's short name: "Satakunta", "Kymppi", "Lahti"
    kind: AreaKind
    organiser: str | None  # the responsible municipality or the kuntayhtymä; None when not known
    organiser_verified: bool
    members: tuple[str, ...]  # Finnish names
    name_fi: str | None = None  # the area's own name where a source gives one ("Satakunnan työllisyysalue")
    name_sv: str | None = None
    source: str = ""

    def label(self, lang: str = "fi") -> str:
        """How kotodoc writes the area: its own name, else "työllisyysalue (short name)"."""
        if lang == "sv" and self.name_sv:
            return self.name_sv
        if self.name_fi:
            return self.name_fi
        return f"sysselsättningsområde ({self.key})" if lang == "sv" else f"työllisyysalue ({self.key})"


class Centre(NamedTuple):
    """An elinvoimakeskus (law 531/2025, from 1.1.2026) and the regions it covers."""

    name_fi: str  # "Pohjanmaan elinvoimakeskus"
    name_sv: str  # "Livskraftscentralen i Österbotten"
    name_sv_verified: bool
    regions: tuple[str, ...]

    def name(self, lang: str = "fi") -> str:
        """The name in ``lang`` (``fi`` or ``sv``)."""
        return self.name_sv if lang == "sv" else self.name_fi


class Municipality(NamedTuple):
    """One municipality as the reference data knows it."""

    code: str  # Statistics Finland's three-digit code
    name_fi: str
    name_sv: str
    language: LanguageStatus
    region: str  # maakunta, in Finnish
    county: County | None  # None: Helsinki (organises the services itself) and Åland
    area: EmploymentArea | None  # None on Åland
    centre: Centre | None
    unverified: frozenset[str] = frozenset()  # CSV columns whose cell ended in "?"
    sources: tuple[str, ...] = ()

    def name(self, lang: str = "fi") -> str:
        """The name in ``lang`` (``fi`` or ``sv``)."""
        return self.name_sv if lang == "sv" else self.name_fi

    @property
    def bilingual(self) -> bool:
        """Bilingual, with either majority (Åland's municipalities are Swedish only)."""
        return self.language in ("fi-sv", "sv-fi")

    @property
    def genitive(self) -> str:
        """The Finnish genitive of the Finnish name ("Porin")."""
        return names.genitive(self.name_fi)

    @property
    def own_employment_authority(self) -> bool:
        """Whether the municipality organises the employment services alone (Helsinki, Vantaa, Lahti, Kouvola)."""
        return self.area is not None and self.area.kind == "alone"

    @property
    def employment_authority(self) -> str | None:
        """Who is the työvoimaviranomainen: the municipality itself, the area's responsible municipality or
        the kuntayhtymä; ``None`` where that is not known (and on Åland)."""
        return self.area.organiser if self.area is not None else None


class Tables:
    """Everything read from the data files, with the indexes the lookups use."""

    def __init__(self, municipalities: tuple[Municipality, ...], counties: Mapping[str, County],
                 areas: Mapping[str, EmploymentArea], centres: tuple[Centre, ...],
                 by_key: Mapping[str, Municipality]) -> None:
        self.municipalities = municipalities
        self.counties = counties  # by short name
        self.areas = areas  # by short name
        self.centres = centres
        self.by_key = by_key  # names.key of each Finnish and Swedish name (and "Koski")

    @functools.cached_property
    def by_genitive(self) -> Mapping[str, Municipality]:
        """names.key of each Finnish genitive ("porin"), built when a name with "kaupunki"/"kunta" is looked up."""
        found: dict[str, Municipality] = {}
        for m in self.municipalities:
            found.setdefault(names.key(m.genitive), m)
            if m.name_fi.endswith(" kunta"):  # "Pedersören kunta": "Pedersören" is already a genitive
                found.setdefault(names.key(m.name_fi.removesuffix(" kunta")), m)
        return found

    def match(self, name: str) -> tuple[Municipality, str] | None:
        """The municipality ``name`` stands for, and the language (``fi``/``sv``) of the name as written."""
        for key, how in names.bare(name):
            found = self.by_key.get(key)
            if found is None and how == "fi":
                found = self.by_genitive.get(key)
            if found is not None:
                sv = names.key(found.name_sv)
                swedish = key != names.key(found.name_fi) and key in (sv, sv + "s")
                return found, "sv" if swedish else "fi"
        return None


def _cell(value: str) -> tuple[str | None, bool]:
    """A cell's value and whether it is verified: ``"Kuopio?"`` -> ``("Kuopio", False)``; ``"?"`` -> ``(None, False)``.

    An unverified value is used as it is; nothing that reads it may turn it into an error."""
    value = value.strip()
    if value.endswith("?"):
        return value[:-1].strip() or None, False
    return value or None, True


def _rows(name: str) -> Iterator[dict[str, str]]:
    import csv  # only when the tables are first read

    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _brands() -> dict[str, list[Brand]]:
    found: dict[str, list[Brand]] = {}
    for row in _rows("county_brands.csv"):
        if not row["brand"]:
            continue  # the row records that no brand was found
        note = row["note"].lower()
        status: Literal["verified", "legacy", "unverified"] = (
            "legacy" if note.startswith("legacy") else "verified" if note.startswith(("verified", "weakly verified"))
            else "unverified")
        known = found.setdefault(row["hyvinvointialue"], [])
        if all(b.name != row["brand"] for b in known):  # Soite has a Finnish and a Swedish source
            known.append(Brand(row["brand"], status, row["source_url"]))
    return found


def _centres() -> tuple[Centre, ...]:
    out = []
    for row in _rows("elinvoimakeskukset.csv"):
        sv, verified = _cell(row["name_sv"])
        out.append(Centre(row["name_fi"], sv or "", verified, tuple(row["maakunnat"].split(";"))))
    return tuple(out)


def _areas(rows: list[dict[str, str]]) -> dict[str, EmploymentArea]:
    own = {row["tyollisyysalue"]: row for row in _rows("employment_areas.csv")}
    members: dict[str, list[str]] = {}
    organisers: dict[str, tuple[str | None, bool]] = {}
    for row in rows:
        if row["tyollisyysalue"]:
            members.setdefault(row["tyollisyysalue"], []).append(row["name_fi"])
            organisers[row["tyollisyysalue"]] = _cell(row["tyollisyysalue_vastuukunta"])
    out = {}
    for key, names_in_area in members.items():
        organiser, verified = organisers[key]
        kind: AreaKind = ("alone" if key in EMPLOYMENT_AREAS_ALONE else
                          "kuntayhtyma" if key in EMPLOYMENT_AREAS_JOINT_AUTHORITY else "vastuukunta")
        extra = own.get(key, {})
        out[key] = EmploymentArea(key, kind, organiser, verified, tuple(names_in_area), extra.get("name_fi") or None,
                                  extra.get("name_sv") or None, extra.get("source_url", ""))
    return out


@functools.cache
def tables() -> Tables:
    """The reference tables (read and indexed once)."""
    rows = list(_rows("municipalities.csv"))
    brands = _brands()
    counties = {}
    for row in rows:
        if row["hyvinvointialue"] and row["hyvinvointialue"] not in counties:
            official = row["hyvinvointialue"]
            counties[official] = County(COUNTY_SHORT_NAMES[official], official, row["hyvinvointialue_sv"],
                                        tuple(brands.get(official, ())))
    areas = _areas(rows)
    centres = _centres()
    centre_of = {region: c for c in centres for region in c.regions}
    municipalities = []
    for row in rows:
        unverified = frozenset(k for k, v in row.items() if k != "source" and v.strip().endswith("?"))
        municipalities.append(Municipality(
            row["code"], row["name_fi"], row["name_sv"], row["language"],  # type: ignore[arg-type]
            row["maakunta"], counties.get(row["hyvinvointialue"]), areas.get(row["tyollisyysalue"]),
            centre_of.get(row["maakunta"]), unverified, tuple(row["source"].split(";"))))
    by_key: dict[str, Municipality] = {}
    for m in municipalities:
        for written in (m.name_fi, m.name_sv):
            by_key.setdefault(names.key(written), m)
    by_key.setdefault("koski", by_key[names.key("Koski Tl")])  # "Tl" (Turun lääni) only tells it apart
    return Tables(tuple(municipalities), {c.key: c for c in counties.values()}, areas, centres, by_key)

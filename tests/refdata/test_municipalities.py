"""The full reference data (kotodoc.refdata): every row loads, every name is found in both languages, every
county's inflected, Swedish and brand forms resolve, no real municipality gets a "tarkoititko", and the
employment authorities are recognised as documents name them."""

from __future__ import annotations

import csv
import subprocess
import sys

import pytest

from kotodoc import refdata
from kotodoc.refdata import County, Municipality, tables
from kotodoc.refdata.names import genitive
from tests.conftest import ROOT

DATA = ROOT / "kotodoc" / "refdata" / "data"
ALL = refdata.municipalities()
ENDINGS_FI = ("n", "ssa", "lla", "lle", "sta", "ksi")


def _names(m: Municipality) -> list[str]:
    return list(dict.fromkeys((m.name_fi, m.name_sv)))


# --- every row loads --------------------------------------------------------------------------------


def test_every_row_loads() -> None:
    with (DATA / "municipalities.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(ALL) == 308
    for row, m in zip(rows, ALL, strict=True):
        assert (m.code, m.name_fi, m.name_sv, m.language, m.region) == (
            row["code"], row["name_fi"], row["name_sv"], row["language"], row["maakunta"])
        if row["hyvinvointialue"]:
            assert m.county is not None and m.county.name_fi == row["hyvinvointialue"]
            assert m.county.name_sv == row["hyvinvointialue_sv"]
        else:
            assert m.county is None
        assert (m.area.key if m.area else "") == row["tyollisyysalue"]
        assert m.centre is not None and m.region in m.centre.regions
        assert m.sources and all(m.sources)
    assert len({m.code for m in ALL}) == 308 and all(len(m.code) == 3 and m.code.isdigit() for m in ALL)


def test_what_the_data_says_about_helsinki_aland_and_the_areas() -> None:
    helsinki = refdata.lookup("Helsinki")
    assert helsinki is not None and helsinki.county is None and helsinki.own_employment_authority
    aland = [m for m in ALL if m.region == "Ahvenanmaa"]
    assert len(aland) == 16 and all(m.county is None and m.area is None and m.language == "sv" for m in aland)
    assert {m.name_fi for m in ALL if m.county is None} == {"Helsinki", *(m.name_fi for m in aland)}
    areas = refdata.employment_areas()
    assert len(areas) == refdata.EMPLOYMENT_AREA_COUNT == 45
    kinds = [a.kind for a in areas]
    assert (kinds.count("vastuukunta"), kinds.count("alone"), kinds.count("kuntayhtyma")) == (39, 4, 2)
    alone = [a for a in areas if a.kind == "alone"]
    assert all(a.members == (a.key,) and a.organiser == a.key for a in alone)
    kymppi = refdata.employment_area("Kymppi")
    assert kymppi is not None and kymppi.organiser == "Kuntayhtymä Kymppi" and len(kymppi.members) == 10
    assert len(refdata.centres()) == 10
    assert sorted(r for c in refdata.centres() for r in c.regions) == sorted({m.region for m in ALL})


def test_unverified_cells_are_used_but_marked() -> None:
    kuopio = refdata.lookup("Siilinjärvi")
    assert kuopio is not None and kuopio.area is not None
    assert (kuopio.area.organiser, kuopio.area.organiser_verified) == ("Kuopio", False)  # "Kuopio?"
    assert "tyollisyysalue_vastuukunta" in kuopio.unverified
    suupohja = refdata.employment_area("Suupohja")
    assert suupohja is not None and suupohja.organiser is None and suupohja.kind == "kuntayhtyma"  # "?"
    verified = refdata.lookup("Pori")
    assert verified is not None and not verified.unverified
    pohjanmaa = [c for c in refdata.centres() if c.name_fi == "Pohjanmaan elinvoimakeskus"]
    assert pohjanmaa[0].name_sv == "Livskraftscentralen i Österbotten" and pohjanmaa[0].name_sv_verified
    assert not any(c.name_sv_verified for c in refdata.centres() if c is not pohjanmaa[0])


def test_data_files_are_where_the_loader_reads_them() -> None:
    """The wheel ships them (tests/render/test_text.py::test_templates_ship_in_the_wheel installs one)."""
    assert {p.name for p in DATA.iterdir()} == {"municipalities.csv", "elinvoimakeskukset.csv",
                                                "county_brands.csv", "employment_areas.csv"}
    assert tables.DATA == DATA


# --- names as people write them -----------------------------------------------------------------------


@pytest.mark.parametrize("m", ALL, ids=lambda m: m.code)
def test_every_municipality_by_its_names_in_any_case_and_with_its_kind_word(m: Municipality) -> None:
    for name in _names(m):
        for written in (name, name.upper(), name.lower(), f"  {name}  "):
            assert refdata.lookup(written) == m, written
        assert refdata.suggest_municipality(name) is None  # a real name never gets a "tarkoititko"
    assert refdata.lookup(f"{genitive(m.name_fi)} kaupunki") == m
    assert refdata.lookup(f"{genitive(m.name_fi)} kunta") == m
    assert refdata.lookup(f"{m.name_sv} stad") == m
    assert refdata.lookup(f"{m.name_sv}s kommun") == m
    assert refdata.canonical_municipality(m.name_sv.upper()) == m.name_sv
    assert refdata.municipalities_in(f"Palvelu järjestetään {genitive(m.name_fi)} kaupungin tiloissa.") == (m,)


@pytest.mark.parametrize(("written", "suggestion"), [
    ("Kokola", "Kokkola"), ("Jyvaskyla", "Jyväskylä"), ("Tampre", "Tampere"), ("Helsinkki", "Helsinki"),
    ("Porin", "Pori"), ("Seinajoki", "Seinäjoki"), ("Jakobstadt", "Jakobstad"),
    ("Kuntala", None), ("Oulunsalo", None), ("Pertunmaa", None), ("Hyvinvointialue", None), ("X", None), ("", None),
])
def test_suggestions_only_when_truly_close(written: str, suggestion: str | None) -> None:
    assert refdata.suggest_municipality(written) == suggestion


def test_the_issues_wrong_hints_are_gone() -> None:
    """Issue 9: "Jyväskylä → Myrskylä, Kotka → Kökar, Keminmaa → Kemiönsaari, Kuhmoinen → Kumlinge,
    Nakkila → Karkkila" (real names that got a hint)."""
    for name in ("Jyväskylä", "Kotka", "Keminmaa", "Kuhmoinen", "Nakkila", "Pori", "Tampere", "Oulu", "Kuopio",
                 "Kemi", "Seinäjoki", "Närpes", "Jakobstad", "Karleby"):
        assert refdata.lookup(name) is not None and refdata.suggest_municipality(name) is None


# --- counties in running text ---------------------------------------------------------------------------


def _county_forms(c: County) -> list[str]:
    forms = [c.name_fi, c.name_fi.upper(), f"{c.name_fi}en", f"{c.name_fi}ella", f"{c.name_fi}elle",
             f"{c.name_fi}esta", f"{c.genitive_fi} HVA:n", c.name_sv, f"{c.name_sv}t",
             f"välfärdsområdet i {c.short_sv}"]
    for brand in c.brands:
        stem = brand.name
        forms += [stem, f"{stem}:n" if stem.isupper() else f"{stem}n"]
    return forms


@pytest.mark.parametrize("c", refdata.counties(), ids=lambda c: c.key)
def test_every_county_by_its_inflected_swedish_and_brand_forms(c: County) -> None:
    for form in _county_forms(c):
        text = f"Monialaisen arvioinnin tekee {form} sosiaalityö."
        assert refdata.counties_in(text) == (c,), form
        assert refdata.mentions_county(text, c) and refdata.mentions_county(text, c.key)
        assert refdata.mentions_wellbeing_county(text)
        assert refdata.county(form) == c, form
    assert refdata.county(c.key) == c and refdata.county(c.key.upper()) == c


def test_every_county_has_the_brands_of_the_research() -> None:
    brands = {b.name: c.key for c in refdata.counties() for b in c.brands}
    for brand, county in {"Soite": "Keski-Pohjanmaa", "Eksote": "Etelä-Karjala", "Siun sote": "Pohjois-Karjala",
                          "Eloisa": "Etelä-Savo", "Pohde": "Pohjois-Pohjanmaa", "Keusote": "Keski-Uusimaa",
                          "Satasote": "Satakunta", "Pirha": "Pirkanmaa", "Oma Häme": "Kanta-Häme",
                          "Varha": "Varsinais-Suomi"}.items():
        assert brands[brand] == county
    for c in refdata.counties():
        assert all(b.source.startswith("https://") for b in c.brands)


@pytest.mark.parametrize(("text", "counties"), [
    ("Etelä-Pohjanmaan hyvinvointialue ja Pohjanmaan hyvinvointialue", ["Etelä-Pohjanmaa", "Pohjanmaa"]),
    ("Södra Österbottens välfärdsområde", ["Etelä-Pohjanmaa"]),
    ("Vantaan ja Keravan hyvinvointialueen palvelut", ["Vantaa–Kerava"]),
    ("Pohteen ja Soiten yhteistyö", ["Pohjois-Pohjanmaa", "Keski-Pohjanmaa"]),
    ("Omassa Hämeessä", ["Kanta-Häme"]),
    ("soitettiin, soitetaan, Soitettiin", []),
    ("Keski-Suomen yrittäjät", []),
    ("X-Pohjanmaan hyvinvointialue", []),
])
def test_counties_in_text(text: str, counties: list[str]) -> None:
    assert [c.key for c in refdata.counties_in(text)] == counties


# --- employment authorities and municipalities in running text ---------------------------------------


@pytest.mark.parametrize(("text", "municipality"), [
    ("Lahden kaupungin työllisyyspalvelut", "Lahti"),
    ("Lahden kaupunki", "Lahti"),
    ("Helsingin kaupungin työllisyyspalveluliikelaitos", "Helsinki"),
    ("Vantaan kaupunki", "Vantaa"),
    ("Kouvolan työllisyyspalvelut", "Kouvola"),
    ("Porin kaupungin työllisyyspalvelut", "Ulvila"),  # the responsible municipality of the Satakunta area
    ("kaupungin työllisyyspalvelut", "Pori"),  # in the responsible city's own document
    ("Kuntayhtymä Kymppi", "Lapua"),
    ("Kympin palveluohjaus", "Alavus"),
    ("TyöHämeen palvelut", "Hattula"),
    ("Vasa stads sysselsättningstjänster", "Korsholm"),
    ("Kuopion kaupungin työllisyyspalvelut", "Siilinjärvi"),  # "Kuopio?": unverified, still recognised
])
def test_employment_authority_as_documents_name_it(text: str, municipality: str) -> None:
    assert refdata.mentions_employment_authority(text, municipality)
    assert not refdata.mentions_employment_authority(text)  # only with the municipality's data


@pytest.mark.parametrize(("text", "municipality"), [
    ("kaupungin työllisyyspalvelut", "Ulvila"),  # Ulvila is not the area's responsible municipality
    ("Lahden kaupungin työllisyyspalvelut", "Pori"),
    ("Porin kaupunki", "Pori"),  # a city in an area is not the authority by its name alone
    ("Kotoutumispalvelut", "Jomala"),  # Åland: no employment area in the data
])
def test_employment_authority_not_recognised(text: str, municipality: str) -> None:
    assert not refdata.mentions_employment_authority(text, municipality)


@pytest.mark.parametrize(("text", "names"), [
    ("Porissa, Lahdessa ja Helsingissä", ["Pori", "Lahti", "Helsinki"]),
    ("Vaasan kaupungin ja Jakobstads stads", ["Vaasa", "Pietarsaari"]),
    ("Kaskisissa ja Kauniaisten", ["Kaskinen", "Kauniainen"]),
    ("Keminmaan ja Kemin sekä Kemijärven", ["Keminmaa", "Kemi", "Kemijärvi"]),
    ("Koski Tl:ssä", ["Koski Tl"]),
    ("salo ja aura", []),  # common nouns in lower case are not names
])
def test_municipalities_in_text(text: str, names: list[str]) -> None:
    assert [m.name_fi for m in refdata.municipalities_in(text)] == names


def test_employment_authority_names() -> None:
    assert refdata.employment_authority_name("Lahti") == "Lahden kaupunki"
    assert refdata.employment_authority_name("Lapua") == "Kuntayhtymä Kymppi"
    assert refdata.employment_authority_name("Teuva") == "Suupohjan työllisyysalue"  # kuntayhtymä not named
    assert refdata.employment_authority_name("Ulvila") == "Satakunnan työllisyysalue"
    assert refdata.employment_authority_name("Jomala") is None


def test_the_sources_page_lists_every_brand_with_its_source() -> None:
    page = (ROOT / "docs" / "viitetiedot.md").read_text(encoding="utf-8")
    for c in refdata.counties():
        for brand in c.brands:
            assert f"| {brand.name}" in page and brand.source in page, brand
    for centre in refdata.centres():
        assert f"| {centre.name_fi} |" in page


def test_every_area_by_the_label_kotodoc_writes_and_by_its_short_name() -> None:
    for area in refdata.employment_areas():
        assert refdata.employment_area(area.label()) == area, area.label()
        assert refdata.employment_area(area.key) == area
        assert refdata.employment_area(area.key.upper()) == area


def test_a_huge_unknown_name_gets_no_suggestion_without_comparing_it_in_full() -> None:
    """A fuzzed file put a long text in H1: comparing it with each of 600 names took minutes (KD412).
    A hang guard in a child process, not a speed target."""
    code = (
        "from kotodoc.refdata.municipalities import suggest_municipality\n"
        "assert suggest_municipality('pitkä sana ' * 90_000) is None\n"
        "assert suggest_municipality('Kokola') == 'Kokkola'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_every_brand_is_found_with_its_endings_and_only_its_own_kind_of_colon() -> None:
    """The brands share their ending patterns in one regex (:func:`kotodoc.refdata.mentions._brand_regex`):
    each is still found bare and inflected, an all-capital brand also with a colon ("VAKE:n"), and a brand
    inside a longer word is not."""
    for c in refdata.counties():
        for b in c.brands:
            name = b.name
            for written in (name, f"{name}n", f"{name}ssa", f"({name}:lla)" if name.isupper() else f"({name}lla)"):
                assert [x.key for x in refdata.counties_in(f"Palvelut: {written}.")] == [c.key], written
            assert refdata.counties_in(f"Yli{name.lower()}koski") == (), name
    assert [c.key for c in refdata.counties_in("VAKE:n ja LUVNin palvelut")] == ["Vantaa–Kerava", "Länsi-Uusimaa"]

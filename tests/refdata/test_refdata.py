"""Tests for kotodoc.refdata and kotodoc.languages: the reference data and its lookups.

The tests of the full municipality data (every row, every county's forms, no false "tarkoititko") are in
test_municipalities.py; the Finnish inflection of names in test_names.py.
"""

from __future__ import annotations

import pathlib
import subprocess
import sys
import unicodedata

import pytest

from kotodoc import refdata
from kotodoc.refdata import (
    EMPLOYMENT_AREA_COUNT,
    EMPLOYMENT_AREAS_ALONE,
    EMPLOYMENT_AREAS_JOINT_AUTHORITY,
    EMPLOYMENT_AREAS_RESPONSIBLE_MUNICIPALITY_MODEL,
    HELSINKI_ORGANISES_ITSELF,
    LANGUAGES,
    WELLBEING_COUNTIES,
    canonical_county,
    canonical_municipality,
    county_members,
    county_of,
    did_you_mean,
    employment_area_of,
    is_bilingual,
    language_name,
    language_status,
    languages,
    mentions_employment_authority,
    mentions_wellbeing_county,
    municipalities,
    normalise_language,
    suggest_language,
    suggest_municipality,
)


def _with_status(status: str) -> set[str]:
    return {m.name_fi for m in municipalities() if m.language == status}


# --- municipalities' language status ------------------------------------------------------------


def test_language_status_counts() -> None:
    assert len(_with_status("fi-sv")) == 18
    assert len(_with_status("sv-fi")) == 15
    assert len(_with_status("sv")) == 16
    everything = _with_status("fi-sv") | _with_status("sv-fi") | _with_status("sv")
    assert len(everything) == 18 + 15 + 16 == 49  # the three lists are disjoint
    assert len(_with_status("fi")) == 308 - 49


def test_language_status_lists_of_finlex_53_2013() -> None:
    """The lists that domain research § 5 gives (Finlex 53/2013; Åland), now read from the data."""
    assert _with_status("fi-sv") == {
        "Espoo", "Hanko", "Helsinki", "Kaskinen", "Kauniainen", "Kirkkonummi", "Kokkola", "Lapinjärvi",
        "Lohja", "Loviisa", "Myrskylä", "Porvoo", "Pyhtää", "Sipoo", "Siuntio", "Turku", "Vaasa", "Vantaa"}
    assert _with_status("sv-fi") == {
        "Inkoo", "Kemiönsaari", "Korsnäs", "Kristiinankaupunki", "Kruunupyy", "Luoto", "Maalahti",
        "Mustasaari", "Närpiö", "Parainen", "Pedersören kunta", "Pietarsaari", "Raasepori", "Uusikaarlepyy",
        "Vöyri"}
    assert _with_status("sv") == {
        "Brändö", "Eckerö", "Finström", "Föglö", "Geta", "Hammarland", "Jomala", "Kumlinge", "Kökar",
        "Lemland", "Lumparland", "Maarianhamina", "Saltvik", "Sottunga", "Sund", "Vårdö"}


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("Kokkola", "fi-sv"),
        ("Helsinki", "fi-sv"),
        ("Vantaa", "fi-sv"),
        ("Raasepori", "sv-fi"),
        ("Pietarsaari", "sv-fi"),
        ("Maarianhamina", "sv"),
        ("Kökar", "sv"),
        ("Mikkeli", "fi"),  # the data now knows every municipality: unilingual Finnish, not "unknown"
        ("Kannus", "fi"),
        ("Tampere", "fi"),
        ("", None),
        ("Kuntala", None),
    ],
)
def test_language_status(name: str, status: str | None) -> None:
    assert language_status(name) == status


def test_language_status_matching_is_tolerant() -> None:
    assert language_status("  KOKKOLA\n") == "fi-sv"
    assert language_status("närpiö") == "sv-fi"
    decomposed = unicodedata.normalize("NFD", "Närpiö")
    assert decomposed != "Närpiö"
    assert language_status(decomposed) == "sv-fi"
    # A bare inflected form is not a name (running text: refdata.municipalities_in); Swedish names are.
    assert language_status("Kokkolan") is None
    assert language_status("Karleby") == "fi-sv"
    assert language_status("Kokkolan kaupunki") == "fi-sv"


def test_is_bilingual() -> None:
    assert is_bilingual("Kokkola")
    assert is_bilingual("Vöyri")
    assert is_bilingual("Jakobstad") and is_bilingual("Närpes") and is_bilingual("Korsholm")
    assert not is_bilingual("Mikkeli")
    assert not is_bilingual("Jomala")  # unilingual Swedish (Åland)


def test_canonical_municipality() -> None:
    assert canonical_municipality(" kokkola ") == "Kokkola"
    assert canonical_municipality("MÄNTYHARJU") == "Mäntyharju"
    assert canonical_municipality("Toholampi") == "Toholampi"
    assert canonical_municipality("Kokkolan") is None
    assert canonical_municipality("Tampere") == "Tampere"
    assert canonical_municipality("tammerfors") == "Tammerfors"  # the spelling of the language written
    assert canonical_municipality("Porin kaupunki") == "Pori"
    assert canonical_municipality("Björneborgs stad") == "Björneborg"
    assert canonical_municipality("Pedersöre kommun") == "Pedersöre"
    assert canonical_municipality("Koski") == "Koski Tl"
    assert canonical_municipality("Mänttä – Vilppula") == "Mänttä-Vilppula"
    assert canonical_municipality("Pertunmaa") is None  # merged into Mäntyharju 1.1.2025


# --- wellbeing services counties -----------------------------------------------------------------


def test_counties() -> None:
    assert len(WELLBEING_COUNTIES) == 21
    assert len(set(WELLBEING_COUNTIES)) == 21
    assert "Helsinki" not in WELLBEING_COUNTIES
    assert HELSINKI_ORGANISES_ITSELF is True
    assert [c.key for c in refdata.counties()] == list(WELLBEING_COUNTIES)
    for c in refdata.counties():
        assert {b.status for b in c.brands} <= {"verified", "legacy", "unverified"}


def test_county_members() -> None:
    sizes = {county: len(county_members(county)) for county in
             ("Itä-Uusimaa", "Keski-Uusimaa", "Länsi-Uusimaa", "Vantaa–Kerava", "Etelä-Savo")}
    # Etelä-Savo had 12 in the domain research; Pertunmaa joined Mäntyharju on 1.1.2025.
    assert sizes == {"Itä-Uusimaa": 7, "Keski-Uusimaa": 6, "Länsi-Uusimaa": 10, "Vantaa–Kerava": 2, "Etelä-Savo": 11}
    assert "Mikkeli" in county_members("Etelä-Savo")
    members = [m for c in WELLBEING_COUNTIES for m in county_members(c)]
    assert len(members) == len(set(members)) == 308 - 1 - 16  # nobody is in two; not Helsinki, not Åland


def test_county_of() -> None:
    assert county_of("Mikkeli") == "Etelä-Savo"
    assert county_of("kerava") == "Vantaa–Kerava"
    assert county_of("Porvoo") == "Itä-Uusimaa"
    assert county_of("Helsinki") is None  # organises the services itself
    assert county_of("Helsingfors") is None
    assert county_of("Kokkola") == "Keski-Pohjanmaa"
    assert county_of("Maarianhamina") is None  # Åland is outside


def test_canonical_county() -> None:
    assert canonical_county("Vantaa-Kerava") == "Vantaa–Kerava"
    assert canonical_county("vantaa – kerava") == "Vantaa–Kerava"
    assert canonical_county("etelä-savo") == "Etelä-Savo"
    assert canonical_county("Keski-Pohjanmaan hyvinvointialue") == "Keski-Pohjanmaa"  # the official name too
    assert canonical_county("Mellersta Österbottens välfärdsområde") == "Keski-Pohjanmaa"
    assert canonical_county("Soite") == "Keski-Pohjanmaa"
    assert canonical_county("Keski-Pohjanmaa ja Pohjanmaa") is None


@pytest.mark.parametrize(
    "text",
    [
        "K-P:n hyvinvointialue Soite",
        "Soiten työntekijä",
        "hyvinvointialueella",
        "Hyvinvointialueen kanssa",
        "kuntien ja hyvinvointialueiden yhteistyö",
        "HVA:n sosiaalityö",
        "yhdessä hva:n kanssa",
        "i samarbete med välfärdsområdet",
        "SOITE",
        "Pohteen sosiaalityö",
        "Eloisan aikuissosiaalityö",
        "Siun soten palveluohjaus",
        "Oman Hämeen sosiaalityö",
    ],
)
def test_mentions_wellbeing_county(text: str) -> None:
    assert mentions_wellbeing_county(text)


@pytest.mark.parametrize(
    "text",
    ["Kotoutumispalvelut", "Soitettiin asiakkaalle", "asiakkaalle soitetaan", "shva", "", "soitettu kotiin"],
)
def test_does_not_mention_wellbeing_county(text: str) -> None:
    assert not mentions_wellbeing_county(text)


@pytest.mark.parametrize(
    "text",
    [
        "Keski-Pohjanmaan työllisyysalue",
        "työvoimaviranomainen kutsuu",
        "Kotoutumispalvelut sekä TYÖVOIMAVIRANOMAINEN",
        "työvoimaviranomaisen kanssa",
        "työllisyysalueen henkilöstö",
        "arbetskraftsmyndigheten",
        "sysselsättningsområdet",
        "Sydösterbottens sysselsättningsregion",
    ],
)
def test_mentions_employment_authority(text: str) -> None:
    assert mentions_employment_authority(text)


@pytest.mark.parametrize("text", ["Kotoutumispalvelut", "TE-toimisto", "hyvinvointialue", ""])
def test_does_not_mention_employment_authority(text: str) -> None:
    assert not mentions_employment_authority(text)


# --- employment areas ------------------------------------------------------------------------------


def test_employment_area_facts() -> None:
    assert EMPLOYMENT_AREA_COUNT == 45
    assert (
        EMPLOYMENT_AREAS_RESPONSIBLE_MUNICIPALITY_MODEL
        + len(EMPLOYMENT_AREAS_ALONE)
        + len(EMPLOYMENT_AREAS_JOINT_AUTHORITY)
        == EMPLOYMENT_AREA_COUNT
    )
    assert set(EMPLOYMENT_AREAS_ALONE) == {"Lahti", "Kouvola", "Helsinki", "Vantaa"}
    assert refdata.employment_area("Keski-Pohjanmaan työllisyysalue").organiser == "Kokkola"  # type: ignore[union-attr]
    mikkeli = refdata.employment_area("Mikkelin seudun työllisyysalue")
    assert mikkeli is not None and "Mikkeli" in mikkeli.members


@pytest.mark.parametrize(
    ("municipality", "area"),
    [
        ("Kokkola", "Keski-Pohjanmaan työllisyysalue"),
        ("toholampi", "Keski-Pohjanmaan työllisyysalue"),
        ("Kannus", "Keski-Pohjanmaan työllisyysalue"),
        ("Sulkava", "Savonlinnan työllisyysalue"),
        ("Lahti", "Lahti"),
        ("Helsinki", "Helsinki"),
        ("Mikkeli", "Mikkelin seudun työllisyysalue"),  # now known
        ("Savonlinna", "Savonlinnan työllisyysalue"),
        ("Tampere", "Tampereen seudun työllisyysalue"),
        ("Oulu", "työllisyysalue (Oulun seutu)"),  # no source gives the area's own name
        ("Jomala", None),  # Åland
        ("Kuntala", None),
    ],
)
def test_employment_area_of(municipality: str, area: str | None) -> None:
    assert employment_area_of(municipality) == area


# --- languages -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "code"),
    [
        # codes, any case
        ("ar", "ar"),
        ("AR", "ar"),
        (" prs ", "prs"),
        ("CKB", "ckb"),
        ("fse", "fse"),
        # Finnish names, any case
        ("arabia", "ar"),
        ("Venäjä", "ru"),
        ("UKRAINA", "uk"),
        ("farsi", "fa"),
        ("persia", "fa"),
        ("dari", "prs"),
        ("kurmandzi", "kmr"),
        ("paštu", "ps"),
        ("pastu", "ps"),
        ("pohjoissaame", "se"),
        ("suomalainen viittomakieli", "fse"),
        ("Suomalainen  viittomakieli", "fse"),
        # partitive and translative forms
        ("englantia", "en"),
        ("venäjää", "ru"),
        ("arabiaa", "ar"),
        ("ukrainaa", "uk"),
        ("persiaa", "fa"),
        ("viroa", "et"),
        ("thaita", "th"),
        ("swahilia", "sw"),
        ("suomea", "fi"),
        ("somalia", "so"),
        ("tagalogia", "tl"),
        ("arabiaksi", "ar"),
        ("englanniksi", "en"),
        ("turkiksi", "tr"),
        # Swedish and English names
        ("ryska", "ru"),
        ("persiska", "fa"),
        ("Arabiska", "ar"),
        ("Russian", "ru"),
        ("ukrainian", "uk"),
        ("Northern Sami", "se"),
        ("Northern Sámi", "se"),
    ],
)
def test_normalise_language(value: str, code: str) -> None:
    assert normalise_language(value) == code


@pytest.mark.parametrize("value", ["", "   ", "klingon", "xx", "kieli", "Kotoutumispalvelut"])
def test_normalise_language_unknown(value: str) -> None:
    assert normalise_language(value) is None


def test_normalise_language_without_codes() -> None:
    assert normalise_language("ja") == "ja"
    assert normalise_language("ja", codes=False) is None  # the Finnish word "and"
    assert normalise_language("arabia", codes=False) == "ar"


def test_seed_003_language_list() -> None:
    text = "Venäjä, ukraina, persia, swahili, arabia, thai, viro ja englantia"
    words = [w for part in text.split(",") for w in part.split(" ja ")]
    codes = [normalise_language(w, codes=False) for w in words]
    assert codes == ["ru", "uk", "fa", "sw", "ar", "th", "et", "en"]


def test_language_name() -> None:
    assert language_name("ar") == "arabia"
    assert language_name("AR", "sv") == "arabiska"
    assert language_name("ru", "en") == "Russian"
    assert language_name("fa") == "persia"
    assert language_name("se", "en") == "Northern Sámi"
    with pytest.raises(KeyError):
        language_name("xx")
    with pytest.raises(ValueError):
        language_name("ar", "de")


def test_language_table_is_consistent() -> None:
    for code, lang in LANGUAGES.items():
        assert code == lang.code
        assert code.isascii() and code.islower() and len(code) in (2, 3)
        assert lang.fi and lang.sv and lang.en
        for name in (*lang.fi, *lang.sv):
            assert name == name.lower(), name
        for name in (*lang.fi, *lang.sv, *lang.en):
            assert normalise_language(name) == code, name
            assert suggest_language(name) == lang.fi[0]
    for code in ("prs", "ckb", "kmr", "smn", "sms", "fse", "fss"):
        assert code in LANGUAGES


@pytest.mark.parametrize(
    ("value", "suggestion"),
    [
        ("venja", "venäjä"),
        ("arabic", "arabia"),
        ("arabik", "arabia"),
        ("ukrania", "ukraina"),
        ("somaali", "somali"),
        ("ryssk", "venäjä"),
        ("xyzzy", None),
        ("", None),
    ],
)
def test_suggest_language(value: str, suggestion: str | None) -> None:
    assert suggest_language(value) == suggestion


def test_suggest_language_in_swedish() -> None:
    assert suggest_language("venja", "sv") == "ryska"


def test_languages_reexported() -> None:
    assert refdata.normalise_language is languages.normalise_language
    assert refdata.LANGUAGES is languages.LANGUAGES


# --- hints ------------------------------------------------------------------------------------------


def test_did_you_mean() -> None:
    keys = ["kunnat", "koordinoiva_taho", "yhteyshenkilo"]
    assert did_you_mean("kunat", keys) == "kunnat"
    assert did_you_mean("KOORDINOIVA_TAHO", keys) == "koordinoiva_taho"
    assert did_you_mean("yhteyshenkilö", keys) == "yhteyshenkilo"
    assert did_you_mean("jotain_muuta", keys) is None
    assert did_you_mean("kunnat", []) is None
    assert did_you_mean("kunat", iter(keys)) == "kunnat"  # any iterable


def test_suggest_municipality() -> None:
    assert suggest_municipality("Kokola") == "Kokkola"
    assert suggest_municipality("mantyharju") == "Mäntyharju"
    assert suggest_municipality("Kokkolan") == "Kokkola"
    assert suggest_municipality("Pieksamaki") == "Pieksämäki"
    assert suggest_municipality("Rovaniemi") is None  # a real name needs no hint


def test_every_municipality_is_known() -> None:
    names = {n for m in municipalities() for n in (m.name_fi, m.name_sv)}
    assert {"Kokkola", "Mikkeli", "Kannus", "Lahti", "Vihti", "Maarianhamina", "Karleby", "Närpes"} <= names
    assert not names & set(WELLBEING_COUNTIES)

# --- import cost ------------------------------------------------------------------------------------


def test_imports_only_the_standard_library() -> None:
    code = (
        "import sys; before = set(sys.modules); import kotodoc.refdata; "
        "new = {m.split('.')[0] for m in set(sys.modules) - before}; "
        "print(sorted(m for m in new if m != 'kotodoc' and m not in sys.stdlib_module_names))"
    )
    repo_root = pathlib.Path(__file__).resolve().parent.parent.parent
    command = [sys.executable, "-c", code]
    result = subprocess.run(command, capture_output=True, text=True, check=True, cwd=repo_root)
    assert result.stdout.strip() == "[]"


def test_own_employment_services_are_found_at_a_word_start_only() -> None:
    kokkola = refdata.lookup("Kokkola")
    assert kokkola is not None
    assert mentions_employment_authority("Ohjaus: kaupungin työllisyyspalvelut", kokkola)
    assert mentions_employment_authority("kaupungin työllisyyspalvelut", kokkola)
    assert not mentions_employment_authority("Vaasan kaupungin työllisyyspalvelut", kokkola)


def test_a_long_run_of_letters_is_read_in_linear_time() -> None:
    """A 200 000-letter answer (a fuzzed joint programme had one) took minutes when every letter was tried
    as the start of the word before "kaupungin": a hang guard in a child process, not a speed target."""
    code = (
        "from kotodoc import refdata\n"
        "m = refdata.lookup('Kokkola')\n"
        "assert not refdata.mentions_employment_authority('x' * 200_000 + ' kaupungin', m)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)

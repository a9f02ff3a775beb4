"""The programme file of `kotodoc init` (kotodoc.scaffold): the whole form; as a draft, warnings only."""

from __future__ import annotations

import re
from collections import Counter

import pytest
import yaml

from kotodoc import form, refdata
from kotodoc.checks.validate import Report, validate_bytes
from kotodoc.refdata import terms
from kotodoc.repo.facts import Facts
from kotodoc.repo.scaffold import PLACEHOLDER, PLACEHOLDER_EMAIL, scaffold_text

T = form.texts("fi")

MUNICIPALITIES = [
    pytest.param(["Kokkola"], id="kokkola-bilingual"),
    pytest.param(["Mikkeli"], id="mikkeli"),
    pytest.param(["Kuntala"], id="unknown"),
    pytest.param(["Oulu"], id="oulu"),
    pytest.param(["Närpes"], id="swedish-name"),
    pytest.param(["Jomala"], id="aland"),
    pytest.param(["Lapua", "Alavus"], id="joint-kuntayhtyma"),
    pytest.param(["Pori, Ulvila, Nakkila"], id="joint-comma-list"),
    pytest.param(["Jomala", "Lemland"], id="joint-aland"),
    pytest.param(["Kokola"], id="typo"),
    pytest.param(["Mikkeli", "Juva"], id="joint"),
    pytest.param(["Helsinki"], id="helsinki"),
    pytest.param(["Lahti"], id="own-employment-area"),
    pytest.param(["Porvoo", "Sipoo"], id="joint-bilingual"),
]


def check(names: list[str], draft: bool = True) -> tuple[str, Report]:
    """The fresh file and its report, checked as a draft (as the CI and hook files of init check it)."""
    text = scaffold_text(names)
    return text, validate_bytes(text.encode("utf-8"), "kotoutumisohjelma.yaml", draft)


def comments(text: str) -> str:
    """All comment text of a file, joined and with whitespace collapsed (comments are wrapped)."""
    lines = [line.strip()[1:] for line in text.splitlines() if line.strip().startswith("#")]
    return " ".join(" ".join(lines).split())


def flat(text: str) -> str:
    return " ".join(text.split())


FILL_IN = {"KD401", "KD307", "KD305"}
"""A placeholder in a text, an unanswered question, section 7 without a described service."""


def unknown_names(names: list[str]) -> int:
    """How many of the names no municipality has (each is a KD412 warning in the file, QA 4)."""
    return sum(1 for m in Facts.of(names).municipalities if not m.known)


def fill_in_and_unknown(names: list[str], report: Report) -> set[str]:
    """The codes a fresh file may have: the fill-in warnings, and KD412 exactly once per unknown name."""
    assert sum(d.code == "KD412" for d in report.diagnostics) == unknown_names(names)
    return FILL_IN | ({"KD412"} if unknown_names(names) else set())


@pytest.mark.parametrize("names", MUNICIPALITIES)
def test_fresh_file_has_only_fill_in_warnings(names: list[str]) -> None:
    _, report = check(names)
    codes = Counter(d.code for d in report.diagnostics)
    assert report.programme is not None
    assert report.passed()
    allowed = fill_in_and_unknown(names, report)
    assert set(codes) <= allowed, [(d.code, d.message()) for d in report.diagnostics if d.code not in allowed]
    assert codes["KD307"] > 20


@pytest.mark.parametrize("names", MUNICIPALITIES)
def test_fresh_file_fails_as_a_final_document(names: list[str]) -> None:
    _, report = check(names, draft=False)
    assert not report.passed()
    assert {d.code for d in report.errors} == {"KD307", "KD305"}


@pytest.mark.parametrize("names", MUNICIPALITIES)
def test_every_placeholder_is_reported(names: list[str]) -> None:
    """Each slot holding the placeholder gets its own warning, so the warnings are the to-do list."""
    text, report = check(names)
    slots = sum(1 for line in text.splitlines()
                if not line.lstrip().startswith("#") and terms.PLACEHOLDER.search(line))
    per_slot = [d for d in report.diagnostics if d.code not in ("KD305", "KD412")]  # section 7 as a whole; H1
    assert slots == len(per_slot) > 40


def test_every_question_of_the_form_is_a_comment() -> None:
    text = comments(scaffold_text(["Mikkeli"]))
    expected = [T.field_label(h) for h in form.HEADER] + list(T.header_hints.values())
    expected += [q for helpers in T.header_helpers.values() for q in helpers]
    for sec in form.SECTIONS:
        expected += [T.heading(sec), T.instruction(sec)]
        expected += [T.question(sec.key, q) for q in sec.questions] + \
                    [T.hints.get((sec.key, q.key), "") for q in sec.questions] + \
                    [T.subheadings.get((sec.key, q.key), "") for q in sec.questions]
    expected += list(T.table_rows.values()) + list(T.table_columns.values())
    missing = [e for e in expected if e and flat(e) not in text]
    assert not missing


def test_every_field_of_the_model_is_written() -> None:
    """Every key of every block is in the file, optional ones too (some as empty values)."""
    data = yaml.safe_load(scaffold_text(["Mikkeli"]))
    for sec in form.SECTIONS:
        keys = {k for q in sec.questions for k in (q.key, q.note_key) if k}
        assert set(data[sec.key]) == keys, sec.key
    assert set(data[form.HEADER_KEY]) == set(form.HEADER_BY_KEY)
    assert set(data[form.HEADER_KEY]["yhteyshenkilo"]) == set(form.CONTACT_FIELDS)
    assert set(data[form.TABLE_KEY]) == set(form.ROW_BY_KEY)
    for row in data[form.TABLE_KEY].values():
        assert set(row) == {"tyonhakijat", "muut_asiakkaat"}


def test_modeline_is_the_first_line() -> None:
    assert scaffold_text(["Mikkeli"]).splitlines()[0] == "# yaml-language-server: $schema=kotodoc.schema.json"
    assert scaffold_text(["Mikkeli"], "../s.json").startswith("# yaml-language-server: $schema=../s.json\n")


def test_bilingual_municipality_gets_swedish_parts_instead_of_kd403() -> None:
    text, report = check(["Kokkola"])
    data = yaml.safe_load(text)
    parts = data["arviointi"]["jarjestaminen"]
    assert {(p["kohderyhma"], p["kieli"]) for p in parts} == {
        (g, lang) for g in ("tyonhakijat", "tyovoiman_ulkopuoliset") for lang in ("fi", "sv")}
    assert [p["kieli"] for p in data["muut_palvelut"]["kunnan_palvelut"]] == ["fi", "sv"]
    assert "kaksikielinen kunta" in comments(text)
    assert "KD403" not in {d.code for d in report.diagnostics}
    # Without the Swedish parts the same document would get KD403: the parts are what avoids it.
    stripped = re.sub(r"\n\s+- (kohderyhma: \w+\n\s+)?kieli: sv\n\s+teksti: \|\n\s+täydennetään", "", text)
    assert "- kieli: sv" not in stripped and "  kieli: sv" not in stripped
    assert "KD403" in {d.code for d in validate_bytes(stripped.encode(), "x.yaml").diagnostics}


def test_unilingual_municipality_gets_no_language_parts() -> None:
    text = scaffold_text(["Mikkeli"])
    assert "kieli: sv" not in text and "kieli: fi\n" not in text.split("skeemaversio")[1].split("perustiedot")[1]


def test_county_is_prefilled_in_the_multisectoral_answers_and_table_rows_2_and_4() -> None:
    data = yaml.safe_load(scaffold_text(["Mikkeli", "Juva"]))
    county = "Etelä-Savon hyvinvointialue"
    assert county in data["arviointi"]["monialaisen_arvioinnin_tekijat"]
    assert county in data["suunnitelma"]["monialaisten_suunnitelmien_laatijat"]
    table = data[form.TABLE_KEY]
    for row in form.TABLE_ROWS:
        cells = table[row.key]
        assert (county in cells["tyonhakijat"] and county in cells["muut_asiakkaat"]) == row.names_county
        assert PLACEHOLDER in cells["tyonhakijat"] and PLACEHOLDER in cells["muut_asiakkaat"]
    assert table["arviointi"]["muut_asiakkaat"].startswith("Mikkeli ja Juva")
    assert data[form.HEADER_KEY]["kunnat"] == ["Mikkeli", "Juva"]
    assert county in data[form.HEADER_KEY]["yhteistyokumppanit"]


def test_employment_area_is_prefilled_when_known() -> None:
    data = yaml.safe_load(scaffold_text(["Kokkola"]))
    area = "Keski-Pohjanmaan työllisyysalue"
    assert data[form.HEADER_KEY]["yhteistyokumppanit"][0] == area
    assert data[form.TABLE_KEY]["ohjaus_ja_neuvonta"]["tyonhakijat"].startswith(area)
    assert not data[form.TABLE_KEY]["seuranta_ja_paivittaminen"]["tyonhakijat"].startswith(area)
    lahti = yaml.safe_load(scaffold_text(["Lahti"]))
    assert lahti[form.TABLE_KEY]["arviointi"]["tyonhakijat"].startswith("Työvoimaviranomainen (Lahti)")


def test_unknown_county_still_names_the_county_slot() -> None:
    data = yaml.safe_load(scaffold_text(["Kuntala"]))  # no such municipality
    assert data["arviointi"]["monialaisen_arvioinnin_tekijat"].startswith("Hyvinvointialue – täydennetään")
    assert data[form.HEADER_KEY]["kunnat"] == ["Kuntala"]


def test_contact_placeholders_pass_the_schema_and_are_flagged() -> None:
    text, report = check(["Mikkeli"])
    contact = yaml.safe_load(text)[form.HEADER_KEY]["yhteyshenkilo"]
    assert contact["sahkoposti"] == PLACEHOLDER_EMAIL
    assert contact["puhelin"] is None
    flagged = {d.loc for d in report.diagnostics}
    assert (form.HEADER_KEY, "yhteyshenkilo", "sahkoposti") in flagged


def test_names_are_canonical_and_deduplicated() -> None:
    facts = Facts.of([" kokkola ", "Kokkola", "", "mikkeli"])
    assert facts.names == ["Kokkola", "Mikkeli"]
    with pytest.raises(ValueError):
        scaffold_text(["  "])


def test_notes_say_what_was_filled_in_and_hint_at_typos() -> None:
    assert Facts.of(["Kokola"]).notes()[0].count("Tarkoititko 'Kokkola'?") == 1
    unknown = Facts.of(["Kuntala"]).notes()
    assert len(unknown) == 1 and "'Kuntala' ei löydy" in unknown[0] and "Tarkoititko" not in unknown[0]
    (mikkeli,) = Facts.of(["Mikkeli"]).notes()
    assert "Etelä-Savon hyvinvointialue" in mikkeli and "Mikkelin seudun työllisyysalue" in mikkeli
    assert "Itä-Suomen elinvoimakeskus" in mikkeli
    jomala, aland = Facts.of(["Jomala"]).notes()  # Åland: in no county and no employment area
    assert "ei ole tarkistanut" in aland  # whether KotoL 13 § applies there, and the receiver (QA 24)
    assert "hyvinvointialue ja työllisyysalue ei ole" in jomala
    assert "kaksikielinen" in Facts.of(["Kokkola"]).notes()[0]


def test_awkward_names_are_quoted() -> None:
    data = yaml.safe_load(scaffold_text(["Kunta: #1", "yes"]))
    assert data[form.HEADER_KEY]["kunnat"] == ["Kunta: #1", "yes"]


# --- the schema accepts any language; KD210 warns of a likely typo -------------------------------

def _languages(values: list[str]) -> Report:
    text = scaffold_text(["Mikkeli"]).replace("  kielet:\n    - täydennetään",
                                               "  kielet:\n" + "".join(f"    - {v}\n" for v in values))
    return validate_bytes(text.encode(), "x.yaml", draft=True)


def test_placeholder_language_is_a_warning_not_an_error() -> None:
    report = _languages(["arabia", "TODO", '"?"'])
    found = [d for d in report.diagnostics if d.loc[:2] == ("yhteiskuntaorientaatio", "kielet")]
    assert [d.code for d in found] == ["KD401", "KD401"]
    assert report.passed()


def test_unknown_language_is_no_error_and_a_likely_typo_is_a_warning() -> None:
    """The law does not limit the languages (KotoL 25 §): only a near-miss of a known name is pointed out."""
    report = _languages(["arabia", "klingoni", "romani", "karen", "venja"])
    found = [d for d in report.diagnostics if d.loc[:2] == ("yhteiskuntaorientaatio", "kielet")]
    assert [(d.code, d.loc[2], d.severity.value) for d in found] == [("KD210", 4, "warning")]
    assert "'venäjä'" in found[0].message()
    assert not report.errors


# --- every municipality, and joint programmes (issue 9) -------------------------------------------

def test_joint_programme_gets_its_block_with_members_county_and_areas() -> None:
    text, report = check(["Pori, Ulvila, Nakkila"])
    data = yaml.safe_load(text)
    assert data[form.HEADER_KEY]["kunnat"] == ["Pori", "Ulvila", "Nakkila"]
    block = data["yhteistoiminta"]
    assert [m["kunta"] for m in block["jasenet"]] == ["Pori", "Ulvila", "Nakkila"]
    assert block["hyvinvointialue"] == "Satakunta"
    assert block["tyollisyysalueet"] == ["Satakunnan työllisyysalue"]
    assert {m["tyollisyysalue"] for m in block["jasenet"]} == {"Satakunnan työllisyysalue"}
    assert block["malli"] == "seudullinen" and block["koordinoiva_kunta"] == "Pori"
    assert report.programme is not None and report.programme.yhteistoiminta is not None
    flagged = {d.loc for d in report.diagnostics}
    assert ("yhteistoiminta", "tehtavanjako", "huomautus") in flagged  # the division is still to be agreed
    assert "Lounais-Suomen elinvoimakeskus" in comments(text)


def test_joint_programme_of_a_whole_county_of_23_has_only_fill_in_warnings() -> None:
    members = list(refdata.county_members("Pirkanmaa"))  # three employment areas, one without a name of its own
    text, report = check([", ".join(members)])
    assert len(members) == 23 and report.passed()
    assert {d.code for d in report.diagnostics} <= FILL_IN, [d.message() for d in report.diagnostics
                                                             if d.code not in FILL_IN]
    block = yaml.safe_load(text)["yhteistoiminta"]
    area = "Työllisyysalue (Läntinen Pirkanmaa)"  # one spelling in H5 and in the block (QA 9)
    assert block["malli"] == "maakunnallinen" and area in block["tyollisyysalueet"]
    assert area in yaml.safe_load(text)[form.HEADER_KEY]["yhteistyokumppanit"]


def test_whole_county_is_maakunnallinen() -> None:
    members = list(refdata.county_members("Kainuu"))
    data = yaml.safe_load(scaffold_text([", ".join(members)]))
    assert data["yhteistoiminta"]["malli"] == "maakunnallinen"
    assert len(data["yhteistoiminta"]["jasenet"]) == len(members) == 8


def test_joint_programme_of_two_counties_warns_for_the_other_county() -> None:
    text, report = check(["Mikkeli", "Porvoo"])
    assert yaml.safe_load(text)["yhteistoiminta"]["hyvinvointialue"] == "Etelä-Savo"
    others = [d for d in report.diagnostics if d.code not in FILL_IN]
    assert [d.code for d in others] == ["KD506"] and "Porvoo" in others[0].message()
    assert "eri hyvinvointialueisiin" in comments(text)


def test_same_municipality_by_both_names_counts_once() -> None:
    assert Facts.of(["Pietarsaari", "Jakobstad"]).names == ["Pietarsaari"]
    assert Facts.of(["jakobstad, Pietarsaaren kaupunki"]).names == ["Jakobstad"]


def test_swedish_name_is_written_as_given_and_its_facts_filled_in() -> None:
    text, report = check(["närpes"])
    data = yaml.safe_load(text)
    assert data[form.HEADER_KEY]["kunnat"] == ["Närpes"]
    assert report.programme is not None and report.programme.perustiedot.kunnat == ["Närpes"]
    assert "Pohjanmaan hyvinvointialue" in data["arviointi"]["monialaisen_arvioinnin_tekijat"]
    assert data[form.HEADER_KEY]["yhteistyokumppanit"][0] == "Pohjanmaan työllisyysalue"  # vastuukunta Vaasa
    assert [p["kieli"] for p in data["muut_palvelut"]["kunnan_palvelut"]] == ["fi", "sv"]  # bilingual
    assert "Pohjanmaan elinvoimakeskus" in comments(text)


def test_former_municipality_gets_a_note_not_a_guess() -> None:
    (note,) = Facts.of(["Pertunmaa"]).notes()
    assert "Mäntyharju" in note and "1.1.2025" in note and "Tarkoititko" not in note


@pytest.mark.parametrize("name", [pytest.param(n, id=f"{c}-{lang}") for c, n, lang in
                                  [(m.code, n, lang) for m in refdata.municipalities()
                                   for lang, n in (("fi", m.name_fi), ("sv", m.name_sv))]])
def test_init_for_every_municipality_by_both_names(name: str) -> None:
    """All 308 municipalities by their Finnish and Swedish names (616 cases): found, facts filled in, and the
    new file has only the fill-in warnings."""
    facts = Facts.of([name])
    (m,) = facts.municipalities
    assert m.known and m.suggestion is None, facts.notes()
    assert not any("ei löydy" in note for note in facts.notes())
    found = refdata.lookup(name)
    assert found is not None
    if found.county is not None:
        assert m.county == found.county.name_fi
    if found.area is not None:
        assert m.employment_area
    assert m.centre == found.centre.name_fi if found.centre else m.centre is None
    _, report = check([name])
    assert report.programme is not None and report.passed()
    assert report.programme.perustiedot.kunnat == [m.name]
    assert {d.code for d in report.diagnostics} <= FILL_IN, [d.message() for d in report.diagnostics
                                                             if d.code not in FILL_IN]


@pytest.mark.parametrize("area", [a for a in refdata.employment_areas() if len(a.members) > 1], ids=lambda a: a.key)
def test_joint_programme_of_every_employment_area(area: refdata.EmploymentArea) -> None:
    """The members of each area as one joint programme, as a draft: fill-in warnings only, and KD506 exactly
    for members of another county than most (Mänttä-Vilppula in Eteläinen Keski-Suomi, …)."""
    _, report = check([", ".join(area.members)])
    assert report.passed() and report.programme is not None and report.programme.yhteistoiminta is not None
    joint = report.programme.yhteistoiminta
    other = {m for m in area.members if refdata.county_of(m) != joint.hyvinvointialue}
    flagged = {d.params["kunta"] for d in report.diagnostics if d.code == "KD506"}
    assert flagged == other
    assert {d.code for d in report.diagnostics} <= FILL_IN | {"KD506"}


# --- the file in Swedish (kotodoc init --kieli sv) -----------------------------------------------

SV = form.texts("sv")


@pytest.mark.parametrize("names", MUNICIPALITIES)
def test_swedish_file_has_only_fill_in_warnings_each_on_a_placeholder(names: list[str]) -> None:
    text = scaffold_text(names, lang="sv")
    report = validate_bytes(text.encode("utf-8"), "kotoutumisohjelma.yaml", True)
    assert report.programme is not None and report.programme.kieli == "sv" and report.passed()
    assert {d.code for d in report.diagnostics} <= fill_in_and_unknown(names, report)
    slots = sum(1 for line in text.splitlines() if not line.lstrip().startswith("#") and "kompletteras" in line)
    assert slots == len([d for d in report.diagnostics if d.code not in ("KD305", "KD412")]) > 40
    assert PLACEHOLDER not in text  # no Finnish placeholder


def test_every_question_of_the_form_is_a_swedish_comment() -> None:
    text = comments(scaffold_text(["Mikkeli"], lang="sv"))
    expected = [SV.field_label(h) for h in form.HEADER] + list(SV.header_hints.values())
    expected += [q for helpers in SV.header_helpers.values() for q in helpers]
    for sec in form.SECTIONS:
        expected += [SV.heading(sec), SV.instruction(sec)]
        expected += [SV.question(sec.key, q) for q in sec.questions]
        expected += [SV.subheadings.get((sec.key, q.key), "") for q in sec.questions]
    expected += list(SV.table_rows.values()) + list(SV.table_columns.values())
    assert [e for e in expected if e and flat(e) not in text] == []
    finnish = [T.question(sec.key, q) for sec in form.SECTIONS for q in sec.questions]
    assert [f for f in finnish if flat(f) in text] == []
    assert "kotodocs översättning" in text and "kotodoc init --kieli sv --kunta Mikkeli" in text


def test_swedish_file_has_the_same_keys_and_swedish_facts() -> None:
    finnish, swedish = yaml.safe_load(scaffold_text(["Porvoo"])), yaml.safe_load(scaffold_text(["Porvoo"], lang="sv"))
    assert swedish["kieli"] == "sv" and finnish["kieli"] == "fi"

    def keys(node: object) -> object:
        if isinstance(node, dict):
            return {k: keys(v) for k, v in node.items() if k not in ("kieli",)}
        return [keys(v) for v in node] if isinstance(node, list) else None

    assert keys(swedish) == keys(finnish)
    assert "Östra Nylands välfärdsområde" in swedish[form.HEADER_KEY]["yhteistyokumppanit"]
    parts = swedish["arviointi"]["jarjestaminen"]
    assert [p["kieli"] for p in parts] == ["sv", "sv", "fi", "fi"]  # the file's own language first
    assert swedish["arviointi"]["monialaisen_arvioinnin_tekijat"].startswith("Östra Nylands välfärdsområde – ")
    lahti = yaml.safe_load(scaffold_text(["Lahti"], lang="sv"))
    assert lahti[form.TABLE_KEY]["arviointi"]["tyonhakijat"].startswith("Arbetskraftsmyndigheten (Lahti)")
    mariehamn = yaml.safe_load(scaffold_text(["Mariehamn"], lang="sv"))  # Åland: no wellbeing services county
    assert mariehamn["arviointi"]["monialaisen_arvioinnin_tekijat"].startswith("Välfärdsområde – kompletteras")


def test_notes_in_the_reader_s_language() -> None:
    assert "Menade du 'Kokkola'?" in Facts.of(["Kokola"]).notes("sv")[0]
    assert "Did you mean 'Kokkola'?" in Facts.of(["Kokola"]).notes("en")[0]
    (porvoo,) = Facts.of(["Porvoo"], "sv").notes("fi")
    assert "kaksikielinen kunta, suomenkieliset osat lisätty" in porvoo and "Östra Nylands välfärdsområde" in porvoo
    mariehamn, aland = Facts.of(["Maarianhamina"]).notes("en")
    assert "has not verified" in aland  # QA 24
    assert "wellbeing services county and employment area not in kotodoc's data (Åland" in mariehamn
    (narpes,) = Facts.of(["Närpes"], "sv").notes("sv")
    assert "Österbottens välfärdsområde" in narpes and "lämnas in till: Livskraftscentralen i Österbotten" in narpes
    (former,) = Facts.of(["Pertunmaa"]).notes("sv")
    assert "gick samman med Mäntyharju 1.1.2025" in former


def test_swedish_joint_programme_and_approval_block() -> None:
    text = scaffold_text(["Närpes, Kristinestad, Kaskö"], lang="sv")
    report = validate_bytes(text.encode("utf-8"), "kotoutumisohjelma.yaml", True)
    assert report.programme is not None and report.programme.yhteistoiminta is not None and report.passed()
    assert {d.code for d in report.diagnostics} <= FILL_IN
    notes = comments(text)
    assert "inte på ANM:s blankett; skrivs ut som bilaga" in notes and "Förslag: den första medlemskommunen" in notes
    assert "Dokumentet lämnas in till: Livskraftscentralen i Österbotten" in notes
    assert "# hyvaksyminen:" in text and "Ta blocket i bruk" in notes
    data = yaml.safe_load(text)
    assert data["yhteistoiminta"]["tehtavanjako"]["huomautus"] == "kompletteras"  # the placeholder alone (QA 9)
    assert "täydennetään" not in text


@pytest.mark.parametrize("name", [m.name_sv for m in refdata.municipalities() if m.bilingual or m.name_sv != m.name_fi],
                         ids=str)
def test_swedish_init_for_every_municipality_with_a_swedish_name(name: str) -> None:
    """Every bilingual municipality, and every one with a Swedish name of its own, by that name in a Swedish file:
    the fill-in warnings only, and no Finnish placeholder."""
    text = scaffold_text([name], lang="sv")
    report = validate_bytes(text.encode("utf-8"), "kotoutumisohjelma.yaml", True)
    assert report.programme is not None and report.passed() and report.programme.kieli == "sv"
    assert {d.code for d in report.diagnostics} <= FILL_IN, [d.message() for d in report.diagnostics
                                                             if d.code not in FILL_IN]
    assert PLACEHOLDER not in text


# --- QA 9, 17, 24: what init writes into the answers ------------------------------------------------


def answer_values(text: str) -> list[str]:
    """Every text value of a fresh file (the answers and the joint block), comments left out."""
    found: list[str] = []
    stack: list[object] = [yaml.safe_load(text)]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str):
            found.append(node)
    return found


@pytest.mark.parametrize(("names", "lang", "city"), [
    (["Helsinki"], "fi", "Helsingin kaupunki"), (["Helsingfors"], "sv", "Helsingfors stad"),
    (["Helsinki", "Vantaa", "Kerava"], "fi", "Helsingin kaupunki"),
])
def test_helsinki_is_named_in_the_answers_and_explained_in_a_comment(names: list[str], lang: str, city: str) -> None:
    """QA 17: the provider's name only in the answer slots (they reach the official table); why in a comment."""
    text = scaffold_text(names, lang=lang)
    values = answer_values(text)
    assert not any("(" in v and ("hoitaa itse" in v or "sköter själv" in v) for v in values)
    table = yaml.safe_load(text)[form.TABLE_KEY]
    for row in form.TABLE_ROWS:
        if row.names_county:
            assert city in table[row.key]["tyonhakijat"]
    assert "kaupunki järjestää itse" in comments(text) or "staden ordnar själv" in comments(text)
    report = validate_bytes(text.encode("utf-8"), "k.yaml", True)
    assert report.passed() and {d.code for d in report.diagnostics} <= FILL_IN
    note = " ".join(Facts.of(names).notes())
    assert "Helsingin kaupunki (hoitaa itse hyvinvointialueen tehtävät)" in note


def test_helsinki_alone_is_not_named_twice_in_a_cell() -> None:
    table = yaml.safe_load(scaffold_text(["Helsinki"]))[form.TABLE_KEY]
    assert table["monialainen_arviointi"]["muut_asiakkaat"] == f"Helsinki – {PLACEHOLDER}"


@pytest.mark.parametrize("names", [["Maarianhamina"], ["Mariehamn"], ["Jomala", "Lemland"], ["Brändö"]])
@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_aland_gets_a_note_and_no_elinvoimakeskus_claim(names: list[str], lang: str) -> None:
    """QA 24: whether KotoL 13 § applies on Åland and who receives the document are not verified: init says so
    (fi, sv, en) and names no elinvoimakeskus, in the notes or in the file."""
    text = scaffold_text(names, lang=lang)
    said = comments(text)
    assert "Lounais-Suomen" not in text and "Sydvästra" not in text and "elinvoimakeskus:" in text
    assert ("Ahvenanmaan kunta" in said and "kotodoc ole tarkistanut" in said) if lang == "fi" else \
        ("kommun på Åland" in said and "har inte kontrollerat" in said)
    facts = Facts.of(names, lang)
    assert facts.centres == []
    for reader, words in (("fi", "ei ole tarkistanut"), ("sv", "har inte kontrollerat"), ("en", "has not verified")):
        notes = facts.notes(reader)
        assert sum(words in n for n in notes) == len(names)
        assert not any("Lounais-Suomen" in n or "Sydvästra" in n or "goes to:" in n for n in notes)


def test_mainland_still_names_its_elinvoimakeskus() -> None:
    for names, centre in ((["Turku"], "Lounais-Suomen elinvoimakeskus"), (["Närpes"], "Pohjanmaan elinvoimakeskus"),
                          (["Helsinki"], "Uudenmaan elinvoimakeskus"), (["Luhanka"], "Keski-Suomen elinvoimakeskus")):
        text = scaffold_text(names)
        assert f"Asiakirja toimitetaan: {centre}" in comments(text) and "Ahvenanmaan kunta" not in comments(text)


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_joint_division_note_is_the_placeholder_alone(lang: str) -> None:
    """QA 9: removing the placeholder leaves nothing behind (no "Huomautus: Tehtävänjako" in the appendix)."""
    placeholder = form.texts(lang).own["init.placeholder"]
    data = yaml.safe_load(scaffold_text([", ".join(TWENTY)], lang=lang))
    assert data["yhteistoiminta"]["tehtavanjako"]["huomautus"] == placeholder


TWENTY = ["Tampere", "Nokia", "Ylöjärvi", "Kangasala", "Lempäälä", "Pirkkala", "Vesilahti", "Orivesi", "Sastamala",
          "Ikaalinen", "Parkano", "Kihniö", "Punkalaidun", "Hämeenkyrö", "Mänttä-Vilppula", "Ruovesi", "Virrat",
          "Juupajoki", "Pälkäne", "Akaa"]


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_employment_areas_are_spelled_one_way_in_the_whole_file(lang: str) -> None:
    """QA 9: the area written in H5 and the table is written the same way in the joint block (a joint programme
    of twenty over three areas, one known by its short name only)."""
    data = yaml.safe_load(scaffold_text([", ".join(TWENTY)], lang=lang))
    block = data["yhteistoiminta"]
    areas = set(block["tyollisyysalueet"]) | {m["tyollisyysalue"] for m in block["jasenet"] if "tyollisyysalue" in m}
    partners = set(data[form.HEADER_KEY]["yhteistyokumppanit"])
    assert len(areas) == 3 and areas <= partners, (areas, partners)
    spelled = [v for v in answer_values(scaffold_text([", ".join(TWENTY)], lang=lang))
               if "läntinen pirkanmaa" in v.casefold()]
    assert len(spelled) > 5 and all("Työllisyysalue (Läntinen Pirkanmaa)" in v for v in spelled), spelled

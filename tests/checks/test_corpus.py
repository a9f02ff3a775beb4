"""The corpus of realistic programmes (tests/corpus): no false findings, and every rule catches its defect.

Every programme passes ``validate --strict`` with no finding at all. Then, for each rule, one defect is
planted into one programme (a copy of its tree, edited, written back as YAML) and the rule must report it
where it was planted. The programmes are of every kind the rules must hold for: see tests/corpus/README.md.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from kotodoc.checks.validate import Report, validate_bytes
from kotodoc.diagnostics import Loc
from kotodoc.messages import CODES
from kotodoc.source import loader
from tests.conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"
FILES = sorted(CORPUS.glob("*.yaml"))


def test_the_corpus_has_every_kind_of_municipality() -> None:
    names = {p.stem for p in FILES}
    assert len(FILES) >= 20
    assert {"helsinki", "vantaa", "lahti", "kouvola", "narpes", "porvoo", "lapua", "luhanka"} <= names
    members = [len(tree(p.stem)["perustiedot"]["kunnat"]) for p in FILES]
    assert {2, 3, 5} <= set(members) and max(members) >= 11


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_real_programme_has_no_finding(path: Path) -> None:
    report = validate_bytes(path.read_bytes(), path.name)
    assert report.passed(strict=True) and report.programme is not None, "\n".join(
        f"{d.line}:{d.column} {d.code} {d.message()}" for d in report.diagnostics)


# --- planted defects ---------------------------------------------------------------------------------------


def tree(name: str) -> dict[str, Any]:
    data = loader.load_file(CORPUS / f"{name}.yaml").data
    assert isinstance(data, dict)
    return copy.deepcopy(data)


def check(data: dict[str, Any]) -> Report:
    return validate_bytes(yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8"), "x.yaml")


def at(data: Any, *path: str | int) -> Any:
    for step in path:
        data = data[step]
    return data


def put(*path: str | int, value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        at(data, *path[:-1])[path[-1]] = value
    return edit


def drop(*path: str | int) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        del at(data, *path[:-1])[path[-1]]
    return edit


def both(*edits: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        for one in edits:
            one(data)
    return edit


H, T, JOINT = "perustiedot", "vastuutaulukko", "yhteistoiminta"
CLIENT_GROUPS = ("pakolaiset", "ilman_huoltajaa", "tyo_ja_koulutusperaiset", "tyovoiman_ulkopuoliset")
PARTS = [{"kohderyhma": "tyonhakijat", "teksti": "Työllisyysalue tekee arvioinnin."},
         {"kohderyhma": "tyonhakijat", "teksti": "Myös kotoutumistiimi tekee arvioinnin."},
         {"kohderyhma": "tyovoiman_ulkopuoliset", "teksti": "Kotoutumispalvelut tekee arvioinnin."}]
APPROVAL = {"toimielin": "Kaupunginhallitus", "kokouspaiva": "10.12.2024", "diaarinumero": "123/00.01/2024",
            "ely": {"maaraaika": "5.12.2024"}}

# (code, programme, edit, where the finding must be: a prefix of its location)
PLANTED: list[tuple[str, str, Callable[[dict[str, Any]], None], Loc]] = [
    ("KD201", "pori", drop("arviointi", "jarjestaminen", 1, "otsikko"), ("arviointi", "jarjestaminen", 1)),
    ("KD203", "vaasa", put("ohjaus_ja_neuvonta", "yhteistyotahot", value=["X"]), ("ohjaus_ja_neuvonta",)),
    ("KD204", "oulu", put("yhteiskuntaorientaatio", "toteutus", value={"a": "b"}), ("yhteiskuntaorientaatio",)),
    ("KD206", "porvoo", put("arviointi", "jarjestaminen", 0, "kohderyhma", value="työttömät"), ("arviointi",)),
    ("KD207", "luhanka", put("skeemaversio", value="2"), ("skeemaversio",)),
    ("KD208", "lahti", put(H, "yhteyshenkilo", "sahkoposti", value="liisa(at)lahti.fi"), (H, "yhteyshenkilo")),
    ("KD209", "kouvola", put(H, "yhteyshenkilo", "puhelin", value="12"), (H, "yhteyshenkilo")),
    ("KD210", "tampere", put("yhteiskuntaorientaatio", "kielet", 0, value="arabja"),
     ("yhteiskuntaorientaatio", "kielet", 0)),
    ("KD211", "turku", put("paivays", value="31.2.2024"), ("paivays",)),
    ("KD212", "yla_savo", put("yhteistoiminta", "jasenet", 0, "asukasluku", value="20 900"), ("yhteistoiminta",)),
    ("KD301", "lapua", drop("suunnitelma", "jarjestaminen", 1), ("suunnitelma", "jarjestaminen")),
    ("KD302", "pelkosenniemi",
     put("arviointi", "monialaisen_arvioinnin_tekijat", value="Sivistystoimi ja sosiaalitoimi"),
     ("arviointi", "monialaisen_arvioinnin_tekijat")),
    ("KD303", "luhanka", drop("muu_koulutus", "ei_tarvetta_perustelu"), ("muu_koulutus",)),
    ("KD305", "vaasa", both(drop("muut_palvelut", "kunnan_palvelut"), drop("muut_palvelut", "tyollistyminen")),
     ("muut_palvelut",)),
    ("KD306", "kouvola", put("arviointi", "jarjestaminen", value=PARTS), ("arviointi", "jarjestaminen", 1)),
    ("KD307", "helsinki", put("kotoutumiskoulutus", "paattotestaus", value="Ei järjestetä."),
     ("kotoutumiskoulutus", "paattotestaus")),
    ("KD401", "joensuu", put("ohjaus_ja_neuvonta", "vastuutaho", value="Kotoutumispalvelut (TODO: tarkista)"),
     ("ohjaus_ja_neuvonta", "vastuutaho")),
    ("KD402", "oulu", put("ohjaus_ja_neuvonta", "yhteistyo", value="TE-toimisto ohjaa asiakkaita neuvontaan."),
     ("ohjaus_ja_neuvonta", "yhteistyo")),
    ("KD403", "porvoo", put("arviointi", "jarjestaminen", value=PARTS[::2]), (H, "kunnat")),
    ("KD404", "lappeenranta", put("arviointi", "jarjestaminen", value="Työllisyysalue ja kotoutumispalvelut."),
     ("arviointi", "jarjestaminen")),
    ("KD405", "lahti", drop("yhteiskuntaorientaatio", "yhteistyotahot"),
     ("yhteiskuntaorientaatio", "itsenaisesti_vai_yhteistyossa")),
    ("KD406", "tampere", put("yhteiskuntaorientaatio", "kielet", 1, value="arabia"),
     ("yhteiskuntaorientaatio", "kielet", 1)),
    ("KD407", "pori", put(T, "arviointi", "tyonhakijat", value="Maahanmuuttajapalvelut"), (T, "arviointi")),
    ("KD408", "luhanka", put(H, "yhteistyokumppanit", value=["Keski-Suomen hyvinvointialue"]),
     (H, "yhteistyokumppanit")),
    ("KD409", "oulu", both(put("paivays", value="12.1.2026"),
                           put("ohjaus_ja_neuvonta", "yhteistyo", value="Ohjaus ELY-keskukseen.")),
     ("ohjaus_ja_neuvonta", "yhteistyo")),
    ("KD410", "lahti", put("arviointi", "monialaisen_arvioinnin_tekijat",
                           value="Kotoutumispalvelut ja Kymenlaakson hyvinvointialueen sosiaalipalvelut"),
     ("arviointi", "monialaisen_arvioinnin_tekijat")),
    ("KD412", "narpes", put(H, "kunnat", 0, value="Närpis"), (H, "kunnat", 0)),
    ("KD411", "vaasa", both(put("muu_koulutus", "vastuutaho", value="Aikuisopisto"),
                            put("muu_koulutus", "yhteistyo", value="Oppilaitokset tiedottavat kursseista yhdessä.")),
     ("muu_koulutus", "vastuutaho")),
    ("KD501", "yla_savo", put(H, "kunnat", value=["Iisalmi", "Kiuruvesi", "Pielavesi", "Sonkajärvi"]),
     ("yhteistoiminta", "jasenet", 4)),
    ("KD502", "espoo_kauniainen", put(H, "kunnat", value=["Espoo", "Kauniainen", "Vantaa"]), (H, "kunnat", 2)),
    ("KD503", "kirkkonummi_vihti_siuntio", put("yhteistoiminta", "jasenet", 2, "kunta", value="Kirkkonummi"),
     ("yhteistoiminta", "jasenet", 2)),
    ("KD504", "yla_savo", put("yhteistoiminta", "koordinoiva_kunta", value="Kuopio"),
     ("yhteistoiminta", "koordinoiva_kunta")),
    ("KD508", "espoo_kauniainen", put("yhteistoiminta", "jasenet", 1, "tyollisyysalue", value="Keski-Uusimaa"),
     ("yhteistoiminta", "jasenet", 1)),
    ("KD505", "etela_savo",
     both(put(H, "kunnat", 4, value="Mikeli"), put(JOINT, "jasenet", 4, "kunta", value="Mikeli")),
     (JOINT, "jasenet", 4, "kunta")),
    ("KD506", "yla_savo", put(JOINT, "hyvinvointialue", value="Keski-Suomi"), (JOINT,)),
    ("KD507", "etela_savo", both(drop(JOINT, "jasenet", 10, "tyollisyysalue"),
                                 put(JOINT, "tyollisyysalueet", value=["Mikkelin seudun työllisyysalue",
                                                                       "Keski-Savon työllisyysalue"]),
                                 *(drop(JOINT, "jasenet", i, "tyollisyysalue") for i in (0, 8, 9))),
     (JOINT, "tyollisyysalueet")),
    ("KD509", "etela_savo", both(drop(H, "kunnat", 10), drop(JOINT, "jasenet", 10)), (JOINT, "malli")),
    ("KD510", "yla_savo", put(JOINT, "hyvinvointialue", value="Pohjois-Savon hyvinvointi"), (JOINT,)),
    ("KD511", "yla_savo", put("yhteistoiminta", "tehtavanjako", "pakolaiset", value={}),
     ("yhteistoiminta", "tehtavanjako", "pakolaiset")),
    ("KD512", "yla_savo", put("yhteistoiminta", "tehtavanjako", "pakolaiset", "ohjaus_ja_neuvonta", value=None),
     ("yhteistoiminta", "tehtavanjako", "pakolaiset", "ohjaus_ja_neuvonta")),
    ("KD514", "yla_savo", put("yhteistoiminta", "jasenet", 1, "poikkeamat",
                              value=[{"ryhma": "pakolaiset", "tehtava": "perheryhmakodit"}]),
     ("yhteistoiminta", "jasenet", 1, "poikkeamat")),
    ("KD513", "yla_savo", put(JOINT, "tehtavanjako", "tyovoiman_ulkopuoliset", "alkukartoitukset",
                              value="yhteinen_palvelu"), (JOINT, "tehtavanjako", "tyovoiman_ulkopuoliset")),
    ("KD516", "yla_savo", put(JOINT, "jasenet", 1, "poikkeamat",
                              value=[{"ryhma": "pakolaiset", "tehtava": "ohjaus_ja_neuvonta"},
                                     {"ryhma": "pakolaiset", "tehtava": "ohjaus_ja_neuvonta", "vastuu": "kunta"}]),
     (JOINT, "jasenet", 1, "poikkeamat", 1)),
    ("KD515", "yla_savo", put("yhteistoiminta", "jasenet", 1, "poikkeamat",
                              value=[{"ryhma": "pakolaiset", "tehtava": "neuvottelut_vastaanottamisesta"}]),
     ("yhteistoiminta", "jasenet", 1, "poikkeamat")),
    ("KD520", "yla_savo", put("yhteistoiminta", "kustannukset", "asukasluvun_osuus", value="55"),
     ("yhteistoiminta", "kustannukset")),
    ("KD522", "yla_savo", put(JOINT, "kustannukset", "segmenttien_painot",
                              value={"pakolaiset": 40, "tyovoiman_ulkopuoliset": 40}), (JOINT, "kustannukset")),
    ("KD523", "yla_savo", drop("yhteistoiminta", "jasenet", 2, "asukasluku"), ("yhteistoiminta", "jasenet", 2)),
    ("KD524", "yla_savo", put(JOINT, "jasenet", 0, "asiakkaat", "ilman_huoltajaa", value="0"), (JOINT, "kustannukset")),
    ("KD525", "yla_savo", both(*(put(JOINT, "jasenet", i, "asiakkaat", value=dict.fromkeys(CLIENT_GROUPS, "0"))
                                 for i in range(5))), (JOINT, "kustannukset")),
    ("KD526", "etela_savo", put(JOINT, "kustannukset", "vuosikustannus", value="640 000 €"), (JOINT, "kustannukset")),
    ("KD527", "kirkkonummi_vihti_siuntio", put(JOINT, "jasenet", 2, "asukasluku", value="0"), (JOINT, "jasenet", 2)),
    ("KD529", "etela_savo", put(JOINT, "kustannukset", "vuosikustannus", value="9" * 30), (JOINT, "kustannukset")),
    ("KD601", "porvoo", both(put("hyvaksyminen", "paatos", value="Hyväksyttiin."), drop("hyvaksyminen", "kokouspaiva")),
     ("hyvaksyminen",)),
    ("KD603", "porvoo", put("hyvaksyminen", "ely", "lahetetty", value="9.12.2024"), ("hyvaksyminen",)),
    ("KD604", "tampere", put("hyvaksyminen", "diaarinumero", value="ei vielä tiedossa"), ("hyvaksyminen",)),
    ("KD605", "tampere", both(drop("hyvaksyminen", "ely", "lahetetty"),
                              put("hyvaksyminen", "kokouspaiva", value="10.12.2024")), ("hyvaksyminen",)),
    ("KD606", "helsinki", put(H, "kasittely_ja_hyvaksyminen", value="Sosiaali- ja terveyslautakunta käsittelee."),
     (H, "kasittely_ja_hyvaksyminen")),
    ("KD610", "porvoo", put("paivays", value="12.1.2026"), ("hyvaksyminen", "ely")),
    ("KD611", "espoo_kauniainen", put("hyvaksyminen", 1, "kunta", value="Vantaa"), ("hyvaksyminen", 1)),
]


@pytest.mark.parametrize(("code", "name", "edit", "where"), PLANTED, ids=[f"{c}-{n}" for c, n, _, _ in PLANTED])
def test_a_planted_defect_is_caught_by_its_rule(code: str, name: str, edit: Callable[[dict[str, Any]], None],
                                                 where: Loc) -> None:
    data = tree(name)
    assert validate_bytes((CORPUS / f"{name}.yaml").read_bytes(), "x").passed(strict=True)
    edit(data)
    report = check(data)
    found = [d for d in report.diagnostics if d.code == code]
    assert found, [(d.code, d.message()) for d in report.diagnostics]
    assert any(d.loc[: len(where)] == where for d in found), [d.loc for d in found]
    assert not report.passed(strict=True)
    if CODES[code].severity == "error":
        assert not report.passed()


def test_every_content_rule_has_a_planted_defect() -> None:
    """Each code a rule can report (not the loader's, not a retired one) is planted at least once."""
    planted = {code for code, *_ in PLANTED}
    reported_by_rules = {c for c in CODES if c[2] in "3456" and not CODES[c].retired}
    not_in_validate = {"KD528", "KD607", "KD608", "KD609"}  # `costs` and `render --document agenda-item` only
    assert reported_by_rules - not_in_validate - planted == set()

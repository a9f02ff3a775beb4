"""KD412: a municipality's name in H1 that the reference data cannot resolve (QA 4).

A typo there ("Kokola") used to switch the municipality checks (KD403, KD302, KD407 …) off silently. The names
that must resolve are the ones people write: Finnish or Swedish, any case, with kaupunki/kunta/stad/kommun; the
hint ("tarkoititko") comes only when one municipality's name is close.
"""

from __future__ import annotations

import pytest

from kotodoc.checks.report import format_line
from kotodoc.checks.validate import Report, validate_bytes
from kotodoc.repo.scaffold import scaffold_text
from tests.conftest import ROOT

BASE = (ROOT / "tests" / "cases" / "valid" / "minimal.yaml").read_text(encoding="utf-8")
TWENTY = ["Tampere", "Nokia", "Ylöjärvi", "Kangasala", "Lempäälä", "Pirkkala", "Vesilahti", "Orivesi", "Sastamala",
          "Ikaalinen", "Parkano", "Kihniö", "Punkalaidun", "Hämeenkyrö", "Mänttä-Vilppula", "Ruovesi", "Virrat",
          "Juupajoki", "Pälkäne", "Akaa"]


def check(names: list[str], date: str | None = None) -> Report:
    assert "  kunnat: Hirvensalmi\n" in BASE
    listed = "".join(f"    - {name}\n" for name in names)
    text = BASE.replace("  kunnat: Hirvensalmi\n", f"  kunnat:\n{listed}")
    if date:
        text = text.replace("skeemaversio: 1\n", f"skeemaversio: 1\npaivays: {date}\n")
    return validate_bytes(text.encode("utf-8"), "k.yaml")


ADVICE = " Kirjoita kunnan nimi suomeksi tai ruotsiksi"


def unknown(report: Report) -> list[tuple[object, str]]:
    """Where each KD412 is (the item of H1) and its text without the advice."""
    return [(d.loc[-1], d.message().split(ADVICE)[0]) for d in report.diagnostics if d.code == "KD412"]


@pytest.mark.parametrize("name", [
    "Helsinki", "HELSINGFORS", "Helsingin kaupunki", "Närpes", "närpiö", "Närpes stad", "Jakobstad",
    "Pietarsaaren kaupunki", "Jakobstads stad", "Hirvensalmen kunta", "Pedersöre kommun", "Sulkava", "Luhanka",
    "Mariehamn", "Maarianhamina", "  Kokkola ", "Vaasa", "Vasa stad", "Mänttä–Vilppula",
])
def test_names_people_write_are_resolved(name: str) -> None:
    assert unknown(check([name])) == []


@pytest.mark.parametrize(("name", "meant"), [
    ("Kokola", "Kokkola"), ("Helsinkki", "Helsinki"), ("Hirvensalmmi", "Hirvensalmi"), ("Jakobstadt", "Jakobstad"),
    ("Närpiöö", "Närpiö"), ("Luhankaa", "Luhanka"),
])
def test_a_typo_is_a_warning_with_the_close_name(name: str, meant: str) -> None:
    report = check([name])
    said = (f"H1 «Kunta tai kunnat», kohta 1 luettelossa: kuntaa '{name}' ei löydy Suomen kuntien nimistä "
            f"(kunnat 2025–2026); tarkoititko '{meant}'?")
    assert unknown(report) == [(0, said)]
    (found,) = [d for d in report.diagnostics if d.code == "KD412"]
    assert found.severity.value == "warning" and report.passed()
    assert f"menade du '{meant}'?" in found.message("sv") and f"did you mean '{meant}'?" in found.message("en")


@pytest.mark.parametrize("name", ["Kuntala", "Xyzzy", "Pohjanmaa", "Pori, Kuntala"])
def test_no_guess_when_no_name_is_close(name: str) -> None:
    ((_, text),) = unknown(check([name]))
    assert f"'{name}' ei löydy" in text and "tarkoititko" not in text


@pytest.mark.parametrize(("line", "names"), [
    ("Pori, Ulvila ja Nakkila", "Pori, Ulvila, Nakkila"), ("Närpes och Kaskö", "Närpes, Kaskö"),
    ("Helsinki; Vantaa", "Helsinki, Vantaa"),
])
def test_several_municipalities_on_one_line_are_asked_for_as_a_list(line: str, names: str) -> None:
    ((_, text),) = unknown(check([line]))
    assert text.endswith(f"; jos tarkoitit useaa kuntaa ({names}), kirjoita ne luetteloksi, kukin omalle rivilleen.")


def test_each_unknown_name_is_placed_at_its_list_item() -> None:
    report = check(["Mikkeli", "Kokola", "Juva", "Kuntala"])
    assert [i for i, _ in unknown(report)] == [1, 3]
    lines = [format_line(d) for d in report.diagnostics if d.code == "KD412"]
    assert lines[0].startswith("k.yaml:6:7: varoitus KD412:") and lines[1].startswith("k.yaml:8:7: varoitus KD412:")


def test_a_placeholder_is_not_a_municipality_s_name() -> None:
    assert unknown(check(["täydennetään"])) == []


def test_a_merged_municipality_only_after_the_merger() -> None:
    assert unknown(check(["Mäntyharju", "Pertunmaa"], "20.6.2024")) == []  # seed 000 names it, rightly
    assert unknown(check(["Mäntyharju", "Pertunmaa"])) == []  # undated: no guess
    ((i, text),) = unknown(check(["Mäntyharju", "Pertunmaa"], "1.2.2026"))
    assert i == 1 and text.endswith("'Pertunmaa' ei löydy Suomen kuntien nimistä (kunnat 2025–2026); Pertunmaa "
                                    "liitettiin kuntaan Mäntyharju 1.1.2025.")


def test_joint_programme_of_twenty() -> None:
    """A fresh joint file of twenty (as init writes it) has no KD412; one misspelt member gives exactly one."""
    text = scaffold_text([", ".join(TWENTY)])
    fresh = validate_bytes(text.encode("utf-8"), "k.yaml", True)
    assert fresh.programme is not None and len(fresh.programme.perustiedot.kunnat) == 20
    assert unknown(fresh) == []
    typo = text.replace("    - Punkalaidun\n", "    - Punkalaitumen kunta\n    - Punkalaidunn\n", 1)
    typo = typo.replace("    - Punkalaitumen kunta\n", "", 1)
    assert typo != text
    found = unknown(validate_bytes(typo.encode("utf-8"), "k.yaml", True))
    assert [(i, "tarkoititko 'Punkalaidun'?" in m) for i, m in found] == [(TWENTY.index("Punkalaidun"), True)]

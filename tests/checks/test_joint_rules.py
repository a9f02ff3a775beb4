"""The joint-programme block (kotodoc.joint, kotodoc.joint_rules): tables, values and rules.

The exact reports of whole documents are golden cases in tests/cases/{valid,invalid}/yhteistoiminta*.yaml;
these tests pin what those do not: the data tables agree with the models, numbers are read without
guessing, and each rule fires exactly where it should (and not elsewhere).
"""

from __future__ import annotations

import typing
from decimal import Decimal
from pathlib import Path

import pytest

from kotodoc.checks.report import format_line
from kotodoc.checks.validate import Report, validate_bytes, validate_file
from kotodoc.messages import CODES, message
from kotodoc.schema import joint
from kotodoc.schema import quantities as numbers
from kotodoc.schema.export import schema_dict
from tests.conftest import ROOT

CASES = ROOT / "tests" / "cases"
VALID = CASES / "valid" / "yhteistoiminta.yaml"
BASE = VALID.read_text(encoding="utf-8")


def check(text: str) -> Report:
    return validate_bytes(text.encode("utf-8"), "y.yaml")


def lines(report: Report) -> list[str]:
    return [format_line(d) for d in report.diagnostics]


def codes(report: Report) -> list[str]:
    return [d.code for d in report.diagnostics]


def edit(old: str, new: str) -> str:
    assert BASE.count(old) == 1, old
    return BASE.replace(old, new)


def line_of(text: str, fragment: str) -> int:
    """1-based line of the first line containing ``fragment``."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if fragment in line)


# --- tables and models agree ------------------------------------------------------------------------


def test_fields_follow_the_tables() -> None:
    assert list(joint.GroupTasks.model_fields) == list(joint.TASKS)
    assert list(joint.TaskDivision.model_fields) == [*joint.DIVISION_GROUPS, "huomautus"]
    assert list(joint.DIVISION_GROUPS)[: len(joint.CLIENT_GROUPS)] == list(joint.CLIENT_GROUPS)
    assert list(joint.ClientCounts.model_fields) == list(joint.CLIENT_GROUPS)
    assert list(joint.SegmentWeights.model_fields) == list(joint.CLIENT_GROUPS)
    assert list(joint.OtherTasks.model_fields) == list(joint.LEVELS)
    assert list(typing.get_args(joint.GroupKey)) == list(joint.CLIENT_GROUPS)
    assert list(typing.get_args(joint.DivisionGroupKey)) == list(joint.DIVISION_GROUPS)
    assert list(typing.get_args(joint.TaskKey)) == list(joint.TASKS)
    assert list(typing.get_args(joint.LevelKey)) == list(joint.LEVELS)
    assert list(typing.get_args(joint.ArrangementKey)) == list(joint.ARRANGEMENTS)
    assert set(joint.CLIENT_GROUPS_SHORT) == set(joint.CLIENT_GROUPS)
    for old, new in joint.REPEALED_TASKS.items():
        assert old in joint.TASKS and new in joint.TASKS


def test_titles_are_finnish_labels() -> None:
    for key, label in joint.TASKS.items():
        assert joint.GroupTasks.model_fields[key].title == label
    for key, label in joint.CLIENT_GROUPS.items():
        assert joint.TaskDivision.model_fields[key].title == label


def test_level_labels_follow_the_arrangement() -> None:
    assert joint.level_label("yhteinen_palvelu") == "Seudullinen/maakunnallinen palvelu"
    assert joint.level_label("yhteinen_palvelu", "maakunnallinen") == "Maakunnallinen palvelu"
    assert joint.level_label("yhteinen_palvelu", "seudullinen") == "Seudullinen palvelu"
    assert joint.level_label("kunta", "seudullinen") == "Kunta itse"


def test_every_joint_code_is_in_the_catalogue() -> None:
    used = {"KD212", "KD402", *(f"KD5{n:02d}" for n in range(1, 29) if f"KD5{n:02d}" in CODES)}
    assert {f"KD5{n:02d}" for n in (*range(1, 17), *range(20, 29))} <= used
    for code in used:
        assert message(code).help


def test_schema_documents_the_block() -> None:
    schema = schema_dict()
    block = schema["properties"]["yhteistoiminta"]
    assert "Usean kunnan" in block["description"]
    defs = schema["$defs"]
    assert set(defs["GroupTasks"]["properties"]) == set(joint.TASKS)
    assert "description" not in defs["JointProgramme"]  # English docstrings stay out of the editor help
    on_disk = (ROOT / "schemas" / "kotodoc.schema.json").read_text(encoding="utf-8")
    assert '"yhteistoiminta"' in on_disk and '"segmenttien_painot"' in on_disk


# --- numbers are read without guessing ----------------------------------------------------------------


@pytest.mark.parametrize(("written", "value"), [
    ("250000", Decimal(250000)), ("250000,50", Decimal("250000.50")), ("250000.5", Decimal("250000.5")),
    (" 40 ", Decimal(40)), (40, Decimal(40)), (Decimal("0.25"), Decimal("0.25")),
])
def test_decimal_numbers(written: object, value: Decimal) -> None:
    assert numbers.parse_decimal(written) == value


@pytest.mark.parametrize("written", [
    "250 000", "250\u00a0000", "250.000", "250000,505", "250000 €", "-5", "1e3", "", "40 %", "+4", True,
    Decimal("0.125"), Decimal(-1), None, [],
])
def test_not_decimal_numbers(written: object) -> None:
    assert numbers.parse_decimal(written) is None


@pytest.mark.parametrize(("written", "code"), [
    ("12 345", "KD212"), ("12.0", "KD212"), ("5_000", "KD212"), ("+4", "KD212"), ("1e3", "KD212"),
    ("-1", "KD527"), ("0", "KD527"),
])
def test_population_must_be_plain_digits(written: str, code: str) -> None:
    text = edit("asukasluku: 52000", f"asukasluku: '{written}'")
    report = check(text)
    assert codes(report) == [code]
    d = report.diagnostics[0]
    assert (d.line, d.column) == (line_of(text, "asukasluku: '"), 19)
    assert written in d.message()


def test_client_count_zero_is_fine_but_negative_is_not() -> None:
    assert check(edit("tyovoiman_ulkopuoliset: 40}", "tyovoiman_ulkopuoliset: 0}")).diagnostics == []
    report = check(edit("tyovoiman_ulkopuoliset: 40}", "tyovoiman_ulkopuoliset: -40}"))
    assert codes(report) == ["KD527"]
    assert "vähintään 0" in report.diagnostics[0].message()


def test_code_values_fold_like_keys() -> None:
    text = edit("ohjaus_ja_neuvonta: yhteinen_palvelu\n      perheryhmakodit",
                "ohjaus_ja_neuvonta: työllisyysalue\n      perheryhmakodit")
    report = check(text)
    assert report.diagnostics == [], lines(report)
    assert report.programme is not None and report.programme.yhteistoiminta is not None
    cell = report.programme.yhteistoiminta.tehtavanjako.pakolaiset
    assert cell is not None and cell.ohjaus_ja_neuvonta is not None
    assert cell.ohjaus_ja_neuvonta.vastuu == "tyollisyysalue"


# --- rules: each fires where it should ---------------------------------------------------------------


def test_valid_case_is_clean() -> None:
    report = check(BASE)
    assert report.diagnostics == []
    assert report.programme is not None and report.programme.yhteistoiminta is not None


def test_header_written_as_one_name_is_matched_too() -> None:
    text = edit("kunnat: [Mikkeli, Juva, Puumala]", "kunnat: Mikkeli")
    report = check(text)
    assert codes(report) == ["KD501", "KD501"]  # Juva and Puumala are members but not in H1
    assert [d.line for d in report.diagnostics] == [line_of(text, "kunta: juva"), line_of(text, "kunta: Puumala")]


def test_coordinator_typo_gets_a_hint() -> None:
    report = check(edit("koordinoiva_kunta: Mikkeli", "koordinoiva_kunta: Mikeli"))
    assert codes(report) == ["KD504"]
    assert "tarkoititko 'Mikkeli'?" in report.diagnostics[0].message()


def test_unknown_name_without_a_close_known_name_is_not_reported() -> None:
    text = BASE.replace("Puumala", "Tuntemattomala")
    report = check(text)
    assert [c for c in codes(report) if c != "KD412"] == []  # no KD505 for the member
    # H1's unknown name is KD412 (QA 4), without a guess
    assert [d.message().split("2026)")[1][:1] for d in report.diagnostics] == ["."]


def test_member_area_must_be_listed() -> None:
    text = edit("tyollisyysalue: Mikkelin seudun työllisyysalue",
                "tyollisyysalue: mikkelin  seudun TYÖLLISYYSALUE ")
    assert codes(check(text)) == []  # case and spaces do not matter
    text = edit("tyollisyysalue: Mikkelin seudun työllisyysalue", "tyollisyysalue: Mikkelin seudun alue")
    report = check(text)
    assert codes(report) == ["KD508"]
    assert "tarkoititko 'Mikkelin seudun työllisyysalue'?" in report.diagnostics[0].message()


def test_known_area_of_a_member_is_checked_against_its_own_area() -> None:
    text = BASE.replace("Puumala", "Sulkava")
    assert codes(check(text)) == ["KD507"]  # Savonlinnan työllisyysalue is not listed
    text = text.replace("tyollisyysalueet: [Mikkelin seudun työllisyysalue]",
                        "tyollisyysalueet: [Mikkelin seudun työllisyysalue, Savonlinnan työllisyysalue]")
    assert codes(check(text)) == []
    wrong = text.replace("    - kunta: Sulkava\n",
                         "    - kunta: Sulkava\n      tyollisyysalue: Mikkelin seudun työllisyysalue\n")
    report = check(wrong)
    assert codes(report) == ["KD507"]
    assert report.diagnostics[0].line == line_of(wrong, "kunta: Sulkava") + 1


def test_no_clients_anywhere_is_a_warning_and_population_takes_over() -> None:
    text = BASE
    for old in ("pakolaiset: 60, ilman_huoltajaa: 6, tyo_ja_koulutusperaiset: 45, tyovoiman_ulkopuoliset: 40",
                "pakolaiset: 6, ilman_huoltajaa: 0, tyo_ja_koulutusperaiset: 5, tyovoiman_ulkopuoliset: 4",
                "pakolaiset: 1, ilman_huoltajaa: 0, tyo_ja_koulutusperaiset: 2, tyovoiman_ulkopuoliset: 1"):
        text = text.replace(old, "pakolaiset: 0, ilman_huoltajaa: 0, tyo_ja_koulutusperaiset: 0, "
                                 "tyovoiman_ulkopuoliset: 0")
    report = check(text)
    assert codes(report) == ["KD525"]
    assert report.diagnostics[0].line == line_of(text, "vuosikustannus:")


def test_weighted_segment_needs_counts_but_an_unweighted_one_does_not() -> None:
    text = edit("    - kunta: juva\n      asukasluku: 6000\n"
                "      asiakkaat: {pakolaiset: 6, ilman_huoltajaa: 0, tyo_ja_koulutusperaiset: 5, "
                "tyovoiman_ulkopuoliset: 4}\n",
                "    - kunta: juva\n      asukasluku: 6000\n      asiakkaat: {pakolaiset: 6}\n")
    report = check(text)
    assert codes(report) == ["KD523"]
    message = report.diagnostics[0].message()
    assert "'juva'" in message and "(ilman_huoltajaa)" in message and "(pakolaiset)" not in message
    unweighted = text.replace("segmenttien_painot: {pakolaiset: 40, ilman_huoltajaa: 20, "
                              "tyo_ja_koulutusperaiset: 20, tyovoiman_ulkopuoliset: 20}",
                              "segmenttien_painot: {pakolaiset: 100}")
    assert codes(check(unweighted)) == []


def test_block_is_optional_and_kokkola_is_untouched() -> None:
    report = validate_file(ROOT / "examples" / "kokkola.yaml")
    assert report.programme is not None and report.programme.yhteistoiminta is None
    assert not [d for d in report.diagnostics if d.code.startswith("KD5")]
    assert report.passed()


def test_mikkeli_example_validates_with_only_the_seed_term_warnings() -> None:
    path: Path = ROOT / "examples" / "mikkeli.yaml"
    report = validate_file(path)
    assert report.passed() and report.programme is not None
    # "alkukartoitukset", the seed's word, in three client groups; and Pieksämäki's own employment area
    # (Keski-Savo since 1.1.2025, Statistics Finland 2026), which the seed of 2024 does not name.
    assert codes(report) == ["KD507"] + ["KD402"] * 3
    assert "Pieksämäki" in report.diagnostics[0].message() and "Keski-Savon" in report.diagnostics[0].message()
    prog = report.programme
    assert prog.yhteistoiminta is not None
    assert prog.yhteistoiminta.member_names() == prog.perustiedot.kunnat
    assert len(prog.perustiedot.kunnat) == 12
    text = path.read_text(encoding="utf-8")
    assert "HAVAINNOLLISTAVA" in text and "esimerkki.fi" in text
    costs = prog.yhteistoiminta.kustannukset
    assert costs is not None and costs.huomautus is not None and "Havainnollistavat" in costs.huomautus


def test_editor_schema_agrees_on_the_example_and_on_bad_numbers() -> None:
    import jsonschema
    import yaml

    validator = jsonschema.Draft202012Validator(schema_dict())
    example = yaml.safe_load((ROOT / "examples" / "mikkeli.yaml").read_text(encoding="utf-8"))
    assert [e.message for e in validator.iter_errors(example)] == []
    base = BASE.replace("työllisyysalue: [", "tyollisyysalue: [")  # the editor does not fold ä in keys
    for bad in ("'52 000'", "0", "-5", "'12.5'"):
        data = yaml.safe_load(base.replace("asukasluku: 52000", f"asukasluku: {bad}"))
        assert list(validator.iter_errors(data)), bad
    for good in ("52000", "'52000'"):
        data = yaml.safe_load(base.replace("asukasluku: 52000", f"asukasluku: {good}"))
        assert [e.message for e in validator.iter_errors(data)] == [], good

"""The administration of 2026 (issue 9): elinvoimakeskus instead of the ELY-keskus, the old keys, the warnings
about bodies that ended, and the generated texts (H7, agenda item) by the document's date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kotodoc.checks.validate import Report, validate_bytes
from kotodoc.refdata import administration
from kotodoc.render import agenda
from kotodoc.schema import approval
from tests.conftest import ROOT

SEED001 = (ROOT / "tests" / "cases" / "agenda" / "seed001.yaml").read_text(encoding="utf-8")
OLD_ROUND = "  ely:\n    tem_kirje: 19.6.2024\n    maaraaika: 5.12.2024\n"


def check(text: str) -> Report:
    return validate_bytes(text.encode("utf-8"), "k.yaml")


def dated(text: str, day: str, submission: str = "") -> str:
    """The seed-001 document (Kokkola) dated ``day``, with ``submission`` instead of its ``ely`` block."""
    text = text.replace("paivays: 21.10.2024", f"paivays: {day}").replace("kokouspaiva: 13.11.2024", "")
    return text.replace(OLD_ROUND, submission) if submission else text


def codes(report: Report) -> list[str]:
    return [d.code for d in report.diagnostics]


def h7(report: Report) -> str:
    assert report.programme is not None, report.diagnostics
    return report.programme.perustiedot.kasittely_ja_hyvaksyminen[0].teksti


# --- the ended bodies in text ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "found"), [
    ("Asiakirja lähetetään ELY-keskukselle.", [("ELY-keskukselle", "ely")]),
    ("Elinkeino-, liikenne- ja ympäristökeskuksen kanssa", [("Elinkeino-, liikenne- ja ympäristökeskuksen", "ely")]),
    ("ELY:n yhteyshenkilö", [("ELY", "ely")]),
    ("TE-toimistossa ja TE-palveluissa", [("TE-toimistossa", "te"), ("TE-palveluissa", "te")]),
    ("työ- ja elinkeinotoimiston kautta", [("työ- ja elinkeinotoimiston", "te")]),
    ("työllisyyden kuntakokeilu jatkuu", [("työllisyyden kuntakokeilu", "kuntakokeilu")]),
    ("TE24-uudistus, työ- ja elinkeinoministeriö, elinvoimakeskus, kehittely", []),
])
def test_outdated_bodies(text: str, found: list[tuple[str, str]]) -> None:
    assert list(administration.outdated_bodies(text)) == found


def test_2026_document_sending_to_the_ely_centre_is_told_the_elinvoimakeskus() -> None:
    text = dated(SEED001, "12.1.2026").replace(
        "  # H7 puuttuu tarkoituksella: se kirjoitetaan hyvaksyminen-lohkosta.\n",
        "  kasittely_ja_hyvaksyminen: Hyvinvointilautakunta hyväksyy asiakirjan, joka lähetetään ELY-keskukselle.\n")
    report = check(text)
    found = [d for d in report.diagnostics if d.code == "KD409"]
    assert len(found) == 1 and report.passed()
    message = found[0].message()
    assert "'ELY-keskukselle'" in message and "Pohjanmaan elinvoimakeskus" in message and "531/2025" in message


def test_te_office_in_2026_is_kd409_naming_the_authority_and_before_it_kd402() -> None:
    answer = "  jarjestaminen: |\n"
    assert answer in SEED001
    text = SEED001.replace(answer, "  jarjestaminen: |\n    Työnhakijat ohjataan TE-toimistoon.\n", 1)
    old = check(text)
    kd402 = [d for d in old.diagnostics if d.code == "KD402"]
    assert len(kd402) == 1 and "380/2023" in kd402[0].message() and "1386/2010" not in kd402[0].message()
    new = check(dated(text, "1.2.2026"))
    assert "KD402" not in codes(new)  # one warning per term: KD409 names today's authority
    (kd409,) = [d for d in new.diagnostics if d.code == "KD409"]
    assert "Keski-Pohjanmaan työllisyysalue" in kd409.message()


def test_undated_document_gets_no_kd409() -> None:
    text = SEED001.replace("paivays: 21.10.2024\n", "").replace("  kokouspaiva: 13.11.2024\n", "").replace(
        OLD_ROUND, "").replace("  jarjestaminen: |\n", "  jarjestaminen: |\n    ELY-keskus neuvoo.\n", 1)
    report = check(text)
    assert "ELY-keskus neuvoo" in text and report.programme is not None
    assert report.programme.document_day() is None
    assert "KD409" not in codes(report)


# --- the submission keys ----------------------------------------------------------------------------------


def test_elinvoimakeskus_key_and_the_generated_h7_of_2026() -> None:
    report = check(dated(SEED001, "12.1.2026", "  elinvoimakeskus:\n    maaraaika: 30.1.2026\n"))
    assert report.passed() and "KD610" not in codes(report)
    assert h7(report).endswith("Asiakirja toimitetaan Pohjanmaan elinvoimakeskukselle 30.1.2026 mennessä.")


@pytest.mark.parametrize("key", ["ely", "ely_keskus"])
def test_old_key_is_read_and_warned_in_2026(key: str) -> None:
    report = check(dated(SEED001, "12.1.2026", f"  {key}:\n    lahetetty: 20.1.2026\n"))
    assert report.passed()
    (warning,) = [d for d in report.diagnostics if d.code == "KD610"]
    assert f"'{key}'" in warning.message() and "Pohjanmaan elinvoimakeskus" in warning.message()
    assert warning.loc == ("hyvaksyminen", key)
    assert h7(report).endswith("Asiakirja on lähetetty Pohjanmaan elinvoimakeskukselle 20.1.2026.")


def test_old_key_of_2024_is_fine() -> None:
    report = check(SEED001)
    assert "KD610" not in codes(report) and "KD409" not in codes(report)


def test_both_keys_are_an_error() -> None:
    text = SEED001.replace(OLD_ROUND, OLD_ROUND + "  elinvoimakeskus:\n    maaraaika: 5.12.2024\n")
    report = check(text)
    assert [d.code for d in report.errors] == ["KD213"]
    assert "'elinvoimakeskus' ja 'ely'" in report.errors[0].message()


@pytest.mark.parametrize(("day", "body"), [("21.10.2024", "ELY-keskukselle"), ("12.1.2026", "elinvoimakeskukselle")])
def test_dates_rule_names_the_body_of_the_date(day: str, body: str) -> None:
    text = dated(SEED001, day).replace("  # päätös:", "  kokouspaiva: 1.3.2026\n  # päätös:").replace(
        "    maaraaika: 5.12.2024\n", "    maaraaika: 5.12.2024\n    lahetetty: 28.2.2026\n")
    (late,) = [d for d in check(text).diagnostics if d.code == "KD603"]  # KD602 (before the meeting) is retired
    assert f"lähetetty {body} 28.2.2026" in late.message()


def test_document_day_falls_back_to_the_approval_dates() -> None:
    block = approval.Approval.model_validate({"toimielin": "X", "elinvoimakeskus": {"lahetetty": "3.3.2026"}})
    assert approval.day_of(None, block) == dt.date(2026, 3, 3)
    assert approval.day_of(dt.date(2024, 10, 21), block) == dt.date(2024, 10, 21)
    assert approval.raw_day({"hyvaksyminen": {"ely_keskus": {"maaraaika": "5.12.2024"}}}) == dt.date(2024, 12, 5)
    assert approval.receivers(dt.date(2025, 12, 31), ["Pori"]) == ("ELY-keskus",)
    assert approval.receivers(dt.date(2026, 1, 1), ["Pori", "Kokkola", "Ulvila"]) == (
        "Lounais-Suomen elinvoimakeskus", "Pohjanmaan elinvoimakeskus")
    assert approval.receivers(dt.date(2026, 1, 1), ["Kuntala"]) == ("elinvoimakeskus",)


# --- the agenda item ------------------------------------------------------------------------------------


def _background(text: str) -> str:
    report = check(text)
    assert report.programme is not None and report.programme.hyvaksyminen, report.diagnostics
    (block,) = report.programme.hyvaksyminen
    return " ".join(agenda.background(report.programme, block))


def test_agenda_background_by_date(tmp_path: Path) -> None:
    old = _background(SEED001)
    assert "alueensa ELY-keskukselle 5.12.2024 mennessä" in old
    new = _background(dated(SEED001, "12.1.2026", "  elinvoimakeskus:\n    tem_kirje: 2.1.2026\n"
                                                  "    maaraaika: 30.1.2026\n"))
    assert "toimittamaan kotoutumisohjelmaa kuvaava asiakirja Pohjanmaan elinvoimakeskukselle 30.1.2026" in new
    assert "ELY" not in new

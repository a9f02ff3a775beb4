"""The approval block (hyvaksyminen): schema, dates, generated H7 and the KD6xx rules."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from kotodoc.checks.approval_rules import mentions_body
from kotodoc.checks.validate import Report, validate_bytes
from kotodoc.diagnostics import Diagnostic
from kotodoc.schema import approval, dates
from kotodoc.schema.export import schema_dict

ROOT = Path(__file__).resolve().parent.parent.parent
SEED001 = ROOT / "tests" / "cases" / "agenda" / "seed001.yaml"
KOKKOLA = ROOT / "examples" / "kokkola.yaml"
H7_LINE = ("  kasittely_ja_hyvaksyminen: Kotoutumisohjelman kuvaava asiakirja menee kaupunginhallituksen "
           "hyväksyttäväksi marraskuussa 2024.\n")


def base() -> str:
    """The seed-001 case without its approval block."""
    text = SEED001.read_text(encoding="utf-8")
    return text[: text.index("\nhyvaksyminen:")] + "\n"


def check(text: str) -> Report:
    return validate_bytes(text.encode("utf-8"), "k.yaml")


def with_block(block: str, h7: bool = False) -> tuple[str, Report]:
    text = base()
    if h7:
        text = text.replace("  # H7 puuttuu tarkoituksella: se kirjoitetaan hyvaksyminen-lohkosta.\n", H7_LINE)
    text += block
    return text, check(text)


def only(report: Report, code: str) -> Diagnostic:
    found = [d for d in report.diagnostics if d.code == code]
    assert len(found) == 1, report.diagnostics
    return found[0]


def kd6(report: Report) -> list[str]:
    return [d.code for d in report.diagnostics if d.code.startswith("KD6")]


def line_of(text: str, fragment: str) -> tuple[int, int]:
    """1-based line and column where ``fragment`` starts."""
    for number, line in enumerate(text.splitlines(), 1):
        if fragment in line:
            return number, line.index(fragment) + 1
    raise AssertionError(fragment)


FULL = """hyvaksyminen:
  toimielin: Hyvinvointilautakunta
  lyhenne: HYVOLTK
  kokouspaiva: 13.11.2024
  pykala: § 45
  diaarinumero: 442/14.07.00/2024
  valmistelijat:
    - nimike: Hyvinvointikoordinaattori
      nimi: Koivisto Marja
    - Toivonen Minna
  esittelija:
    nimike: Hyvinvointijohtaja
    nimi: Kettunen Matti
  paatosehdotus: Hyvinvointilautakunta hyväksyy kunnan kotoutumisohjelman ja sitä kuvaavan asiakirjan.
  ely:
    tem_kirje: 19.6.2024
    maaraaika: 2024-12-05
    lahetetty: 20.11.2024
"""


# --- the examples ------------------------------------------------------------------------------------

def test_kokkola_has_only_what_seed_003_says() -> None:
    report = validate_bytes(KOKKOLA.read_bytes(), "kokkola.yaml")
    assert report.passed() and report.programme is not None
    (block,) = report.programme.hyvaksyminen
    assert block is not None
    assert block.toimielin == "Kaupunginhallitus"
    assert block.when() == "marraskuussa 2024"
    assert block.kokouspaiva is None and block.diaarinumero is None and block.ely is None
    assert kd6(report) == []  # its H7 names the city board ("kaupunginhallituksen")


def test_seed001_case_is_valid_and_holds_the_seed() -> None:
    report = validate_bytes(SEED001.read_bytes(), "seed001.yaml")
    assert report.passed(), report.diagnostics
    assert report.programme is not None and kd6(report) == []
    (block,) = report.programme.hyvaksyminen
    assert block is not None
    assert (block.lyhenne, block.kokouspaiva, block.diaarinumero) == ("HYVOLTK", dt.date(2024, 11, 13),
                                                                       "442/14.07.00/2024")
    assert [str(p) for p in block.valmistelijat] == ["Hyvinvointikoordinaattori Koivisto Marja",
                                                     "työllisyysvastaava Toivonen Minna"]
    assert str(block.esittelija) == "Hyvinvointijohtaja Kettunen Matti"
    assert block.paatos is None
    assert block.ely is not None
    assert (block.ely.tem_kirje, block.ely.maaraaika) == (dt.date(2024, 6, 19), dt.date(2024, 12, 5))


# --- dates -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "expected"), [
    ("13.11.2024", dt.date(2024, 11, 13)),
    ("5.12.2024", dt.date(2024, 12, 5)),
    ("05.01.2025", dt.date(2025, 1, 5)),
    ("2024-11-13", dt.date(2024, 11, 13)),
])
def test_dates_finnish_and_iso(written: str, expected: dt.date) -> None:
    block = approval.Approval.model_validate({"toimielin": "X", "kokouspaiva": written})
    assert block.kokouspaiva == expected
    assert dates.fi_date(expected) == f"{expected.day}.{expected.month}.{expected.year}"


@pytest.mark.parametrize("written", ["13/11/2024", "31.2.2024", "13.11.24", "2024-13-01", "marraskuu 2024",
                                     "13.11.2024 klo 14", "2024-1-5"])
def test_bad_date_is_kd211_at_the_value(written: str) -> None:
    text, report = with_block(f"hyvaksyminen:\n  toimielin: Hyvinvointilautakunta\n  kokouspaiva: {written}\n")
    diag = only(report, "KD211")
    assert (diag.line, diag.column) == line_of(text, written)
    assert diag.loc == ("hyvaksyminen", "kokouspaiva")
    assert written in diag.message() and "Kokouspäivä" in diag.message()
    assert [d.code for d in report.errors] == ["KD211"]  # no stray "H7 missing"


def test_bad_date_in_the_ely_block() -> None:
    text, report = with_block("hyvaksyminen:\n  toimielin: X\n  ely:\n    maaraaika: 5.12.\n")
    diag = only(report, "KD211")
    assert (diag.line, diag.column) == line_of(text, "5.12.")
    assert "Toimittaminen ELY-keskukselle › Määräaika" in diag.message()


# --- shape ---------------------------------------------------------------------------------------------

def test_unknown_key_in_block_suggests_the_right_one() -> None:
    text, report = with_block("hyvaksyminen:\n  toimielin: X\n  kokouspäivämäärä: 13.11.2024\n")
    diag = only(report, "KD203")
    assert (diag.line, diag.column) == line_of(text, "kokouspäivämäärä")
    assert "kokouspaiva" in diag.message()


def test_body_is_required() -> None:
    _, report = with_block("hyvaksyminen:\n  lyhenne: HYVOLTK\n")
    diag = only(report, "KD201")
    assert "Käsittelevä toimielin" in diag.message()


def test_block_is_optional_but_then_h7_is_required() -> None:
    report = check(base())
    diag = only(report, "KD201")
    assert diag.loc[:1] == ("perustiedot",) and "käsittely- ja hyväksymisprosessi" in diag.message()


def test_person_written_as_plain_text() -> None:
    _, report = with_block(FULL)
    assert report.programme is not None and report.programme.hyvaksyminen
    (block,) = report.programme.hyvaksyminen
    assert [str(p) for p in block.valmistelijat] == [
        "Hyvinvointikoordinaattori Koivisto Marja", "Toivonen Minna"]
    assert block.item_number() == "§ 45"


# --- H7 --------------------------------------------------------------------------------------------------

def test_h7_generated_from_the_block() -> None:
    _, report = with_block(FULL)
    assert report.passed(), report.diagnostics
    assert report.programme is not None
    h7 = report.programme.perustiedot.kasittely_ja_hyvaksyminen[0].teksti
    assert h7 == ("Kotoutumisohjelmaa kuvaavan asiakirjan käsittelee ja hyväksyy hyvinvointilautakunta "
                  "(kokous 13.11.2024, § 45, dnro 442/14.07.00/2024). "
                  "Asiakirja on lähetetty ELY-keskukselle 20.11.2024.")


def test_h7_with_only_a_planned_time() -> None:
    block = approval.Approval.model_validate({"toimielin": "Kaupunginhallitus", "ajankohta": "marraskuussa 2024"})
    assert approval.h7_text(block) == ("Kotoutumisohjelmaa kuvaavan asiakirjan käsittelee ja hyväksyy "
                                       "kaupunginhallitus marraskuussa 2024.")


def test_written_h7_is_kept() -> None:
    _, report = with_block("hyvaksyminen:\n  toimielin: Kaupunginhallitus\n", h7=True)
    assert report.programme is not None
    assert report.programme.perustiedot.kasittely_ja_hyvaksyminen[0].teksti == H7_LINE.split(": ", 1)[1].strip()


def test_h7_naming_another_body_is_kd606() -> None:
    text, report = with_block("hyvaksyminen:\n  toimielin: Hyvinvointilautakunta\n", h7=True)
    diag = only(report, "KD606")
    assert diag.severity.value == "warning"
    assert (diag.line, diag.column) == line_of(text, "Kotoutumisohjelman kuvaava")
    assert "Hyvinvointilautakunta" in diag.message()


@pytest.mark.parametrize(("text", "body", "named"), [
    ("menee kaupunginhallituksen hyväksyttäväksi", "Kaupunginhallitus", True),
    ("Hyvinvointilautakunnan kokouksessa", "Hyvinvointilautakunta", True),
    ("Sosiaali- ja terveyslautakunta käsittelee", "sosiaali- ja terveyslautakunta", True),
    ("valtuustossa", "Kunnanvaltuusto", False),
    ("menee kaupunginhallituksen hyväksyttäväksi", "Hyvinvointilautakunta", False),
])
def test_mentions_body(text: str, body: str, named: bool) -> None:
    assert mentions_body(text, body) is named


def test_schema_makes_h7_optional_only_with_the_block() -> None:
    schema = schema_dict()
    assert approval.H7_KEY not in schema["$defs"]["Header"]["required"]
    assert {"if": {"not": {"required": ["hyvaksyminen"]}},
            "then": {"properties": {"perustiedot": {"required": [approval.H7_KEY]}}}} in schema["allOf"]
    committed = json.loads((ROOT / "schemas" / "kotodoc.schema.json").read_text(encoding="utf-8"))
    assert committed["properties"]["hyvaksyminen"]["title"] == "Käsittely ja hyväksyminen"


# --- KD6xx rules -----------------------------------------------------------------------------------------

def test_full_block_has_no_findings() -> None:
    _, report = with_block(FULL)
    assert report.diagnostics and kd6(report) == []  # (Kokkola's own KD403/KD407 warnings remain)


def test_boards_decision_without_meeting_date_is_kd601_warning() -> None:
    """The law does not require approval (seed 001), so this is advice about the block's own facts."""
    text, report = with_block("hyvaksyminen:\n  toimielin: Kaupunginhallitus\n  ajankohta: marraskuussa\n"
                              "  paatos: Hyväksyttiin.\n")
    diag = only(report, "KD601")
    assert diag.severity.value == "warning" and report.passed()
    assert (diag.line, diag.column) == line_of(text, "Hyväksyttiin.")


@pytest.mark.parametrize("official", ["Sivistysjohtaja", "Kaupunginjohtaja", "Hyvinvointijohtaja Kettunen Matti"])
def test_officials_decision_has_no_meeting(official: str) -> None:
    _, report = with_block(f"hyvaksyminen:\n  toimielin: {official}\n  paatos: Hyväksyttiin.\n")
    assert kd6(report) == []


def test_decision_with_meeting_date_is_fine() -> None:
    _, report = with_block(FULL + "  paatos: Hyväksyttiin.\n")
    assert kd6(report) == []


def test_sent_before_the_meeting_is_fine() -> None:
    """Sending the document before the board's meeting was common practice; KD602 is retired."""
    _, report = with_block(FULL.replace("lahetetty: 20.11.2024", "lahetetty: 12.11.2024"))
    assert kd6(report) == []


def test_sent_on_the_meeting_day_is_fine() -> None:
    _, report = with_block(FULL.replace("lahetetty: 20.11.2024", "lahetetty: 2024-11-13"))
    assert kd6(report) == []


def test_sent_after_the_deadline_is_kd603_warning() -> None:
    text, report = with_block(FULL.replace("lahetetty: 20.11.2024", "lahetetty: 9.12.2024"))
    diag = only(report, "KD603")
    assert diag.severity.value == "warning" and report.passed()
    assert (diag.line, diag.column) == line_of(text, "9.12.2024")
    assert "5.12.2024" in diag.message()


def test_meeting_after_the_deadline_is_kd605_warning() -> None:
    block = FULL.replace("kokouspaiva: 13.11.2024", "kokouspaiva: 10.12.2024").replace(
        "    lahetetty: 20.11.2024\n", "")
    text, report = with_block(block)
    diag = only(report, "KD605")
    assert diag.severity.value == "warning"
    assert (diag.line, diag.column) == line_of(text, "10.12.2024")


@pytest.mark.parametrize(("number", "warned"), [
    ("442/14.07.00/2024", False),
    ("12/00.01.02.03/2025", False),
    ("7/14.07/2024", False),
    ("2024/442", False),  # record systems differ: only what cannot be a record number is pointed out
    ("HEL 2024-012345", False),
    ("442/14.07.00/24", False),
    ("LAH/1234/00.01.02/2024", False),
    ("Dnro 442/14.07.00/2024", False),
    ("ei vielä tiedossa", True),
    ("1.2.2025", True),
    ("asia 442/2024", True),
])
def test_record_number_format_is_a_warning(number: str, warned: bool) -> None:
    text, report = with_block(f"hyvaksyminen:\n  toimielin: X\n  diaarinumero: {number}\n")
    assert report.passed()
    if warned:
        diag = only(report, "KD604")
        assert (diag.line, diag.column) == line_of(text, number)
        assert number in diag.message()
    else:
        assert "KD604" not in kd6(report)

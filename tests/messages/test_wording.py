"""Messages quote what the user wrote, say what is wrong precisely, and end with what to do."""

from __future__ import annotations

import string

import pytest

from kotodoc.checks.validate import Report, validate_bytes
from kotodoc.messages import CODES, message, render
from kotodoc.messages.fi_grounds import GROUNDS
from tests.conftest import ROOT

MINIMAL = (ROOT / "tests" / "cases" / "valid" / "minimal.yaml").read_text(encoding="utf-8")
JOINT = (ROOT / "tests" / "cases" / "valid" / "yhteistoiminta.yaml").read_text(encoding="utf-8")


def check(text: str) -> Report:
    return validate_bytes(text.encode("utf-8"), "k.yaml")


def edit(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def only(report: Report, code: str) -> str:
    (found,) = [d for d in report.diagnostics if d.code == code]
    return found.message()


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_message_ends_with_what_to_do(code: str) -> None:
    text = message(code)
    assert text.help and text.help.rstrip()[-1] in ".)", code
    params = {name: f"<{name}>" for _, name, _, _ in string.Formatter().parse(text.text + text.help) if name}
    printed = render(code, params)
    assert printed.endswith(text.help.format_map(params)), printed


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_has_its_ground_and_grade(code: str) -> None:
    ground = GROUNDS[code]
    assert message(code).ground == ground
    if CODES[code].retired:
        assert ground.startswith("Poistettu käytöstä")
    elif CODES[code].severity == "error":
        assert "Siksi virhe." in ground, code
    else:
        assert "varoitus" in ground.lower(), code


def test_a_code_value_is_quoted_as_written() -> None:
    report = check(edit(MINIMAL, "    - kohderyhma: tyonhakijat\n", "    - kohderyhma: työttömät\n"))
    assert "'työttömät' ei ole sallittu arvo" in only(report, "KD206")


def test_a_key_is_quoted_as_written() -> None:
    report = check(edit(MINIMAL, "  itsenaisesti_vai_yhteistyossa: Itsenäisesti.\n",
                        "  itsenaisesti_vai_yhteistyossa: Itsenäisesti.\n  yhteistyötahoo: [Kunta]\n"))
    assert "Tuntematon avain 'yhteistyötahoo'; tarkoititko 'yhteistyotahot'?" in only(report, "KD203")


@pytest.mark.parametrize(("written", "says"), [
    ("31.2.2024", "on oikeassa muodossa, mutta sellaista päivää ei ole"),
    ("2024-02-30", "on oikeassa muodossa, mutta sellaista päivää ei ole"),
    ("lokakuu 2024", "ei ole päivämäärä muodossa pp.kk.vvvv"),
    ("13/11/2024", "ei ole päivämäärä muodossa pp.kk.vvvv"),
])
def test_a_date_says_whether_the_format_or_the_day_is_wrong(written: str, says: str) -> None:
    report = check(edit(MINIMAL, "skeemaversio: 1\n", f"skeemaversio: 1\npaivays: {written}\n"))
    assert f"'{written}' {says}" in only(report, "KD211")


@pytest.mark.parametrize(("written", "accepted"), [("52 000", "52000"), ("+4", "4"), ("12,0", "12"),
                                                  ("12.5", "12345"), ("noin 300", "12345")])
def test_an_integer_shows_the_accepted_form(written: str, accepted: str) -> None:
    text = JOINT.replace("asukasluku: 52000", f"asukasluku: '{written}'", 1)
    assert text != JOINT
    assert f"esimerkiksi {accepted}." in only(check(text), "KD212")


@pytest.mark.parametrize(("phone", "ok"), [
    ("(06) 224 9031", True), ("+358 (0)6 224 9031", True), ("09 310 1691", True), ("040-123 4567", True),
    ("+358 40 123 4567", True), ("12", False), ("(06 224 9031", False), ("puhelin", False),
])
def test_phone_numbers_as_municipalities_write_them(phone: str, ok: bool) -> None:
    report = check(edit(MINIMAL, "puhelin: 0401234567", f"puhelin: '{phone}'"))
    assert ("KD209" not in {d.code for d in report.diagnostics}) is ok

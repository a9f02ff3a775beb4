"""Example-driven tests: every file in tests/cases/{valid,invalid} against its golden diagnostics.

Each ``NAME.yaml`` has a ``NAME.expected.txt`` beside it holding the exact report lines
(``path:line:col: virhe|varoitus KOODI: viesti``), the path written relative to tests/. Some cases also
have the report in Swedish and English (``NAME.expected.sv.txt``, ``NAME.expected.en.txt``).
A new case needs no new code: add the two files. To see what a case gives now, run
``kotodoc validate tests/cases/invalid/NAME.yaml`` from the tests directory's parent.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kotodoc.checks.report import format_line
from kotodoc.checks.validate import validate_bytes

TESTS = Path(__file__).resolve().parent.parent
CASES = sorted((TESTS / "cases").glob("*valid/*.yaml"))


UNFILLED = re.compile(r"\{[a-z_]+\}")


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def test_there_are_cases() -> None:
    folders = {p.parent.name for p in CASES}
    assert folders == {"valid", "invalid"}
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_case_matches_golden_diagnostics(case: Path) -> None:
    label = case.relative_to(TESTS).as_posix()
    report = validate_bytes(case.read_bytes(), label)
    got = [format_line(d) for d in report.diagnostics]
    expected_file = case.with_suffix(".expected.txt")
    expected = expected_file.read_text(encoding="utf-8").splitlines()
    assert got == expected
    if case.parent.name == "valid":
        assert report.errors == [], "a valid case must have no errors"
        assert report.programme is not None
    else:
        assert report.errors, "an invalid case must have at least one error"
        assert not report.passed()


TRANSLATED = [(case, lang) for case in CASES for lang in ("sv", "en")
              if case.with_name(f"{case.stem}.expected.{lang}.txt").is_file()]


def test_there_are_cases_in_swedish_and_english() -> None:
    assert sum(lang == "sv" for _, lang in TRANSLATED) >= 8
    assert sum(lang == "en" for _, lang in TRANSLATED) >= 8


@pytest.mark.parametrize(("case", "lang"), TRANSLATED, ids=lambda v: _id(v) if isinstance(v, Path) else v)
def test_case_matches_golden_diagnostics_in_other_languages(case: Path, lang: str) -> None:
    label = case.relative_to(TESTS).as_posix()
    report = validate_bytes(case.read_bytes(), label)
    expected = case.with_name(f"{case.stem}.expected.{lang}.txt").read_text(encoding="utf-8").splitlines()
    assert [format_line(d, lang) for d in report.diagnostics] == expected


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_every_diagnostic_has_a_real_position(case: Path) -> None:
    report = validate_bytes(case.read_bytes(), case.name)
    lines = max(1, case.read_bytes().count(b"\n") + 1)
    for d in report.diagnostics:
        assert 1 <= d.line <= lines
        assert d.column >= 1
        assert not UNFILLED.search(d.message()), f"unfilled message parameter in {d.code}: {d.message()}"

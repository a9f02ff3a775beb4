"""Values echoed in messages: on one line, shortened, so no value floods a report or forges a report line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

from kotodoc.checks.report import format_line
from kotodoc.checks.validate import validate_bytes
from kotodoc.messages import MAX_PARAM_CHARS, render, shown
from tests.conftest import ROOT

MINIMAL = ROOT / "tests" / "cases" / "valid" / "minimal.yaml"
RunCli = Callable[..., Result]


def test_shown_joins_lines_and_escapes_controls() -> None:
    assert shown("a\nb\r\nc\rd") == "a b c d"
    assert shown("a\u2028b\x85c\x0bd\te") == "a b c d e"
    assert shown("x\x1b[2Jy\x00z\x7f") == "x\\u001b[2Jy\\u0000z\\u007f"  # no terminal control sequence


def test_shown_shortens_long_values() -> None:
    text = shown("x" * 1_000_000, MAX_PARAM_CHARS)
    assert len(text) == MAX_PARAM_CHARS and text.endswith("…")
    assert shown("y" * MAX_PARAM_CHARS, MAX_PARAM_CHARS) == "y" * MAX_PARAM_CHARS


def test_every_message_parameter_is_shown() -> None:
    text = render("KD208", {"what": "kohta", "value": "a\nb.yaml:1:1: virhe KD999: x"})
    assert text.startswith("kohta: 'a b.yaml:1:1: virhe KD999: x' ei ole kelvollinen sähköpostiosoite")
    assert "\n" not in text


def test_a_value_cannot_forge_a_report_line(run_cli: RunCli, tmp_path: Path) -> None:
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "maija.meikalainen@example.fi", '"x\\nvaara.yaml:1:1: virhe KD201: vale\\n"', 1)
    path = tmp_path / "ohjelma.yaml"
    path.write_text(text, encoding="utf-8")
    result = run_cli("validate", str(path))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{path}:9:17: virhe KD208") for line in lines)
    assert not any(line.startswith("vaara.yaml") for line in lines)


def test_a_megabyte_value_gives_a_short_report() -> None:
    raw = MINIMAL.read_text(encoding="utf-8").replace("maija.meikalainen@example.fi", "x" * 900_000, 1)
    (diag,) = [d for d in validate_bytes(raw.encode(), "x.yaml").diagnostics if d.code == "KD208"]
    assert len(format_line(diag)) < 800

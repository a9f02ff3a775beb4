"""The loader's one text check: every key and value encodable, a finding at the place for what is not.

Escapes in a double-quoted YAML string can produce what no raw file holds: a lone surrogate
(``"\\ud800"``), a code point beyond Unicode (``"\\U00110000"``), a control character. None of them may
crash a later stage (a message, pydantic, a writer): each is a ``KD1xx`` finding at its line and column.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from kotodoc.checks.report import format_line
from kotodoc.checks.validate import validate_bytes
from kotodoc.source.loader import load_bytes
from kotodoc.source.nodes import checked_text
from tests.conftest import ROOT

MINIMAL = ROOT / "tests" / "cases" / "valid" / "minimal.yaml"
RunCli = Callable[..., Result]


def minimal_with(old: str, new: str) -> bytes:
    text = MINIMAL.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


def test_checked_text() -> None:
    assert checked_text("tavallinen ä 🙂") == ("tavallinen ä 🙂", None)
    assert checked_text("a\ud83d\ude42b") == ("a🙂b", None)  # a pair written as two escapes is the character
    assert checked_text("a\ud800b") == ("a\ufffdb", "\ud800")
    assert checked_text("\ude00\ud83d") == ("\ufffd\ufffd", "\ude00")  # the wrong order is no pair
    assert checked_text("a\x0bb") == ("a\x0bb", "\x0b")  # kept for the report, which fails the file


@pytest.mark.parametrize(("yaml_text", "code", "where"), [
    ('a: "x\\ud800y"\n', "KD113", (1, 4)),
    ('"x\\udfff": 1\n', "KD113", (1, 1)),
    ('a: ["ok", "\\ud800"]\n', "KD113", (1, 11)),
    ('a: "\\U00110000"\n', "KD101", (1, 5)),
    ('a: 1\nb: "abc \\UFFFFFFFF"\n', "KD101", (2, 9)),
])
def test_escapes_beyond_encoding_are_findings_at_their_place(yaml_text: str, code: str,
                                                             where: tuple[int, int]) -> None:
    result = load_bytes(yaml_text.encode(), "x.yaml")
    assert [(d.code, d.line, d.column) for d in result.diagnostics] == [(code, *where)]
    assert not result.ok
    message = result.diagnostics[0].message()
    message.encode("utf-8")  # printable whatever the input was
    if code == "KD101":
        assert "U+10FFFF" in message


def test_surrogate_pair_escapes_are_the_character() -> None:
    result = load_bytes(b'a: "\\ud83d\\ude42"\n', "x.yaml")
    assert result.ok and result.data == {"a": "🙂"}


@pytest.mark.parametrize(("old", "new"), [
    ("maija.meikalainen@example.fi", '"x\\ud800@@"'),  # inside a custom validation error (KD208)
    ("koordinoiva_taho: Sivistystoimi", 'koordinoiva_taho: Sivistystoimi\n  "x\\ud800": 1'),  # an unknown key
    ("kielet: [arabia, uk, Dari]", 'kielet: [arabia, "\\udc00"]'),  # a language (KD210)
])
def test_surrogates_give_a_verdict_in_every_report_format(run_cli: RunCli, tmp_path: Path, old: str,
                                                          new: str) -> None:
    path = tmp_path / "ohjelma.yaml"
    path.write_bytes(minimal_with(old, new))
    report = validate_bytes(path.read_bytes(), "ohjelma.yaml")
    assert "KD113" in [d.code for d in report.diagnostics]
    for line in map(format_line, report.diagnostics):
        line.encode("utf-8")
        assert "Input should" not in line and "Value error" not in line
    for fmt in ("text", "json", "github", "gitlab"):
        result = run_cli("validate", "-f", fmt, str(path))
        assert result.exit_code == 1, result.output
    for fmt in ("md", "html", "docx"):
        result = run_cli("render", str(path), "-f", fmt, "-o", str(tmp_path / f"out.{fmt}"))
        assert result.exit_code == 1 and "KD113" in result.stderr
        assert not (tmp_path / f"out.{fmt}").exists()


def test_unclosed_quote_points_at_the_opening_quote(tmp_path: Path) -> None:
    raw = minimal_with("kasittely_ja_hyvaksyminen: Kunnanhallitus.", 'kasittely_ja_hyvaksyminen: "Kunnanhallitus.')
    (diag,) = validate_bytes(raw, "x.yaml").diagnostics
    assert (diag.code, diag.line, diag.column) == ("KD101", 15, 30)
    assert raw.decode().splitlines()[14][29] == '"'


def test_escape_beyond_unicode_through_the_cli(run_cli: RunCli, tmp_path: Path) -> None:
    path = Path(shutil.copy(MINIMAL, tmp_path / "ohjelma.yaml"))
    path.write_bytes(minimal_with("koordinoiva_taho: Sivistystoimi", 'koordinoiva_taho: "\\U00110000"'))
    for args in (["validate", str(path)], ["render", str(path), "-f", "md", "-o", str(tmp_path / "o.md")]):
        result = run_cli(*args)
        assert result.exit_code == 1, result.output
        assert "ohjelma.yaml:5:22: virhe KD101" in result.output

"""``-o -``: the document on stdout (QA 11): md and html always, docx and pdf only when stdout is no terminal."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from kotodoc import form
from kotodoc.errors import UsageError
from kotodoc.render.pipeline import STDOUT, render_file
from tests.render.support import KOKKOLA, ROOT

RunCli = Callable[..., Result]
T = form.texts("fi")


class Terminal(io.BytesIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("fmt", "start"), [("md", T.title), ("html", "<!DOCTYPE html>")])
def test_text_formats_go_to_stdout(run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str,
                                   start: str) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("render", str(KOKKOLA), "-f", fmt, "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert start in result.stdout and T.title in result.stdout
    assert "varoitus KD403" in result.stderr and "Kirjoitettu" not in result.stderr  # the report stays on stderr
    assert list(tmp_path.iterdir()) == []  # no file named "-"


def test_word_goes_to_stdout_that_is_no_terminal(tmp_path: Path) -> None:
    pipe = io.BytesIO()
    result = render_file(KOKKOLA, "docx", STDOUT, stdout=pipe)
    assert result.output == STDOUT and pipe.getvalue().startswith(b"PK\x03\x04")
    assert pipe.getvalue() == render_file(KOKKOLA, "docx", tmp_path / "k.docx").output.read_bytes()  # type: ignore[union-attr]


@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_word_and_pdf_are_refused_on_a_terminal(fmt: str) -> None:
    terminal = Terminal()
    with pytest.raises(UsageError) as err:
        render_file(KOKKOLA, fmt, STDOUT, stdout=terminal)
    assert terminal.getvalue() == b"" and err.value.exit_code == 2
    assert f"{fmt}-asiakirjaa ei kirjoiteta päätteelle (-o -)" in str(err.value)
    assert f"ett {fmt}-dokument skrivs inte ut i terminalen" in err.value.localize("sv")
    assert f"a {fmt} document is not written to the terminal" in err.value.localize("en")


def test_the_command_refuses_a_pdf_on_a_real_terminal(tmp_path: Path) -> None:
    main, other = os.openpty()
    try:
        proc = subprocess.run([sys.executable, "-m", "kotodoc", "render", str(KOKKOLA), "-f", "pdf", "-o", "-"],
                              stdout=other, stderr=subprocess.PIPE, text=True, check=False, cwd=tmp_path,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    finally:
        os.close(other)
        os.close(main)
    assert proc.returncode == 2 and "pdf-asiakirjaa ei kirjoiteta päätteelle" in proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_many_files_cannot_share_stdout(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("render", str(KOKKOLA), str(KOKKOLA), "-f", "md", "-o", "-")
    assert result.exit_code == 2 and result.stdout == ""

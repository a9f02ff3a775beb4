"""`kotodoc import` through the command line: output names, refusals, exit codes, what is left on disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from tests.intake.layouts import LAYOUTS, Line, seed_lines

RunCli = Callable[..., Result]


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "kokkola.docx"
    path.write_bytes(LAYOUTS["bold"](seed_lines()))
    return path


def listing(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def test_default_output_is_beside_the_input(run_cli: RunCli, source: Path) -> None:
    result = run_cli("import", str(source))
    assert result.exit_code == 0, result.stderr
    target = source.with_suffix(".yaml")
    assert listing(source.parent) == ["kokkola.docx", "kokkola.yaml"]
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=kotodoc.schema.json\n")
    assert f"Kirjoitettu {target}" in result.stderr and result.stdout == ""
    assert "kotodoc schema -o kotodoc.schema.json" in result.stderr  # the editor schema is not beside it
    assert result.stderr.rstrip().endswith(
        "Tarkistettu 1 tiedosto luonnoksena: kaikki kunnossa; 0 virhettä, 2 varoitusta.")


def test_output_option_and_directory(run_cli: RunCli, source: Path, tmp_path: Path) -> None:
    named = tmp_path / "ohjelma.yaml"
    assert run_cli("import", str(source), "-o", str(named)).exit_code == 0
    outdir = tmp_path / "tuonti"
    outdir.mkdir()
    assert run_cli("import", str(source), "--output", str(outdir)).exit_code == 0
    assert listing(outdir) == ["kokkola.yaml"]
    assert (outdir / "kokkola.yaml").read_text(encoding="utf-8") == named.read_text(encoding="utf-8").replace(
        "ohjelma.yaml", "kokkola.yaml")


def test_existing_output_is_not_replaced_without_force(run_cli: RunCli, source: Path) -> None:
    target = source.with_suffix(".yaml")
    target.write_text("omaa työtä\n", encoding="utf-8")
    result = run_cli("import", str(source))
    assert result.exit_code == 2
    assert f"{target} on jo olemassa, eikä sitä korvattu" in result.stderr and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "omaa työtä\n"
    assert listing(source.parent) == ["kokkola.docx", "kokkola.yaml"]  # no temporary file left behind
    assert run_cli("import", str(source), "--force").exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# yaml-language-server")


def test_the_word_file_itself_is_never_the_output(run_cli: RunCli, source: Path) -> None:
    before = source.read_bytes()
    result = run_cli("import", str(source), "-o", str(source), "--force")
    assert result.exit_code == 2 and "sama tiedosto kuin tuotava Word-tiedosto" in result.stderr
    assert source.read_bytes() == before


def test_missing_output_directory(run_cli: RunCli, source: Path, tmp_path: Path) -> None:
    result = run_cli("import", str(source), "-o", str(tmp_path / "ei" / "ole.yaml"))
    assert result.exit_code == 2 and "ei ole olemassa" in result.stderr


def test_a_file_with_errors_is_written_and_exits_1(run_cli: RunCli, tmp_path: Path) -> None:
    """The import keeps the user's words even when they break a rule of the law: the file is written, validation
    shows the error at its line, and the exit code says so."""
    lines = [Line(line.tag, line.text.replace("K-P:n hyvinvointialue Soite", "K-P:n sote")
                  .replace("Keski-Pohjanmaan hyvinvointialue Soite", "Soite"))
             for line in seed_lines()]
    lines = [Line(line.tag, line.text.replace("Soite", "sote-palvelut").replace("hyvinvointialue", "sote"))
             if line.tag in ("A", "R") else line for line in lines]
    source = tmp_path / "lomake.docx"
    source.write_bytes(LAYOUTS["bold"](lines))
    result = run_cli("import", str(source))
    assert result.exit_code == 1
    assert "virhe KD302" in result.stderr and f"{source.with_suffix('.yaml')}:" in result.stderr
    assert source.with_suffix(".yaml").exists()


def test_help_is_finnish(run_cli: RunCli) -> None:
    result = run_cli("import", "--help")
    assert result.exit_code == 0
    assert "Tuo Wordissa täytetty lomake YAML-tiedostoksi" in result.stdout and "--kunta" in result.stdout
    assert "import" in run_cli("--help").stdout

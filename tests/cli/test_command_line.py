"""The command line as a new user meets it: help in Finnish, --version, names that never clash, formats from names."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from kotodoc import __version__
from kotodoc.cli import _app_for, app
from kotodoc.cli_help import command_named
from kotodoc.render.documents import DOCUMENTS
from tests.render.support import ROOT

RunCli = Callable[..., Result]
SEED = ROOT / "tests" / "cases" / "agenda" / "seed001.yaml"
ENGLISH = re.compile(r"\b(Usage|Options|Arguments|Commands|Show this message|required|default|Value error|"
                     r"is not one of|No such|Missing|Invalid|Got unexpected|requires an argument)\b")


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return Path(shutil.copy(SEED, tmp_path / "ohjelma.yaml"))


def listing(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


@pytest.mark.parametrize("args", [["--help"], ["validate", "--help"], ["render", "--help"], ["costs", "--help"],
                                  ["init", "--help"], ["schema", "--help"], ["import", "--help"], []])
def test_help_is_finnish(run_cli: RunCli, args: list[str]) -> None:
    result = run_cli(*args)
    assert result.exit_code in (0, 2)
    text = result.stdout + result.stderr
    assert "Käyttö: kotodoc" in text and "Näytä tämä ohje ja lopeta." in text
    assert ENGLISH.search(text) is None, ENGLISH.search(text)


def test_command_list_is_not_cut(run_cli: RunCli) -> None:
    out = run_cli("--help").stdout
    commands = out.split("Komennot:")[1]
    assert "..." not in commands
    assert all(name in commands for name in ("validate", "schema", "init", "render", "import", "costs"))


def test_render_help_lists_the_documents(run_cli: RunCli) -> None:
    out = run_cli("render", "--help").stdout
    assert all(name in out for name in DOCUMENTS)
    assert "[oletus:" not in out or "[oletus: ohjelma]" not in out  # the default is told in words


def test_version(run_cli: RunCli) -> None:
    result = run_cli("--version")
    assert result.exit_code == 0 and result.stdout == f"kotodoc {__version__}\n"


def test_the_agenda_item_never_overwrites_the_programme(run_cli: RunCli, source: Path) -> None:
    assert run_cli("render", str(source), "-f", "docx").exit_code == 0
    programme = (source.parent / "ohjelma.docx").read_bytes()
    result = run_cli("render", str(source), "--document", "agenda-item", "-f", "docx")
    assert result.exit_code == 0, result.stderr
    assert "Kirjoitettu " + str(source.parent / "ohjelma-esityslista.docx") in result.stderr
    assert (source.parent / "ohjelma.docx").read_bytes() == programme
    assert listing(source.parent) == ["ohjelma-esityslista.docx", "ohjelma.docx", "ohjelma.yaml"]


def test_a_directory_as_the_source_is_a_usage_error(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("render", str(tmp_path))
    assert result.exit_code == 2
    assert f"kotodoc: {tmp_path} on hakemisto; anna ohjelman YAML-tiedosto" in result.stderr
    assert "sisäinen virhe" not in result.stderr and listing(tmp_path) == []


@pytest.mark.parametrize(("args", "written"), [
    (["-f", "DOCX"], "ohjelma.docx"),
    (["-f", " Html "], "ohjelma.html"),
    (["-o", "{dir}/asiakirja.HTML"], "asiakirja.HTML"),
    (["-o", "{dir}/asiakirja.md"], "asiakirja.md"),
    (["-o", "{dir}/asiakirja"], "asiakirja"),  # no suffix: the default format, docx
])
def test_format_from_the_option_or_the_name(run_cli: RunCli, source: Path, args: list[str], written: str) -> None:
    result = run_cli("render", str(source), *(a.format(dir=source.parent) for a in args))
    assert result.exit_code == 0, result.stderr
    data = (source.parent / written).read_bytes()
    kind = "html" if "html" in written.lower() or "Html" in args else "md" if written.endswith(".md") else "docx"
    assert data.startswith(b"<!DOCTYPE html>") if kind == "html" else b"\n# Kunnan" in data if kind == "md" \
        else data.startswith(b"PK")


@pytest.mark.parametrize(("args", "message"), [
    (["-f", "html", "-o", "{dir}/x.docx"], "--format html ei sovi tiedostoon"),
    (["-o", "{dir}/x.txt"], "tiedostopäätteestä '.txt' ei voi päätellä muotoa"),
    (["-f", "pfd"], ("virheellinen arvo valitsimelle --format: 'pfd' (sallitut: docx, md, html, pdf); "
                     "tarkoititko pdf?")),
    (["--document", "agenda"], "tarkoititko agenda-item?"),
])
def test_format_problems_exit_2_before_anything_is_written(run_cli: RunCli, source: Path, args: list[str],
                                                           message: str) -> None:
    result = run_cli("render", str(source), *(a.format(dir=source.parent) for a in args))
    assert result.exit_code == 2
    assert message in result.stderr and "Ohje: kotodoc render --help" in result.stderr
    assert ENGLISH.search(result.stderr) is None
    assert listing(source.parent) == ["ohjelma.yaml"]


@pytest.mark.parametrize(("args", "message"), [
    (["validate", "x.yaml", "-f", "jsn"], "tarkoititko json?"),
    (["costs", "x.yaml", "-f", "cvs"], "tarkoititko csv?"),
    (["init", "--ci", "gitlb"], "tarkoititko gitlab"),
    (["valdate", "x.yaml"], "tuntematon komento 'valdate'; tarkoititko validate?"),
    (["costs", "x.yaml", "a.yaml"], "ylimääräinen argumentti: a.yaml"),  # render takes many files (issue 15)
    (["render", "x.yaml", "-o"], "valitsin -o tarvitsee arvon"),
])
def test_usage_errors_name_the_nearest_choice(tmp_path: Path, args: list[str], message: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "kotodoc", *args], capture_output=True, text=True, check=False,
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 2
    assert message in proc.stderr and ENGLISH.search(proc.stderr) is None, proc.stderr
    assert "Ohje: kotodoc" in proc.stderr
    assert listing(tmp_path) == []


def test_choices_take_any_letter_case(run_cli: RunCli) -> None:
    result = run_cli("validate", str(SEED), "-f", "JSON")
    assert result.exit_code == 0 and result.stdout.lstrip().startswith("{")


def test_schema_in_a_municipality_repository(run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    bare = run_cli("schema")
    assert bare.exit_code == 2 and "kotodoc schema -o kotodoc.schema.json" in bare.stderr
    assert listing(tmp_path) == []
    old = '{"$id": "https://kotodoc.invalid/schemas/kotodoc.schema.json", "x-kotodoc-skeemaversio": 0}'
    (tmp_path / "kotodoc.schema.json").write_text(old, encoding="utf-8")  # as an older kotodoc init left it
    again = run_cli("schema")
    assert again.exit_code == 0 and "Kirjoitettu kotodoc.schema.json" in again.stderr
    assert (tmp_path / "kotodoc.schema.json").read_text(encoding="utf-8").startswith("{\n")
    assert listing(tmp_path) == ["kotodoc.schema.json"]


def test_schema_in_kotodocs_own_repository_goes_to_schemas(run_cli: RunCli, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "schemas").mkdir()
    assert run_cli("schema").exit_code == 0
    assert listing(tmp_path / "schemas") == ["kotodoc.schema.json"]


def test_results_on_stdout_notes_on_stderr(run_cli: RunCli, source: Path) -> None:
    """The rule of docs/yhteistoiminta.md and the README: stdout is what the command produces, stderr the rest."""
    checked = run_cli("validate", str(source))
    assert "varoitus" in checked.stdout and checked.stderr == ""
    rendered = run_cli("render", str(source))
    assert rendered.stdout == "" and "varoitus" in rendered.stderr and "Kirjoitettu" in rendered.stderr


@pytest.mark.parametrize(("args", "named"), [
    (["validate", "a.yaml"], "validate"),
    (["--kieli", "sv", "render", "a.yaml", "-f", "pdf"], "render"),
    (["--kieli=en", "costs"], "costs"),
    (["--version"], None),
    (["--help", "validate"], None),  # help before the command: the whole list of commands
    (["-h"], None),
    ([], None),
    (["--kieli", "validate"], None),  # "validate" is --kieli's value here, as the parser reads it
    (["valdate", "x.yaml"], "valdate"),
])
def test_the_command_a_line_names(args: list[str], named: str | None) -> None:
    assert command_named(args) == named


def test_only_the_named_command_is_built_but_help_and_mistakes_see_them_all(tmp_path: Path) -> None:
    """The console script registers only the command the line names (typer builds every registered command's
    parser on each start); the command list, a mistyped command's suggestion and --version see the whole app."""
    assert [c.name for c in _app_for(["validate", "a.yaml"]).registered_commands] == ["validate"]
    assert _app_for(["valdate"]) is app and _app_for(["--help"]) is app and _app_for([]) is app

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "kotodoc", *args], capture_output=True, text=True, check=False,
                              cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)})

    listed = run("--help").stdout
    assert all(f"  {name} " in listed for name in ("validate", "schema", "init", "render", "import", "costs", "diff",
                                                   "summary")), listed
    swedish = run("--kieli", "sv", "validate", "--help")
    assert swedish.returncode == 0 and "Användning: kotodoc validate" in swedish.stdout
    missing = run("--kieli", "en", "validate", "puuttuu.yaml")
    assert missing.returncode == 2 and "File not found" in missing.stdout + missing.stderr
    assert run("--version").stdout.strip().endswith(__version__)

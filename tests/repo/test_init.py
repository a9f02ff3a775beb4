"""`kotodoc init` through the command line: files written, refusals, notes (kotodoc.repo_init)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from typer.testing import Result

from kotodoc.checks.validate import validate_file
from kotodoc.errors import OutputError, UsageError
from kotodoc.repo import init as repo_init
from kotodoc.repo.ci import DEFAULT_INSTALL, GITHUB_WORKFLOW, GITLAB_CI, PRE_COMMIT_CONFIG
from kotodoc.schema.export import schema_text

RunCli = Callable[..., Result]
DATA = "kotoutumisohjelma.yaml"
SCHEMA = "kotodoc.schema.json"


def files_under(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_init_in_an_empty_directory_validates_as_a_draft_with_warnings_only(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("init", str(tmp_path), "--kunta", "Kokkola", "--ci", "github")
    assert result.exit_code == 0, result.stderr
    assert files_under(tmp_path) == {DATA, SCHEMA, PRE_COMMIT_CONFIG, GITHUB_WORKFLOW}
    check = run_cli("validate", "--luonnos", str(tmp_path / DATA))
    assert check.exit_code == 0
    assert ": virhe " not in check.stdout and "0 virhettä" in check.stdout
    assert {line.split()[2] for line in check.stdout.splitlines()[:-1]} == {"KD401:", "KD307:", "KD305:"}
    assert run_cli("validate", "--luonnos", "--strict", str(tmp_path / DATA)).exit_code == 1
    final = run_cli("validate", str(tmp_path / DATA))  # not yet a final document: its questions are open
    assert final.exit_code == 1 and ": virhe KD307: " in final.stdout
    assert "Kirjoitettu" in result.stderr and "kotodoc validate" in result.stderr


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_next_step_is_the_draft_check_that_passes_on_the_fresh_file(run_cli: RunCli, tmp_path: Path,
                                                                      lang: str) -> None:
    """The command init suggests first is one that passes on the file it has just written."""
    result = run_cli("init", str(tmp_path), "--kunta", "Närpes", "--kieli", lang)
    assert result.exit_code == 0, result.stderr
    data = tmp_path / DATA
    suggested = result.stderr.split("kotodoc validate ", 1)[1].split(f" {data}", 1)[0].split()
    assert suggested == ["--luonnos"], result.stderr
    assert run_cli("validate", *suggested, str(data)).exit_code == 0


def test_modeline_points_to_the_schema_written_beside_it(run_cli: RunCli, tmp_path: Path) -> None:
    assert run_cli("init", str(tmp_path), "--kunta", "Mikkeli").exit_code == 0
    first = (tmp_path / DATA).read_text(encoding="utf-8").splitlines()[0]
    target = first.split("$schema=", 1)[1]
    schema_path = tmp_path / target
    assert schema_path.is_file()
    assert schema_path.read_text(encoding="utf-8") == schema_text()
    assert json.loads(schema_path.read_text(encoding="utf-8"))["title"]
    assert files_under(tmp_path) == {DATA, SCHEMA}  # no CI files without --ci


def test_directory_is_created(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "uusi" / "repo"
    assert run_cli("init", str(target), "--kunta", "Juva").exit_code == 0
    assert (target / DATA).is_file()


def test_existing_file_is_not_overwritten_and_nothing_is_written(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / SCHEMA).write_text("oma", encoding="utf-8")
    result = run_cli("init", str(tmp_path), "--kunta", "Mikkeli", "--ci", "gitlab")
    assert result.exit_code == 2
    assert "--force" in result.stderr and SCHEMA in result.stderr
    assert files_under(tmp_path) == {SCHEMA}
    assert (tmp_path / SCHEMA).read_text(encoding="utf-8") == "oma"


def test_force_overwrites(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / DATA).write_text("vanha: 1\n", encoding="utf-8")
    assert run_cli("init", str(tmp_path), "--kunta", "Mikkeli", "--force").exit_code == 0
    assert "Mikkeli" in (tmp_path / DATA).read_text(encoding="utf-8")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_joint_programme(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("init", str(tmp_path), "--kunta", "Mikkeli", "--kunta", "Juva")
    assert result.exit_code == 0
    report = validate_file(tmp_path / DATA, draft=True)
    assert report.programme is not None
    assert report.programme.perustiedot.kunnat == ["Mikkeli", "Juva"]
    assert {d.code for d in report.diagnostics} == {"KD401", "KD307", "KD305"} and report.passed()


def test_unknown_municipality_proceeds_with_a_hint(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("init", str(tmp_path), "--kunta", "Kokola")
    assert result.exit_code == 0
    assert "huomautus" in result.stderr and "Tarkoititko 'Kokkola'?" in result.stderr
    assert result.stdout == ""
    assert "- Kokola" in (tmp_path / DATA).read_text(encoding="utf-8")


@pytest.mark.parametrize("args", [
    pytest.param([], id="no-kunta"),
    pytest.param(["--kunta", " "], id="blank-kunta"),
    pytest.param(["--kunta", "Juva", "--ci", "jenkins"], id="bad-ci"),
    pytest.param(["--kunta", "Juva", "--ci", "github", "--asennus", 'a"b'], id="quote-in-install"),
    pytest.param(["--kunta", "Juva", "--ci", "github", "--asennus", ""], id="empty-install"),
])
def test_usage_errors_exit_2_and_write_nothing(run_cli: RunCli, tmp_path: Path, args: list[str]) -> None:
    result = run_cli("init", str(tmp_path), *args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert files_under(tmp_path) == set()


@pytest.mark.parametrize(("value", "lang", "words"), [
    ("", "fi", "arvo on tyhjä"), ("  ", "sv", "värdet är tomt"), ("", "en", "the value is empty"),
    ('a"b', "fi", "ilman lainausmerkkejä"),
])
def test_install_spec_errors_say_what_is_wrong(run_cli: RunCli, tmp_path: Path, value: str, lang: str,
                                               words: str) -> None:
    result = run_cli("init", str(tmp_path), "--kunta", "Juva", "--asennus", value, "--kieli", lang)
    assert result.exit_code == 2 and words in result.stderr, result.stderr
    if value.strip() == "":
        assert "lainausmerk" not in result.stderr and "citattecken" not in result.stderr
        assert "quotes" not in result.stderr


def test_directory_that_is_a_file(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "tiedosto").write_text("x", encoding="utf-8")
    result = run_cli("init", str(tmp_path / "tiedosto"), "--kunta", "Juva")
    assert result.exit_code == 2
    assert "ei ole hakemisto" in result.stderr


@pytest.mark.parametrize("spec", [
    "git+https://git.example/it/kotodoc.git@v0.1.0",
    "C:\\Users\\it\\kotodoc\\dist\\kotodoc-0.1.0-py3-none-any.whl",  # \U, \k: escapes in a "…" YAML string
    "\\\\palvelin\\jako\\x.whl",
    "kotodoc @ file:///srv/it's/kotodoc.whl",
    "kotodoc[pdf]>=0.1,<1 ; python_version >= '3.10' # ä",
])
@pytest.mark.parametrize("ci", ["github", "gitlab"])
def test_install_spec_goes_on_the_marked_line(run_cli: RunCli, tmp_path: Path, spec: str, ci: str) -> None:
    result = run_cli("init", str(tmp_path), "--kunta", "Juva", "--ci", ci, "--asennus", spec)
    assert result.exit_code == 0
    assert "PyPI" not in result.stderr  # the note about the default spec is not needed
    if ci == "gitlab":
        ci_file = yaml.safe_load((tmp_path / GITLAB_CI).read_text(encoding="utf-8"))
        assert ci_file["variables"]["KOTODOC_ASENNUS"] == spec
    else:
        ci_file = yaml.safe_load((tmp_path / GITHUB_WORKFLOW).read_text(encoding="utf-8"))
        assert ci_file["env"]["KOTODOC_ASENNUS"] == spec
    hook = yaml.safe_load((tmp_path / PRE_COMMIT_CONFIG).read_text(encoding="utf-8"))
    assert hook["repos"][0]["hooks"][0]["additional_dependencies"] == [spec]


def test_default_install_spec_comes_with_a_note() -> None:
    planned = repo_init.plan(["Juva"], "github")
    assert any("PyPI" in note for note in planned.notes)
    assert f'KOTODOC_ASENNUS: "{DEFAULT_INSTALL}"' in planned.files[GITHUB_WORKFLOW]
    assert not any("PyPI" in note for note in repo_init.plan(["Juva"]).notes)


def test_core_errors_are_kotodoc_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        repo_init.plan([])
    (tmp_path / DATA).write_text("", encoding="utf-8")
    with pytest.raises(OutputError):
        repo_init.write(tmp_path, {DATA: "x"})


# --- QA 3, 17, 24: what init says about Swedish-majority towns, Helsinki and Åland ---------------------


@pytest.mark.parametrize("names", [["Närpes"], ["Jakobstad"], ["Närpiö"], ["Pietarsaari", "Pedersöre", "Luoto"],
                                   ["Jomala"]])
def test_swedish_majority_without_kieli_gets_a_note_suggesting_kieli_sv(names: list[str]) -> None:
    """QA 3: the file is written in the message language (Finnish here) and the note gives the command for a
    Swedish file; a Swedish file, or a Finnish-majority town, gets no such note."""
    planned = repo_init.plan(names)
    assert "kieli: fi" in planned.files[DATA]
    (note,) = [n for n in planned.notes if "--kieli sv" in n]
    assert "kunnan enemmistön kieli on ruotsi" in note and "kotodoc init --kieli sv --kunta" in note
    assert "--force" in note
    assert not any("--kieli sv" in n for n in repo_init.plan(names, lang="sv").notes)
    assert "kieli: sv" in repo_init.plan(names, lang="sv").files[DATA]
    (english,) = [n for n in repo_init.plan(names, lang="en").notes if "--kieli sv" in n]
    assert "the majority language is Swedish" in english


@pytest.mark.parametrize("names", [["Kokkola"], ["Helsinki"], ["Luhanka"], ["Vaasa"], ["Porvoo", "Sipoo"]])
def test_finnish_majority_gets_no_kieli_sv_note(names: list[str]) -> None:
    assert not any("--kieli sv" in n for n in repo_init.plan(names).notes)


def test_init_note_in_the_command_line_run(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("init", str(tmp_path), "--kunta", "Närpes")
    assert result.exit_code == 0
    assert "kotodoc init --kieli sv --kunta Närpes --force" in " ".join(result.stderr.split())

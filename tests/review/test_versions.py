"""Versions from git: `kotodoc diff HEAD~1 kunta.yaml`, `v2024:kunta.yaml`, and the agenda's previous version."""

from __future__ import annotations

import io
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from typer.testing import Result

from kotodoc.checks.validate import validate_file
from kotodoc.render import agenda
from kotodoc.render.tree import BulletList, Heading
from tests.conftest import ROOT
from tests.review.test_diff import LANGUAGE_AND_PHONE, LANGUAGES_PLACE, PHONE_PLACE

RunCli = Callable[..., Result]
SEED001 = ROOT / "tests" / "cases" / "agenda" / "seed001.yaml"


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo), "GIT_AUTHOR_NAME": "Testi",
           "GIT_AUTHOR_EMAIL": "testi@example.fi", "GIT_COMMITTER_NAME": "Testi",
           "GIT_COMMITTER_EMAIL": "testi@example.fi"}
    return subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository whose first commit (tag v2024) holds seed 001 as ``ohjelma/kunta.yaml``; the
    working copy has a language added and the phone changed. The working directory is the repository."""
    root = tmp_path / "repo"
    (root / "ohjelma").mkdir(parents=True)
    git(root, "init", "-q")
    path = root / "ohjelma" / "kunta.yaml"
    text = SEED001.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-qm", "hyväksytty versio")
    git(root, "tag", "v2024")
    for old, new in LANGUAGE_AND_PHONE:
        assert text.count(old) == 1
        text = text.replace(old, new)
    path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def test_bare_revision_means_the_same_file(run_cli: RunCli, repo: Path) -> None:
    result = run_cli("diff", "HEAD", "ohjelma/kunta.yaml")
    assert result.exit_code == 1, result.stderr
    assert f"{PHONE_PLACE}: 040 8065698 → 040 1234567" in result.stdout
    assert f"{LANGUAGES_PLACE}: lisätty somali" in result.stdout
    assert result.stdout.startswith("Muutokset: HEAD → ohjelma/kunta.yaml")


def test_revision_and_path_both_sides(run_cli: RunCli, repo: Path) -> None:
    assert run_cli("diff", "v2024:ohjelma/kunta.yaml", "ohjelma/kunta.yaml").exit_code == 1
    assert run_cli("diff", "v2024:./ohjelma/kunta.yaml", "HEAD:ohjelma/kunta.yaml").exit_code == 0
    git(repo, "commit", "-qam", "kieli ja puhelin")
    assert run_cli("diff", "HEAD~1", "ohjelma/kunta.yaml").exit_code == 1
    assert run_cli("diff", "HEAD", "ohjelma/kunta.yaml").exit_code == 0
    assert run_cli("diff", "HEAD~1:ohjelma/kunta.yaml", "HEAD:ohjelma/kunta.yaml").exit_code == 1


@pytest.mark.parametrize(("old", "said"), [
    ("HEAD~5", "versiota 'HEAD~5' ei löydy git-repositoriosta"),
    ("HEAD:muu.yaml", "tiedostoa muu.yaml ei ole versiossa HEAD"),
    ("HEAD:ohjelma", "'HEAD:ohjelma' ei ole tiedosto versiossa HEAD (se on hakemisto)"),
])
def test_git_problems_in_finnish_exit_2(run_cli: RunCli, repo: Path, old: str, said: str) -> None:
    result = run_cli("diff", old, "ohjelma/kunta.yaml")
    assert result.exit_code == 2 and result.stdout == ""
    assert said in result.stderr and "Traceback" not in result.stderr
    assert "git:" not in result.stderr and "fatal" not in result.stderr  # no git English after our words


@pytest.mark.parametrize(("lang", "said"), [
    ("sv", "versionen 'HEAD~5'"), ("en", "the revision 'HEAD~5'"),
])
def test_git_problems_in_the_reader_s_language(run_cli: RunCli, repo: Path, lang: str, said: str) -> None:
    result = run_cli("diff", "HEAD~5", "ohjelma/kunta.yaml", "--kieli", lang)
    assert result.exit_code == 2 and said in result.stderr, result.stderr
    assert "invalid object name" not in result.stderr and "git:" not in result.stderr


def test_git_s_hint_is_said_in_the_reader_s_words() -> None:
    from kotodoc.review.versions import Spec, _explain

    spec = Spec("HEAD:kunta.yaml", revision="HEAD", path="kunta.yaml")
    stderr = ("fatal: path 'ohjelma/kunta.yaml' exists, but not 'kunta.yaml'\nfatal: path 'kunta.yaml' does not "
              "exist in 'HEAD'\nhint: Did you mean 'HEAD:ohjelma/kunta.yaml' aka 'HEAD:./kunta.yaml'?\n")
    assert _explain(spec, stderr).localize("fi") == (
        "tiedostoa kunta.yaml ei ole versiossa HEAD; tarkoititko HEAD:ohjelma/kunta.yaml tai HEAD:./kunta.yaml?")
    assert _explain(spec, stderr).localize("sv").endswith("menade du HEAD:ohjelma/kunta.yaml eller HEAD:./kunta.yaml?")
    unknown = _explain(spec, "fatal: something new happened\n").localize("en")
    assert unknown == "cannot read the version 'HEAD:kunta.yaml' from git (git: something new happened)"


def test_outside_a_repository(run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    alone = tmp_path / "yksin"
    alone.mkdir()
    (alone / "kunta.yaml").write_text(SEED001.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(alone)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    result = run_cli("diff", "HEAD~1", "kunta.yaml")
    assert result.exit_code == 2
    assert f"hakemisto {alone.resolve()} ei ole git-repositoriossa" in result.stderr
    assert "not a git repository" not in result.stderr


def test_without_git(run_cli: RunCli, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(repo))
    result = run_cli("diff", "HEAD", "ohjelma/kunta.yaml")
    assert result.exit_code == 2 and "git-ohjelmaa ei löydy" in result.stderr


# --- the agenda item -------------------------------------------------------------------------

def with_previous(repo: Path, previous: str) -> Path:
    path = repo / "ohjelma" / "kunta.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("\nhyvaksyminen:\n", f"\nhyvaksyminen:\n  edellinen_versio: {previous}\n")
    text = text.replace("kokouspaiva: 13.11.2024", "kokouspaiva: 14.11.2024")  # the approval's own change
    assert f"edellinen_versio: {previous}" in text and "14.11.2024" in text
    path.write_text(text, encoding="utf-8")
    return path


def test_agenda_lists_changes_since_the_previous_version(repo: Path) -> None:
    path = with_previous(repo, "v2024")
    report = validate_file(path)
    assert report.programme is not None
    doc = agenda.build_agenda(report.programme, None, path)
    heading = next(n for n, b in enumerate(doc.blocks) if isinstance(b, Heading))
    assert doc.blocks[heading] == Heading(2, "Muutokset edelliseen versioon")
    items = next(b for b in doc.blocks if isinstance(b, BulletList)).items
    # The approval block's own change (meeting date) and the H7 written from it are not listed.
    assert [i.text for i in items] == [f"{PHONE_PLACE}: 040 8065698 → 040 1234567",
                                       f"{LANGUAGES_PLACE}: lisätty somali"]


def test_agenda_docx_with_a_file_as_previous_version(run_cli: RunCli, repo: Path) -> None:
    (repo / "ohjelma" / "vanha.yaml").write_text(SEED001.read_text(encoding="utf-8"), encoding="utf-8")
    path = with_previous(repo, "vanha.yaml")
    result = run_cli("render", str(path), "--document", "agenda-item", "-o", str(repo / "asia.docx"))
    assert result.exit_code == 0, result.stderr
    texts = [p.text for p in Document(io.BytesIO((repo / "asia.docx").read_bytes())).paragraphs]
    assert "Muutokset edelliseen versioon" in texts
    assert f"{LANGUAGES_PLACE}: lisätty somali" in texts


def test_agenda_without_changes_says_so(repo: Path) -> None:
    git(repo, "commit", "-qam", "kieli ja puhelin")
    path = with_previous(repo, "HEAD")
    report = validate_file(path)
    assert report.programme is not None
    doc = agenda.build_agenda(report.programme, None, path)
    assert not any(isinstance(b, BulletList) for b in doc.blocks)
    assert any(getattr(b, "text", "").endswith("sisältöön ei ole tehty muutoksia.") for b in doc.blocks)


def test_unreadable_previous_version_is_kd609_at_the_field(run_cli: RunCli, repo: Path) -> None:
    path = with_previous(repo, "v1999")
    result = run_cli("render", str(path), "--document", "agenda-item", "-f", "md", "-o", str(repo / "asia.md"))
    assert result.exit_code == 1
    line = next(n for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "v1999" in text)
    assert f"{path}:{line}:21: virhe KD609: Esityslistan muutosluetteloa ei voi tehdä: edellistä versiota " \
           "'v1999' ei voi lukea (versiota 'v1999' ei löydy git-repositoriosta" in result.stderr
    assert not (repo / "asia.md").exists()

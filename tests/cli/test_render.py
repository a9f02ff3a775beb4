"""`kotodoc render` through the command line: names, refusals, exit codes, what is left on disk."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from tests.render.support import KOKKOLA, ROOT

RunCli = Callable[..., Result]
INVALID = ROOT / "tests" / "cases" / "invalid" / "yhteystiedot.yaml"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return Path(shutil.copy(KOKKOLA, tmp_path / "kokkola.yaml"))


def listing(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def test_default_output_is_beside_the_input(run_cli: RunCli, source: Path) -> None:
    result = run_cli("render", str(source))
    assert result.exit_code == 0, result.output
    target = source.with_suffix(".docx")
    assert target.read_bytes().startswith(b"PK")
    assert f"Kirjoitettu {target}" in result.stderr
    assert "varoitus KD403" in result.stderr and result.stdout == ""
    assert listing(source.parent) == ["kokkola.docx", "kokkola.yaml"]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_output_option_and_format(run_cli: RunCli, source: Path, tmp_path: Path, fmt: str) -> None:
    target = tmp_path / "alikansio" / f"ohjelma.{fmt}"
    target.parent.mkdir()
    assert run_cli("render", str(source), "--format", fmt, "-o", str(target)).exit_code == 0
    assert "Kunnan kotoutumisohjelma" in target.read_text(encoding="utf-8")
    assert not source.with_suffix(f".{fmt}").exists()


def test_output_directory_gets_the_default_name(run_cli: RunCli, source: Path, tmp_path: Path) -> None:
    outdir = tmp_path / "tulosteet"
    outdir.mkdir()
    assert run_cli("render", str(source), "-f", "html", "-o", str(outdir)).exit_code == 0
    assert listing(outdir) == ["kokkola.html"]


def test_invalid_input_reports_like_validate_and_writes_nothing(run_cli: RunCli, tmp_path: Path) -> None:
    source = Path(shutil.copy(INVALID, tmp_path / "virheellinen.yaml"))
    result = run_cli("render", str(source))
    assert result.exit_code == 1
    validate = run_cli("validate", str(source))
    assert result.stderr.strip() == validate.stdout.strip()
    assert "virhe KD209" in result.stderr
    assert listing(tmp_path) == ["virheellinen.yaml"]


def test_invalid_input_keeps_an_existing_output(run_cli: RunCli, tmp_path: Path) -> None:
    source = Path(shutil.copy(INVALID, tmp_path / "ohjelma.yaml"))
    old = tmp_path / "ohjelma.docx"
    old.write_bytes(b"vanha hyva tiedosto")
    assert run_cli("render", str(source)).exit_code == 1
    assert old.read_bytes() == b"vanha hyva tiedosto"


def test_failed_render_keeps_the_existing_file(run_cli: RunCli, source: Path, tmp_path: Path) -> None:
    templates = tmp_path / "mallit"
    templates.mkdir()
    (templates / "ohjelma.html.j2").write_text("{% for %}\n", encoding="utf-8")
    old = source.with_suffix(".html")
    old.write_text("vanha", encoding="utf-8")
    result = run_cli("render", str(source), "-f", "html", "--templates", str(templates))
    assert result.exit_code == 2
    assert "ohjelma.html.j2:1:1: virhe KD608" in result.stderr and "syntaksivirhe" in result.stderr
    assert old.read_text(encoding="utf-8") == "vanha"
    assert listing(tmp_path) == ["kokkola.html", "kokkola.yaml", "mallit"]


@pytest.mark.parametrize("how", ["default-name", "same-path", "symlink"])
def test_refuses_to_overwrite_the_input(run_cli: RunCli, tmp_path: Path, how: str) -> None:
    source = Path(shutil.copy(KOKKOLA, tmp_path / "ohjelma.md"))
    before = source.read_bytes()
    args = ["render", str(source), "-f", "md"]
    if how == "same-path":
        args += ["-o", str(tmp_path / "." / "ohjelma.md")]
    elif how == "symlink":
        (tmp_path / "linkki.md").symlink_to(source)
        args += ["-o", str(tmp_path / "linkki.md")]
    result = run_cli(*args)
    assert result.exit_code == 2
    assert "sama tiedosto kuin lähdetiedosto" in result.stderr
    assert source.read_bytes() == before


def test_missing_libreoffice_exits_2(run_cli: RunCli, source: Path, tmp_path: Path) -> None:
    empty = tmp_path / "tyhja"
    empty.mkdir()
    result = run_cli("render", str(source), "-f", "pdf", env={"PATH": str(empty)})
    assert result.exit_code == 2
    assert "libreoffice-writer-nogui" in result.stderr and "Traceback" not in result.output
    assert not source.with_suffix(".pdf").exists()


@pytest.mark.parametrize(("args", "message"), [
    (["-f", "md", "--reference-docx", "pohja.docx"], "--reference-docx koskee vain docx- ja pdf-muotoja"),
    (["-f", "docx", "--templates", "."], "--templates koskee vain md- ja html-muotoja"),
    (["--document", "tuntematon"], "tuntematon asiakirja 'tuntematon' (sallitut: "),
    (["--reference-docx", "puuttuu.docx"], "mallipohjaa puuttuu.docx ei löydy"),
])
def test_usage_errors_exit_2(run_cli: RunCli, source: Path, args: list[str], message: str) -> None:
    result = run_cli("render", str(source), *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert listing(source.parent) == ["kokkola.yaml"]


def test_missing_input_exits_2(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("render", str(tmp_path / "puuttuu.yaml"))
    assert result.exit_code == 2 and "kotodoc:" in result.stderr


def test_reference_docx_from_the_command_line(run_cli: RunCli, source: Path, tmp_path: Path) -> None:
    from docx import Document

    template = tmp_path / "pohja.docx"
    document = Document()
    document.sections[0].footer.paragraphs[0].text = "Kokkolan kaupunki, alatunniste"
    document.save(str(template))
    assert run_cli("render", str(source), "--reference-docx", str(template)).exit_code == 0
    rendered = Document(str(source.with_suffix(".docx")))
    assert rendered.sections[0].footer.paragraphs[0].text == "Kokkolan kaupunki, alatunniste"


def test_render_imports_only_what_the_format_needs(tmp_path: Path) -> None:
    """validate and md rendering never import python-docx; validate never imports Jinja."""
    script = (
        "import sys\n"
        "from kotodoc.cli import app\n"
        "try:\n"
        "    app(sys.argv[1:])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'docx', 'jinja2', 'lxml'}))\n"
    )

    def heavy(*args: str) -> str:
        proc = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True)
        return proc.stdout.strip().splitlines()[-1]

    assert heavy("validate", str(KOKKOLA)) == "[]"
    markdown = heavy("render", str(KOKKOLA), "-f", "md", "-o", str(tmp_path / "k.md"))
    assert "'jinja2'" in markdown and "'docx'" not in markdown
    assert (tmp_path / "k.md").is_file()


# --- many files in one call -----------------------------------------------------------------------

def test_many_files_each_beside_its_source(run_cli: RunCli, source: Path, tmp_path: Path) -> None:
    other = tmp_path / "toinen"
    other.mkdir()
    second = Path(shutil.copy(KOKKOLA, other / "pietarsaari.yaml"))
    result = run_cli("render", str(source), str(second), "--format", "md")
    assert result.exit_code == 0, result.output
    assert f"Kirjoitettu {source.with_suffix('.md')}" in result.stderr
    assert f"Kirjoitettu {second.with_suffix('.md')}" in result.stderr
    assert listing(other) == ["pietarsaari.md", "pietarsaari.yaml"]


def test_many_files_into_a_directory_and_an_invalid_one_among_them(run_cli: RunCli, source: Path,
                                                                   tmp_path: Path) -> None:
    outdir = tmp_path / "tulosteet"
    outdir.mkdir()
    bad = Path(shutil.copy(INVALID, tmp_path / "virheellinen.yaml"))
    result = run_cli("render", str(bad), str(source), "-f", "html", "-o", str(outdir))
    assert result.exit_code == 1
    assert listing(outdir) == ["kokkola.html"]  # the valid one is written, the invalid one is not
    assert f"{bad}:8:14: virhe KD209:" in result.stderr


def test_many_files_need_a_directory_for_output(run_cli: RunCli, source: Path, tmp_path: Path) -> None:
    result = run_cli("render", str(source), str(KOKKOLA), "-o", str(tmp_path / "yksi.docx"))
    assert result.exit_code == 2
    assert "-o:n pitää olla olemassa oleva hakemisto" in result.stderr
    assert listing(tmp_path) == ["kokkola.yaml"]


def test_two_sources_with_one_target_are_refused_before_writing(run_cli: RunCli, source: Path,
                                                                tmp_path: Path) -> None:
    outdir = tmp_path / "tulosteet"
    outdir.mkdir()
    result = run_cli("render", str(source), str(KOKKOLA), "-f", "md", "-o", str(outdir))
    assert result.exit_code == 2
    assert "samaan tiedostoon" in result.stderr and str(outdir / "kokkola.md") in result.stderr
    assert listing(outdir) == []


def test_a_municipalitys_own_document_loads_nothing_it_does_not_use(tmp_path: Path) -> None:
    """The pre-commit path through the console script (`kotodoc validate`, `kotodoc render -f docx`) of a
    document without a joint block: no joint model, cost split, version comparison, worker processes, JSON
    or XML-over-HTTP modules (each a few milliseconds of every start); a joint document does load its model."""
    script = (
        "import sys\n"
        "from kotodoc.console import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    unused = ("kotodoc.schema.joint", "kotodoc.costs.split", "kotodoc.render.joint_appendix", "kotodoc.review.compare",
              "multiprocessing", "json", "urllib.request")

    def loaded(*args: str) -> set[str]:
        proc = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True,
                              cwd=tmp_path)
        return set(proc.stdout.split())

    assert not loaded("validate", str(KOKKOLA)) & set(unused)
    assert not loaded("render", str(KOKKOLA), "-f", "docx", "-o", "k.docx") & set(unused)
    assert (tmp_path / "k.docx").is_file()
    assert "kotodoc.schema.joint" in loaded("validate", str(ROOT / "examples" / "mikkeli.yaml"))

"""`kotodoc validate` and `kotodoc schema` through the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from tests.conftest import EXAMPLES, ROOT

RunCli = Callable[..., Result]
CASES = ROOT / "tests" / "cases"
VALID = CASES / "valid" / "minimal.yaml"
WARNS = CASES / "valid" / "keskerainen.yaml"
INVALID = CASES / "invalid" / "yhteystiedot.yaml"


def test_valid_file_exits_0(run_cli: RunCli) -> None:
    result = run_cli("validate", str(VALID))
    assert result.exit_code == 0
    assert result.stdout.strip().endswith("kaikki kunnossa; 0 virhettä, 0 varoitusta.")


def test_invalid_file_exits_1_with_positions(run_cli: RunCli) -> None:
    result = run_cli("validate", str(INVALID))
    assert result.exit_code == 1
    assert f"{INVALID}:8:14: virhe KD209:" in result.stdout
    assert f"{INVALID}:9:17: virhe KD208:" in result.stdout
    assert "2 virhettä" in result.stdout


def test_warnings_pass_but_fail_with_strict(run_cli: RunCli) -> None:
    assert run_cli("validate", str(WARNS)).exit_code == 0
    strict = run_cli("validate", "--strict", str(WARNS))
    assert strict.exit_code == 1
    assert "varoitus KD401" in strict.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_exit_codes_are_the_same_in_every_format(run_cli: RunCli, fmt: str, tmp_path: Path) -> None:
    assert run_cli("validate", "-f", fmt, str(VALID)).exit_code == 0
    assert run_cli("validate", "-f", fmt, str(INVALID)).exit_code == 1
    assert run_cli("validate", "-f", fmt, str(tmp_path / "puuttuu.yaml")).exit_code == 2
    assert run_cli("validate", "-f", fmt, str(VALID), str(tmp_path)).exit_code == 2


def test_json_report(run_cli: RunCli) -> None:
    result = run_cli("validate", "--format", "json", str(VALID), str(INVALID))
    doc = json.loads(result.stdout)
    assert doc["valid"] is False
    by_path = {f["path"]: f for f in doc["files"]}
    assert by_path[str(VALID)]["valid"] is True
    bad = by_path[str(INVALID)]
    assert bad["errors"] == 2
    first = bad["diagnostics"][0]
    assert (first["line"], first["column"], first["code"], first["severity"]) == (8, 14, "KD209", "error")
    assert first["loc"] == ["perustiedot", "yhteyshenkilo", "puhelin"]


def test_github_format_is_chosen_under_actions(run_cli: RunCli) -> None:
    result = run_cli("validate", str(INVALID), env={"GITHUB_ACTIONS": "true"})
    assert result.exit_code == 1
    assert f"::error file={INVALID},line=8,col=14,title=KD209::" in result.stdout
    plain = run_cli("validate", str(INVALID), env={"GITHUB_ACTIONS": ""})
    assert "::error" not in plain.stdout


def test_github_annotation_escapes_properties(run_cli: RunCli, tmp_path: Path) -> None:
    odd = tmp_path / "a,b:c.yaml"
    odd.write_bytes(INVALID.read_bytes())
    result = run_cli("validate", "-f", "github", str(odd))
    assert "a%2Cb%3Ac.yaml,line=8" in result.stdout


def test_unreadable_file_is_reported_in_finnish(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("validate", str(tmp_path / "ei-ole.yaml"))
    assert result.exit_code == 2
    assert "Tiedostoa ei löydy" in result.stdout
    assert "1 virhe" in result.stdout


def test_bad_option_is_a_usage_error(run_cli: RunCli) -> None:
    assert run_cli("validate", "--muoto", "x", str(VALID)).exit_code == 2
    assert run_cli("validate", "--format", "xml", str(VALID)).exit_code == 2


def test_no_traceback_for_any_case_file(run_cli: RunCli) -> None:
    for case in sorted(CASES.glob("*/*.yaml")):
        result = run_cli("validate", "-f", "json", str(case))
        assert result.exit_code in (0, 1), case
        assert "Traceback" not in result.output
        json.loads(result.stdout)


def test_examples_validate_and_carry_the_schema_modeline(run_cli: RunCli) -> None:
    assert EXAMPLES, "examples/*.yaml missing"
    for example in EXAMPLES:
        result = run_cli("validate", str(example))
        assert result.exit_code == 0, result.stdout
        first = example.read_text(encoding="utf-8").splitlines()[0]
        swedish = "\nkieli: sv\n" in example.read_text(encoding="utf-8")  # the editor schema of its language
        schema = "kotodoc.sv.schema.json" if swedish else "kotodoc.schema.json"
        assert first == f"# yaml-language-server: $schema=../schemas/{schema}"


def test_kokkola_shows_its_warnings(run_cli: RunCli) -> None:
    result = run_cli("validate", str(ROOT / "examples" / "kokkola.yaml"))
    assert result.exit_code == 0
    assert "varoitus KD403: Kokkola on kaksikielinen kunta" in result.stdout
    assert "0 virhettä" in result.stdout


def test_committed_schema_is_current(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    result = run_cli("schema", "-o", str(out))
    assert result.exit_code == 0
    committed = ROOT / "schemas" / "kotodoc.schema.json"
    assert committed.read_text(encoding="utf-8") == out.read_text(encoding="utf-8"), \
        "schemas/kotodoc.schema.json is stale: run `kotodoc schema`"
    schema = json.loads(out.read_text(encoding="utf-8"))
    section1 = schema["properties"]["arviointi"]
    assert "KotoL 14 ja 15 §" in section1["title"]


def test_schema_to_stdout(run_cli: RunCli) -> None:
    result = run_cli("schema", "-o", "-")
    assert json.loads(result.stdout)["$schema"].startswith("https://json-schema.org/")


def test_module_entry_point_and_light_start_up() -> None:
    """`python -m kotodoc validate` works and does not import the renderers' libraries."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "kotodoc", "validate", str(VALID)],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    imported = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if "|" in line}
    assert "kotodoc.checks.validate" in imported  # the listing is real
    for heavy in ("docx", "jinja2", "lxml", "rich"):
        assert not any(m == heavy or m.startswith(heavy + ".") for m in imported), f"{heavy} imported by validate"



@pytest.mark.parametrize(("args", "words"), [
    (["validate", "--strictt", "x.yaml"], "tuntematon valitsin --strictt; tarkoititko --strict?"),
    (["render", "x.yaml", "--format", "odt"], "virheellinen arvo"),
    (["render"], "komennosta puuttuu tiedosto"),
])
def test_usage_errors_are_finnish_with_exit_2(args: list[str], words: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "kotodoc", *args], capture_output=True, text=True, check=False,
                          cwd=ROOT)
    assert proc.returncode == 2
    assert words in proc.stderr
    assert "Ohje: kotodoc" in proc.stderr
    assert "Traceback" not in proc.stderr

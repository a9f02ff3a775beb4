"""``kotodoc schema`` replaces only a schema kotodoc wrote (or with --force); ``summary`` never its inputs (QA 2)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from kotodoc.errors import OutputError
from kotodoc.schema.export import SCHEMA_ID, is_kotodoc_schema, schema_text, write_schema
from tests.render.support import KOKKOLA

RunCli = Callable[..., Result]


def test_a_programme_is_not_replaced_by_the_schema(tmp_path: Path) -> None:
    programme = Path(shutil.copy(KOKKOLA, tmp_path / "kokkola.yaml"))
    before = programme.read_bytes()
    with pytest.raises(OutputError) as err:
        write_schema(programme, schema_text())
    assert programme.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["kokkola.yaml"]
    assert err.value.exit_code == 2
    assert "ole kotodocin kirjoittama JSON-skeema" in str(err.value) and "--force" in str(err.value)
    assert "inte ett JSON-schema som kotodoc har skrivit" in err.value.localize("sv")
    assert "is not a JSON schema written by kotodoc" in err.value.localize("en")


@pytest.mark.parametrize("content", ["{}", '{"$id": "https://example.org/other.json"}', "[1, 2]", "not json",
                                     '{"$id": "' + SCHEMA_ID + '"'])  # the last one cut short
def test_only_a_kotodoc_schema_counts_as_one(tmp_path: Path, content: str) -> None:
    target = tmp_path / "kotodoc.schema.json"
    target.write_text(content, encoding="utf-8")
    assert not is_kotodoc_schema(target)
    with pytest.raises(OutputError):
        write_schema(target, schema_text())
    assert target.read_text(encoding="utf-8") == content


def test_an_older_kotodoc_schema_is_replaced_and_force_replaces_anything(tmp_path: Path) -> None:
    target = tmp_path / "kotodoc.schema.json"
    target.write_text('{"$id": "' + SCHEMA_ID + '", "x-kotodoc-skeemaversio": 0}', encoding="utf-8")
    write_schema(target, schema_text("sv"))
    assert target.read_text(encoding="utf-8") == schema_text("sv") and is_kotodoc_schema(target)
    other = tmp_path / "muistiinpanot.txt"
    other.write_text("tärkeää", encoding="utf-8")
    write_schema(other, schema_text(), force=True)
    assert other.read_text(encoding="utf-8") == schema_text()


def test_schema_command_refuses_a_programme(run_cli: RunCli, tmp_path: Path) -> None:
    programme = Path(shutil.copy(KOKKOLA, tmp_path / "kokkola.yaml"))
    before = programme.read_bytes()
    refused = run_cli("schema", "-o", str(programme))
    assert refused.exit_code == 2 and "ole kotodocin kirjoittama JSON-skeema" in refused.stderr
    assert programme.read_bytes() == before
    swedish = run_cli("schema", "-o", str(programme), "--kieli", "sv")
    assert swedish.exit_code == 2 and "ersattes inte" in swedish.stderr
    forced = run_cli("schema", "-o", str(programme), "--force")
    assert forced.exit_code == 0 and programme.read_text(encoding="utf-8") == schema_text()


@pytest.mark.parametrize("fmt", ["csv", "json", "html", "xlsx"])
def test_summary_never_writes_over_its_inputs(run_cli: RunCli, tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "ohjelmat"
    folder.mkdir()
    programme = Path(shutil.copy(KOKKOLA, folder / "kokkola.yaml"))
    before = programme.read_bytes()
    for args in (["summary", str(folder)], ["summary", str(programme)]):
        result = run_cli(*args, "-f", fmt, "-o", str(programme))
        assert result.exit_code == 2, result.stderr
        assert "kokkola.yaml" in result.stderr and programme.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["kokkola.yaml"]

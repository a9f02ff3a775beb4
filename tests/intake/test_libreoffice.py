"""A second writer's XML, and .odt and .doc files: through LibreOffice.

The filled form saved by LibreOffice (docx -> odt -> docx) imports into the same programme; `kotodoc import`
converts an .odt or a .doc itself; without LibreOffice it says which Debian package to install.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kotodoc.checks.validate import Report, validate_bytes, validate_file
from kotodoc.intake.run import import_bytes
from kotodoc.render.pdf import DEBIAN_PACKAGE, convert
from tests.intake.layouts import LAYOUTS, seed_lines
from tests.intake.support import RunCli, as_shown, differences, import_cli, validated
from tests.render.support import KOKKOLA

pytestmark = pytest.mark.slow
LINES = seed_lines()
ODT = "odt:writer8"
DOCX = "docx:MS Word 2007 XML"
DOC = "doc:MS Word 97"


def libreoffice(data: bytes, source: str, target: str, result: str) -> bytes:
    converted, run = convert(data, source, target, result, timeout=120)
    assert converted, f"LibreOffice did not convert {source} to {result}: {run}"
    return converted


@pytest.fixture(scope="module")
def odt() -> bytes:
    """The form with Word headings, saved by LibreOffice as OpenDocument."""
    return libreoffice(LAYOUTS["headings"](LINES), "lomake.docx", ODT, "lomake.odt")


def _expected() -> dict[str, object]:
    programme = validate_file(KOKKOLA).programme
    assert programme is not None
    return as_shown(programme)


def test_form_saved_by_libreoffice_imports_into_the_same_programme(odt: bytes) -> None:
    """docx -> odt -> docx: LibreOffice's own styles, list numbering and table XML."""
    docx = libreoffice(odt, "lomake.odt", DOCX, "lomake.docx")
    imported = import_bytes(docx, "lomake.docx")
    report = validated_text(imported.text)
    assert report.programme is not None and report.passed()
    assert differences(_expected(), as_shown(report.programme)) == []


def test_table_layout_saved_by_libreoffice(tmp_path: Path) -> None:
    odt = libreoffice(LAYOUTS["table_below"](LINES), "lomake.docx", ODT, "lomake.odt")
    docx = libreoffice(odt, "lomake.odt", DOCX, "lomake.docx")
    report = validated_text(import_bytes(docx, "lomake.docx").text)
    assert report.programme is not None
    assert differences(_expected(), as_shown(report.programme)) == []


def validated_text(text: str) -> Report:
    return validate_bytes(text.encode("utf-8"), "lomake.yaml")


def test_odt_is_converted_by_import(run_cli: RunCli, tmp_path: Path, odt: bytes) -> None:
    result, target = import_cli(run_cli, odt, tmp_path, "lomake.odt")
    assert result.exit_code == 0, result.stderr
    report = validated(target)
    assert report.programme is not None
    assert differences(_expected(), as_shown(report.programme)) == []


def test_doc_is_converted_by_import(run_cli: RunCli, tmp_path: Path) -> None:
    doc = libreoffice(LAYOUTS["bold"](LINES), "lomake.docx", DOC, "lomake.doc")
    assert doc.startswith(b"\xd0\xcf\x11\xe0")
    result, target = import_cli(run_cli, doc, tmp_path, "lomake.doc")
    assert result.exit_code == 0, result.stderr
    report = validated(target)
    assert report.programme is not None
    assert differences(_expected(), as_shown(report.programme)) == []


def test_without_libreoffice_the_message_names_the_package(run_cli: RunCli, tmp_path: Path, odt: bytes,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    result, target = import_cli(run_cli, odt, tmp_path, "lomake.odt")
    assert result.exit_code == 2
    assert f"sudo apt-get install {DEBIAN_PACKAGE}" in result.stderr and "OpenDocument" in result.stderr
    assert not target.exists()
    assert os.environ["PATH"] == str(empty)


def test_odt_is_converted_with_a_virtual_environment_first_on_path(run_cli: RunCli, tmp_path: Path, odt: bytes,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """QA 1: LibreOffice's Python crashed (std::bad_alloc) when a venv's python3 came first on PATH."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    monkeypatch.setenv("PATH", f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("VIRTUAL_ENV", str(venv))
    result, target = import_cli(run_cli, odt, tmp_path, "lomake.odt")
    assert result.exit_code == 0, result.stderr
    assert validated(target).programme is not None


def test_a_crashed_libreoffice_is_named_with_its_exit_code(run_cli: RunCli, tmp_path: Path, odt: bytes,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "bin"
    fake.mkdir()
    script = fake / "soffice"
    script.write_text("#!/bin/sh\necho '  what():  std::bad_alloc' >&2\nexit 134\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}{os.pathsep}/bin{os.pathsep}/usr/bin")
    result, target = import_cli(run_cli, odt, tmp_path, "lomake.odt")
    assert result.exit_code == 2 and not target.exists()
    assert "se päättyi koodilla 134 (what(): std::bad_alloc)" in result.stderr and "vioittunut" not in result.stderr

"""A Word, PDF or RTF file given as the programme is said to be one (KD114), with the way in: ``kotodoc import``;
``kotodoc import`` given a YAML file says it reads Word files (QA 7)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from kotodoc.source.loader import MAX_BYTES, load_bytes, load_file
from tests.render.support import KOKKOLA

RunCli = Callable[..., Result]
FILES = {
    "lomake.docx": (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "Word-asiakirja"),
    "lomake.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF-tiedosto"),
    "lomake.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40, "vanha Word- tai Office-tiedosto"),
    "lomake.rtf": (b"{\\rtf1\\ansi Kotoutumisohjelma}", "RTF-tiedosto"),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_word_or_pdf_file_is_named_as_one(name: str) -> None:
    data, kind = FILES[name]
    result = load_bytes(data, name)
    [finding] = result.diagnostics
    assert (finding.code, finding.line, finding.column) == ("KD114", 1, 1) and result.data is None
    assert kind in finding.message("fi") and "kotodoc import" in finding.message("fi")
    assert "UTF-8" not in finding.message("fi")


def test_a_large_word_file_is_a_word_file_not_too_large(tmp_path: Path) -> None:
    big = tmp_path / "iso.docx"
    big.write_bytes(b"PK\x03\x04" + b"\x00" * (MAX_BYTES + 10))
    [finding] = load_file(big).diagnostics
    assert finding.code == "KD114"


def test_validate_and_render_say_it_in_the_reader_s_language(run_cli: RunCli, tmp_path: Path) -> None:
    docx = tmp_path / "lomake.docx"
    docx.write_bytes(FILES["lomake.docx"][0])
    before = docx.read_bytes()
    checked = run_cli("validate", str(docx))
    assert checked.exit_code == 1 and f"{docx}:1:1: virhe KD114: Tiedosto on Word-asiakirja" in checked.stdout
    assert "kotodoc import" in checked.stdout
    rendered = run_cli("render", str(docx), "--kieli", "sv")
    assert rendered.exit_code == 1, rendered.stderr
    assert "fel KD114: Filen är ett Word-dokument" in rendered.stderr and "kotodoc import" in rendered.stderr
    assert "samma fil" not in rendered.stderr and docx.read_bytes() == before
    pdf = tmp_path / "lomake.pdf"
    pdf.write_bytes(FILES["lomake.pdf"][0])
    english = run_cli("render", str(pdf), "-f", "pdf", "--kieli", "en")
    assert english.exit_code == 1 and "error KD114: The file is a PDF file, not a YAML file" in english.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lomake.docx", "lomake.pdf"]


@pytest.mark.parametrize(("lang", "says"), [("fi", "on YAML-tiedosto; kotodoc import lukee Wordissa"),
                                            ("sv", "är en YAML-fil; kotodoc import läser en blankett"),
                                            ("en", "is a YAML file; kotodoc import reads a form")])
def test_import_of_a_yaml_file_says_import_reads_word_files(run_cli: RunCli, tmp_path: Path, lang: str,
                                                             says: str) -> None:
    for name in ("kokkola.yaml", "kokkola.txt"):  # by its name, or because it reads as YAML
        source = Path(shutil.copy(KOKKOLA, tmp_path / name))
        result = run_cli("import", str(source), "--kieli", lang)
        assert result.exit_code == 2 and says in result.stderr, result.stderr
        assert f"kotodoc validate {source}" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kokkola.txt", "kokkola.yaml"]

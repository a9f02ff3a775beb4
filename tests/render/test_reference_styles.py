"""Real templates that lack styles are used, not refused (QA 10): pandoc's own reference.docx (no
``List Bullet``) and a document LibreOffice saved as docx (no ``Heading 1``–``Heading 5``)."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from typer.testing import Result

from kotodoc.render.pdf import convert
from tests.render.support import KOKKOLA

RunCli = Callable[..., Result]
pytestmark = pytest.mark.slow


def _pandoc_reference(tmp_path: Path) -> Path:
    target = tmp_path / "reference.docx"
    subprocess.run(["pandoc", "-o", str(target), "--print-default-data-file", "reference.docx"], check=True)
    return target


def _libreoffice_document(tmp_path: Path) -> Path:
    data, run = convert(b"Kunnan pohja\n", "pohja.txt", "docx:MS Word 2007 XML", "pohja.docx", 120)
    assert data, run
    target = tmp_path / "libreoffice.docx"
    target.write_bytes(data)
    return target


@pytest.mark.parametrize(("make", "added"), [
    (_pandoc_reference, "puuttui tyyli 'List Bullet' (Luettelomerkki); kotodoc lisäsi sen"),
    (_libreoffice_document, "puuttuivat tyylit 'Heading 1' (Otsikko 1), 'Heading 2' (Otsikko 2)"),
])
def test_a_template_without_some_styles_is_used(run_cli: RunCli, tmp_path: Path,
                                                make: Callable[[Path], Path], added: str) -> None:
    template = make(tmp_path)
    target = tmp_path / "kokkola.docx"
    result = run_cli("render", str(KOKKOLA), "-o", str(target), "--reference-docx", str(template))
    assert result.exit_code == 0, result.stderr
    assert f"kotodoc: huomautus: mallipohjasta {template} {added}" in result.stderr
    document = Document(io.BytesIO(target.read_bytes()))
    used = {p.style.name for p in document.paragraphs if p.style is not None}
    assert {"Heading 1", "Heading 2", "List Bullet"} <= used

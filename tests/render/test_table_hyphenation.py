"""No hyphenation in a table's header cells and first column (QA 18): "palvelutar-peen", "Ori-vesi" and
"Hel-singin" broke names and labels whose column is as wide as their longest word anyway."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from kotodoc import form
from kotodoc.render.pipeline import render_file
from tests.render.support import KOKKOLA, ROOT

SUPPRESS = f"{qn('w:pPr')}/{qn('w:suppressAutoHyphens')}"


def _cells(tr: object) -> list[list[object]]:
    return [tc.findall(qn("w:p")) for tc in tr.findall(qn("w:tc"))]  # type: ignore[attr-defined]


@pytest.mark.parametrize("source", [KOKKOLA, ROOT / "examples" / "mikkeli.yaml", ROOT / "examples" / "narpes.yaml"])
def test_header_cells_and_first_column_are_not_hyphenated(tmp_path: Path, source: Path) -> None:
    target = render_file(source, "docx", tmp_path / "ohjelma.docx").output
    assert target is not None
    document = Document(io.BytesIO(target.read_bytes()))
    assert document.tables
    for table in document.tables:
        header, *rows = table._tbl.findall(qn("w:tr"))
        assert all(p.find(SUPPRESS) is not None for cell in _cells(header) for p in cell)  # type: ignore[attr-defined]
        for tr in rows:
            first, *others = _cells(tr)
            assert all(p.find(SUPPRESS) is not None for p in first)  # type: ignore[attr-defined]
            assert all(p.find(SUPPRESS) is None for cell in others for p in cell)  # type: ignore[attr-defined]
    assert document.settings.element.find(qn("w:autoHyphenation")) is not None  # the rest is hyphenated


@pytest.mark.slow
@pytest.mark.parametrize("name", ["turku", "oulu", "tampere", "vantaa"])
def test_no_first_column_word_is_broken_in_the_pdf(tmp_path: Path, name: str) -> None:
    """In the PDF (LibreOffice with Finnish hyphenation), no line of the table starts with a piece of a first
    column's word cut by a hyphen (before: "palvelutar-" / "peen")."""
    target = render_file(ROOT / "tests" / "corpus" / f"{name}.yaml", "pdf", tmp_path / "ohjelma.pdf").output
    assert target is not None
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(target), "-"], check=True,
                          capture_output=True, text=True).stdout
    texts = form.texts("fi")
    text = text[text.rindex(texts.table_title):]  # the responsibility table, the last thing in the document
    labels = texts.table_rows.values()
    words = {w.lower() for label in labels for w in re.findall(r"\w+", label) if len(w) > 4}
    starts = [m.group(1).lower() for m in re.finditer(r"^ {0,6}(?:\S+ )*?(\w+)-(?= {2,}|$)", text, re.MULTILINE)]
    broken = sorted({piece for piece in starts for word in words if word.startswith(piece) and word != piece})
    assert broken == []

"""The joint programme's PDF as a reviewer reads it: every word whole, every page numbered, fonts that match Arial."""

from __future__ import annotations

import collections
import io
import re
import subprocess
from pathlib import Path

import pytest
from docx import Document

from kotodoc.checks.validate import validate_file
from kotodoc.render.pipeline import render_doc
from kotodoc.render.programme import build_programme
from tests.render.support import ROOT, pdf_text

MIKKELI = ROOT / "examples" / "mikkeli.yaml"
WORD = re.compile(r"[A-Za-zÅÄÖåäöéü]{6,}")


def docx_words(data: bytes) -> collections.Counter[str]:
    document = Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    texts += [p.text for t in document.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    return collections.Counter(w.lower() for w in WORD.findall("\n".join(texts)))


@pytest.fixture(scope="module")
def mikkeli(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, str, Path]:
    report = validate_file(MIKKELI)
    assert report.programme is not None
    doc = build_programme(report.programme)
    tmp = tmp_path_factory.mktemp("pdf")
    pdf = render_doc(doc, "pdf")
    (tmp / "mikkeli.pdf").write_bytes(pdf)
    return render_doc(doc, "docx"), pdf_text(pdf, tmp), tmp / "mikkeli.pdf"


@pytest.mark.slow
def test_no_word_is_broken_without_a_hyphen(mikkeli: tuple[bytes, str, Path]) -> None:
    """Every long word of the Word document is whole in the PDF (pdftotext joins a word hyphenated at a line end)."""
    docx, text, _ = mikkeli
    expected = docx_words(docx)
    found = collections.Counter(w.lower() for w in WORD.findall(text))
    assert expected["maakunnallinen"] >= 20
    assert {w: (n, found[w]) for w, n in expected.items() if found[w] < n} == {}


@pytest.mark.slow
def test_every_page_has_the_footer_with_its_number(mikkeli: tuple[bytes, str, Path]) -> None:
    _, text, path = mikkeli
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert pages >= 5
    for page in range(1, pages + 1):
        assert f"Mikkeli ja 11 muuta kuntaa | Kunnan kotoutumisohjelma | 20.6.2024 | sivu {page} / {pages}" in text


@pytest.mark.slow
def test_the_cost_tables_are_apart_and_captioned(mikkeli: tuple[bytes, str, Path]) -> None:
    _, text, _ = mikkeli
    flat = " ".join(text.split())
    shares, segments = flat.index("Kustannusten jako jäsenkunnille"), flat.index(
        "Aiheuttamisperiaatteen mukainen osa asiakassegmenteittäin")
    assert shares < segments
    between = flat[shares:segments]
    assert "Asiakassegmentti" not in between and between.count("Yhteensä") >= 1


@pytest.mark.slow
def test_fonts_are_arial_or_its_metric_twin(mikkeli: tuple[bytes, str, Path]) -> None:
    _, _, path = mikkeli
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    names = {line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:]}
    assert names and all(n.startswith(("LiberationSans", "Arial", "OpenSymbol")) for n in names), names


@pytest.mark.slow
def test_finnish_words_are_hyphenated_at_line_ends(mikkeli: tuple[bytes, str, Path]) -> None:
    """LibreOffice hyphenates Finnish with Voikko (Debian: libreoffice-voikko; .ci/run installs it)."""
    _, _, path = mikkeli
    raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    hyphenated = [line for line in raw.splitlines() if re.search(r"[a-zäö]-$", line)]
    assert len(hyphenated) >= 10, "no Finnish hyphenation: install libreoffice-voikko"

"""Every string of the input appears in every rendered format: docx, Markdown, HTML and PDF, in Finnish and Swedish.

The expected strings are the model's (after the loader's NFC normalisation and YAML folding), split into
paragraphs and whitespace-normalised; codes (kohderyhmä, kieli) are printed as labels and are checked in
test_render_docx. Generated documents add markup characters, quotes, emoji, Sámi and Swedish letters and
Markdown block starters to every free text of the Kokkola example.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kotodoc.checks.validate import validate_file
from kotodoc.render.pipeline import render_doc
from kotodoc.render.programme import build_programme
from tests.render.support import (
    KOKKOLA,
    MINIMAL,
    NARPES,
    TRICKY,
    docx_text,
    expected_strings,
    garble,
    html_text,
    kokkola_data,
    md_text,
    missing,
    norm,
    pdf_text,
    write_yaml,
)

EXTRACT = {"docx": docx_text, "md": md_text, "html": html_text}


def _check(path: Path, formats: tuple[str, ...] = ("docx", "md", "html")) -> None:
    report = validate_file(path)
    assert report.programme is not None and report.passed(), [d.message() for d in report.errors]
    expected = expected_strings(report.programme)
    assert len(expected) > 20
    doc = build_programme(report.programme)
    for fmt in formats:
        rendered = EXTRACT[fmt](render_doc(doc, fmt))
        assert missing(expected, rendered) == [], fmt


@pytest.mark.parametrize("path", [KOKKOLA, MINIMAL, NARPES], ids=["kokkola", "minimal", "narpes-sv"])
def test_examples_are_rendered_without_loss(path: Path) -> None:
    _check(path)


def test_a_swedish_document_is_checked_in_swedish() -> None:
    report = validate_file(NARPES)
    assert report.programme is not None and report.programme.kieli == "sv"
    assert "bosniska" in expected_strings(report.programme)


def test_the_check_notices_a_lost_string() -> None:
    report = validate_file(KOKKOLA)
    assert report.programme is not None
    expected = expected_strings(report.programme)
    text = docx_text(render_doc(build_programme(report.programme), "docx"))
    assert "Kieku-verkosto" in expected and "Ystävätoiminta," in expected
    assert missing(expected, text.replace("Kieku-verkosto", "")) == ["Kieku-verkosto"]


snippet = st.text(
    alphabet=st.sampled_from("abcåäöÅÄÖčđŋšŧžÁ <>&\"'*_`[]|\\#$~^-.:()!?🙂§–"),
    min_size=1, max_size=12)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(snippets=st.lists(snippet, min_size=3, max_size=8), seed=st.integers(0, 2**32 - 1),
       source=st.sampled_from([KOKKOLA, NARPES]))
def test_generated_documents_are_rendered_without_loss(snippets: list[str], seed: int, source: Path) -> None:
    data = garble(kokkola_data(source), snippets, random.Random(seed))
    with tempfile.TemporaryDirectory() as tmp:
        _check(write_yaml(data, Path(tmp) / "ohjelma.yaml"))


@pytest.mark.slow
@pytest.mark.parametrize("source", [KOKKOLA, NARPES], ids=["fi", "sv"])
def test_pdf_is_rendered_without_loss(tmp_path: Path, source: Path) -> None:
    data = garble(kokkola_data(source), list(TRICKY), random.Random(20241021))
    report = validate_file(write_yaml(data, tmp_path / "ohjelma.yaml"))
    assert report.programme is not None and report.passed()
    expected = expected_strings(report.programme)
    text = pdf_text(render_doc(build_programme(report.programme), "pdf"), tmp_path)
    assert "🙂" in text and "Čáhcesuolu" in text
    # pdftotext joins a word broken after a hyphen at a line end ("K-" / "P:n" -> "KP:n"): compare without
    # hyphens.
    assert missing([norm(s.replace("-", "")) for s in expected], text.replace("-", "")) == []

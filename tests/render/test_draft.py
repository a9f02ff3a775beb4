"""A draft (luonnos) renders although questions are open, and every page of it says LUONNOS, in every format."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document

from kotodoc import form
from kotodoc.render.pipeline import render_file
from tests.render.support import KOKKOLA, MINIMAL, pdf_text

MARK = form.texts("fi").places["draft_mark"]


def draft_of(source: Path, tmp_path: Path, *, said: str = "luonnos: true\n", open_question: bool = True) -> Path:
    """``source`` copied as a draft with an unanswered question."""
    text = source.read_text(encoding="utf-8").replace("skeemaversio: 1\n", f"skeemaversio: 1\n{said}", 1)
    if open_question:
        text, replaced = re.subn(r"(?m)^  muut_koulutukset: .*$", "  muut_koulutukset: täydennetään", text, count=1)
        assert replaced == 1
    target = tmp_path / "luonnos.yaml"
    target.write_text(text, encoding="utf-8")
    return target


def test_an_open_question_stops_a_final_document_but_not_a_draft(tmp_path: Path) -> None:
    final = draft_of(MINIMAL, tmp_path, said="")
    assert render_file(final, "md", tmp_path / "a.md").output is None
    done = render_file(final, "md", tmp_path / "a.md", draft=True)
    assert done.output is not None and done.report.draft
    said = draft_of(MINIMAL, tmp_path, said="luonnos: true\n")
    assert render_file(said, "md", tmp_path / "b.md").output is not None
    refused = draft_of(MINIMAL, tmp_path, said="luonnos: false\n")
    assert render_file(refused, "md", tmp_path / "c.md", draft=True).output is None


def test_docx_has_the_mark_in_every_header_and_the_title(tmp_path: Path) -> None:
    out = render_file(draft_of(KOKKOLA, tmp_path), "docx", tmp_path / "l.docx").output
    assert out is not None
    document = Document(str(out))
    for section in document.sections:
        for header in (section.header, section.first_page_header, section.even_page_header):
            assert MARK in [p.text for p in header.paragraphs]
    assert document.core_properties.title.startswith(f"{MARK}: ")


def test_a_municipalitys_header_is_kept_beside_the_mark(tmp_path: Path) -> None:
    template = Document()
    template.sections[0].header.paragraphs[0].text = "Kokkolan kaupunki – logo"
    template.save(str(tmp_path / "pohja.docx"))
    out = render_file(draft_of(KOKKOLA, tmp_path), "docx", tmp_path / "l.docx",
                      reference_docx=tmp_path / "pohja.docx").output
    assert out is not None
    header = [p.text for p in Document(str(out)).sections[0].header.paragraphs]
    assert header == ["Kokkolan kaupunki – logo", MARK]


def test_a_final_document_has_no_mark(tmp_path: Path) -> None:
    for fmt in ("docx", "md", "html"):
        out = render_file(KOKKOLA, fmt, tmp_path / f"k.{fmt}").output
        assert out is not None
        data = out.read_bytes()
        text = b"".join(zipfile.ZipFile(io.BytesIO(data)).read(n) for n in ("word/document.xml",)) \
            if fmt == "docx" else data
        assert MARK.encode() not in text, fmt
    headers = [p.text for s in Document(str(tmp_path / "k.docx")).sections for p in s.header.paragraphs]
    assert MARK not in headers


def test_md_and_html_start_and_md_ends_with_the_mark(tmp_path: Path) -> None:
    source = draft_of(KOKKOLA, tmp_path)
    md = render_file(source, "md", tmp_path / "l.md").output
    html = render_file(source, "html", tmp_path / "l.html").output
    assert md is not None and html is not None
    lines = md.read_text(encoding="utf-8").strip().splitlines()
    assert lines[0] == f"**{MARK}**" and lines[-1] == f"**{MARK}**"
    page = html.read_text(encoding="utf-8")
    assert f'<p class="draft" role="note">{MARK}</p>' in page
    assert page.index('class="draft"') < page.index("<h1>")
    assert "@media print { .draft { position: fixed;" in page  # repeated on every printed page
    assert f"<title>{MARK}: " in page


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_a_template_without_the_mark_still_marks_the_draft(tmp_path: Path, fmt: str) -> None:
    own = tmp_path / "mallit"
    own.mkdir()
    body = "<html><body><h1>{{ doc.title }}</h1></body></html>" if fmt == "html" else "# {{ doc.title }}\n"
    (own / f"ohjelma.{fmt}.j2").write_text(body, encoding="utf-8")
    out = render_file(draft_of(KOKKOLA, tmp_path), fmt, tmp_path / f"l.{fmt}", templates=own).output
    assert out is not None
    text = out.read_text(encoding="utf-8")
    assert MARK in text.splitlines()[0] or text.index(MARK) < text.index(form.texts("fi").title)


def test_the_agenda_item_of_a_draft_is_marked_too(tmp_path: Path) -> None:
    out = render_file(draft_of(KOKKOLA, tmp_path), "md", tmp_path / "a.md", document="agenda-item").output
    assert out is not None and out.read_text(encoding="utf-8").startswith(f"**{MARK}**")


@pytest.mark.slow
def test_every_pdf_page_says_luonnos(tmp_path: Path) -> None:
    out = render_file(draft_of(KOKKOLA, tmp_path), "pdf", tmp_path / "l.pdf").output
    assert out is not None
    pages = pdf_text(out.read_bytes(), tmp_path).split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) >= 3
    assert all(MARK in page for page in pages), [i for i, p in enumerate(pages) if MARK not in p]
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert f"Title:           {MARK}: " in info

"""What a reader expects of any official document: separate captioned tables whose columns fit their words, a
footer with page numbers, fonts every machine has, hyphenation, honest file properties, figures the Finnish way."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml

from kotodoc.checks.validate import validate_file
from kotodoc.render import columns
from kotodoc.render.metrics import text_width
from kotodoc.render.pipeline import render_doc
from kotodoc.render.programme import build_programme, issuer
from kotodoc.render.tree import BulletList, Doc, LabeledPart, ListItem, Paragraph, Section, Table, text_blocks
from kotodoc.render.word import render_docx
from kotodoc.render.word_page import TABLE_SIZE
from kotodoc.schema.programme import Programme
from tests.render.support import KOKKOLA, ROOT, html_text, kokkola_data, md_text, write_yaml

MIKKELI = ROOT / "examples" / "mikkeli.yaml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def programme(path: Path) -> Programme:
    report = validate_file(path)
    assert report.programme is not None and report.passed(), [d.message() for d in report.errors]
    return report.programme


@pytest.fixture(scope="module")
def mikkeli_docx() -> bytes:
    return render_doc(build_programme(programme(MIKKELI)), "docx")


@pytest.fixture(scope="module")
def kokkola_docx() -> bytes:
    return render_doc(build_programme(programme(KOKKOLA)), "docx")


def part(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(name).decode("utf-8")


def small(*blocks: object) -> Doc:
    return Doc("Otsikko", "", "fi-FI", "Aihe", "1.2.2025", tuple(blocks), author="Kunta",  # type: ignore[arg-type]
               footer=("Kunta", "Otsikko", "1.2.2025"))


# --- tables ---------------------------------------------------------------------------------------------------

def test_no_two_tables_are_joined(mikkeli_docx: bytes) -> None:
    body = part(mikkeli_docx, "word/document.xml")
    assert "<w:tbl>" in body and "</w:tbl><w:tbl>" not in body
    captions = [p.text for p in Document(io.BytesIO(mikkeli_docx)).paragraphs if p.style is not None
                and p.style.name == "Caption"]
    assert captions == ["Kustannusten jako jäsenkunnille", "Aiheuttamisperiaatteen mukainen osa asiakassegmenteittäin"]


def test_consecutive_tables_get_a_caption_between_them() -> None:
    table = Table("Ensimmäinen", ("A", "B"), ((("1",), ("2",)),), row_headers=False)
    second = Table("Toinen", ("C", "D"), ((("3",), ("4",)),), row_headers=False)
    body = part(render_docx(small(table, second)), "word/document.xml")
    assert "</w:tbl><w:tbl>" not in body and body.count("<w:tbl>") == 2
    assert re.search(r"</w:tbl><w:p>.*?Toinen.*?</w:p><w:tbl>", body)


def test_columns_are_at_least_as_wide_as_their_longest_word(mikkeli_docx: bytes) -> None:
    document = Document(io.BytesIO(mikkeli_docx))
    checked = 0
    for table in document.tables:
        grid = [int(col.get(qn("w:w"))) / 20 for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        for n, row in enumerate(table.rows):
            for cell, width in zip(row.cells, grid, strict=True):
                for para in cell.paragraphs:
                    bold = n == 0 or any(r.bold for r in para.runs)
                    for word in columns.words(para.text):
                        assert text_width(word, TABLE_SIZE, bold) + columns.CELL_PADDING <= width + 0.5, word
                        checked += 1
    assert checked > 400


def test_fit_gives_room_to_the_longest_text_and_refuses_what_cannot_fit() -> None:
    needs = [columns.Needs(50, 60), columns.Needs(40, 400)]
    widths = columns.fit(needs, 300)
    assert widths is not None and sum(widths) == pytest.approx(300)
    assert widths[0] >= 50 and widths[1] > widths[0]
    assert columns.fit([columns.Needs(200, 200), columns.Needs(200, 200)], 300) is None
    assert sum(columns.squeeze([columns.Needs(200, 200), columns.Needs(100, 100)], 150)) == pytest.approx(150)


def test_a_wide_appendix_gets_landscape_pages_and_the_form_stays_portrait(mikkeli_docx: bytes) -> None:
    body = part(mikkeli_docx, "word/document.xml")
    sizes = re.findall(r"<w:pgSz ([^>]*)/>", body)
    assert len(sizes) == 2  # the form, then the appendix from a new page
    assert 'w:orient="landscape"' not in sizes[0] and 'w:orient="landscape"' in sizes[1]
    assert body.count("<w:footerReference") == 2  # the footer on every section


def test_a_narrow_table_keeps_the_page_portrait(kokkola_docx: bytes) -> None:
    table = Table("Pieni", ("Kunta", "Asukasluku"), ((("Kokkola",), ("48 000",)),), numeric=(False, True))
    body = part(render_docx(small(Section(), table)), "word/document.xml")
    assert "landscape" not in body and body.count("<w:pgSz") == 2
    assert "landscape" not in part(kokkola_docx, "word/document.xml")


def test_figures_are_right_aligned_with_a_total_row(mikkeli_docx: bytes) -> None:
    document = Document(io.BytesIO(mikkeli_docx))
    shares = next(t for t in document.tables if t.rows[0].cells[0].text == "Kunta" and len(t.columns) == 5)
    total = shares.rows[-1]
    assert total.cells[0].text == "Yhteensä" and total.cells[3].text == "600\u00a0000,00"
    assert all(r.bold for c in total.cells for p in c.paragraphs for r in p.runs)
    assert 'w:val="double"' in total.cells[1]._tc.xml
    assert shares.rows[1].cells[3].paragraphs[0].alignment == 2  # right
    assert shares.rows[1].cells[0].paragraphs[0].alignment is None
    members = next(t for t in document.tables if t.rows[0].cells[1].text == "Asukasluku")
    assert [r.cells[1].text for r in members.rows if r.cells[0].text == "Mikkeli"] == ["52\u00a0000"]
    assert not re.search(r"\b\d{4,}\b", "\n".join(c.text for t in document.tables for r in t.rows
                                                  for c in r.cells))  # every number of 4+ digits is grouped


# --- the footer, fonts, settings, properties -------------------------------------------------------------------

def test_footer_names_the_document_and_numbers_the_pages(kokkola_docx: bytes) -> None:
    footer = part(kokkola_docx, "word/footer1.xml")
    assert 'w:instr=" PAGE "' in footer and 'w:instr=" NUMPAGES "' in footer
    text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", footer))
    assert text == "Kokkola | Kunnan kotoutumisohjelma | 21.10.2024 | sivu 1 / 1"


def test_a_reference_document_keeps_its_own_footer(tmp_path: Path) -> None:
    template = tmp_path / "pohja.docx"
    own = Document()
    own.sections[0].footer.paragraphs[0].text = "Kokkolan kaupunki"
    own.save(str(template))
    data = render_docx(build_programme(programme(KOKKOLA)), template)
    rendered = Document(io.BytesIO(data))
    assert rendered.sections[0].footer.paragraphs[0].text == "Kokkolan kaupunki"
    assert "NUMPAGES" not in "".join(part(data, n) for n in zipfile.ZipFile(io.BytesIO(data)).namelist()
                                     if n.startswith("word/footer"))


def test_a_reference_document_without_footer_gets_ours(tmp_path: Path) -> None:
    template = tmp_path / "pohja.docx"
    Document().save(str(template))
    data = render_docx(build_programme(programme(KOKKOLA)), template)
    assert "NUMPAGES" in part(data, "word/footer1.xml")


def test_many_municipalities_are_named_by_the_coordinator_and_a_count() -> None:
    assert issuer(programme(MIKKELI)) == "Mikkeli ja 11 muuta kuntaa"
    assert issuer(programme(KOKKOLA)) == "Kokkola"


def test_fonts_are_arial_everywhere(kokkola_docx: bytes) -> None:
    styles = part(kokkola_docx, "word/styles.xml")
    fonts = re.findall(r"<w:rFonts ([^>]*)/>", styles)
    assert fonts and all("Theme" not in f and 'w:ascii="Arial"' in f for f in fonts)


def test_settings_hyphenate_in_finnish_in_word_2013_mode(kokkola_docx: bytes) -> None:
    settings = part(kokkola_docx, "word/settings.xml")
    assert "<w:autoHyphenation/>" in settings
    assert re.search(r'w:name="compatibilityMode"[^>]*w:val="15"', settings)
    assert '<w:decimalSymbol w:val=","/>' in settings
    assert "<w:suppressAutoHyphens/>" in part(kokkola_docx, "word/styles.xml")  # headings are not hyphenated
    assert 'w:lang w:val="fi-FI"' in part(kokkola_docx, "word/styles.xml")


def test_app_properties_are_honest(kokkola_docx: bytes) -> None:
    app = part(kokkola_docx, "docProps/app.xml")
    assert "Microsoft" not in app and "<Pages>" not in app and "<Words>" not in app
    assert "<Application>kotodoc " in app


def test_a_templates_company_is_kept_with_its_ampersand(tmp_path: Path) -> None:
    """The municipality's template names its organisation ("Kaupunki & Co <IT>"): app.xml keeps it, written as
    XML character data, and stays well-formed."""
    template = tmp_path / "pohja.docx"
    document = Document()
    document.save(str(template))
    with zipfile.ZipFile(template) as old:
        parts = {name: old.read(name) for name in old.namelist()}
    parts["docProps/app.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns='
        b'"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        b"<Company>Kaupunki &amp; Co &lt;IT&gt;</Company></Properties>")
    with zipfile.ZipFile(template, "w") as new:
        for name, data in parts.items():
            new.writestr(name, data)
    prog = Programme.model_validate(kokkola_data())
    app = part(render_docx(build_programme(prog), reference=template), "docProps/app.xml")
    assert "<Company>Kaupunki &amp; Co &lt;IT&gt;</Company>" in app
    assert parse_xml(app.encode()).tag.endswith("Properties")


# --- texts: no software, no other region; lists -----------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["docx", "md", "html"])
def test_no_software_name_and_no_other_region_in_a_joint_document(tmp_path: Path, fmt: str) -> None:
    data = render_doc(build_programme(programme(MIKKELI)), fmt)
    text = {"md": md_text, "html": html_text}[fmt](data) if fmt != "docx" else "\n".join(
        p.text for p in Document(io.BytesIO(data)).paragraphs)
    assert "kotodoc" not in text.lower()
    assert "Segmenttikohtainen jako" not in text


def test_typed_list_lines_become_lists() -> None:
    blocks = text_blocks("Palvelut:\n- neuvonta\n  - puhelimitse\n* ohjaus\n\nLoppu.")
    assert blocks == [Paragraph("Palvelut:"), BulletList((ListItem("neuvonta", ("puhelimitse",)), ListItem("ohjaus"))),
                      Paragraph("Loppu.")]
    assert text_blocks("-5 astetta ja 3 - 2") == [Paragraph("-5 astetta ja 3 - 2")]


@pytest.mark.parametrize("fmt", ["docx", "md", "html"])
def test_typed_lists_are_real_lists_in_every_format(tmp_path: Path, fmt: str) -> None:
    data = kokkola_data()
    data["ohjaus_ja_neuvonta"]["vastuutaho"] = "Ohjausta annetaan:\n- kotoutumispalveluissa\n- kirjastossa\n"
    doc = build_programme(programme(write_yaml(data, tmp_path / "lista.yaml")))
    assert any(isinstance(b, BulletList) and b.items[0].text == "kotoutumispalveluissa" for b in doc.blocks)
    out = render_doc(doc, fmt)
    if fmt == "docx":
        items = [p for p in Document(io.BytesIO(out)).paragraphs if p.text in ("kotoutumispalveluissa", "kirjastossa")]
        assert [p.style.name for p in items] == ["List Bullet", "List Bullet"]  # type: ignore[union-attr]
    elif fmt == "md":
        assert "\n- kotoutumispalveluissa\n- kirjastossa\n" in out.decode()
    else:
        assert "<li>kotoutumispalveluissa</li>" in out.decode()


def test_a_label_followed_by_a_list_keeps_its_label() -> None:
    part_blocks = [LabeledPart("Työnhakijat", ()), BulletList((ListItem("a"), ListItem("b")))]
    for fmt in ("md", "html"):
        assert "Työnhakijat:" in render_doc(small(*part_blocks), fmt).decode()
    docx = render_docx(small(*part_blocks))
    assert "Työnhakijat:" in [p.text for p in Document(io.BytesIO(docx)).paragraphs]


def test_list_lines_in_a_table_cell_are_list_items() -> None:
    table = Table("Taulukko", ("Rivi", "Vastaus"), ((("Rivi",), ("Näin:", "- yksi", "- kaksi")),))
    html = render_doc(small(table), "html").decode()
    assert "Näin:<ul><li>yksi</li><li>kaksi</li></ul>" in html.replace("\n", "")
    assert "• yksi" in render_doc(small(table), "md").decode()
    cells = Document(io.BytesIO(render_docx(small(table)))).tables[0].rows[1].cells[1].paragraphs
    assert [(p.text, p.style.name if p.style else "") for p in cells][1:] == [("yksi", "List Bullet"),
                                                                              ("kaksi", "List Bullet")]


def test_html_has_the_footer_and_captions_and_hyphenates(tmp_path: Path) -> None:
    html = render_doc(build_programme(programme(MIKKELI)), "html").decode()
    assert "<footer>\n<p>Mikkeli ja 11 muuta kuntaa | Kunnan kotoutumisohjelma | 20.6.2024</p>\n</footer>" in html
    assert '<table class="captioned">' in html and "hyphens: auto" in html
    assert '<tr class="total"><th scope="row">Yhteensä</th>' in html and '<td class="num">' in html

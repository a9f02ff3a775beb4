"""The Word document: the form's order and wording, accessibility, reproducibility, the reference template."""

from __future__ import annotations

import io
import itertools
import zipfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from kotodoc import form
from kotodoc.checks.validate import validate_file
from kotodoc.errors import FileReadError
from kotodoc.messages import Phrase
from kotodoc.render.pipeline import render_doc
from kotodoc.render.programme import build_programme
from kotodoc.render.tree import BulletList, Doc, Heading, ListItem, Paragraph
from kotodoc.render.word import needed_styles, render_docx
from kotodoc.render.word_zip import document_time, zip_time
from tests.render.support import KOKKOLA, MINIMAL, kokkola_data, write_yaml

T = form.texts("fi")

W_LANG = qn("w:lang")


def build(path: Path) -> Doc:
    report = validate_file(path)
    assert report.programme is not None and report.passed(), [d.message() for d in report.errors]
    return build_programme(report.programme)


def variant(tmp_path: Path, change: Any) -> Doc:
    """The Kokkola example with ``change(data)`` applied."""
    data = kokkola_data()
    change(data)
    return build(write_yaml(data, tmp_path / "muunnos.yaml"))


@pytest.fixture(scope="module")
def kokkola() -> Doc:
    return build(KOKKOLA)


@pytest.fixture(scope="module")
def kokkola_docx(kokkola: Doc) -> bytes:
    return render_doc(kokkola, "docx")


def style_name(paragraph: Any) -> str:
    """The paragraph's style name ('' without one)."""
    style = paragraph.style
    return str(style.name) if style is not None and style.name else ""


def run_lang(run: Any) -> str | None:
    """The run's own w:lang value, if any."""
    rpr = run._r.rPr
    lang = rpr.find(W_LANG) if rpr is not None else None
    return None if lang is None else str(lang.get(qn("w:val")))


def headings(data: bytes) -> list[tuple[int, str]]:
    document = Document(io.BytesIO(data))
    return [(int(style_name(p).split()[-1]), p.text) for p in document.paragraphs
            if style_name(p).startswith("Heading")]


def part_xml(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read(name).decode("utf-8")


# --- the form's order and wording ----------------------------------------------------------------------------

def test_headings_follow_the_form(kokkola_docx: bytes) -> None:
    found = headings(kokkola_docx)
    assert found[0] == (1, T.title)
    assert found[1:8] == [(2, T.field_label(h)) for h in form.HEADER]
    sections = [text for level, text in found if level == 2][7:]
    assert sections == [T.heading(s) for s in form.SECTIONS] + [T.table_title]
    assert sections[0].startswith("1. Osaamisen ja kotoutumisen palvelutarpeen arviointi")
    assert sections[0].endswith("(KotoL 14 ja 15 §)")
    section_1 = found[found.index((2, T.heading(form.SECTIONS[0]))) + 1:found.index((2, T.heading(form.SECTIONS[1])))]
    assert section_1 == [(3, "A. Kuvaus palvelusta:"), (4, "Miten palvelut järjestetään kunnassa?"),
                         (3, "B. Vastuutaho:"), (4, T.question("arviointi", form.SECTIONS[0].questions[1])),
                         (4, T.question("arviointi", form.SECTIONS[0].questions[2])), (3, "C. Yhteistyö:"),
                         (4, T.cooperation)]
    assert (4, "Kielitaidon päättötestaus (KotoL 26 §):") in found
    assert (5, "Miten päättötestauksen järjestäminen toteutetaan?") in found


def test_heading_levels_are_never_skipped(kokkola_docx: bytes) -> None:
    levels = [level for level, _ in headings(kokkola_docx)]
    assert levels[0] == 1 and levels.count(1) == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))


def test_intro_date_and_subtitle_come_first(kokkola_docx: bytes) -> None:
    texts = [p.text for p in Document(io.BytesIO(kokkola_docx)).paragraphs]
    assert texts[:5] == ["21.10.2024", T.title, T.subtitle, *T.intro]


def test_each_question_is_followed_by_its_answer(kokkola_docx: bytes) -> None:
    texts = [p.text for p in Document(io.BytesIO(kokkola_docx)).paragraphs]
    after = texts[texts.index("Miten kunta toteuttaa monikielisen yhteiskuntaorientaation?") + 1]
    assert after.startswith("Kunta järjestää monikielisen yhteiskuntaorientaation omana toimintanaan")
    languages = texts[texts.index("Millä kielillä kunnassa on tarve järjestää yhteiskuntaorientaatio?") + 2]
    assert languages == "venäjä, ukraina, persia, swahili, arabia, thai, viro, englanti"


def test_languages_by_name_and_unknown_ones_as_written(tmp_path: Path) -> None:
    def languages(data: dict[str, Any]) -> None:
        data["yhteiskuntaorientaatio"]["kielet"] = ["ar", "Somali", "täydennetään"]

    texts = [p.text for p in Document(io.BytesIO(render_docx(variant(tmp_path, languages)))).paragraphs]
    assert "arabia, somali, täydennetään" in texts


def test_split_answers_are_labelled_parts(kokkola_docx: bytes) -> None:
    document = Document(io.BytesIO(kokkola_docx))
    part = next(p for p in document.paragraphs if p.text.startswith("Työttömät työnhakijat: "))
    assert part.runs[0].text == "Työttömät työnhakijat: " and part.runs[0].bold
    assert part.runs[1].text.startswith("Työvoimaviranomainen tekee") and not part.runs[1].bold


def test_lists_are_word_lists(kokkola_docx: bytes) -> None:
    document = Document(io.BytesIO(kokkola_docx))
    bullets = [p.text for p in document.paragraphs if style_name(p) == "List Bullet"]
    assert bullets[:7] == kokkola_data()["perustiedot"]["yhteistyokumppanit"]
    assert "nuorten avoin ryhmätoiminta," in bullets
    style = document.styles["List Bullet"].element
    assert style.find(qn("w:pPr")).find(qn("w:numPr")) is not None


def test_an_answer_written_as_a_list_is_a_list(tmp_path: Path) -> None:
    def as_list(data: dict[str, Any]) -> None:
        data["ohjaus_ja_neuvonta"]["vastuutaho"] = ["Kotoutumispalvelut", "Welcome office"]

    document = Document(io.BytesIO(render_docx(variant(tmp_path, as_list))))
    texts = [(style_name(p), p.text) for p in document.paragraphs]
    question = texts.index(("Heading 4", "Mitkä tahot/yksiköt vastaavat palveluiden järjestämisestä?"))
    assert texts[question + 1:question + 3] == [("List Bullet", "Kotoutumispalvelut"),
                                                 ("List Bullet", "Welcome office")]


def test_multi_line_answers_are_paragraphs_not_line_breaks(kokkola_docx: bytes) -> None:
    texts = [p.text for p in Document(io.BytesIO(kokkola_docx)).paragraphs]
    start = texts.index("Kotoutumisohjelman laadinnan prosessi ja viestintä kunnassa:")
    assert texts[start + 2].startswith("Laadinnassa kuultu eri toimijoita")
    assert texts[start + 3].startswith("Kesällä 2024 käyty keskustelua")
    assert texts[start + 4].startswith("Seuranta: Kuinka asiakkaat")
    assert "<w:br" not in part_xml(kokkola_docx, "word/document.xml")


def test_table_is_a_real_table_with_a_repeating_header(kokkola_docx: bytes) -> None:
    document = Document(io.BytesIO(kokkola_docx))
    (table,) = document.tables
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == list(T.table_columns.values())
    assert [r[0] for r in rows[1:]] == [T.table_rows[r.key] for r in form.TABLE_ROWS]
    assert rows[1][1:] == ["K-P:n työllisyysalue ja kotoutumispalvelut", "Kotoutumispalvelut"]
    tr_pr = [row._tr.trPr for row in table.rows]
    assert tr_pr[0].find(qn("w:tblHeader")) is not None
    assert all(pr.find(qn("w:tblHeader")) is None for pr in tr_pr[1:])
    caption = table._tbl.tblPr.find(qn("w:tblCaption"))
    assert caption is not None and caption.get(qn("w:val")) == T.table_title


def test_optional_questions_and_section_7(kokkola_docx: bytes) -> None:
    kokkola_texts = [text for _, text in headings(kokkola_docx)]
    assert "Miten kunnassanne järjestetään luku- ja kirjoitustaidon koulutus?" in kokkola_texts
    assert "Jos luku- ja kirjoitustaidon koulutukselle ei ole tarvetta, esitä perustelut." not in kokkola_texts
    assert T.heading(form.SECTIONS[6]) in kokkola_texts
    minimal = [text for _, text in headings(render_doc(build(MINIMAL), "docx"))]
    assert "Jos luku- ja kirjoitustaidon koulutukselle ei ole tarvetta, esitä perustelut." in minimal
    assert "Miten kunnassanne järjestetään luku- ja kirjoitustaidon koulutus?" not in minimal
    assert T.heading(form.SECTIONS[6]) not in minimal
    assert not any(text.startswith("7.") for text in minimal)


# --- accessibility metadata ---------------------------------------------------------------------------------

def test_language_is_set_where_word_and_libreoffice_read_it(kokkola_docx: bytes) -> None:
    styles = part_xml(kokkola_docx, "word/styles.xml")
    defaults = Document(io.BytesIO(kokkola_docx)).styles.element.find(qn("w:docDefaults"))
    lang = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(W_LANG)
    assert lang.get(qn("w:val")) == "fi-FI"
    assert 'w:val="en-US"' not in styles


def test_service_language_parts_keep_the_document_s_language(tmp_path: Path) -> None:
    """A part's ``kieli`` is the language of the *service*, not of the text (issue 16): the Swedish-language
    service's part is labelled so and keeps the document's language tag. (Replaces the test that tagged
    such a part sv-FI: text in a part with ``kieli: fi`` was then tagged Finnish even when it was Swedish.)"""
    def add_swedish(data: dict[str, Any]) -> None:
        data["ohjaus_ja_neuvonta"]["vastuutaho"] = [
            {"kieli": "fi", "teksti": "Kotoutumispalvelut"},
            {"kieli": "sv", "teksti": "Kotoutumispalvelut ruotsiksi"}]

    data = render_docx(variant(tmp_path, add_swedish))
    document = Document(io.BytesIO(data))
    para = next(p for p in document.paragraphs if "Kotoutumispalvelut ruotsiksi" in p.text)
    assert para.text == "Ruotsinkieliset palvelut: Kotoutumispalvelut ruotsiksi"
    finnish = next(p for p in document.paragraphs if p.text == "Suomenkieliset palvelut: Kotoutumispalvelut")
    for p in (para, finnish):
        assert all(r._r.rPr is None or r._r.rPr.find(W_LANG) is None for r in p.runs)
    assert b'w:lang w:val="sv-FI"' not in data


def test_swedish_document_uses_the_swedish_form_texts(tmp_path: Path) -> None:
    """``kieli: sv`` prints the form in Swedish (issue 16). Replaces the test that asserted the old behaviour,
    a Swedish document with the Finnish form texts tagged fi-FI."""
    def swedish(data: dict[str, Any]) -> None:
        data["kieli"] = "sv"

    data = render_docx(variant(tmp_path, swedish))
    document = Document(io.BytesIO(data))
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(W_LANG).get(qn("w:val")) == "sv-FI"
    sv = form.texts("sv")
    question = next(p for p in document.paragraphs if p.text == sv.cooperation)
    assert question.runs[0]._r.rPr is None or question.runs[0]._r.rPr.find(W_LANG) is None
    assert not any(p.text == T.cooperation for p in document.paragraphs)
    assert b'w:lang w:val="fi-FI"' not in data
    assert document.core_properties.language == "sv-FI"


def test_iso_date_is_read_by_the_same_reader_and_printed_the_finnish_way(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """``paivays: 2024-10-21`` validates, so the document is dated 21.10.2024 (it was once undated)."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)

    def iso(data: dict[str, Any]) -> None:
        data["paivays"] = "2024-10-21"

    doc = variant(tmp_path, iso)
    assert doc.date == "21.10.2024"
    document = Document(io.BytesIO(render_docx(doc, when=document_time(doc.date))))
    assert document.paragraphs[0].text == "21.10.2024"
    assert document.core_properties.created == datetime(2024, 10, 21, tzinfo=timezone.utc)


def test_core_properties(kokkola_docx: bytes) -> None:
    props = Document(io.BytesIO(kokkola_docx)).core_properties
    assert props.title == "Kunnan kotoutumisohjelma – Kokkola"
    assert props.subject.startswith(T.subtitle)
    assert props.language == "fi-FI"
    assert props.author == "Kokkola"
    assert props.comments == ""
    assert props.created == datetime(2024, 10, 21, tzinfo=timezone.utc)
    with zipfile.ZipFile(io.BytesIO(kokkola_docx)) as z:
        names = z.namelist()
        assert "docProps/thumbnail.jpeg" not in names and "word/stylesWithEffects.xml" not in names
        assert all(b"python-docx" not in z.read(n) for n in names)


# --- reproducibility ------------------------------------------------------------------------------------------

def test_two_renders_are_byte_identical(kokkola: Doc, kokkola_docx: bytes) -> None:
    assert render_doc(kokkola, "docx") == kokkola_docx
    with zipfile.ZipFile(io.BytesIO(kokkola_docx)) as z:
        infos = z.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {i.date_time for i in infos} == {(2024, 10, 21, 0, 0, 0)}


def test_source_date_epoch_wins(kokkola: Doc, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    data = render_doc(kokkola, "docx")
    modified = Document(io.BytesIO(data)).core_properties.modified
    assert modified == datetime(2023, 11, 14, 22, 13, 20, tzinfo=timezone.utc)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.infolist()[0].date_time == (2023, 11, 14, 22, 13, 20)


def test_document_time_rules() -> None:
    assert document_time("5.12.2024", {}) == datetime(2024, 12, 5, tzinfo=timezone.utc)
    assert document_time("joulukuu", {}) is None
    assert document_time("31.2.2024", {}) is None
    assert document_time("5.12.2024", {"SOURCE_DATE_EPOCH": "0"}) == datetime(1970, 1, 1, tzinfo=timezone.utc)
    assert zip_time(datetime(1970, 1, 1, tzinfo=timezone.utc)) == (1980, 1, 1, 0, 0, 0)
    assert zip_time(None) == (1980, 1, 1, 0, 0, 0)


def test_undated_document_has_no_dates(tmp_path: Path) -> None:
    def undated(data: dict[str, Any]) -> None:
        del data["paivays"]

    data = render_docx(variant(tmp_path, undated))
    assert "dcterms:created" not in part_xml(data, "docProps/core.xml")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.infolist()[0].date_time == (1980, 1, 1, 0, 0, 0)


# --- the municipality's own template -------------------------------------------------------------------------

def _template(path: Path, drop_styles: tuple[str, ...] = (), numbering: bool = True) -> Path:
    document = Document()
    if not numbering:  # like pandoc's or a plain text's template: no numbering part at all
        [rid] = [rid for rid, rel in document.part.rels.items() if rel.reltype == RT.NUMBERING]
        del document.part.rels[rid]
    section = document.sections[0]
    section.header.paragraphs[0].text = "Kokkolan kaupunki – logo"
    section.left_margin = 914400  # one inch, unlike the default A4 layout
    document.add_paragraph("Mallipohjan oma teksti, joka ei kuulu tulosteeseen")
    for name in drop_styles:
        element = document.styles[name].element
        element.getparent().remove(element)
    document.save(str(path))
    return path


def test_reference_docx_keeps_header_and_page_setup(kokkola: Doc, tmp_path: Path) -> None:
    data = render_docx(kokkola, _template(tmp_path / "pohja.docx"))
    document = Document(io.BytesIO(data))
    assert document.sections[0].header.paragraphs[0].text == "Kokkolan kaupunki – logo"
    assert document.sections[0].left_margin == 914400
    texts = [p.text for p in document.paragraphs]
    assert "Mallipohjan oma teksti, joka ei kuulu tulosteeseen" not in texts
    assert texts[1] == T.title and len(document.tables) == 1
    assert render_docx(kokkola, tmp_path / "pohja.docx") == data


def test_reference_docx_missing_styles_are_all_named(kokkola: Doc, tmp_path: Path) -> None:
    """The missing styles are added, not refused (QA 10), and all named in one note."""
    template = _template(tmp_path / "pohja.docx", drop_styles=("Heading 3", "List Bullet"))
    notes: list[Phrase] = []
    render_docx(kokkola, template, notes=notes)
    [note] = notes
    message = str(note)
    assert "'Heading 3' (Otsikko 3)" in message and "'List Bullet' (Luettelomerkki)" in message
    assert str(template) in message and "Heading 2" not in message
    assert "puuttuivat tyylit" in message and "kotodoc lisäsi ne" in message


def test_reference_docx_missing_styles_are_added_like_python_docx_s(kokkola: Doc, tmp_path: Path) -> None:
    """Headings with their outline level and the bullets' numbering, based on the template's own Normal; the
    note speaks of one style in the singular."""
    template = _template(tmp_path / "pohja.docx", drop_styles=("Heading 4", "List Bullet"))
    bare = _template(tmp_path / "ilman-numerointia.docx", drop_styles=("Heading 4", "List Bullet"), numbering=False)
    with zipfile.ZipFile(bare) as package:
        assert "word/numbering.xml" not in package.namelist()
    for path in (template, bare):
        document = Document(io.BytesIO(render_docx(kokkola, path)))
        heading = document.styles["Heading 4"]
        assert heading.base_style is not None and heading.base_style.name == "Normal"
        assert heading.element.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}").get(qn("w:val")) == "3"
        bullet = document.styles["List Bullet"]
        num_id = bullet.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val"))
        numbering = document.part.numbering_part.element
        [num] = [n for n in numbering.findall(qn("w:num")) if n.get(qn("w:numId")) == num_id]
        abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
        [abstract] = [a for a in numbering.findall(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id]
        assert abstract.find(f"{qn('w:lvl')}/{qn('w:numFmt')}").get(qn("w:val")) == "bullet"
        assert "List Bullet" in [style_name(p) for p in document.paragraphs if p.text == "Kotoutumispalvelut"]
    one: list[Phrase] = []
    render_docx(kokkola, _template(tmp_path / "yksi.docx", drop_styles=("List Bullet",)), notes=one)
    assert "puuttui tyyli 'List Bullet' (Luettelomerkki); kotodoc lisäsi sen" in str(one[0])
    assert "saknades formatet 'List Bullet' (Punktlista); kotodoc lade till det" in one[0].localize("sv")
    assert "lacked the style 'List Bullet'; kotodoc added it" in one[0].localize("en")


def test_reference_docx_that_is_not_word(kokkola: Doc, tmp_path: Path) -> None:
    bogus = tmp_path / "pohja.docx"
    bogus.write_text("ei Word-tiedosto", encoding="utf-8")
    with pytest.raises(FileReadError, match="ei voi avata Word-asiakirjana"):
        render_docx(kokkola, bogus)
    with pytest.raises(FileReadError, match="ei löydy"):
        render_docx(kokkola, tmp_path / "puuttuu.docx")


def test_needed_styles_follow_the_document() -> None:
    plain = Doc("T", "", "fi-FI", "", "", (Paragraph("x"),))
    assert needed_styles(plain) == ["Normal", "Heading 1"]
    nested = Doc("T", "", "fi-FI", "", "", (Heading(2, "H"), BulletList((ListItem("a", ("b",)),))))
    assert needed_styles(nested) == ["Normal", "Heading 1", "Heading 2", "List Bullet", "List Bullet 2"]
    document = Document(io.BytesIO(render_docx(nested)))
    assert [(style_name(p), p.text) for p in document.paragraphs][-2:] == [("List Bullet", "a"),
                                                                           ("List Bullet 2", "b")]


def test_tabs_and_spaces_survive_as_word_writes_them() -> None:
    doc = Doc("T", "", "fi-FI", "", "", (Paragraph("sarake\ttoinen"), Paragraph("  reunat  ")))
    data = render_docx(doc)
    texts = [p.text for p in Document(io.BytesIO(data)).paragraphs]
    assert texts[-2:] == ["sarake\ttoinen", "  reunat  "]
    xml = part_xml(data, "word/document.xml")
    assert "<w:tab/>" in xml and '<w:t xml:space="preserve">  reunat  </w:t>' in xml


@pytest.mark.parametrize(("content", "says"), [
    (b"skeemaversio: 1\n", "se on tekstitiedosto, esimerkiksi YAML"),
    (b"%PDF-1.7\n", "se on PDF-tiedosto"),
    (b"PK\x05\x06" + b"\x00" * 18, "se on zip-paketti, jossa ei ole Word-asiakirjaa"),
    (bytes(range(128, 256)) * 4, "tiedosto on vioittunut tai keskeneräinen"),
])
def test_reference_docx_that_is_not_word_says_what_it_is(kokkola: Doc, tmp_path: Path, content: bytes,
                                                         says: str) -> None:
    """No zip library's English ("File is not a zip file", "Package not found at …") in the message (QA 6)."""
    bogus = tmp_path / "hyva.yaml"
    bogus.write_bytes(content)
    with pytest.raises(FileReadError) as err:
        render_docx(kokkola, bogus)
    assert f"mallipohjaa {bogus} ei voi avata Word-asiakirjana ({says})" in str(err.value)
    for lang in ("fi", "sv", "en"):
        assert "zip file" not in err.value.localize(lang) and "Package" not in err.value.localize(lang)


def test_reference_docx_zip_without_word_is_said_in_the_reader_s_language(kokkola: Doc, tmp_path: Path) -> None:
    bogus = tmp_path / "pohja.docx"
    with zipfile.ZipFile(bogus, "w") as package:
        package.writestr("muistio.txt", "ei Word-asiakirja")
    with pytest.raises(FileReadError) as err:
        render_docx(kokkola, bogus)
    assert "den är ett zip-paket utan Word-dokument" in err.value.localize("sv")
    assert "it is a zip package with no Word document in it" in err.value.localize("en")

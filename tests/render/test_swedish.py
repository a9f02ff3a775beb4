"""A Swedish document (``kieli: sv``): every fixed text in Swedish in every format and document kind.

The Närpes example is a Swedish-majority town's programme written in Swedish. Its rendered documents must
hold no Finnish label of the form, Swedish headings for every section, Swedish part labels, the Swedish
agenda item, and language tags that follow the text (the document's, not a part's service language).
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from docx import Document
from docx.oxml.ns import qn

from kotodoc import form
from kotodoc.checks.validate import validate_bytes, validate_file
from kotodoc.render import agenda
from kotodoc.render.joint_appendix import joint_appendix
from kotodoc.render.pipeline import render_doc
from kotodoc.render.programme import build_programme
from kotodoc.render.tree import Doc, Heading, LabeledPart, Paragraph, Table
from kotodoc.schema.programme import Programme
from tests.conftest import ROOT
from tests.form.test_texts import labels
from tests.render.support import NARPES, docx_text, html_text, md_text, norm, pdf_text

FI, SV = form.texts("fi"), form.texts("sv")
EXTRACT = {"docx": docx_text, "md": md_text, "html": html_text}
MIKKELI = ROOT / "examples" / "mikkeli.yaml"
W_LANG = qn("w:lang")


def programme(path: Path = NARPES, change: Any = None) -> Programme:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if change is not None:
        change(data)
    report = validate_bytes(yaml.safe_dump(data, allow_unicode=True).encode("utf-8"), path.name)
    assert report.programme is not None and report.passed(), [d.message() for d in report.errors]
    return report.programme


def finnish_left(text: str, extra: tuple[str, ...] = ()) -> list[str]:
    """The Finnish form labels (and ``extra`` Finnish texts) found in ``text``."""
    flat = norm(text)
    return [label for _, label in [*labels(FI), *(("", e) for e in extra)] if norm(label) in flat]


def swedish_headings(prog: Programme) -> list[str]:
    present = [sec for sec in form.SECTIONS if getattr(prog, sec.key) is not None]
    return [SV.title, SV.subtitle, SV.table_title, *(SV.heading(sec) for sec in present),
            *(SV.field_label(h) for h in form.HEADER), *SV.table_rows.values(), *SV.blocks.values()]


@pytest.fixture(scope="module")
def narpes() -> Doc:
    report = validate_file(NARPES)
    assert report.programme is not None and report.passed()
    assert report.diagnostics == []  # the example is finished: not even a warning
    return build_programme(report.programme)


@pytest.mark.parametrize("fmt", ["docx", "md", "html"])
def test_no_finnish_form_label_is_left(narpes: Doc, fmt: str) -> None:
    text = EXTRACT[fmt](render_doc(narpes, fmt))
    assert finnish_left(text) == []
    missing = [h for h in swedish_headings(programme()) if norm(h) not in norm(text)]
    assert missing == []


def test_the_check_notices_a_finnish_label() -> None:
    assert finnish_left(f"x {FI.table_rows['arviointi']} y") == [FI.table_rows["arviointi"]]


@pytest.mark.slow
def test_pdf_has_swedish_headings_and_no_finnish_label(narpes: Doc, tmp_path: Path) -> None:
    # pdftotext joins a word broken after a hyphen at a line end: compare without hyphens
    text = norm(pdf_text(render_doc(narpes, "pdf"), tmp_path).replace("-", ""))
    assert [label for _, label in labels(FI) if norm(label.replace("-", "")) in text] == []
    missing = [h for h in swedish_headings(programme()) if norm(h.replace("-", "")) not in norm(text)]
    assert missing == []


def test_service_language_is_not_text_language(narpes: Doc) -> None:
    """A part's ``kieli`` says which language the *service* is in: Swedish prose about Finnish-language
    services is labelled "Finskspråkiga tjänster" and keeps the document's language tag (sv-FI)."""
    document = Document(io.BytesIO(render_doc(narpes, "docx")))
    part = next(p for p in document.paragraphs if p.text.startswith("Finskspråkiga tjänster: "))
    assert part.text.endswith("Integrationstjänsterna ordnar en finskspråkig handledare eller en tolk vid behov.")
    assert all(r._r.rPr is None or r._r.rPr.find(W_LANG) is None for r in part.runs)  # the document's sv-FI
    assert 'lang="fi-FI"' not in render_doc(narpes, "html").decode("utf-8")


def test_finnish_document_s_swedish_part_keeps_the_finnish_tag(tmp_path: Path) -> None:
    """The same rule in a Finnish document: a Swedish-language service described there is tagged fi-FI."""
    def add_swedish(data: dict[str, Any]) -> None:
        data["ohjaus_ja_neuvonta"]["vastuutaho"] = [
            {"kieli": "fi", "teksti": "Kotoutumispalvelut"},
            {"kieli": "sv", "teksti": "Kotoutumispalvelut ruotsiksi"}]

    doc = build_programme(programme(ROOT / "tests" / "cases" / "valid" / "minimal.yaml", add_swedish))
    parts = [b for b in doc.blocks if isinstance(b, LabeledPart) and b.label.endswith("kieliset palvelut")]
    assert [(p.label, p.lang) for p in parts] == [("Suomenkieliset palvelut", None), ("Ruotsinkieliset palvelut", None)]
    assert doc.lang == "fi-FI"


def test_a_swedish_draft_is_marked_utkast(tmp_path: Path) -> None:
    from kotodoc.render.pipeline import render_file

    source = tmp_path / "narpes.yaml"
    text = NARPES.read_text(encoding="utf-8").replace("kieli: sv\n", "kieli: sv\nluonnos: true\n", 1)
    source.write_text(text, encoding="utf-8")
    result = render_file(source, "md", tmp_path / "narpes.md")
    assert result.output is not None and result.report.draft
    written = (tmp_path / "narpes.md").read_text(encoding="utf-8")
    assert written.startswith("**UTKAST**") and "LUONNOS" not in written


def test_word_html_and_properties_say_swedish(narpes: Doc) -> None:
    data = render_doc(narpes, "docx")
    document = Document(io.BytesIO(data))
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(W_LANG).get(qn("w:val")) == "sv-FI"
    assert not any(run_lang == "fi-FI" for run_lang in re.findall(r'w:lang w:val="([^"]+)"',
                                                                      data.decode("latin-1")))
    props = document.core_properties
    assert props.language == "sv-FI" and props.title == "Kommunens integrationsprogram – Närpes"
    assert props.comments == SV.own["doc.translation"] and SV.own["doc.translation"] in props.subject
    assert "kotodocs översättning" in props.comments
    html = render_doc(narpes, "html").decode("utf-8")
    assert '<html lang="sv-FI">' in html and SV.own["doc.translation"] in html


def test_finnish_document_has_no_translation_note() -> None:
    doc = build_programme(programme(ROOT / "examples" / "kokkola.yaml"))
    assert doc.description == "" and "översättning" not in doc.subject


def test_languages_are_named_in_the_document_s_language() -> None:
    def languages(data: dict[str, Any]) -> None:
        data["yhteiskuntaorientaatio"]["kielet"] = ["ar", "arabia", "Bosniska", "farsi", "kompletteras"]

    doc = build_programme(programme(NARPES, languages))
    shown = [b.text for b in doc.blocks if isinstance(b, Paragraph) and b.text.startswith("arabiska")]
    assert shown == ["arabiska, arabiska, bosniska, farsi, kompletteras"]
    finnish = build_programme(programme(ROOT / "tests" / "cases" / "valid" / "minimal.yaml", languages))
    assert any(isinstance(b, Paragraph) and b.text == "arabia, arabia, bosnia, farsi, kompletteras"
               for b in finnish.blocks)


def test_generated_h7_is_swedish() -> None:
    h7 = " ".join(p.teksti for p in programme().perustiedot.kasittely_ja_hyvaksyminen)
    assert h7 == ("Dokumentet som beskriver integrationsprogrammet behandlas och godkänns av stadsstyrelsen "
                  "(sammanträde 18.11.2024, § 212, dnr 318/00.01.02/2024). "
                  "Dokumentet lämnas in till NTM-centralen senast 5.12.2024.")


def test_generated_h7_of_2026_names_the_livskraftscentral() -> None:
    """From 1.1.2026 the document goes to the region's elinvoimakeskus, named in Swedish in a Swedish document."""
    data = yaml.safe_load(NARPES.read_text(encoding="utf-8"))
    data["paivays"] = "15.1.2026"
    block = data["hyvaksyminen"]
    block["elinvoimakeskus"] = block.pop("ely", None) or {"maaraaika": "5.2.2026"}
    data["perustiedot"].pop("kasittely_ja_hyvaksyminen", None)
    report = validate_bytes(yaml.safe_dump(data, allow_unicode=True).encode("utf-8"), "narpes.yaml")
    assert report.programme is not None
    h7 = " ".join(p.teksti for p in report.programme.perustiedot.kasittely_ja_hyvaksyminen)
    assert h7.endswith("Dokumentet lämnas in till Livskraftscentralen i Österbotten senast 5.12.2024.")
    background = agenda.context(report.programme, report.programme.hyvaksyminen[0])
    assert background["vastaanottajalle"] == "till Livskraftscentralen i Österbotten" and background["elinvoimakeskus"]


# --- the agenda item -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def agenda_item() -> Doc:
    return agenda.build_agenda(programme())


def test_agenda_item_is_swedish(agenda_item: Doc) -> None:
    assert agenda_item.lang == "sv-FI"
    assert agenda_item.title == SV.places["agenda_heading"]
    assert agenda_item.subtitle == "STST 18.11.2024 § 212"
    parts = {b.label: b.paragraphs for b in agenda_item.blocks if isinstance(b, LabeledPart)}
    assert list(parts) == ["Bilagor", "Beredare", "Föredragande", "Beslutsförslag"]
    assert parts["Bilagor"] == (("Bilaga 1 Kommunens integrationsprogram – dokument som beskriver tjänsterna i "
                                "inledningsskedet av integrationen (Närpes, 4.11.2024)"),)
    assert agenda_item.footer == ("Närpes", "STST", "18.11.2024")
    texts = [b.text for b in agenda_item.blocks if isinstance(b, Paragraph)]
    assert texts[0] == "Dnr 318/00.01.02/2024"
    assert texts[1].startswith("Arbets- och näringsministeriet (ANM) har sänt kommunerna ett brev daterat 19.6.2024")
    assert "senast 5.12.2024" in texts[1]
    assert texts[-1].endswith("Dokumentets kontaktperson är integrationskoordinator Anna Exempel.")
    # QA 5: H2's answer stands alone after its lead (it was "samordnas av … (Närpes).")
    assert texts[-2] == "Aktör som samordnar integrationsprogrammet: Integrationstjänsterna vid bildningsavdelningen"


@pytest.mark.parametrize("fmt", ["docx", "md", "html"])
def test_agenda_item_has_no_finnish_fixed_text(agenda_item: Doc, fmt: str) -> None:
    text = EXTRACT[fmt](render_doc(agenda_item, fmt, document="agenda-item"))
    finnish_own = tuple(v for k, v in FI.own.items() if k.startswith("agenda."))
    finnish_template = (ROOT / "templates" / "agenda_background.fi.j2").read_text(encoding="utf-8")
    sentences = [s for s in re.split(r"(?<=\.)\s+", " ".join(finnish_template.split("#}")[-1].split()))
                 if "{" not in s and len(s) > 30]
    assert len(sentences) > 5
    assert finnish_left(text, (*finnish_own, *sentences, FI.places["agenda_heading"])) == []


# --- a joint programme in Swedish -------------------------------------------------------------------------------

def test_joint_appendix_and_cost_split_are_swedish() -> None:
    def swedish(data: dict[str, Any]) -> None:
        data["kieli"] = "sv"

    prog = programme(MIKKELI, swedish)
    blocks = joint_appendix(prog, SV)
    headings = [b.text for b in blocks if isinstance(b, Heading)]
    assert headings == ["Bilaga: Samarbete mellan flera kommuner", "Medlemskommuner",
                        "Uppgiftsfördelning per kundgrupp", "Övriga uppgifter per ansvarsnivå", "Kostnadsfördelning"]
    doc = build_programme(prog)
    assert [b for b in doc.blocks if b in blocks] == blocks
    fixed: list[str] = []  # the appendix's own words (the block's free texts are the user's, in Finnish here)
    for b in blocks:
        if isinstance(b, Heading):
            fixed.append(b.text)
        elif isinstance(b, LabeledPart):
            fixed.append(b.label)
        elif isinstance(b, Paragraph) and b.role == "hint":
            fixed.append(b.text)
        elif isinstance(b, Table):
            fixed += [b.caption, *b.header, *(row[0][0] for row in b.rows if b.caption != "Medlemskommuner")]
    finnish_own = tuple(v for k, v in FI.own.items() if k.startswith(("appendix.", "costs.")) and "{" not in v)
    finnish_labels = tuple(v for table in FI.joint.values() for v in table.values())
    assert finnish_left(" | ".join(fixed), (*finnish_own, *finnish_labels)) == []
    assert "Familjegrupphem" in fixed and "Totalt" in fixed
    text = docx_text(render_doc(doc, "docx"))
    assert "Årskostnad 600\u00a0000,00 €." in text
    assert "Inledande kartläggningar: term i den upphävda lagen (1386/2010)" in text

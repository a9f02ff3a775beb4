"""The form's texts in every language: a text for every place of the structure, Swedish really Swedish."""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from kotodoc import form
from kotodoc.form import FormTexts

FI, SV, EN = form.texts("fi"), form.texts("sv"), form.texts("en")

TABLES = ("header", "header_hints", "header_helpers", "contact_fields", "sections", "instructions", "blocks",
          "questions", "hints", "subheadings", "table_columns", "table_rows", "target_groups", "service_languages",
          "answer_fields", "places", "fields", "joint", "own")


def labels(t: FormTexts) -> Iterator[tuple[str, str]]:
    """Every fixed text of the TEM form in ``t`` with a name for it (not kotodoc's own texts)."""
    yield "title", t.title
    yield "subtitle", t.subtitle
    yield "law_name", t.law_name
    yield "bilingual_instruction", t.bilingual_instruction
    yield "cooperation", t.cooperation
    yield "table_title", t.table_title
    for i, text in enumerate(t.intro):
        yield f"intro {i}", text
    for table in ("header", "header_hints", "contact_fields", "sections", "instructions", "blocks", "questions",
                  "hints", "subheadings", "table_columns", "table_rows", "target_groups", "service_languages"):
        for key, text in getattr(t, table).items():
            yield f"{table} {key}", text
    for key, helpers in t.header_helpers.items():
        for i, text in enumerate(helpers):
            yield f"header_helpers {key} {i}", text
    for sec in form.SECTIONS:
        yield f"heading {sec.key}", t.heading(sec)


def fields_of(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("lang", form.LANGUAGES)
def test_every_language_has_every_key_finnish_has(lang: str) -> None:
    t = form.texts(lang)
    assert t.lang == lang
    for table in TABLES:
        ours, finnish = getattr(t, table), getattr(FI, table)
        assert set(ours) == set(finnish), (lang, table)
    for name in ("client_groups", "client_groups_short", "tasks", "levels", "arrangements"):
        assert set(t.joint[name]) == set(FI.joint[name]), (lang, name)
    for key, helpers in FI.header_helpers.items():
        assert len(t.header_helpers[key]) == len(helpers)
    assert len(t.intro) == len(FI.intro)


@pytest.mark.parametrize("lang", form.LANGUAGES)
def test_templates_take_the_same_fields_in_every_language(lang: str) -> None:
    t = form.texts(lang)
    for table in ("places", "own"):
        finnish: Mapping[str, Any] = getattr(FI, table)
        for key, text in getattr(t, table).items():
            assert fields_of(text) == fields_of(finnish[key]), (lang, table, key)


def test_every_place_of_the_structure_has_a_text() -> None:
    for t in (FI, SV, EN):
        for h in form.HEADER:
            assert t.field_label(h)
        for sec in form.SECTIONS:
            assert t.heading(sec).startswith(f"{sec.number}. ")
            for q in sec.questions:
                assert t.question(sec.key, q)
        for row in form.TABLE_ROWS:
            assert t.table_rows[row.key]


def test_swedish_form_is_translated_everywhere() -> None:
    """No Swedish label is the Finnish one: a label left untranslated would print Finnish in a Swedish document."""
    finnish = dict(labels(FI))
    same = [name for name, text in labels(SV) if text == finnish[name]]
    assert same == []
    assert SV.tag == "sv-FI" and SV.translated and not FI.translated
    assert SV.own["doc.translation"] and not FI.own["doc.translation"]


def test_swedish_law_references_follow_finland_swedish_usage() -> None:
    assert SV.law(form.SECTION_BY_KEY["arviointi"]) == "14 och 15 § i integrationslagen"
    assert SV.law(form.SECTION_BY_KEY["yhteiskuntaorientaatio"]) == "25 § i integrationslagen"
    assert SV.law(form.SECTION_BY_KEY["ohjaus_ja_neuvonta"]) == "13 § 1 mom. 5 punkten i integrationslagen"
    assert SV.law_ref(form.LawRef((14, 15, 16))) == "14, 15 och 16 § i integrationslagen"
    assert SV.law_name == "lag om främjande av integration (681/2023)"
    assert "KotoL" not in " ".join(text for _, text in labels(SV))


def test_swedish_uses_the_official_service_names() -> None:
    rows = SV.table_rows
    assert rows["arviointi"] == "Bedömning av kompetens och behovet av integrationstjänster"
    assert rows["kotoutumissuunnitelma"] == "Integrationsplan"
    assert rows["yhteiskuntaorientaatio"] == "Flerspråkig samhällsorientering"
    assert rows["kotoutumiskoulutus"] == "Integrationsutbildning"
    assert rows["ohjaus_ja_neuvonta"] == "Vägledning och rådgivning under den tid integrationsprogrammet genomförs"
    assert "slutbedömning av språkkunskaperna" in SV.subheadings[("kotoutumiskoulutus", "paattotestaus")].lower()
    assert SV.part_label("tyonhakijat", "fi") == "Arbetssökande, finskspråkiga tjänster"


def test_english_frames_the_finnish_form() -> None:
    """English messages quote TEM's Finnish wording (there is no English form) in English words."""
    assert EN.questions == FI.questions and EN.law_ref is FI.law_ref and EN.tag == "fi-FI"
    assert EN.places["question"].startswith("section ") and EN.places["row"].startswith("responsibility table")
    assert EN.fields["Member.kunta"][0] == "kunta"  # kotodoc's own blocks are named by their YAML keys
    assert EN.own["costs.title"] == "Cost split" and EN.own["number.decimal"] == "."


def test_document_language() -> None:
    assert [form.document_language(lang) for lang in ("fi", "sv", "en", "xx")] == ["fi", "sv", "fi", "fi"]
    assert form.texts("xx") is FI


@pytest.mark.parametrize("texts", [FI, SV, EN], ids=["fi", "sv", "en"])
def test_part_label_writes_the_second_label_inside_the_phrase(texts: FormTexts) -> None:
    """QA 15: "Työnhakijat, suomenkieliset palvelut", not "…, Suomenkieliset palvelut", in every language;
    both labels are the form's own (looked up, not retyped), the first as the form writes it."""
    for group, group_label in texts.target_groups.items():
        for lang, service in texts.service_languages.items():
            label = texts.part_label(group, lang)
            if group == "muu":
                assert label == service  # "muu" is labelled by its otsikko, else by the language alone
                continue
            first, second = label.split(", ")
            assert first == group_label and second[0].islower() and second.casefold() == service.casefold()
    assert texts.part_label(None, "sv") == texts.service_languages["sv"]  # alone, as the form writes it
    assert texts.part_label("tyonhakijat", None) == texts.target_groups["tyonhakijat"]


def test_part_label_keeps_an_abbreviation() -> None:
    assert form.in_sentence("Ruotsinkieliset palvelut") == "ruotsinkieliset palvelut"
    assert form.in_sentence("TE-palvelut") == "TE-palvelut" and form.in_sentence("") == ""

"""Recognising the form's labels: its own typos, small edits, and every language the form exists in.

The Swedish test translates a Finnish form's labels with kotodoc's Swedish form texts (``form.texts("sv")``): the
importer must find the labels through ``form.DOCUMENT_LANGUAGES`` and ``form.texts``, holding no copy of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kotodoc import form
from kotodoc.intake import labels as labels_module
from kotodoc.intake.labels import Kind, Labels, Target, normalise
from tests.intake.layouts import LAYOUTS, Line, seed_lines
from tests.intake.support import RunCli, import_cli

FI = form.texts("fi")


@pytest.fixture(scope="module")
def labels() -> Labels:
    return Labels()


@pytest.mark.parametrize(("written", "target"), [
    ("Kunnassa/kunnissa kotoutumishjelmaa koordinoiva taho:", (Kind.FIELD, "perustiedot", "koordinoiva_taho")),
    ("Mitkä tahot/ yksiköt vastaavat kotoutumiskoulutuksen järjestämisestä?",
     (Kind.QUESTION, "kotoutumiskoulutus", "vastuutaho")),
    ("Miten päättöttestauksen järjestäminen toteutetaan?", (Kind.QUESTION, "kotoutumiskoulutus", "paattotestaus")),
    ("Miten kunnassanne järjestetään kotoutumiskoulutus työnhakijana oleville kotoutujille",
     (Kind.QUESTION, "kotoutumiskoulutus", "tyonhakijat")),
    ("4.1 Miten kunnassanne järjestetään kotoutumiskoulutus muille kuin työnhakijana oleville kotoutujille?",
     (Kind.QUESTION, "kotoutumiskoulutus", "muut")),
    ("H3 Kotoutumisohjelmaa kuvaavan asiakirjan yhteyshenkilö ja yhteystiedot",
     (Kind.FIELD, "perustiedot", "yhteyshenkilo")),
    ("Mitkä tahot/ yksiköt vastaavat muista kunnan järjestämisvastuulla olevista palveluista järjestämisestä?",
     (Kind.QUESTION, "muut_palvelut", "vastuutaho")),
    ("6. Kotoutumishojelman aikainen ohjaus ja neuvonta (KotoL 13 §:n 1 mom. 5 kohta)",
     (Kind.SECTION, "ohjaus_ja_neuvonta", "")),
    ("B. Vastuutaho", (Kind.BLOCK, "", "B")),
    ("«Nimeä yhteistyötahot»", (Kind.QUESTION, "yhteiskuntaorientaatio", "yhteistyotahot")),
])
def test_typos_and_edits_do_not_stop_a_label(labels: Labels, written: str, target: tuple[Kind, str, str]) -> None:
    found = labels.match(written)
    assert found is not None
    assert target in [(t.kind, t.section, t.key) for t in found.targets]


def test_a_question_several_sections_ask_is_every_one_of_them(labels: Labels) -> None:
    found = labels.match("Miten palvelun järjestämiseksi tehdään yhteistyötä")
    assert found is not None
    assert {t.section for t in found.targets} == {s.key for s in form.SECTIONS}


@pytest.mark.parametrize("written", [
    "Nimike",  # short labels must be exact: not "Nimi"
    "Kotoutumispalvelut sekä Welcome office",
    "Miten palvelut järjestetään kirjastossa?",
    "Kunta tai kunnat: Kokkola ja Kruunupyy ja Kannus ja Kaustinen ja Halsua ja Lestijärvi ja Toholampi",
])
def test_answers_are_not_taken_for_labels(labels: Labels, written: str) -> None:
    found = labels.match(written)
    assert found is None or not found.of(Kind.FIELD, Kind.QUESTION, Kind.SECTION, Kind.CONTACT)


def test_a_label_with_its_answer_in_the_same_paragraph(labels: Labels) -> None:
    split = labels.split("Kunta tai kunnat: Kokkola", Kind.FIELD)
    assert split is not None and split[1] == "Kokkola"
    assert split[0].targets[0].key == "kunnat"
    assert labels.split("K-P:n työllisyysalue ja kotoutumispalvelut", Kind.FIELD) is None


def test_normalise() -> None:
    heading = "  3.  Monikielinen  yhteiskuntaorientaatio (KotoL 25 §) "
    assert normalise(heading) == "monikielinen yhteiskuntaorientaatio"
    assert normalise("Mitkä tahot/ yksiköt?") == normalise("mitkä tahot /yksiköt") == "mitkä tahot/yksiköt"
    assert normalise("A. Kuvaus palvelusta:") == "kuvaus palvelusta"


# --- the form in another language ----------------------------------------------------------------------


@pytest.fixture
def with_swedish() -> form.FormTexts:
    labels_module.Labels._match.cache_clear()
    return form.texts("sv")


def _translated(lines: list[Line], texts: form.FormTexts) -> list[Line]:
    """The seed with each label of the form (not the answers) in the other language."""
    finnish = Labels(("fi",))
    out = []
    for line in lines:
        found = finnish.match(line.text) if line.tag in ("Q", "S", "B") else None
        target: Target | None = found.targets[0] if found else None
        if target is None:
            out.append(line)
        elif target.kind is Kind.FIELD:
            out.append(Line(line.tag, texts.header[target.key]))
        elif target.kind is Kind.QUESTION:
            question = form.SECTION_BY_KEY[target.section].question(target.key)
            assert question is not None
            out.append(Line(line.tag, texts.question(target.section, question)))
        elif target.kind is Kind.SECTION:
            out.append(Line(line.tag, texts.heading(form.SECTION_BY_KEY[target.section])))
        else:
            out.append(Line(line.tag, texts.blocks[target.key]))
    return out


def test_labels_are_found_in_every_language_of_the_form(with_swedish: form.FormTexts) -> None:
    both = Labels()
    question = with_swedish.question("kotoutumiskoulutus", form.SECTION_BY_KEY["kotoutumiskoulutus"].questions[2])
    assert question != FI.question("kotoutumiskoulutus", form.SECTION_BY_KEY["kotoutumiskoulutus"].questions[2])
    found = both.match(question)
    assert found is not None and (found.targets[0].key, found.targets[0].lang) == ("paattotestaus", "sv")


def test_a_form_with_swedish_labels_imports_as_a_swedish_document(run_cli: RunCli, tmp_path: Path,
                                                                  with_swedish: form.FormTexts) -> None:
    lines = _translated(seed_lines(), with_swedish)
    assert sum(a.text != b.text for a, b in zip(lines, seed_lines(), strict=True)) > 50
    result, target = import_cli(run_cli, LAYOUTS["bold"](lines), tmp_path, "lomake.docx")
    assert result.exit_code == 0, result.stderr
    data = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert data["kieli"] == "sv"
    assert f"# {with_swedish.own['init.language']}" in target.read_text(encoding="utf-8")  # comments in Swedish
    assert data["kotoutumiskoulutus"]["paattotestaus"].startswith("Kielitaidon päättöttestaus liittyy")
    assert data["muu_koulutus"]["ei_tarvetta_perustelu"] is None
    assert "ei voitu sijoittaa" not in result.stderr

"""Unanswered questions (KD307): thresholds taken from real answers, tested both ways.

Every answer of Kokkola's filled TEM form (seed 003, ``examples/kokkola.yaml``) is a real answer and must
pass; empty ones, marks, placeholders, bare negations and descriptions that only repeat the question must
not. A programme whose every answer is "ei" fails, even without ``--strict``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from kotodoc import form
from kotodoc.checks.answer_rules import asked
from kotodoc.checks.substance import hollow, own_words, same_word
from kotodoc.checks.validate import validate_bytes, validate_file
from kotodoc.source import loader
from tests.conftest import EXAMPLES, ROOT

T = form.texts("fi")
COOPERATION = T.cooperation
SEED = ROOT / "tests" / "intake" / "data" / "kokkola_lomake.txt"  # seed 003, copied with its source
KOKKOLA = ROOT / "examples" / "kokkola.yaml"


@pytest.mark.parametrize(("text", "reason"), [
    ("", "empty"),
    ("   ", "empty"),
    ("-", "mark"),
    ("–", "mark"),
    ("?", "mark"),
    ("...", "mark"),
    ("täydennetään", "placeholder"),
    ("TODO", "placeholder"),
    ("Täydennetään myöhemmin.", "placeholder"),
    ("ei", "negation"),
    ("Ei.", "negation"),
    ("Ei tarvetta.", "negation"),
    ("Ei järjestetä.", "negation"),
    ("Ei ole tarvetta.", "negation"),
    ("Ei yhteistyötä.", "negation"),
    ("Nej.", "negation"),
    ("Tarkentuu myöhemmin.", "negation"),
])
def test_says_nothing_whatever_the_question(text: str, reason: str) -> None:
    assert hollow(text) == reason
    assert hollow(text, describes=True, question=COOPERATION) == reason


@pytest.mark.parametrize("text", [
    "Tehdään yhteistyötä.",
    "Yhteistyötä tehdään.",
    "Tehdään yhteistyössä.",  # the same word with another ending
    "Kyllä.",
    "Järjestetään tarpeen mukaan.",
    "Kuten yllä.",
])
def test_a_description_that_only_repeats_the_question_says_nothing(text: str) -> None:
    assert hollow(text, describes=True, question=COOPERATION) == "short"
    assert hollow(text) is None  # as a name or a fact, a word is an answer


@pytest.mark.parametrize("text", [
    "Verkostossa tehdään yhteistyötä",  # Kokkola's shortest description: one word of its own
    "Verkostossa.",
    "Ostopalveluna.",
    "Järjestöjen kanssa.",  # "järjestö" is not "järjestää"
    "Sovitaan tapauskohtaisesti.",
    "Ei järjestetä, koska kunnassa ei ole luku- ja kirjoitustaidottomia asiakkaita.",  # a reason, not a bare no
])
def test_a_description_with_a_word_of_its_own_is_an_answer(text: str) -> None:
    assert hollow(text, describes=True, question=COOPERATION) is None


@pytest.mark.parametrize("text", ["Kunta.", "Hyvinvointialue.", "Marraskuu 2024", "2024", "00100", "SPR"])
def test_names_and_facts_may_be_one_word(text: str) -> None:
    assert hollow(text) is None


def test_same_word_ignores_an_ending_of_three_letters() -> None:
    assert same_word("yhteistyötä", "yhteistyössä")
    assert not same_word("järjestöt", "järjestämiseksi")
    assert not same_word("kunta", "kunnan")  # short words must be equal
    assert own_words("Verkostossa tehdään yhteistyötä", COOPERATION) == ["verkostossa"]


def _answers(node: Any) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [t for k, v in node.items() if k not in ("kohderyhma", "kieli", "otsikko") for t in _answers(v)]
    if isinstance(node, list):
        return [t for v in node for t in _answers(v)]
    return []


def test_every_real_answer_of_kokkola_is_an_answer() -> None:
    """The thresholds come from this document: every one of its answers passes, as the strictest question."""
    data = loader.load_file(KOKKOLA).data
    assert isinstance(data, dict)
    answers = [t for sec in form.SECTIONS for t in _answers(data.get(sec.key, {}))]
    assert len(answers) > 40
    hardest = [asked(sec.key, q) for sec in form.SECTIONS for q in sec.questions if q.describes]
    for text in answers:
        assert hollow(text, describes=True, question=" ".join(hardest)) is None, text


def test_seed_003_short_answers_pass() -> None:
    """The seed's own text (where readable) has the shortest answers the examples were written from."""
    text = SEED.read_text(encoding="utf-8")
    for answer in ("Verkostossa tehdään yhteistyötä", "Kotoutumispalvelut sekä Welcome office"):
        assert answer in text
        assert hollow(answer, describes=True, question=COOPERATION) is None


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_examples_have_no_unanswered_question(example: Path) -> None:
    assert "KD307" not in {d.code for d in validate_file(example).diagnostics}


def _every_answer(node: Any, key: str = "") -> Any:
    """``node`` with every answer of the form replaced by "ei" (codes, names of municipalities and the
    contact's e-mail kept, so that only the answers are hollow)."""
    if isinstance(node, dict):
        return {k: v if k in ("skeemaversio", "kieli", "paivays", "kohderyhma", "kunnat", "sahkoposti", "puhelin")
                else _every_answer(v, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_every_answer(v, key) for v in node]
    return "ei" if isinstance(node, str) else node


def hollow_kokkola() -> bytes:
    data = loader.load_file(KOKKOLA).data
    assert isinstance(data, dict)
    data = {k: v for k, v in data.items() if k not in ("hyvaksyminen", "muut_palvelut")}
    return yaml.safe_dump(_every_answer(data), allow_unicode=True, sort_keys=False).encode("utf-8")


def test_a_programme_whose_every_answer_is_ei_fails() -> None:
    report = validate_bytes(hollow_kokkola(), "ontto.yaml")
    assert not report.passed()
    unanswered = {d.loc[:2] for d in report.errors if d.code == "KD307"}
    required = {(sec.key, q.key) for sec in form.SECTIONS if sec.required for q in sec.questions
                if q.required and q.kind is form.Kind.TEXT}
    assert required <= unanswered
    assert {(form.TABLE_KEY, row.key) for row in form.TABLE_ROWS} <= unanswered
    assert any(d.code == "KD307" and d.loc[:2] == ("muu_koulutus", "luku_ja_kirjoitustaito") for d in report.errors)
    assert all("'ei" in d.message() for d in report.errors if d.code == "KD307")  # quotes what was written


def test_the_hollow_programme_is_a_draft_with_warnings() -> None:
    report = validate_bytes(hollow_kokkola(), "ontto.yaml", draft=True)
    assert report.passed() and not report.passed(strict=True)
    assert {d.code for d in report.warnings} >= {"KD307"}

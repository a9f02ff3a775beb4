"""Placeholders and terms of repealed law or abolished bodies, in Finnish and Swedish (refdata.terms)."""

from __future__ import annotations

import pytest

from kotodoc.checks.substance import hollow
from kotodoc.refdata.administration import outdated_bodies
from kotodoc.refdata.terms import PLACEHOLDER, REPEALED_TERMS, TRIGGERS, is_placeholder


@pytest.mark.parametrize("text", [
    "täydennetään", "TODO", "TBD", "Kompletteras", "kompletteras senare", "ska kompletteras", "Fylls i senare",
    "ifylls senare", "preciseras senare", "?", "…",
])
def test_placeholders(text: str) -> None:
    assert is_placeholder(text)
    assert len(text) <= 3 or any(t in text.lower() for t in TRIGGERS)


@pytest.mark.parametrize("text", [
    "Integrationsprogrammet uppdateras vid behov.",  # a real answer to H4 / row 8
    "Blanketten fylls i av kunden.", "Kommunens integrationsprogram", "Ei tarvetta.",
])
def test_answers_are_not_placeholders(text: str) -> None:
    assert not is_placeholder(text)


def _repealed(text: str) -> list[tuple[str, str]]:
    return [(m.group(0), term.modern) for term in REPEALED_TERMS if (m := term.pattern.search(text))]


def test_swedish_repealed_terms_get_the_swedish_current_term() -> None:
    assert _repealed("Den inledande kartläggningen görs först.") == [
        ("inledande kartläggningen", "bedömning av kompetens och behovet av integrationstjänster")]
    assert _repealed("Kunden anmäler sig på TE-byrån.") == [
        ("TE-byrån", "arbetskraftsmyndigheten (sysselsättningsområdet)")]
    assert _repealed("vid arbets- och näringsbyrån") == [
        ("arbets- och näringsbyrån", "arbetskraftsmyndigheten (sysselsättningsområdet)")]
    assert _repealed("Alkukartoitus tehdään.")[0][1] == "osaamisen ja kotoutumisen palvelutarpeen arviointi"
    ended = {term.pattern.pattern: term.ended_by for term in REPEALED_TERMS}
    assert [e for p, e in ended.items() if "kartläggning" in p] == ["1386/2010"]
    assert [e for p, e in ended.items() if "TE-byrå" in p] == ["TE24"]  # the TE offices, like TE-toimisto


@pytest.mark.parametrize(("text", "kind"), [
    ("NTM-centralen i Österbotten", "ely"), ("Närings-, trafik- och miljöcentralen", "ely"), ("TE-byrån", "te"),
    ("TE-tjänsterna", "te"), ("arbets- och näringsbyrån", "te"), ("kommunförsöket med sysselsättning", "kuntakokeilu"),
])
def test_swedish_names_of_ended_bodies(text: str, kind: str) -> None:
    """A Swedish document of 2026 is told of them like a Finnish one (KD409)."""
    assert [k for _, k in outdated_bodies(text)] == [kind]


@pytest.mark.parametrize("text", ["integrationsprogram", "Kommunens integrationsprogram 2025", "Integrationsplan",
                                  "kartläggning av kompetensen"])
def test_integrationsprogram_is_not_a_repealed_term(text: str) -> None:
    """Swedish uses "integrationsprogram" for the old and the new programme alike."""
    assert _repealed(text) == []
    assert PLACEHOLDER.search(text) is None


@pytest.mark.parametrize(("text", "reason"), [
    ("kompletteras", "placeholder"), ("Fylls i senare.", "placeholder"), ("täydennetään", "placeholder"),
    ("Nej.", "negation"), ("Vi ordnar kurser – kompletteras", None), ("En arbetsgrupp.", None),
])
def test_a_swedish_placeholder_leaves_the_question_unanswered_like_a_finnish_one(text: str, reason: str | None) -> None:
    """KD307 (unanswered) reads Swedish placeholders as it reads "täydennetään"; a partial one is KD401's."""
    assert hollow(text) == reason

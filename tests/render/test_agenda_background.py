"""The agenda item's data-dependent lines for any municipality (QA 5, 16): the coordinating body (H2) stands alone,
never mid-sentence; a joint programme approved member by member has a heading "<municipality>: <meeting>".

Each holds for Helsinki, Närpes and Jakobstad (Swedish majority; the item in Finnish and in Swedish), a small
municipality and a joint programme of twenty.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kotodoc import messages
from kotodoc.checks.validate import validate_file
from kotodoc.render import agenda
from kotodoc.render.pipeline import render_file
from kotodoc.render.tree import Doc, Heading, Paragraph
from tests.render.scaffolded import KINDS, scaffolded

H2_ANSWERS = (
    "Kotoutumispalvelut",
    "Sivistystoimen kotoutumispalvelut vastaa ohjelman koordinoinnista yhdessä työllisyysalueen kanssa.",
    "Integrationstjänsterna vid bildningsavdelningen (kommunens integrationskoordinator)",
)
H2_LEAD = {"fi": "Kotoutumisohjelmaa koordinoiva taho: ", "sv": "Aktör som samordnar integrationsprogrammet: "}


def item(path: Path) -> Doc:
    report = validate_file(path, draft=True)
    assert report.programme is not None and report.passed(), [d.message() for d in report.errors]
    return agenda.build_agenda(report.programme)


def paragraphs(doc: Doc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Paragraph)]


@pytest.mark.parametrize("answer", H2_ANSWERS, ids=["name", "sentence", "parentheses"])
@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_h2_answer_stands_alone(tmp_path: Path, kind: str, lang: str, answer: str) -> None:
    names = KINDS[kind]
    doc = item(scaffolded(tmp_path, names, lang, h2=answer))
    holding = [p for p in paragraphs(doc) if answer in p]
    assert holding == [H2_LEAD[lang] + answer]  # its own paragraph, ending with the answer as written
    assert not any(p.endswith(f"({messages.join(list(names), lang)}).") for p in paragraphs(doc))  # "(Kokkola)."
    members = [p for p in paragraphs(doc) if p.endswith(f": {messages.join(list(names), lang)}.")]
    if len(names) > 1:  # a joint programme lists its members once, in a sentence of its own
        assert len(members) == 1 and str(len(names)) in members[0]
    else:
        assert members == []


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_h2_paragraph_in_the_rendered_item(tmp_path: Path, fmt: str) -> None:
    answer = H2_ANSWERS[1]
    path = scaffolded(tmp_path, KINDS["twenty"], "fi", h2=answer)
    out = render_file(path, fmt, tmp_path / f"asia.{fmt}", document=agenda.DOCUMENT_NAME, draft=True).output
    assert out is not None
    text = out.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if "koordinoinnista" in line]
    assert len(lines) == 1 and lines[0].strip().removeprefix("<p>").removesuffix("</p>").endswith(answer)


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_member_headings_have_a_separator(tmp_path: Path, lang: str) -> None:
    """QA 16: "Tampere: Kunnanhallitus 1.11.2025 § 101", not "Tampere Kunnanhallitus …" (seen with "Pori Porin
    sivistyslautakunta")."""
    names = KINDS["twenty"]
    doc = item(scaffolded(tmp_path, names, lang, per_member=True))
    headings = [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == 2]
    expected = [f"{name}: Kunnanhallitus {1 + i % 28}.11.2025 § {101 + i}" for i, name in enumerate(names)]
    assert headings[:len(names)] == expected
    md = render_file(scaffolded(tmp_path, names, lang, per_member=True), "md", tmp_path / "asia.md",
                     document=agenda.DOCUMENT_NAME, draft=True).output
    assert md is not None and "## Nokia: Kunnanhallitus 2.11.2025 § 102" in md.read_text(encoding="utf-8")

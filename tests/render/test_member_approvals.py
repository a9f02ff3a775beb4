"""A joint programme approved by each member in its own body: H7 and the agenda item have one entry per member."""

from __future__ import annotations

from pathlib import Path

from kotodoc.checks.validate import validate_file
from kotodoc.render import agenda
from kotodoc.render.pipeline import render_file
from kotodoc.render.tree import Heading
from tests.conftest import ROOT

CASE = ROOT / "tests" / "cases" / "valid" / "hyvaksyminen_jasenittain.yaml"


def test_h7_is_written_for_every_member() -> None:
    report = validate_file(CASE)
    assert report.programme is not None and report.passed(strict=True)
    h7 = [p.teksti for p in report.programme.perustiedot.kasittely_ja_hyvaksyminen]
    assert len(h7) == 1
    lines = h7[0].splitlines()
    assert [line.split(":")[0] for line in lines] == ["Mikkeli", "Juva", "Puumala"]
    assert "hyvinvointilautakunta (kokous 13.11.2024" in lines[0] and "sivistysjohtaja" in lines[2]


def test_agenda_has_one_item_per_member(tmp_path: Path) -> None:
    report = validate_file(CASE)
    assert report.programme is not None
    doc = agenda.build_agenda(report.programme)
    headings = [b.text for b in doc.blocks if isinstance(b, Heading) and b.level == 2]
    assert headings == ["Mikkeli: Hyvinvointilautakunta 13.11.2024", "Juva: Kunnanhallitus 18.11.2024 § 212",
                        "Puumala: Sivistysjohtaja"]  # QA 16: the municipality, then its meeting
    assert doc.subtitle == ""
    out = render_file(CASE, "md", tmp_path / "esityslista.md", document="agenda-item").output
    assert out is not None and "Hyväksytty viranhaltijapäätöksellä 20.11.2024." in out.read_text(encoding="utf-8")


def test_joint_task_division_may_give_the_job_seekers_tasks(tmp_path: Path) -> None:
    out = render_file(CASE, "md", tmp_path / "ohjelma.md").output
    assert out is not None
    text = out.read_text(encoding="utf-8")
    assert "Työnhakijat (työvoimaviranomaisen asiakkaat)" in text

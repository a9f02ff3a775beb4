"""Kokkola's filled form, laid out as municipalities did it, imports into the programme the seed holds.

For each layout (tests/intake/layouts.py): `kotodoc import` exits 0, the YAML validates, it is the same
programme as the hand transcription examples/kokkola.yaml, rendering it gives back at least 97% of the seed's
answer lines word for word, and every line not given back is quoted in a comment that a warning points at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kotodoc.checks.validate import validate_file
from kotodoc.render.pipeline import render_doc
from kotodoc.render.programme import build_programme
from tests.intake.layouts import LAYOUTS, answer_lines, seed_lines
from tests.intake.support import RunCli, as_shown, comment_text, differences, import_cli, validated
from tests.render.support import KOKKOLA, docx_text, norm

LINES = seed_lines()
ANSWERS = answer_lines(LINES)
GIVEN_BACK = 0.97


@pytest.fixture(params=sorted(LAYOUTS))
def layout(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_seed_copy_is_the_whole_form() -> None:
    """The test copy of the seed holds every part of the form (a check on the fixture itself)."""
    tags = {line.tag for line in LINES}
    assert tags == {"D", "F", "S", "B", "G", "Q", "A", "T", "H", "R"}
    assert sum(line.tag == "S" for line in LINES) == 7 and sum(line.tag == "R" for line in LINES) == 8
    assert len(ANSWERS) == 83


def test_layout_imports_into_the_programme_of_the_seed(run_cli: RunCli, tmp_path: Path, layout: str) -> None:
    result, target = import_cli(run_cli, LAYOUTS[layout](LINES), tmp_path, f"kokkola_{layout}.docx")
    assert result.exit_code == 0, result.stderr
    report = validated(target)
    assert report.programme is not None and report.passed(), [d.message() for d in report.errors]
    expected = validate_file(KOKKOLA).programme
    assert expected is not None
    assert differences(as_shown(expected), as_shown(report.programme)) == []
    assert f"Kirjoitettu {target}" in result.stderr
    # 56 answers: H1–H7, the 33 questions Kokkola answered (not the literacy justification) and 16 table cells
    assert re.search(r"Tuotu 56 vastausta Word-tiedostosta kokkola_\w+\.docx; 7 kohtaa vaatii tarkistusta",
                     result.stderr)
    assert "Tarkistettu 1 tiedosto luonnoksena: kaikki kunnossa" in result.stderr


def test_rendering_the_import_gives_back_the_answers_word_for_word(run_cli: RunCli, tmp_path: Path,
                                                                  layout: str) -> None:
    result, target = import_cli(run_cli, LAYOUTS[layout](LINES), tmp_path, "kokkola.docx")
    report = validated(target)
    assert report.programme is not None
    rendered = norm(docx_text(render_doc(build_programme(report.programme), "docx")))
    lost = [line for line in ANSWERS if norm(line) not in rendered]
    share = 1 - len(lost) / len(ANSWERS)
    assert share >= GIVEN_BACK, (share, lost)
    # No line dropped without a warning: each is quoted in a comment of the YAML file, at a warned place.
    yaml_text = target.read_text(encoding="utf-8")
    comments = comment_text(yaml_text)
    assert all(norm(line) in comments for line in lost), lost
    warned_lines = {int(n) for n in re.findall(r"\(\S+\.yaml:(\d+)\)", result.stderr)}
    file_lines = yaml_text.splitlines()
    for line in lost:
        quoted = next(i for i, text in enumerate(file_lines, start=1) if norm(line) in norm(text))
        assert any(start <= quoted for start in warned_lines)


def test_warnings_name_their_place_in_the_word_file_and_in_the_yaml(run_cli: RunCli, tmp_path: Path,
                                                                   layout: str) -> None:
    result, target = import_cli(run_cli, LAYOUTS[layout](LINES), tmp_path, "kokkola.docx")
    warnings = [line for line in result.stderr.splitlines() if ": varoitus: " in line and "kokkola.docx" in line]
    assert len(warnings) == 7
    file_lines = target.read_text(encoding="utf-8").splitlines()
    for warning in warnings:
        place = re.search(r"kokkola\.docx: (kappale \d+|taulukko \d+, rivi \d+, sarake \d+): varoitus", warning)
        assert place is not None, warning
        line = int(re.findall(r":(\d+)\)$", warning)[0])
        assert file_lines[line - 1].lstrip().startswith("# kotodoc import:"), (warning, file_lines[line - 1])


def test_contact_person_is_split_into_its_fields(run_cli: RunCli, tmp_path: Path, layout: str) -> None:
    _, target = import_cli(run_cli, LAYOUTS[layout](LINES), tmp_path)
    report = validated(target)
    assert report.programme is not None
    (contact,) = report.programme.perustiedot.yhteyshenkilo
    assert (contact.nimi, contact.nimike, contact.puhelin, contact.sahkoposti) == (
        "Pia Salonen", "Kotoutumisen vastuukoordinaattori", "040 8065698", "pia.salonen@kokkola.fi")

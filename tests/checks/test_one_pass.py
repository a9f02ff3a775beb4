"""One pass, all findings: the content rules read every block that could be read, also when other blocks
have schema errors, and a draft (luonnos) turns unanswered questions into warnings."""

from __future__ import annotations

import json

import pytest

from kotodoc.checks.parts import BLOCKS, Parts, readable_parts
from kotodoc.checks.report import json_report, summary
from kotodoc.checks.validate import Report, validate_bytes
from kotodoc.source import loader
from tests.conftest import ROOT

MINIMAL = (ROOT / "tests" / "cases" / "valid" / "minimal.yaml").read_text(encoding="utf-8")


def check(text: str, draft: bool = False) -> Report:
    return validate_bytes(text.encode("utf-8"), "k.yaml", draft)


def edit(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def codes(report: Report) -> set[str]:
    return {d.code for d in report.diagnostics}


def test_content_findings_come_with_the_schema_errors() -> None:
    text = edit(MINIMAL, "sahkoposti: maija.meikalainen@example.fi", "sahkoposti: maija(at)example.fi")  # KD208
    text = edit(text, "monialaisen_arvioinnin_tekijat: Kunta ja Etelä-Savon hyvinvointialue.",
                "monialaisen_arvioinnin_tekijat: Kunta ja sosiaalitoimi.")  # KD302
    text = edit(text, "kielet: [arabia, uk, Dari]", "kielet: {arabia: 1}")  # KD204 in section 3
    text = edit(text, "    - kohderyhma: kaikki\n", "    - kohderyhma: tyonhakijat\n")  # KD301 in section 2
    text = edit(text, "  muut: Kansalaisopisto.", "  muut: '-'")  # KD307 in section 4
    report = check(text)
    assert report.programme is None
    assert {"KD208", "KD204", "KD302", "KD301", "KD307"} <= codes(report)


def test_a_block_that_cannot_be_read_is_skipped_not_guessed() -> None:
    """Section 1 is broken: no rule speaks of it, the others still do."""
    text = edit(MINIMAL, "  arvioinnin_tekijat: Työllisyysalue ja kunta.\n", "  arvioinnin_tekija: X\n")
    text = edit(text, "  muut: Kansalaisopisto.", "  muut: ei")
    report = check(text)
    assert [d.code for d in report.diagnostics if d.loc[:1] == ("arviointi",)] == ["KD201", "KD203"]
    assert [d.loc for d in report.diagnostics if d.code == "KD307"] == [("kotoutumiskoulutus", "muut")]


def test_readable_parts_of_a_sound_file_are_all_its_blocks() -> None:
    data = loader.load_bytes(MINIMAL.encode(), "k.yaml").data
    assert isinstance(data, dict)
    parts = readable_parts(data)
    assert parts.unreadable == frozenset()
    assert all(getattr(parts, key) is not None for key in BLOCKS if key in data)
    assert parts.kunnat() == ["Hirvensalmi"]


def test_unreadable_blocks_are_named_and_none() -> None:
    data = loader.load_bytes(edit(MINIMAL, "kielet: [arabia, uk, Dari]", "kielet: {x: 1}").encode(), "k").data
    assert isinstance(data, dict)
    parts = readable_parts(data)
    assert parts.unreadable == {"yhteiskuntaorientaatio"} and parts.yhteiskuntaorientaatio is None
    assert parts.arviointi is not None and Parts().kunnat() == []


def test_swedish_services_are_not_claimed_missing_when_a_block_could_not_be_read() -> None:
    """KD403 needs every answer: a Swedish part may be in the block that could not be read."""
    text = edit(MINIMAL, "kunnat: Hirvensalmi", "kunnat: Porvoo")
    assert "KD403" in codes(check(text))
    broken = edit(text, "kielet: [arabia, uk, Dari]", "kielet: {x: 1}")
    assert "KD403" not in codes(check(broken))


# --- the draft mode -------------------------------------------------------------------------------------

UNANSWERED = edit(MINIMAL, "  muut: Kansalaisopisto.", "  muut: täydennetään")


@pytest.mark.parametrize(("said", "flag", "draft"), [
    ("", False, False), ("", True, True),
    ("luonnos: true\n", False, True), ("luonnos: kyllä\n", False, True),
    ("luonnos: false\n", True, False),  # the file says it is final: --luonnos does not make it a draft
    ("luonnos: ei\n", False, False),
])
def test_the_file_decides_then_the_option(said: str, flag: bool, draft: bool) -> None:
    report = check(edit(UNANSWERED, "skeemaversio: 1\n", "skeemaversio: 1\n" + said), flag)
    assert report.draft is draft
    (found,) = [d for d in report.diagnostics if d.code == "KD307"]
    assert found.severity.value == ("warning" if draft else "error")
    assert report.passed() is draft


def test_a_bad_flag_is_kd206_and_not_a_draft() -> None:
    report = check(edit(UNANSWERED, "skeemaversio: 1\n", "skeemaversio: 1\nluonnos: ehkä\n"))
    assert not report.draft
    (bad,) = [d for d in report.diagnostics if d.code == "KD206"]
    assert "'ehkä'" in bad.message() and "true, false" in bad.message()


def test_only_unanswered_questions_are_milder_in_a_draft() -> None:
    text = edit(UNANSWERED, "sahkoposti: maija.meikalainen@example.fi", "sahkoposti: maija(at)example.fi")
    report = check(text, draft=True)
    assert {d.code: d.severity.value for d in report.diagnostics} == {"KD208": "error", "KD307": "warning"}


def test_reports_say_which_files_are_drafts() -> None:
    draft, final = check(UNANSWERED, draft=True), check(MINIMAL)
    assert "1 tiedosto luonnoksena: kaikki kunnossa" in summary([draft], strict=False)
    assert "2 tiedostoa, joista 1 luonnoksena" in summary([draft, final], strict=False)
    files = json.loads(json_report([draft, final], strict=False))["files"]
    assert [f["draft"] for f in files] == [True, False]

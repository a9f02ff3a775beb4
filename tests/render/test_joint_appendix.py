"""The joint-programme appendix (kotodoc.render.joint_appendix) in the layout tree and in docx, Markdown and HTML."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from typer.testing import Result

from kotodoc import form
from kotodoc.checks.validate import validate_bytes, validate_file
from kotodoc.costs import tables as costs_report
from kotodoc.render import programme as layout
from kotodoc.render import tree
from kotodoc.render.joint_appendix import TITLE, joint_appendix
from kotodoc.render.pipeline import render_doc
from kotodoc.schema.programme import Programme
from tests.conftest import ROOT
from tests.render.support import docx_text, expected_strings, html_text, md_text, missing

MIKKELI = ROOT / "examples" / "mikkeli.yaml"
WITH_DEVIATION = ROOT / "tests" / "cases" / "valid" / "yhteistoiminta.yaml"
EXTRACT = {"docx": docx_text, "md": md_text, "html": html_text}
MEMBERS = ("Enonkoski", "Hirvensalmi", "Juva", "Kangasniemi", "Mikkeli", "Mäntyharju", "Pertunmaa",
           "Pieksämäki", "Puumala", "Rantasalmi", "Savonlinna", "Sulkava")


def programme(path: Path) -> Programme:
    report = validate_file(path)
    assert report.programme is not None and report.passed(), [d.message() for d in report.errors]
    return report.programme


def tables(blocks: list[tree.Block]) -> dict[str, tree.Table]:
    return {b.caption: b for b in blocks if isinstance(b, tree.Table)}


def test_no_block_no_appendix() -> None:
    prog = programme(ROOT / "examples" / "kokkola.yaml")
    assert joint_appendix(prog) == []
    assert layout.joint_appendix in layout.APPENDICES  # it imports the appendix's module only for a joint programme
    assert layout.joint_appendix(prog, form.texts("fi")) == []
    joint = programme(MIKKELI)
    assert layout.joint_appendix(joint, form.texts("fi")) == joint_appendix(joint) != []
    assert not any(isinstance(b, tree.Heading) and b.text == TITLE for b in layout.build_programme(prog).blocks)


def test_appendix_comes_after_the_vastuutaulukko() -> None:
    blocks = list(layout.build_programme(programme(MIKKELI)).blocks)
    titles = [b.text for b in blocks if isinstance(b, tree.Heading) and b.level == 2]
    assert titles[-2:] == ["Vastuutaulukko", TITLE]


def test_appendix_tables_of_the_example() -> None:
    found = tables(joint_appendix(programme(MIKKELI)))
    assert list(found) == ["Jäsenkunnat", "Tehtävänjako asiakasryhmittäin", "Muut tehtävät vastuutasoittain",
                           "Kustannusten jako jäsenkunnille",
                           "Aiheuttamisperiaatteen mukainen osa asiakassegmenteittäin"]
    members = found["Jäsenkunnat"]
    assert [row[0][0] for row in members.rows[:-1]] == list(MEMBERS)
    assert members.rows[4][1:3] == (("52\u00a0000",), ("60",))  # Mikkeli: population, refugees
    assert members.total_row and members.rows[-1][:3] == (("Yhteensä",), ("129\u00a0400",), ("138",))
    assert members.numeric == (False, True, True, True, True, True)

    division = found["Tehtävänjako asiakasryhmittäin"]
    assert division.header[0] == "Tehtävä" and len(division.header) == 5
    by_task = {row[0][0]: row[1:] for row in division.rows}
    assert by_task["Neuvottelut vastaanottamisesta"][0] == ("Kunta itse", "Kunnan strategian mukaisesti.")
    assert by_task["Neuvottelut vastaanottamisesta"][1:] == (("–",),) * 3
    family_homes = by_task["Perheryhmäkodit"][0]
    assert family_homes[:2] == ("Hyvinvointialue", "yhteistyössä: kunta itse, maakunnallinen palvelu")
    assert by_task["Alkukartoitukset"] == (("–",), *(("Maakunnallinen palvelu",),) * 3)
    assert sum(cell != ("–",) for cells in by_task.values() for cell in cells) == 19  # the seed's 19 tasks

    shares = found["Kustannusten jako jäsenkunnille"]
    assert shares.header == costs_report.SHARE_HEADER
    assert shares.rows[-1][0] == ("Yhteensä",)
    assert sum(int(row[3][0].replace("\u00a0", "").replace(",", "")) for row in shares.rows[:-1]) == 60_000_000


def test_repealed_term_is_explained_in_the_appendix() -> None:
    texts = [b.text for b in joint_appendix(programme(MIKKELI)) if isinstance(b, tree.Paragraph)]
    assert any(t.startswith("Alkukartoitukset: kumotun lain (1386/2010) termi") for t in texts)


def test_deviations_are_tabulated() -> None:
    found = tables(joint_appendix(programme(WITH_DEVIATION)))
    deviations = found["Poikkeamat yhteisestä tehtävänjaosta"]
    assert deviations.rows == ((("Puumala",), ("Pakolaiset",), ("Ohjaus ja neuvonta",), ("Seudullinen palvelu",),
                                ("Kunta itse",), ("Oma ohjaaja kunnassa.",)),)
    assert "Poikkeamat yhteisestä tehtävänjaosta" not in tables(joint_appendix(programme(MIKKELI)))


def test_population_fallback_is_said_and_has_no_segment_table() -> None:
    text = WITH_DEVIATION.read_text(encoding="utf-8")
    for counts in ("pakolaiset: 60, ilman_huoltajaa: 6, tyo_ja_koulutusperaiset: 45, tyovoiman_ulkopuoliset: 40",
                   "pakolaiset: 6, ilman_huoltajaa: 0, tyo_ja_koulutusperaiset: 5, tyovoiman_ulkopuoliset: 4",
                   "pakolaiset: 1, ilman_huoltajaa: 0, tyo_ja_koulutusperaiset: 2, tyovoiman_ulkopuoliset: 1"):
        text = text.replace(counts, "pakolaiset: 0, ilman_huoltajaa: 0, tyo_ja_koulutusperaiset: 0, "
                                    "tyovoiman_ulkopuoliset: 0")
    report = validate_bytes(text.encode("utf-8"), "x.yaml")
    assert report.programme is not None and report.passed()
    blocks = joint_appendix(report.programme)
    assert costs_report.FALLBACK_NOTE in [b.text for b in blocks if isinstance(b, tree.Paragraph)]
    assert "Aiheuttamisperiaatteen mukainen osa asiakassegmenteittäin" not in tables(blocks)


@pytest.mark.parametrize("fmt", ["docx", "md", "html"])
@pytest.mark.parametrize("path", [MIKKELI, WITH_DEVIATION], ids=["mikkeli", "poikkeama"])
def test_every_string_of_the_block_is_rendered(fmt: str, path: Path) -> None:
    prog = programme(path)
    expected = expected_strings(prog, keys=("yhteistoiminta",))
    assert len(expected) > (35 if path == MIKKELI else 5)
    rendered = EXTRACT[fmt](render_doc(layout.build_programme(prog), fmt))
    assert missing(expected, rendered) == []
    assert missing(["Vuosikustannus", "Tehtävänjako asiakasryhmittäin", TITLE], rendered) == []


def test_docx_tables_have_header_rows() -> None:
    data = render_doc(layout.build_programme(programme(MIKKELI)), "docx")
    document = Document(io.BytesIO(data))
    headers = {tuple(c.text for c in t.rows[0].cells): t for t in document.tables}
    shares = headers[costs_report.SHARE_HEADER]
    assert shares.rows[0]._tr.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
    assert [r.cells[0].text for r in shares.rows[1:-1]] == list(MEMBERS)
    assert shares.rows[-1].cells[3].text == "600\u00a0000,00"
    division = next(t for h, t in headers.items() if h[0] == "Tehtävä")
    assert division.rows[0]._tr.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
    first = tuple(c.text for c in division.rows[0].cells)[:3]
    assert first == ("Tehtävä", "Pakolaiset", "Ilman huoltajaa tulevat lapset ja nuoret")


def test_markdown_and_html_tables_have_header_rows() -> None:
    doc = layout.build_programme(programme(MIKKELI))
    md = render_doc(doc, "md").decode("utf-8")
    assert "| Kunta | Asukasluvun mukaan (€) | Aiheuttamisperiaatteen mukaan (€) | Yhteensä (€) | Osuus (%) |" in md
    assert "| Tehtävä | Pakolaiset | Ilman huoltajaa tulevat lapset ja nuoret |" in md
    html = render_doc(doc, "html").decode("utf-8")
    assert "<caption>Kustannusten jako jäsenkunnille</caption>" in html
    assert "<caption>Tehtävänjako asiakasryhmittäin</caption>" in html
    assert html.count("<th") > 20


def test_render_command_writes_the_appendix(run_cli: Callable[..., Result], tmp_path: Path) -> None:
    out = tmp_path / "mikkeli.docx"
    result = run_cli("render", str(MIKKELI), "--format", "docx", "-o", str(out))
    assert result.exit_code == 0, result.output
    text = docx_text(out.read_bytes())
    assert missing([TITLE, *MEMBERS, "Perheryhmäkodit", "Kustannusten jako", "255 445,96"], text) == []

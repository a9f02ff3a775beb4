"""`kotodoc summary`: one row per programme, counts across the region, csv/xlsx/json, no file ends the run."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from kotodoc import form
from kotodoc.costs.tables import neutralised
from kotodoc.review.summary import expand, summarise
from tests.conftest import ROOT

RunCli = Callable[..., Result]
EXAMPLES = ROOT / "examples"
CASES = ROOT / "tests" / "cases"
KOKKOLA = EXAMPLES / "kokkola.yaml"
MIKKELI = EXAMPLES / "mikkeli.yaml"
T = form.texts("fi")


def rows_of(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))


def test_one_row_per_file_over_examples_and_cases(run_cli: RunCli) -> None:
    result = run_cli("summary", str(EXAMPLES), str(CASES))
    assert result.exit_code == 0, result.stderr
    rows = rows_of(result.stdout)
    files = list(expand([EXAMPLES, CASES]))
    assert [r["Tiedosto"] for r in rows] == [str(p) for p in files]
    assert len(rows) == len(list(EXAMPLES.glob("*.yaml"))) + len(list(CASES.rglob("*.yaml")))
    by_file = {Path(r["Tiedosto"]).name: r for r in rows}
    kokkola = by_file["kokkola.yaml"]
    assert kokkola["Kunta tai kunnat"] == "Kokkola" and kokkola["Yhteisohjelma"] == "ei"
    assert kokkola["Yhteyshenkilö: puhelin"] == "040 8065698"
    assert kokkola["Päiväys"] == "21.10.2024"
    assert kokkola["Tarkistus"] == "varoituksia" and kokkola["Virheet"] == "0"
    assert kokkola["Havaintojen koodit"] == "KD403, KD407"
    assert kokkola["Orientaation kielet"].startswith("venäjä, ukraina, persia")
    assert kokkola["Luku- ja kirjoitustaito"] == "koulutus kuvattu"
    assert kokkola["Kaksikieliset kunnat"] == "Kokkola" and kokkola["Ruotsinkieliset palvelut"] == "ei kuvattu"
    first = f"2. {T.table_rows['monialainen_arviointi']}: {T.table_columns['tyonhakijat'].rstrip(':').lower()}"
    assert kokkola[first] == "Työllisyysalue kotoutumispalvelut ja K-P:n hyvinvointialue Soite"
    mikkeli = by_file["mikkeli.yaml"]
    assert mikkeli["Yhteisohjelma"] == "kyllä"
    assert mikkeli["Kunta tai kunnat"].split(", ")[:3] == ["Enonkoski", "Hirvensalmi", "Juva"]
    assert len(mikkeli["Kunta tai kunnat"].split(", ")) == 12


def test_a_file_that_fails_is_a_row_with_its_error(run_cli: RunCli, tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes("kunnat: [Närpiö]\n".encode("latin-1"))
    result = run_cli("summary", str(CASES / "invalid" / "sulkematon_lainaus.yaml"), str(latin1),
                     str(CASES / "invalid" / "hyvinvointialue_puuttuu.yaml"), str(KOKKOLA))
    assert result.exit_code == 0
    syntax, unreadable, rules, good = rows_of(result.stdout)
    assert syntax["Tarkistus"] == "ei luettavissa" and "KD101" in syntax["Lukuvirhe tai ensimmäinen virhe"]
    assert unreadable["Tarkistus"] == "ei luettavissa"
    assert "KD103" in unreadable["Lukuvirhe tai ensimmäinen virhe"]
    assert rules["Tarkistus"] == "virheitä" and "KD302" in rules["Havaintojen koodit"]
    assert rules["Kunta tai kunnat"]  # the content is there even with rule errors
    assert good["Tarkistus"] == "varoituksia"


def test_a_name_that_does_not_exist_is_a_usage_error(run_cli: RunCli, tmp_path: Path) -> None:
    """A mistyped name on the command line stops the run (exit 2) like every other command, before anything
    is written; a file that exists but fails to load stays a row (above)."""
    missing = tmp_path / "poistettu.yaml"
    target = tmp_path / "yhteenveto.csv"
    for args in ([str(KOKKOLA), str(missing)], [str(tmp_path / "ei-ole")]):
        result = run_cli("summary", *args, "-o", str(target))
        assert result.exit_code == 2, result.stderr
        assert f"Tiedostoa ei löydy: {args[-1]}" in result.stderr
        assert not target.exists()
    swedish = run_cli("summary", str(missing), "--kieli", "sv")
    assert swedish.exit_code == 2 and "poistettu.yaml" in swedish.stderr and "löydy" not in swedish.stderr


@pytest.mark.parametrize(("args", "words"), [
    (["--view", "ohjelmat"], ("--view", "programmes, languages, services")),
    (["--view", "language"], ("--view", "tarkoititko languages")),
    (["-f", "xslx"], ("--format", "csv, xlsx, html, json", "tarkoititko xlsx")),
])
def test_option_values_are_named_with_their_option_and_choices(run_cli: RunCli, args: list[str],
                                                                words: tuple[str, ...]) -> None:
    result = run_cli("summary", str(KOKKOLA), *args)
    assert result.exit_code == 2
    assert all(word in result.stderr for word in words), result.stderr
    assert "Ohje: kotodoc summary --help" in result.stderr


def test_format_follows_the_output_suffix_and_a_contradiction_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    mismatch = tmp_path / "ex.csv"
    refused = run_cli("summary", str(KOKKOLA), "-f", "xlsx", "-o", str(mismatch))
    assert refused.exit_code == 2 and "--format xlsx" in refused.stderr and "'.csv'" in refused.stderr
    assert not mismatch.exists()
    workbook = tmp_path / "yhteenveto.xlsx"
    assert run_cli("summary", str(KOKKOLA), "-o", str(workbook)).exit_code == 0
    assert zipfile.is_zipfile(workbook)
    page = tmp_path / "yhteenveto.HTML"
    assert run_cli("summary", str(KOKKOLA), "-o", str(page)).exit_code == 0
    assert page.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    other = tmp_path / "yhteenveto.txt"  # a suffix that names no format: csv, as before
    assert run_cli("summary", str(KOKKOLA), "-o", str(other)).exit_code == 0
    assert other.read_text(encoding="utf-8").startswith("\ufeff")


def test_bilingual_and_literacy_columns() -> None:
    summary = summarise([CASES / "valid" / "kaksikielinen_ilman_ruotsia.yaml",
                         CASES / "invalid" / "luku_ja_kirjoitustaito_puuttuu.yaml",
                         CASES / "valid" / "luku_ja_kirjoitustaito_molemmat.yaml"])
    bilingual, missing, both = summary.rows
    assert bilingual.bilingual and bilingual.swedish == "missing"
    assert missing.literacy == "missing" and both.literacy == "both"


def test_region_view_counts_languages_and_shared_services() -> None:
    summary = summarise([KOKKOLA, MIKKELI])
    arabic = next(e for e in summary.languages if e.code == "ar")
    assert arabic.programmes == 2 and arabic.municipalities[0] == "Kokkola" and len(arabic.municipalities) == 13
    assert next(e for e in summary.languages if e.code == "th").programmes == 1
    # A joint programme's members share every provider it names; one municipality alone shares nothing.
    assert summary.shared and all(len(s.municipalities) >= 2 for s in summary.shared)
    assert all(s.programmes == 1 and "Kokkola" not in s.municipalities for s in summary.shared)
    alone = summarise([KOKKOLA])
    assert alone.shared == []


def test_same_provider_in_two_programmes_is_shared(tmp_path: Path) -> None:
    other = tmp_path / "kannus.yaml"
    other.write_text(KOKKOLA.read_text(encoding="utf-8").replace("    - Kokkola\n", "    - Kannus\n"), encoding="utf-8")
    summary = summarise([KOKKOLA, other])
    shared = {(s.row, s.column): s for s in summary.shared}
    assert len(shared) == 16 and shared[("arviointi", "tyonhakijat")].municipalities == ["Kokkola", "Kannus"]


def test_csv_is_for_finnish_excel_and_never_a_formula(run_cli: RunCli, tmp_path: Path) -> None:
    hostile = tmp_path / "hyokkays.yaml"
    text = KOKKOLA.read_text(encoding="utf-8")
    text = text.replace("koordinoiva_taho: Kotoutumispalvelut",
                        "koordinoiva_taho: '=HYPERLINK(\"http://example.invalid\";\"klikkaa\")'")
    text = text.replace("puhelin: 040 8065698", "puhelin: +358 40 8065698")
    hostile.write_text(text, encoding="utf-8")
    result = run_cli("summary", str(hostile), str(KOKKOLA), "--view", "programmes")
    row = rows_of(result.stdout)[0]
    assert row["Kunnassa/kunnissa kotoutumisohjelmaa koordinoiva taho"].startswith("'=HYPERLINK(")
    assert row["Yhteyshenkilö: puhelin"] == "'+358 40 8065698"
    written = tmp_path / "yhteenveto.csv"
    assert run_cli("summary", str(hostile), "-o", str(written)).exit_code == 0
    data = written.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfTiedosto;") and data.count(b"\r\n") == 2  # BOM, header and one row
    languages = rows_of(run_cli("summary", str(KOKKOLA), str(MIKKELI), "--view", "languages").stdout)
    thai = next(r for r in languages if r["Koodi"] == "th")
    assert thai["Ohjelmia"] == "1" and thai["Osuus ohjelmista (%)"] == "50,0"
    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "＝1"):
        assert neutralised(text) == "'" + text
    assert neutralised("Kunta") == "Kunta" and neutralised("") == ""


def test_json_has_every_view(run_cli: RunCli) -> None:
    data = json.loads(run_cli("summary", str(EXAMPLES), "-f", "json").stdout)
    assert set(data) == {"programmes", "languages", "services"}
    rows = data["programmes"]["rivit"]
    assert [Path(r["tiedosto"]).name for r in rows] == ["kokkola.yaml", "mikkeli.yaml", "narpes.yaml"]
    assert rows[0]["paivays"] == "2024-10-21" and rows[0]["virheet"] == 0
    assert data["languages"]["rivit"][0]["osuus"] == 100.0


def test_directory_without_yaml_and_xlsx_without_output_exit_2(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("summary", str(tmp_path))
    assert result.exit_code == 2 and "ei löytynyt YAML-tiedostoja" in result.stderr
    result = run_cli("summary", str(KOKKOLA), "-f", "xlsx")
    assert result.exit_code == 2 and "-o" in result.stderr


def test_hidden_directories_are_skipped(tmp_path: Path) -> None:
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "kotodoc.yml").write_text("on: push\n", encoding="utf-8")
    shutil.copy(KOKKOLA, tmp_path / "kunta.yaml")
    assert list(expand([tmp_path])) == [tmp_path / "kunta.yaml"]


# --- xlsx ----------------------------------------------------------------------------------------

def sheet_xml(book: zipfile.ZipFile, n: int) -> str:
    return book.read(f"xl/worksheets/sheet{n}.xml").decode("utf-8")


def test_xlsx_one_sheet_per_view_frozen_filtered_sized(run_cli: RunCli, tmp_path: Path) -> None:
    target = tmp_path / "yhteenveto.xlsx"
    result = run_cli("summary", str(EXAMPLES), str(CASES), "-f", "xlsx", "-o", str(target))
    assert result.exit_code == 0 and f"Kirjoitettu {target}" in result.stderr
    with zipfile.ZipFile(target) as book:
        workbook = book.read("xl/workbook.xml").decode("utf-8")
        assert re.findall(r'<sheet name="([^"]+)"', workbook) == ["Ohjelmat", "Kielet", "Yhteiset palvelut"]
        programmes = sheet_xml(book, 1)
        assert '<pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"/>' in programmes
        rows = len(list(expand([EXAMPLES, CASES])))
        assert re.search(rf'<autoFilter ref="A1:[A-Z]+{rows + 1}"/>', programmes)
        assert '<col min="1" max="1" width="28.7109375"' in programmes
        assert 'ySplit="1"' in sheet_xml(book, 2) and "<autoFilter" in sheet_xml(book, 3)
        assert "<f>" not in programmes  # no formulas, whatever the files say
        strings = book.read("xl/sharedStrings.xml").decode("utf-8")
        assert "Kokkola" in strings and "varoituksia" in strings


@pytest.mark.slow
def test_xlsx_opens_in_libreoffice(tmp_path: Path) -> None:
    """LibreOffice Calc reads the workbook: its first sheet converted to CSV has every programme."""
    from kotodoc.render.pdf import find_soffice

    target = tmp_path / "yhteenveto.xlsx"
    from kotodoc.review.summary_formats import write_summary

    write_summary([EXAMPLES, CASES], "xlsx", output=target)
    profile = Path(tempfile.mkdtemp(prefix="lo-xlsx-"))
    try:
        subprocess.run([find_soffice(), "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}",
                        "--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1", "--outdir", str(tmp_path),
                        str(target)], check=True, capture_output=True, timeout=180)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    converted = tmp_path / "yhteenveto.csv"
    assert converted.exists(), "LibreOffice did not open the workbook"
    rows = list(csv.reader(io.StringIO(converted.read_text(encoding="utf-8")), delimiter=";"))
    assert rows[0][:2] == ["Tiedosto", "Kunta tai kunnat"]
    assert len(rows) == 1 + len(list(expand([EXAMPLES, CASES])))
    kokkola = next(r for r in rows if r[0].endswith("kokkola.yaml"))
    assert kokkola[1] == "Kokkola" and kokkola[8] == "21.10.2024"


def test_validate_path_stays_light() -> None:
    """`kotodoc validate` (a pre-commit hook) imports neither XlsxWriter nor the reviewer tools."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "kotodoc", "validate", str(KOKKOLA)],
                          capture_output=True, text=True, check=False, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    imported = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if "|" in line}
    assert "kotodoc.checks.validate" in imported  # the measurement itself works
    assert not {m for m in imported if m.split(".")[0] == "xlsxwriter" or m.startswith("kotodoc.review")}


def test_summary_csv_does_not_import_xlsxwriter() -> None:
    code = ("import sys; from pathlib import Path; from kotodoc.review.summary_formats import write_summary; "
            f"write_summary([Path({str(KOKKOLA)!r})], 'csv'); print('xlsxwriter' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=ROOT).stdout.strip() == "False"

"""`kotodoc costs` through the command line: table, CSV and JSON, and the exit codes."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from tests.conftest import ROOT

RunCli = Callable[..., Result]
MIKKELI = ROOT / "examples" / "mikkeli.yaml"
KOKKOLA = ROOT / "examples" / "kokkola.yaml"
MEMBERS = ("Enonkoski", "Hirvensalmi", "Juva", "Kangasniemi", "Mikkeli", "Mäntyharju", "Pertunmaa",
           "Pieksämäki", "Puumala", "Rantasalmi", "Savonlinna", "Sulkava")
TOTAL_CENTS = 60_000_000


def cents(text: str) -> int:
    """'255 445,96' or '255445,96' -> 25544596."""
    whole, part = text.replace(" ", "").replace("\u00a0", "").split(",")
    return int(whole) * 100 + int(part)


def test_table_lists_every_member_and_sums_exactly(run_cli: RunCli) -> None:
    result = run_cli("costs", str(MIKKELI))
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Vuosikustannus 600 000,00 €." in out
    rows = {line.split()[0]: line for line in out.splitlines() if line.split() and line.split()[0] in MEMBERS}
    assert set(rows) == set(MEMBERS)
    total_line = next(line for line in out.splitlines() if line.startswith("Yhteensä"))
    assert "600 000,00" in total_line and total_line.rstrip().endswith("100,00")
    assert "Mikkeli" in rows and "255 445,96" in rows["Mikkeli"]
    assert "kotodocin menetelmä" in out  # the causation method is said to be kotodoc's, not the seed's
    assert "Havainnollistavat luvut" in out
    # The seed's repealed term is reported on stderr, not mixed into the table.
    assert "KD402" in result.stderr and "KD402" not in out


def test_csv_is_for_finnish_spreadsheets(run_cli: RunCli) -> None:
    result = run_cli("costs", str(MIKKELI), "--format", "csv")
    assert result.exit_code == 0
    assert result.stdout.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff")), delimiter=";"))
    header, body, total = rows[0], rows[1:-1], rows[-1]
    assert header[0] == "Kunta" and header[-2:] == ["Yhteensä (€)", "Osuus (%)"]
    assert [r[0] for r in body] == list(MEMBERS)
    assert sum(cents(r[-2]) for r in body) == TOTAL_CENTS == cents(total[-2])
    assert sum(cents(r[-4]) + cents(r[-3]) for r in body) == TOTAL_CENTS
    assert all(cents(r[-4]) + cents(r[-3]) == cents(r[-2]) for r in body)  # every row adds up
    assert sum(cents(r[-1]) for r in body) == 10_000  # percentages: 100,00 exactly
    assert " " not in "".join(r[-2] for r in body)  # no thousands separator to confuse a spreadsheet


def test_json_has_exact_cents(run_cli: RunCli) -> None:
    result = run_cli("costs", str(MIKKELI), "-f", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["vuosikustannus_senttia"] == TOTAL_CENTS
    assert [m["kunta"] for m in data["jasenet"]] == list(MEMBERS)
    assert sum(m["yhteensa_senttia"] for m in data["jasenet"]) == TOTAL_CENTS
    assert sum(s["senttia"] for s in data["segmentit"]) == data["aiheuttamisperiaatteen_mukaan_senttia"]
    assert data["asukasluvun_osuus_prosenttia"] == "40"
    assert data["aiheuttamisperiaate_jaettu_asukasluvun_mukaan"] is False
    mikkeli = data["jasenet"][4]
    assert mikkeli["yhteensa_euroa"] == "255445.96" and mikkeli["asiakkaat"]["pakolaiset"] == 60


def test_file_without_cost_data_exits_1(run_cli: RunCli) -> None:
    result = run_cli("costs", str(KOKKOLA))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert f"{KOKKOLA}:1:1: virhe KD528:" in result.stderr


def test_joint_block_without_costs_points_at_the_block(run_cli: RunCli, tmp_path: Path) -> None:
    text = MIKKELI.read_text(encoding="utf-8")
    path = tmp_path / "ilman_kustannuksia.yaml"
    path.write_text(text[: text.index("  # Kustannusten jako:")], encoding="utf-8")
    result = run_cli("costs", str(path))
    assert result.exit_code == 1
    line = text[: text.index("yhteistoiminta:")].count("\n") + 1
    assert f"{path}:{line}:1: virhe KD528:" in result.stderr


def test_invalid_file_exits_1_with_its_diagnostics(run_cli: RunCli) -> None:
    case = ROOT / "tests" / "cases" / "invalid" / "yhteistoiminta_kustannukset.yaml"
    result = run_cli("costs", str(case), "--format", "json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "virhe KD520" in result.stderr and "virhe KD523" in result.stderr
    assert "KD528" not in result.stderr


@pytest.mark.parametrize("args", [["costs", "puuttuu.yaml"], ["costs", str(MIKKELI), "--format", "xlsx"]])
def test_usage_errors_exit_2(run_cli: RunCli, args: list[str]) -> None:
    result = run_cli(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_csv_cells_never_become_formulas(run_cli: RunCli, tmp_path: Path) -> None:
    text = MIKKELI.read_text(encoding="utf-8")
    for name, evil in (("Enonkoski", '=HYPERLINK(""http://x"";""a"")'), ("Juva", "+1+1"), ("Puumala", "@SUM(A1)"),
                       ("Sulkava", "-2+3")):
        text = text.replace(f"- {name}\n", f'- "{evil.replace(chr(34) * 2, chr(92) + chr(34))}"\n', 1)
        text = text.replace(f"kunta: {name}\n", f'kunta: "{evil.replace(chr(34) * 2, chr(92) + chr(34))}"\n', 1)
    path = tmp_path / "kaava.yaml"
    path.write_text(text, encoding="utf-8")
    plain = run_cli("costs", str(MIKKELI), "--format", "csv")
    result = run_cli("costs", str(path), "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout.lstrip("\ufeff")), delimiter=";"))
    names = [r[0] for r in rows[1:-1]]
    assert names[0] == "'=HYPERLINK(\"http://x\";\"a\")" and "'+1+1" in names and "'@SUM(A1)" in names
    assert "'-2+3" in names
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
    plain_rows = list(csv.reader(io.StringIO(plain.stdout.lstrip("\ufeff")), delimiter=";"))
    assert [r[1:] for r in rows] == [r[1:] for r in plain_rows]  # every number exactly as before

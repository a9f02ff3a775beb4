"""Checking many files: one file's data alive at a time, compact results, streamed reports, the collector."""

from __future__ import annotations

import gc
import io
import json
import shutil
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from kotodoc.checks import report
from kotodoc.checks.batch import BATCH_GC_THRESHOLD, batch_collector, check_files, each_file
from kotodoc.checks.validate import Report, validate_file
from tests.conftest import ROOT

CASES = ROOT / "tests" / "cases"
VALID = CASES / "valid" / "minimal.yaml"
WARNS = CASES / "valid" / "keskerainen.yaml"
INVALID = CASES / "invalid" / "yhteystiedot.yaml"
KOKKOLA = ROOT / "examples" / "kokkola.yaml"


def copies(folder: Path, count: int) -> list[Path]:
    """``count`` distinct valid documents: the example with a different contact person in each."""
    text = KOKKOLA.read_text(encoding="utf-8")
    paths = []
    for i in range(count):
        path = folder / f"kunta_{i:04d}.yaml"
        path.write_text(text.replace("Pia Salonen", f"Henkilö {i}"), encoding="utf-8")
        paths.append(path)
    return paths


def test_results_are_compact_in_order_and_unreadable_files_do_not_stop_the_batch(tmp_path: Path) -> None:
    paths = [VALID, tmp_path / "puuttuu.yaml", INVALID, tmp_path]
    results = list(check_files(paths))
    assert [r.path for r in results] == [str(p) for p in paths]
    assert isinstance(results[1], report.Unreadable) and "Tiedostoa ei löydy" in results[1].message()
    assert isinstance(results[3], report.Unreadable) and "hakemisto" in results[3].message()
    for r in (results[0], results[2]):
        assert isinstance(r, Report)
        assert r.programme is None and r.data is None and r.positions is None
    assert results[2].diagnostics == validate_file(INVALID).diagnostics  # type: ignore[union-attr]


def test_each_file_keeps_what_the_caller_picks(tmp_path: Path) -> None:
    kept = list(each_file([KOKKOLA, INVALID, tmp_path / "x.yaml"],
                          lambda r: r.programme.perustiedot.kunnat if r.programme else None))
    assert kept[0] == ["Kokkola"] and kept[1] is None and isinstance(kept[2], report.Unreadable)


def test_memory_stays_flat_from_ten_to_a_hundred_files(tmp_path: Path) -> None:
    """Ten times the files, about the same peak, even keeping every result (as the JSON report does):
    no file's tree, model or positions outlives it, only its diagnostics."""
    paths = copies(tmp_path, 100)
    validate_file(paths[0])  # the schema's validator is built once, before measuring

    def peak(files: list[Path]) -> int:
        tracemalloc.start()
        try:
            results = list(check_files(files))
            assert len(results) == len(files)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    small, large = peak(paths[:10]), peak(paths)
    one_document = peak(paths[:1])
    assert large < small + one_document, (small, large, one_document)


def test_the_collector_is_tuned_for_the_batch_and_restored() -> None:
    saved = gc.get_threshold()
    gc.disable()
    try:
        with batch_collector():
            assert gc.isenabled() and gc.get_threshold() == BATCH_GC_THRESHOLD
            assert gc.get_freeze_count() > 0
        assert not gc.isenabled() and gc.get_threshold() == saved and gc.get_freeze_count() == 0
    finally:
        gc.enable()
    with batch_collector():
        pass
    assert gc.isenabled()


def test_batches_at_the_same_time_restore_the_collector_once_the_last_one_ends() -> None:
    saved = gc.get_threshold()
    gc.disable()
    try:
        outer, inner = batch_collector(), batch_collector()
        outer.__enter__()
        inner.__enter__()
        outer.__exit__(None, None, None)  # a thread that started first may end first
        assert gc.isenabled() and gc.get_threshold() == BATCH_GC_THRESHOLD  # the other batch still runs
        inner.__exit__(None, None, None)
        assert not gc.isenabled() and gc.get_threshold() == saved and gc.get_freeze_count() == 0
    finally:
        gc.enable()


@pytest.mark.parametrize("fmt", ["text", "github", "json", "gitlab"])
def test_streamed_report_has_the_same_content_as_the_whole_report(fmt: str, tmp_path: Path) -> None:
    paths = [VALID, WARNS, INVALID, tmp_path / "puuttuu.yaml"]
    whole = list(check_files(paths))
    out = io.StringIO()
    code = report.stream_report(check_files(paths), fmt, False, out.write)
    assert code == report.exit_code(whole, False) == 2
    expected = report.REPORTERS[fmt](whole, False, "fi")
    if fmt in ("json", "gitlab"):
        assert json.loads(out.getvalue()) == json.loads(expected)
    else:  # GitHub output goes file by file: each file's annotations, then its lines
        assert sorted(out.getvalue().splitlines()) == sorted(expected.splitlines())
        assert out.getvalue().splitlines()[-1] == report.summary(whole, False)


def test_strict_counts_warnings_as_failures_in_the_tally() -> None:
    results = list(check_files([WARNS]))
    assert report.summary(results, False) == \
        "Tarkistettu 1 tiedosto luonnoksena: kaikki kunnossa; 0 virhettä, 4 varoitusta."
    assert report.summary(results, True) == \
        "Tarkistettu 1 tiedosto luonnoksena: 1 ei läpäissyt tarkistusta; 0 virhettä, 4 varoitusta."
    assert report.exit_code(results, False) == 0 and report.exit_code(results, True) == 1


@pytest.mark.skipif(shutil.which("kotodoc", path=str(Path(sys.executable).parent)) is None,
                    reason="the console script is installed with the package")
def test_console_script_validates_many_files_in_one_call(tmp_path: Path) -> None:
    paths = copies(tmp_path, 30)
    script = Path(sys.executable).parent / "kotodoc"
    proc = subprocess.run([str(script), "validate", *map(str, paths), str(INVALID)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert lines[-1] == "Tarkistettu 31 tiedostoa: 1 ei läpäissyt tarkistusta; 2 virhettä, 60 varoitusta."
    assert sum(line.startswith(str(tmp_path)) for line in lines) == 60

"""Checking many files: one file's data alive at a time, compact results, streamed reports, the collector."""

from __future__ import annotations

import gc
import io
import json
import os
import shutil
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from kotodoc.checks import report
from kotodoc.checks.batch import (
    BATCH_GC_THRESHOLD,
    FILES_PER_WORKER,
    JOBS_ENV,
    MAX_WORKERS,
    batch_collector,
    can_fork,
    check_files,
    each_file,
    workers_for,
)
from kotodoc.checks.validate import Report, validate_file
from kotodoc.errors import UsageError
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


def _mixed_batch(tmp_path: Path) -> list[Path]:
    """Every valid and invalid case, an unreadable file and a folder: all kinds of results."""
    cases = sorted((CASES / "valid").glob("*.yaml")) + sorted((CASES / "invalid").glob("*.yaml"))
    return [*cases[:30], tmp_path / "puuttuu.yaml", *cases[30:], tmp_path]


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked; this system checks a batch in one process")
@pytest.mark.parametrize("fmt", ["text", "json", "github", "gitlab"])
@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_workers_give_exactly_what_one_process_gives(tmp_path: Path, fmt: str, lang: str) -> None:
    """Results come back in the order of the files, with the same diagnostics worded the same way (their
    parameters survive the trip between processes), whatever the number of workers."""
    paths = _mixed_batch(tmp_path)
    assert can_fork()  # no other thread runs: the workers are really used below

    def printed(jobs: int) -> tuple[int, str]:
        out = io.StringIO()
        code = report.stream_report(check_files(paths, jobs=jobs), fmt, False, out.write, lang)
        return code, out.getvalue()

    one = printed(1)
    assert one[0] == 2 and "puuttuu.yaml" in one[1]  # a file that cannot be read: exit 2
    assert printed(3) == one
    assert printed(len(paths) + 5) == one  # more workers than files: one per file at most


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked; this system checks a batch in one process")
def test_workers_keep_results_compact_and_in_order(tmp_path: Path) -> None:
    paths = _mixed_batch(tmp_path)
    results = list(check_files(paths, jobs=2))
    assert [r.path for r in results] == [str(p) for p in paths]
    assert isinstance(results[30], report.Unreadable) and isinstance(results[-1], report.Unreadable)
    assert all(r.programme is None for r in results if isinstance(r, Report))


def test_the_number_of_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(JOBS_ENV, raising=False)
    assert workers_for(0) == 1 and workers_for(FILES_PER_WORKER - 1) == 1  # a small batch: no workers
    assert 1 <= workers_for(100 * FILES_PER_WORKER) <= min(MAX_WORKERS, os.cpu_count() or 1)
    assert workers_for(10_000, {JOBS_ENV: "8"}) == 8  # more than the default maximum when asked
    assert workers_for(10, {JOBS_ENV: "4"}) == 4 and workers_for(3, {JOBS_ENV: " 4 "}) == 3
    assert workers_for(10_000, {JOBS_ENV: "1"}) == 1
    for wrong in ("0", "-2", "kaksi", "1.5"):
        with pytest.raises(UsageError) as caught:
            workers_for(10, {JOBS_ENV: wrong})
        assert caught.value.key == "usage.jobs"


def test_a_wrong_number_of_workers_is_a_usage_error_in_the_readers_language(
        run_cli: Callable[..., Result]) -> None:
    result = run_cli("validate", str(VALID), "--kieli", "sv", env={JOBS_ENV: "alla"})
    assert result.exit_code == 2
    assert "KOTODOC_JOBS=alla: ange antalet parallella processer" in result.output


CTRL_C_AS_IN_A_TERMINAL = ("import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
                           "sys.argv[0] = 'kotodoc'; runpy.run_module('kotodoc', run_name='__main__')")
"""``python -m kotodoc`` with Ctrl-C raising KeyboardInterrupt: a program started in the background by a shell
without job control (as CI may start the tests) inherits Ctrl-C ignored, and Python then never raises it."""


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked; this system checks a batch in one process")
def test_ctrl_c_stops_the_workers_with_a_message_and_no_traceback(tmp_path: Path) -> None:
    """Ctrl-C reaches the whole process group, as from a terminal: the main process stops its workers, says
    it was interrupted and exits 130; the workers print nothing and none is left running."""
    import signal
    import time

    paths = [str(copies(tmp_path, 1)[0])] * 5000  # one file named 5,000 times: seconds of work, no disk to fill
    proc = subprocess.Popen([sys.executable, "-c", CTRL_C_AS_IN_A_TERMINAL, "validate", *paths],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, JOBS_ENV: "2"}, start_new_session=True)
    assert proc.stdout is not None
    assert proc.stdout.readline()  # the workers are checking: their first results are printed
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "keskeytetty" in err and "Traceback" not in err
    time.sleep(0.5)
    with pytest.raises(ProcessLookupError):  # nobody left in the group: the workers are gone too
        os.killpg(proc.pid, 0)


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked; this system checks a batch in one process")
def test_a_worker_the_system_kills_ends_the_batch_with_a_message_not_a_hang(tmp_path: Path) -> None:
    """A worker killed from outside (as the out-of-memory killer does) is reported, exit 2, and the other
    worker is stopped; the batch never waits for results that cannot come."""
    import signal
    import time

    paths = [str(copies(tmp_path, 1)[0])] * 5000
    proc = subprocess.Popen([sys.executable, "-m", "kotodoc", "validate", *paths],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, JOBS_ENV: "2"}, start_new_session=True)
    workers: list[int] = []
    for _ in range(100):  # the workers appear once the first file is read
        time.sleep(0.05)
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        workers = [int(pid) for pid in children.read_text().split()] if children.exists() else []
        if len(workers) == 2:
            break
    assert len(workers) == 2
    os.kill(workers[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 2, err
    assert "prosessi päättyi kesken" in err and "KOTODOC_JOBS=1" in err and "Traceback" not in err
    time.sleep(0.5)
    with pytest.raises(ProcessLookupError):
        os.killpg(proc.pid, 0)


@pytest.mark.skipif(not can_fork(), reason="worker processes are forked; this system checks a batch in one process")
def test_a_process_running_other_threads_checks_in_one_process(tmp_path: Path) -> None:
    """Forking while another thread may hold a lock can leave a worker waiting for ever: a library user's
    threaded program gets the one-process batch, with the same results."""
    import threading

    paths = _mixed_batch(tmp_path)
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not can_fork()
        threaded = [repr(r) for r in check_files(paths, jobs=3)]
    finally:
        release.set()
        other.join()
    assert threaded == [repr(r) for r in check_files(paths, jobs=1)]

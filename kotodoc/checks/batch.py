"""Checking many files in constant memory: one file's tree, model and positions alive at a time.

:func:`each_file` validates files one after another and hands each full
:class:`~kotodoc.checks.validate.Report` to a function that picks what to keep (a summary over many
files keeps its own few facts); the report is dropped before the next file is read. :func:`check_files`
keeps only the diagnostics (:meth:`~kotodoc.checks.validate.Report.compact`), which is what the
report formats print. A file that cannot be read is an :class:`~kotodoc.checks.report.Unreadable`
in the stream, never an exception, so one missing file does not stop the batch.

A large batch is checked by worker processes, one per processor this process may use, up to four
(:func:`workers_for`; ``KOTODOC_JOBS`` sets the number, ``1`` turns them off): each worker validates
files in order and sends back their diagnostics only, and the results come out in the order of the
files, exactly as one process would give them. Workers are forked from this process, which has
already imported everything, so they cost milliseconds to start; where processes cannot be forked
safely (Windows, macOS, a process running other threads) the batch runs in this process.

While a batch runs, the cyclic garbage collector is tuned for it (:func:`batch_collector`): the
objects of start-up (modules, the schema's validators, the form texts) are frozen out of its scans,
and it runs less often. A document's tree and model hold no reference cycles and are freed by
reference counting as soon as they are dropped, so the collector has little to find; left at
Python's defaults it rescans every long-lived object again and again.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from kotodoc.checks.report import Result, Unreadable
from kotodoc.checks.validate import Report, validate_file
from kotodoc.errors import FileReadError, UsageError, WorkerLost

T = TypeVar("T")

BATCH_GC_THRESHOLD = (50_000, 50, 100)
"""The collector's thresholds during a batch (Python's defaults: 700, 10, 10)."""


_lock = threading.Lock()
_active = 0  # batches running now (threads, or a batch inside a batch)
_saved: tuple[bool, tuple[int, int, int]] = (True, (700, 10, 10))


@contextmanager
def batch_collector() -> Iterator[None]:
    """Freeze what exists now out of the collector's scans and collect less often, until the end.

    The collector is on during the batch even if the caller had switched it off (the command line
    does, for its start-up); its previous state and thresholds come back when the last of the
    batches running at the same time (threads, or a batch inside a batch) ends.
    """
    global _active, _saved
    with _lock:
        if _active == 0:
            _saved = (gc.isenabled(), gc.get_threshold())
            gc.freeze()
            gc.set_threshold(*BATCH_GC_THRESHOLD)
            gc.enable()
        _active += 1
    try:
        yield
    finally:
        with _lock:
            _active -= 1
            if _active == 0:
                was_enabled, thresholds = _saved
                gc.set_threshold(*thresholds)
                gc.unfreeze()
                if not was_enabled:
                    gc.disable()


def each_file(paths: Iterable[str | os.PathLike[str]], keep: Callable[[Report], T],
              draft: bool = False) -> Iterator[T | Unreadable]:
    """Validate ``paths`` one at a time; yield ``keep(report)`` for each (or :class:`Unreadable`).

    Only what ``keep`` returns outlives its file: keep small things (diagnostics, a few facts), not
    the report's ``programme``, ``data`` or ``positions``. ``draft``: as ``validate --luonnos``.
    """
    with batch_collector():
        for path in paths:
            try:
                report = validate_file(path, draft)
            except FileReadError as exc:
                yield Unreadable(os.fspath(path), exc)
                continue
            kept = keep(report)
            del report  # before the next file is read, not after
            yield kept


def check_files(paths: Iterable[str | os.PathLike[str]], draft: bool = False,
                jobs: int | None = None) -> Iterator[Result]:
    """Validate ``paths``, keeping each file's diagnostics only; results in the order of ``paths``.

    ``jobs``: worker processes (default :func:`workers_for`); with one, the files are checked here, one at
    a time. A worker that the system stops (memory ran out) ends the batch with :class:`WorkerLost`.
    """
    names = list(paths)
    workers = workers_for(len(names)) if jobs is None else min(jobs, len(names))
    if workers <= 1 or not can_fork():
        return each_file(names, Report.compact, draft)
    return _in_workers(names, draft, workers)


JOBS_ENV = "KOTODOC_JOBS"
FILES_PER_WORKER = 100
"""A worker is started for at least this many files (its start and its first file, which builds the schema's
validator, cost about what a hundred files do)."""
MAX_WORKERS = 4
"""At most this many workers unless ``KOTODOC_JOBS`` says more: each holds about 40 MB, and the main process,
which prints every result, keeps up with about this many."""
CHUNK = 16
"""Files a worker takes at a time."""


def workers_for(count: int, environ: dict[str, str] | os._Environ[str] | None = None) -> int:
    """How many processes check ``count`` files: ``KOTODOC_JOBS`` when set, else one per processor this
    process may use, at most :data:`MAX_WORKERS` and no more than one per :data:`FILES_PER_WORKER` files.
    A ``KOTODOC_JOBS`` that is not a whole number of one or more is a :class:`UsageError`."""
    said = (os.environ if environ is None else environ).get(JOBS_ENV, "").strip()
    if said:
        if not said.isdigit() or int(said) < 1:
            raise UsageError("usage.jobs", env=JOBS_ENV, value=said)
        return min(int(said), count)
    return max(1, min(_processors(), MAX_WORKERS, count // FILES_PER_WORKER))


def _processors() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether worker processes can be forked here: on Linux and other Unixes but macOS (where forking a
    process that has loaded system frameworks is unsafe), and only while this process runs no other thread
    (a thread holding a lock at the fork would leave the child waiting on it for ever: a program that uses
    kotodoc as a library from threads gets one process)."""
    import multiprocessing

    return (sys.platform != "darwin" and "fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1)


def _in_workers(names: list[str | os.PathLike[str]], draft: bool, workers: int) -> Iterator[Result]:
    for stream in (sys.stdout, sys.stderr):  # a forked worker would write out a copy of what is buffered
        if stream is not None:
            stream.flush()
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # concurrent.futures, not multiprocessing.Pool: a worker the system kills (out of memory) breaks the pool
    # with an error here, where Pool would wait for its results for ever
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=_start_worker)
    finished = False
    try:
        yield from pool.map(_check_one, [(name, draft) for name in names], chunksize=CHUNK)
        finished = True
    except BrokenProcessPool:
        raise WorkerLost("batch.worker_lost", env=JOBS_ENV) from None
    finally:  # stopped early (Ctrl-C, a closed pipe, a lost worker): drop the work not yet started
        pool.shutdown(wait=finished, cancel_futures=not finished)


def _start_worker() -> None:
    """A worker leaves Ctrl-C to the main process (which stops the workers) and tunes its collector
    for the batch, as :func:`batch_collector` does."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    gc.freeze()
    gc.set_threshold(*BATCH_GC_THRESHOLD)
    gc.enable()


def _check_one(job: tuple[str | os.PathLike[str], bool]) -> Result:
    path, draft = job
    try:
        return validate_file(path, draft).compact()
    except FileReadError as exc:
        return Unreadable(os.fspath(path), exc)

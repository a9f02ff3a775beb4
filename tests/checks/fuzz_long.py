"""The long fuzz run (not in CI): 20 000 or more hostile documents, every valid one rendered in every format.

    python -m tests.checks.fuzz_long --documents 20000 [--first SEED] [--jobs N] [--cli-every 10]

Each document is :func:`tests.checks.mutations.make_case` of its seed, so any finding is reproduced with
``--first SEED --documents 1``. Every document is validated and, when valid, rendered as Markdown, HTML
and Word (each document kind), checked to keep every string, and its costs split; every ``--cli-every``-th
document also goes through the command line (``validate -f github``, ``render -f md`` and ``-f docx``),
whose exit codes are counted. Anything that raises, or a command that exits 3, is an exit 3: its seed,
mutations and error are listed. The counts are printed as JSON at the end, with the slowest documents
and those that raised a worker's peak memory most (a hostile file may also be one that takes minutes).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from kotodoc.cli import app
from tests.checks.mutations import check_case, make_case

FIRST_SEED = 20_000_000


def _cli(case_raw: bytes, seed: int, runner: CliRunner, tmp: Path) -> list[int]:
    path = tmp / f"d{seed}.yaml"
    path.write_bytes(case_raw)
    codes = [runner.invoke(app, ["validate", "-f", "github", str(path)]).exit_code]
    for fmt in ("md", "docx"):
        out = tmp / f"d{seed}.{fmt}"
        result = runner.invoke(app, ["render", str(path), "-f", fmt, "-o", str(out)])
        code = result.exit_code if result.exception is None or isinstance(result.exception, SystemExit) else 3
        if "sisäinen virhe" in result.output:
            code = 3
        if out.exists() != (code == 0) or any(p.name.endswith(".tmp") for p in tmp.iterdir()):
            code = 3  # a file written for a failed render, or a temporary file left: as bad as a crash
        out.unlink(missing_ok=True)
        codes.append(code)
    path.unlink()
    return codes


def run_chunk(args: tuple[int, int, int]) -> dict[str, Any]:
    first, count, cli_every = args
    exits: Counter[int] = Counter()
    cli_exits: Counter[int] = Counter()
    failures: list[dict[str, Any]] = []
    renders = 0
    slowest: list[tuple[float, int]] = []
    growth: list[tuple[int, int]] = []
    runner = CliRunner()
    with tempfile.TemporaryDirectory(prefix="kotodoc-fuzz-") as tmp:
        for seed in range(first, first + count):
            started, peak = time.monotonic(), _peak_kib()
            case = make_case(seed)
            try:
                outcome = check_case(case)
                exits[outcome.exit_code] += 1
                renders += outcome.renders
            except BaseException as exc:  # every failure is counted, then the run goes on
                if isinstance(exc, KeyboardInterrupt):
                    raise
                exits[3] += 1
                failures.append({"seed": seed, "where": case.where()[:500], "error": repr(exc)[:500],
                                 "at": traceback.format_exc().splitlines()[-3:]})
            if cli_every and seed % cli_every == 0:
                for code in _cli(case.raw, seed, runner, Path(tmp)):
                    cli_exits[code] += 1
                    if code == 3:
                        failures.append({"seed": seed, "where": case.where()[:500], "error": "command exit 3"})
            slowest = sorted([*slowest, (time.monotonic() - started, seed)], reverse=True)[:5]
            growth = sorted([*growth, (_peak_kib() - peak, seed)], reverse=True)[:5]
    return {"exits": exits, "cli_exits": cli_exits, "renders": renders, "failures": failures,
            "slowest": slowest, "growth": growth}


def _peak_kib() -> int:
    """The process's peak resident memory so far (KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--first", type=int, default=FIRST_SEED)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--cli-every", type=int, default=10)
    parser.add_argument("--chunk", type=int, default=250)
    args = parser.parse_args(argv)
    chunks = [(s, min(args.chunk, args.first + args.documents - s), args.cli_every)
              for s in range(args.first, args.first + args.documents, args.chunk)]
    started = time.monotonic()
    total: dict[str, Any] = {"exits": Counter(), "cli_exits": Counter(), "renders": 0, "failures": [],
                             "slowest": [], "growth": []}
    with multiprocessing.Pool(args.jobs) as pool:
        for n, part in enumerate(pool.imap_unordered(run_chunk, chunks), 1):
            total["exits"].update(part["exits"])
            total["cli_exits"].update(part["cli_exits"])
            total["renders"] += part["renders"]
            total["failures"] += part["failures"]
            total["slowest"] = sorted([*total["slowest"], *part["slowest"]], reverse=True)[:5]
            total["growth"] = sorted([*total["growth"], *part["growth"]], reverse=True)[:5]
            print(f"{n}/{len(chunks)} chunks, {sum(total['exits'].values())} documents, "
                  f"exits {dict(sorted(total['exits'].items()))}", file=sys.stderr, flush=True)
    summary = {
        "documents": sum(total["exits"].values()), "first_seed": args.first,
        "validate_exits": {str(k): v for k, v in sorted(total["exits"].items())},
        "renders": total["renders"],
        "cli_runs": {str(k): v for k, v in sorted(total["cli_exits"].items())},
        "failures": total["failures"][:50], "seconds": round(time.monotonic() - started),
        "slowest_documents": [{"seed": seed, "seconds": round(t, 2)} for t, seed in total["slowest"]],
        "peak_memory_growth": [{"seed": seed, "mib": round(k / 1024)} for k, seed in total["growth"]],
    }
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 1 if total["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())

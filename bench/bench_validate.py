#!/usr/bin/env python3
"""Benchmark `kotodoc validate` beside peer tools on the same machine (not a test).

Measures, each as a cold process start (hyperfine, median of --runs):
  1. kotodoc validate examples/kokkola.yaml
  2. check-jsonschema --schemafile schemas/kotodoc.schema.json examples/kokkola.yaml
  3. yamllint -d relaxed examples/kokkola.yaml
and one `kotodoc validate` call over 1,000 and over 10,000 generated documents (variants of the
example), each --repeat times: median wall time and peak RSS.

Targets (issue 15): cold validate at most 0.4x check-jsonschema and 1.6x yamllint; 10,000 documents
in one call under 20 s with peak RSS under 150 MiB, memory flat from 1,000 to 10,000. A batch is checked by
worker processes (one per processor): its peak RSS is the sum over them all, and the same batch is also
measured in one process (``KOTODOC_JOBS=1``).
`python bench/run.py` measures this and the rendering benchmark in one run and prints one table.

Usage: python bench/bench_validate.py [--runs N] [--repeat N] [--documents 1000 10000] [--baseline KOTODOC]
Peers come from `pip install -e '.[bench]'`; hyperfine is used when installed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or imported as bench.*

from timing import (
    EXAMPLE,
    FLOOR_VALIDATE,
    SCHEMA,
    floor_command,
    kotodoc_command,
    make_documents,
    report,
    time_batch,
    time_commands,
    tool,
)

COLD_TARGETS = {"check-jsonschema": 0.4, "yamllint": 1.6}
MANY_SECONDS = 20.0
MANY_PEAK_MIB = 150.0


def measure(kotodoc: list[str], runs: int, counts: list[int], repeat: int,
            baseline: list[str] | None = None) -> dict[str, object]:
    """Cold starts of kotodoc and its peers, then batches of generated documents."""
    cmds = {"kotodoc validate": [*kotodoc, "validate", str(EXAMPLE)]}
    if baseline:
        cmds["baseline kotodoc validate"] = [*baseline, "validate", str(EXAMPLE)]
    peers = {
        "check-jsonschema": ["check-jsonschema", "--schemafile", str(SCHEMA), str(EXAMPLE)],
        "yamllint": ["yamllint", "-d", "relaxed", str(EXAMPLE)],
    }
    for name, cmd in peers.items():
        exe = tool(cmd[0])
        if exe is None:
            print(f"({name} not installed: skipped; pip install -e '.[bench]')", file=sys.stderr)
            continue
        cmds[name] = [exe, *cmd[1:]]
    cmds["floor: python importing pydantic, yaml, typer"] = floor_command(kotodoc, FLOOR_VALIDATE)
    cold = time_commands(cmds, runs)
    many: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="kotodoc-bench-") as tmp:
        folder = Path(tmp)
        paths = make_documents(folder, max(counts))
        one_process = {**os.environ, "KOTODOC_JOBS": "1"}
        for count in counts:
            names = [str(p) for p in paths[:count]]
            many[f"kotodoc validate x{count}"] = time_batch([*kotodoc, "validate", *names], repeat, folder)
            many[f"kotodoc validate, one process, x{count}"] = time_batch(
                [*kotodoc, "validate", *names], repeat, folder, one_process)
            if baseline:
                many[f"baseline validate x{count}"] = time_batch([*baseline, "validate", *names], repeat, folder)
    return {"cold": cold, "many": many}


def verdicts(result: dict[str, object]) -> list[tuple[str, str, bool]]:
    """(what, measured, met) for each target."""
    cold = result["cold"]
    many = result["many"]
    assert isinstance(cold, dict) and isinstance(many, dict)
    out = []
    ours = cold["kotodoc validate"]["median"]
    for peer, limit in COLD_TARGETS.items():
        if peer in cold:
            ratio = ours / cold[peer]["median"]
            out.append((f"cold validate / {peer} <= {limit}", f"{ratio:.2f}x", ratio <= limit))
    batches = [k for k in many if k.startswith("kotodoc validate x")]
    biggest = max(batches, key=lambda k: int(k.rsplit("x", 1)[1]), default=None)
    if biggest:
        run = many[biggest]
        n = biggest.rsplit("x", 1)[1]
        out.append((f"{n} documents < {MANY_SECONDS:g} s", f"{run['seconds']:.1f} s", run["seconds"] < MANY_SECONDS))
        out.append((f"{n} documents peak RSS < {MANY_PEAK_MIB:g} MiB", f"{run['peak_rss_mib']:.0f} MiB",
                    run["peak_rss_mib"] < MANY_PEAK_MIB))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=30, help="cold starts per command (hyperfine)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each batch")
    parser.add_argument("--documents", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--baseline", help="another kotodoc console script to measure beside this one")
    args = parser.parse_args()
    baseline = kotodoc_command(args.baseline) if args.baseline else None
    result = measure(kotodoc_command(), args.runs, args.documents, args.repeat, baseline)
    report(result, verdicts(result), "validate", 28)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Benchmark `kotodoc summary` over a national view (not a test).

Generates N programme files (default 300, all 308 municipalities' scale): variants of the Kokkola
example under other municipality names with different orientation languages and phones, every
tenth one a joint programme (the Mikkeli example), every fiftieth one broken (a YAML error), then
times, each as one cold process:
  1. kotodoc summary DIR --format csv|xlsx|html|json -o FILE
  2. kotodoc validate FILES...            (the same reading and checking, without the summary)
  3. check-jsonschema --schemafile schemas/kotodoc.schema.json FILES...   (a peer tool: schema only)
and the peak memory of the summary at N and at 4 N files (one file at a time: it should hardly grow).

Target (issue 14): 300 programmes in under 10 seconds. Results are printed with ratios and written
to bench/results/summary.json.

Usage: python bench/bench_summary.py [--documents N] [--runs R]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KOKKOLA = ROOT / "examples" / "kokkola.yaml"
MIKKELI = ROOT / "examples" / "mikkeli.yaml"
SCHEMA = ROOT / "schemas" / "kotodoc.schema.json"
BIN = Path(sys.executable).parent
LANGUAGES = ("arabia", "somali", "dari", "ukraina", "venäjä", "englanti", "kurdi", "tigrinja", "persia", "viro")
FORMATS = ("csv", "xlsx", "html", "json")


def tool(name: str) -> str | None:
    local = BIN / name
    return str(local) if local.exists() else shutil.which(name)


def make_documents(folder: Path, count: int) -> list[Path]:
    """``count`` programme files: single, joint and a few broken ones."""
    sys.path.insert(0, str(ROOT))
    from kotodoc.refdata import KNOWN_MUNICIPALITIES

    names = sorted(KNOWN_MUNICIPALITIES)
    single, joint = KOKKOLA.read_text(encoding="utf-8"), MIKKELI.read_text(encoding="utf-8")
    old_languages = "kielet: [venäjä, ukraina, persia, swahili, arabia, thai, viro, englanti]"
    paths = []
    for i in range(count):
        name = names[i % len(names)]
        if i % 50 == 49:
            text = "skeemaversio: 1\nperustiedot: [\n"
        elif i % 10 == 9:
            text = joint.replace("Savonlinna", f"Savonlinna {i}")
        else:
            chosen = ", ".join(LANGUAGES[j % len(LANGUAGES)] for j in range(i % 7 + 1))
            text = (single.replace("    - Kokkola\n", f"    - {name}\n").replace(old_languages, f"kielet: [{chosen}]")
                    .replace("040 8065698", f"040 {1000000 + i}"))
        path = folder / f"ohjelma_{i:04d}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def timed(cmd: list[str], runs: int) -> dict[str, float]:
    """Wall seconds of ``cmd`` (mean, stddev, min over ``runs``) and the child's peak RSS in MiB."""
    times = []
    peak = 0.0
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, check=False, cwd=ROOT)
        times.append(time.perf_counter() - start)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{cmd[:3]} failed ({proc.returncode}):\n{proc.stderr.decode()[-2000:]}")
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    return {"mean": statistics.mean(times), "stddev": statistics.pstdev(times), "min": min(times), "peak_mib": peak}


def peak_rss(cmd: list[str]) -> float:
    """Peak RSS (MiB) of one run of ``cmd``, measured by a fresh Python parent so earlier runs do not count."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)")
    out = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True, check=True, cwd=ROOT)
    return float(out.stdout.strip())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    kotodoc = tool("kotodoc")
    if kotodoc is None:
        raise SystemExit("kotodoc is not installed: pip install -e '.[bench]'")
    rows: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "ohjelmat"
        folder.mkdir()
        paths = [str(p) for p in make_documents(folder, args.documents)]
        for fmt in FORMATS:
            out = Path(tmp) / f"yhteenveto.{fmt}"
            rows[f"summary --format {fmt}"] = timed([kotodoc, "summary", str(folder), "-f", fmt, "-o", str(out)],
                                                    args.runs)
        rows["validate (same files)"] = timed([kotodoc, "validate", *paths], args.runs)
        checker = tool("check-jsonschema")
        if checker:
            rows["check-jsonschema (peer)"] = timed([checker, "--schemafile", str(SCHEMA), *paths], args.runs)
        small = peak_rss([kotodoc, "summary", str(folder), "-f", "xlsx", "-o", str(Path(tmp) / "a.xlsx")])
        big_folder = Path(tmp) / "iso"
        big_folder.mkdir()
        make_documents(big_folder, 4 * args.documents)
        big = peak_rss([kotodoc, "summary", str(big_folder), "-f", "xlsx", "-o", str(Path(tmp) / "b.xlsx")])
    base = rows["summary --format xlsx"]["mean"]
    print(f"{args.documents} programme files ({args.documents // 10} joint, {args.documents // 50} broken)\n")
    print(f"{'command':<28}{'mean s':>9}{'± s':>8}{'min s':>8}{'xlsx/this':>11}")
    for name, r in rows.items():
        print(f"{name:<28}{r['mean']:>9.2f}{r['stddev']:>8.2f}{r['min']:>8.2f}{base / r['mean']:>11.2f}")
    print(f"\npeak RSS of summary -f xlsx: {small:.0f} MiB at {args.documents} files, "
          f"{big:.0f} MiB at {4 * args.documents} files")
    worst = max(r["mean"] for n, r in rows.items() if n.startswith("summary"))
    verdict = f"{args.documents} programmes: slowest format {worst:.2f} s (target < 10 s): " \
              f"{'met' if worst < 10 else 'NOT met'}"
    print(verdict)
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "summary.json").write_text(json.dumps(
        {"documents": args.documents, "runs": rows, "peak_rss_mib": {str(args.documents): small,
                                                                      str(4 * args.documents): big},
         "verdict": verdict}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

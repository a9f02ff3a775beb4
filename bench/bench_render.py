#!/usr/bin/env python3
"""Benchmark `kotodoc render --format docx` beside pandoc on the same machine (not a test).

Measures, each as a cold process start:
  1. kotodoc render examples/kokkola.yaml --format docx (validation included)
  2. pandoc turning kotodoc's own Markdown rendering of the same document into docx
and prints the ratio. Target (issue 3): kotodoc at most 3.5x pandoc's wall time.
Results are also written to bench/results/render.json.

Usage: python bench/bench_render.py [--runs N]
hyperfine is used when installed, otherwise repeated subprocess timing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "kokkola.yaml"
TARGET_RATIO = 3.5


def kotodoc_command() -> list[str]:
    """The kotodoc console script of this interpreter's environment, else ``python -m kotodoc``."""
    script = Path(sys.executable).parent / "kotodoc"
    return [str(script)] if script.exists() else [sys.executable, "-m", "kotodoc"]


def time_command(cmd: list[str], runs: int) -> dict[str, float]:
    """Wall time of ``cmd`` in seconds (mean, stddev, min, median) over ``runs`` cold starts."""
    hyperfine = shutil.which("hyperfine")
    if hyperfine:
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            subprocess.run([hyperfine, "-N", "--warmup", "3", "--runs", str(runs), "--export-json", out.name,
                            subprocess.list2cmdline(cmd)], check=True, capture_output=True, cwd=ROOT)
            res = json.loads(Path(out.name).read_text(encoding="utf-8"))["results"][0]
            return {"mean": res["mean"], "stddev": res["stddev"] or 0.0, "min": res["min"],
                    "median": res["median"], "tool": "hyperfine"}
    for _ in range(3):
        subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return {"mean": statistics.mean(times), "stddev": statistics.pstdev(times), "min": min(times),
            "median": statistics.median(times), "tool": "subprocess"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("pandoc puuttuu: asenna se (apt-get install pandoc) vertailua varten", file=sys.stderr)
        return 2
    kotodoc = kotodoc_command()
    with tempfile.TemporaryDirectory(prefix="kotodoc-bench-") as tmp:
        markdown = Path(tmp) / "kokkola.md"
        subprocess.run([*kotodoc, "render", str(EXAMPLE), "--format", "md", "-o", str(markdown)],
                       check=True, capture_output=True)
        ours = time_command([*kotodoc, "render", str(EXAMPLE), "--format", "docx", "-o",
                             str(Path(tmp) / "kotodoc.docx")], args.runs)
        theirs = time_command([pandoc, str(markdown), "-o", str(Path(tmp) / "pandoc.docx")], args.runs)
        pandoc_version = subprocess.run([pandoc, "--version"], capture_output=True, text=True,
                                        check=True).stdout.splitlines()[0]
    ratio = ours["mean"] / theirs["mean"]
    print(f"{'komento':<44} {'ka. (ms)':>9} {'±':>6} {'min (ms)':>9}")
    for name, res in (("kotodoc render kokkola.yaml --format docx", ours), (f"{pandoc_version}: md -> docx", theirs)):
        print(f"{name:<44} {res['mean'] * 1000:9.1f} {res['stddev'] * 1000:6.1f} {res['min'] * 1000:9.1f}")
    verdict = "OK" if ratio <= TARGET_RATIO else "YLITTYY"
    print(f"suhde kotodoc/pandoc: {ratio:.2f}x (tavoite enintään {TARGET_RATIO}x: {verdict}); "
          f"ajoja {args.runs}, mittari {ours['tool']}")
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "render.json").write_text(json.dumps(
        {"kotodoc_docx": ours, "pandoc_docx": theirs, "ratio": ratio, "target": TARGET_RATIO,
         "pandoc": pandoc_version, "python": sys.version.split()[0]}, indent=2) + "\n", encoding="utf-8")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())

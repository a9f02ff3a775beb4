#!/usr/bin/env python3
"""Benchmark `kotodoc validate` beside peer tools on the same machine (not a test).

Measures, each as a cold process start:
  1. kotodoc validate examples/kokkola.yaml
  2. check-jsonschema --schemafile schemas/kotodoc.schema.json examples/kokkola.yaml
  3. yamllint examples/kokkola.yaml
and one `kotodoc validate` call over 1,000 generated documents (variants of the
example with different municipality names and answers), plus its peak memory.

Targets (issue 2): cold validate at most half of check-jsonschema's wall time;
1,000 documents in under 3 seconds. Results are printed as a table with ratios
and written to bench/results/validate.json.

Usage: python bench/bench_validate.py [--runs N]
Peers come from `pip install -e '.[bench]'`; hyperfine is used when installed.
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
EXAMPLE = ROOT / "examples" / "kokkola.yaml"
SCHEMA = ROOT / "schemas" / "kotodoc.schema.json"
BIN = Path(sys.executable).parent


def tool(name: str) -> str | None:
    """A command from this interpreter's environment, else from PATH."""
    local = BIN / name
    return str(local) if local.exists() else shutil.which(name)


def time_command(cmd: list[str], runs: int) -> dict[str, float]:
    """Wall time of ``cmd`` in seconds (mean, stddev, min) over ``runs`` cold starts."""
    hyperfine = shutil.which("hyperfine")
    if hyperfine:
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            subprocess.run([hyperfine, "-N", "-i", "--warmup", "2", "--runs", str(runs), "--export-json",
                            out.name, subprocess.list2cmdline(cmd)], check=True, capture_output=True, cwd=ROOT)
            res = json.loads(Path(out.name).read_text())["results"][0]
            return {"mean": res["mean"], "stddev": res["stddev"] or 0.0, "min": res["min"]}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False, cwd=ROOT)
        times.append(time.perf_counter() - start)
    return {"mean": statistics.mean(times), "stddev": statistics.pstdev(times), "min": min(times)}


def make_documents(folder: Path, count: int) -> list[Path]:
    """``count`` distinct valid documents derived from the example."""
    text = EXAMPLE.read_text(encoding="utf-8")
    paths = []
    for i in range(count):
        variant = text.replace("Pia Salonen", f"Henkilö {i}").replace(
            "Marraskuu 2024, jatkossa tarvittaessa", f"Versio {i}").replace("Kieku-verkosto", f"Verkosto {i}")
        path = folder / f"kunta_{i:04d}.yaml"
        path.write_text(variant, encoding="utf-8")
        paths.append(path)
    return paths


def run_many(kotodoc: str, paths: list[Path]) -> dict[str, float]:
    """One `kotodoc validate` call over all ``paths``: wall time and peak RSS of the child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run([kotodoc, "validate", *map(str, paths)], capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode != 0:
        raise SystemExit(f"validate over generated documents failed:\n{proc.stdout[-2000:]}")
    return {"seconds": wall, "peak_rss_mib": max(peak_kib, before) / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--documents", type=int, default=1000)
    args = parser.parse_args()

    kotodoc = tool("kotodoc")
    if kotodoc is None:
        raise SystemExit("kotodoc is not installed: pip install -e '.[bench]'")
    rows: dict[str, dict[str, float]] = {}
    rows["kotodoc validate"] = time_command([kotodoc, "validate", str(EXAMPLE)], args.runs)
    peers = {
        "check-jsonschema": ["check-jsonschema", "--schemafile", str(SCHEMA), str(EXAMPLE)],
        "yamllint": ["yamllint", "-d", "relaxed", str(EXAMPLE)],
    }
    for name, cmd in peers.items():
        exe = tool(cmd[0])
        if exe is None:
            print(f"({name} not installed: skipped; pip install -e '.[bench]')")
            continue
        rows[name] = time_command([exe, *cmd[1:]], args.runs)

    with tempfile.TemporaryDirectory() as tmp:
        paths = make_documents(Path(tmp), args.documents)
        many = run_many(kotodoc, paths)

    base = rows["kotodoc validate"]["mean"]
    print(f"{'command':<24}{'mean s':>10}{'± s':>9}{'min s':>9}{'kotodoc/peer':>14}")
    for name, r in rows.items():
        ratio = "" if name == "kotodoc validate" else f"{base / r['mean']:.2f}"
        print(f"{name:<24}{r['mean']:>10.3f}{r['stddev']:>9.3f}{r['min']:>9.3f}{ratio:>14}")
    print(f"\n{args.documents} documents in one call: {many['seconds']:.2f} s "
          f"({many['seconds'] / args.documents * 1000:.2f} ms/document), peak RSS {many['peak_rss_mib']:.0f} MiB")
    verdicts = []
    if "check-jsonschema" in rows:
        ratio = base / rows["check-jsonschema"]["mean"]
        verdicts.append(f"cold validate / check-jsonschema = {ratio:.2f} (target <= 0.50): "
                        f"{'met' if ratio <= 0.5 else 'NOT met'}")
    verdicts.append(f"{args.documents} documents: {many['seconds']:.2f} s (target < 3 s): "
                    f"{'met' if many['seconds'] < 3 else 'NOT met'}")
    print("\n".join(verdicts))
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "validate.json").write_text(json.dumps({"cold": rows, "many": many, "verdicts": verdicts}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

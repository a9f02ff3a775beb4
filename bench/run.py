#!/usr/bin/env python3
"""All of kotodoc's speed targets in one run, as ratios against the peers, plus peak memory (not a test).

Cold `validate` beside check-jsonschema and yamllint; one `validate` call over 1,000 and 10,000
generated documents (time and peak RSS); cold `render --format docx` beside pandoc; 10 PDFs in one
`render` call. With --baseline, an older kotodoc install is measured beside this one, in the same
run, for a before/after table. The "floor" rows time kotodoc's interpreter importing only the libraries kotodoc
is built on (pydantic, PyYAML, typer; python-docx for docx), as ratios against the same peers: no kotodoc can
start faster than that. Writes bench/results/run.json and prints a Markdown table.

Usage: python bench/run.py [--runs 30] [--repeat 3] [--documents 1000 10000] [--pdfs 10] [--baseline KOTODOC]
Needs `pip install -e '.[bench]'` (check-jsonschema, yamllint), hyperfine, pandoc and LibreOffice.
The machine may be busy: every figure is a median; compare ratios measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or imported as bench.*

import bench_render
import bench_validate
from timing import ROOT, kotodoc_command


def _ms(run: dict[str, float]) -> str:
    return f"{run['median'] * 1000:.0f} ms"


def table(validate: dict[str, dict[str, dict[str, float]]], render: dict[str, dict[str, dict[str, float]]]) -> str:
    """The results as a Markdown table: each command, its median, and its ratio to the peer it is set against."""
    rows = ["| measurement | median | cpu (user+sys) | peak RSS | ratio |", "|---|---:|---:|---:|---:|"]
    cold = validate["cold"]
    peers = [p for p in ("check-jsonschema", "yamllint") if p in cold]
    for name, run in cold.items():
        ratio = ""
        if name.endswith("kotodoc validate") or name.startswith("floor"):
            ratio = ", ".join(f"{run['median'] / cold[p]['median']:.2f}x {p}" for p in peers)
        rows.append(f"| {name} | {_ms(run)} | {run['cpu'] * 1000:.0f} ms | | {ratio} |")
    for name, run in validate["many"].items():
        n = int(name.rsplit("x", 1)[1])
        rows.append(f"| {name} documents | {run['seconds']:.2f} s | | {run['peak_rss_mib']:.0f} MiB | "
                    f"{run['seconds'] / n * 1000:.2f} ms/document |")
    rcold = render["cold"]
    for name, run in rcold.items():
        ratio = ""
        if (name.endswith("render docx") or name.startswith("floor")) and "pandoc md -> docx" in rcold:
            ratio = f"{run['median'] / rcold['pandoc md -> docx']['median']:.2f}x pandoc"
        rows.append(f"| {name} | {_ms(run)} | {run['cpu'] * 1000:.0f} ms | | {ratio} |")
    for name, run in render["many"].items():
        peak = "" if math.isnan(run["peak_rss_mib"]) else f"{run['peak_rss_mib']:.0f} MiB"
        rows.append(f"| {name} | {run['seconds']:.2f} s | | {peak} | |")
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=30, help="cold starts per command (hyperfine)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each batch")
    parser.add_argument("--documents", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--pdfs", type=int, default=10)
    parser.add_argument("--baseline", help="another kotodoc console script to measure beside this one")
    args = parser.parse_args()
    kotodoc = kotodoc_command()
    baseline = kotodoc_command(args.baseline) if args.baseline else None
    validate = bench_validate.measure(kotodoc, args.runs, args.documents, args.repeat, baseline)
    render = bench_render.measure(kotodoc, args.runs, args.pdfs, args.repeat, baseline)
    print(table(validate, render))  # type: ignore[arg-type]
    print()
    results = bench_validate.verdicts(validate) + bench_render.verdicts(render)
    for what, measured, met in results:
        print(f"- {what}: {measured}, {'met' if met else 'NOT met'}")
    load = Path("/proc/loadavg").read_text(encoding="utf-8").split()[:3] if Path("/proc/loadavg").exists() else []
    probe = "import pydantic, typer, yaml; print(pydantic.VERSION, typer.__version__, yaml.__version__)"
    versions = subprocess.run([str(Path(kotodoc[0]).parent / "python"), "-c", probe],
                              capture_output=True, text=True, check=False).stdout.split()
    print(f"\n(python {platform.python_version()}, pydantic/typer/pyyaml {' '.join(versions)}, "
          f"load average {' '.join(load)})")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "run.json").write_text(json.dumps(
        {"validate": validate, "render": render, "verdicts": results, "versions": versions, "load": load},
        indent=2) + "\n", encoding="utf-8")
    return 0 if all(met for _, _, met in results) else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Benchmark `kotodoc render` beside pandoc on the same machine (not a test).

Measures:
  1. cold `kotodoc render examples/kokkola.yaml --format docx` (validation included), hyperfine median
  2. cold pandoc turning kotodoc's own Markdown rendering of the same document into docx
  3. `kotodoc render FILE… --format pdf` over 10 generated documents in one call (--repeat times)
Targets (issue 15): docx at most 3.5x pandoc's wall time; 10 PDFs in one call under 4 s.
`python bench/run.py` measures this and the validation benchmark in one run and prints one table.

Usage: python bench/bench_render.py [--runs N] [--repeat N] [--pdfs N] [--baseline KOTODOC]
(--baseline: an older kotodoc that renders one file per call is timed over the same files one by one.)
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # run as a script or imported as bench.*

from timing import (
    EXAMPLE,
    FLOOR_RENDER,
    floor_command,
    kotodoc_command,
    make_documents,
    report,
    run_once,
    time_batch,
    time_commands,
)

DOCX_RATIO = 3.5
PDF_SECONDS = 4.0


def measure(kotodoc: list[str], runs: int, pdfs: int, repeat: int,
            baseline: list[str] | None = None) -> dict[str, object]:
    """Cold docx renders of kotodoc and pandoc, then ``pdfs`` PDFs in one call."""
    pandoc = shutil.which("pandoc")
    cold: dict[str, dict[str, float]] = {}
    many: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="kotodoc-bench-") as tmp:
        folder = Path(tmp)
        cmds = {"kotodoc render docx": [*kotodoc, "render", str(EXAMPLE), "--format", "docx", "-o",
                                        str(folder / "k.docx")]}
        if baseline:
            cmds["baseline render docx"] = [*baseline, "render", str(EXAMPLE), "--format", "docx", "-o",
                                            str(folder / "b.docx")]
        if pandoc:
            markdown = folder / "kokkola.md"
            subprocess.run([*kotodoc, "render", str(EXAMPLE), "--format", "md", "-o", str(markdown)],
                           check=True, capture_output=True)
            cmds["pandoc md -> docx"] = [pandoc, str(markdown), "-o", str(folder / "p.docx")]
        else:
            print("(pandoc not installed: skipped; apt-get install pandoc)", file=sys.stderr)
        cmds["floor: python importing pydantic, yaml, typer, docx"] = floor_command(kotodoc, FLOOR_RENDER)
        cold.update(time_commands(cmds, runs))
        if pdfs and shutil.which("soffice"):
            names = [str(p) for p in make_documents(folder, pdfs)]
            many[f"kotodoc render x{pdfs} pdf"] = time_batch([*kotodoc, "render", *names, "--format", "pdf"],
                                                             repeat, folder)
            if baseline:
                walls = [sum(run_once([*baseline, "render", name, "--format", "pdf"], folder)[0] for name in names)
                         for _ in range(repeat)]
                many[f"baseline render x{pdfs} pdf, one call each"] = {
                    "seconds": sorted(walls)[len(walls) // 2], "peak_rss_mib": float("nan"), "seconds_all": walls}
        elif pdfs:
            print("(LibreOffice not installed: PDFs skipped)", file=sys.stderr)
    return {"cold": cold, "many": many}


def verdicts(result: dict[str, object]) -> list[tuple[str, str, bool]]:
    """(what, measured, met) for each target."""
    cold = result["cold"]
    many = result["many"]
    assert isinstance(cold, dict) and isinstance(many, dict)
    out = []
    if "pandoc md -> docx" in cold:
        ratio = cold["kotodoc render docx"]["median"] / cold["pandoc md -> docx"]["median"]
        out.append((f"render docx / pandoc <= {DOCX_RATIO}", f"{ratio:.2f}x", ratio <= DOCX_RATIO))
    for name, run in many.items():
        if name.startswith("kotodoc"):
            n = name.split("x", 1)[1].split()[0]
            out.append((f"{n} PDFs in one call < {PDF_SECONDS:g} s", f"{run['seconds']:.2f} s",
                        run["seconds"] < PDF_SECONDS))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=30, help="cold starts per command (hyperfine)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the PDF batch")
    parser.add_argument("--pdfs", type=int, default=10, help="documents in the PDF batch (0: none)")
    parser.add_argument("--baseline", help="another kotodoc console script to measure beside this one")
    args = parser.parse_args()
    baseline = kotodoc_command(args.baseline) if args.baseline else None
    result = measure(kotodoc_command(), args.runs, args.pdfs, args.repeat, baseline)
    report(result, verdicts(result), "render", 36)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

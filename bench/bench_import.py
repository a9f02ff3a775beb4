#!/usr/bin/env python3
"""Benchmark `kotodoc import` of a 20-page filled form beside pandoc reading the same docx (not a test).

The form is Kokkola's (the tests' copy of the seed) with Word headings and lists, each long answer written out
six times over, which LibreOffice lays out on about 20 A4 pages (counted when LibreOffice and pdfinfo are
installed). Measured, each as a cold process start:
  1. kotodoc import lomake20.docx (reading, placing, writing the YAML and validating it)
  2. pandoc -f docx -t markdown lomake20.docx (a peer that reads the same Word file)
and the command's CPU time (user + system, which other work on the machine does not inflate), and in one
process the import alone (kotodoc.intake.run.import_bytes), CPU time, median of repeated runs.
Target (issue 11): the import of a 20-page form under one second. Results: bench/results/import.json.

Usage: python bench/bench_import.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.timing import kotodoc_command, time_command  # noqa: E402
from kotodoc.intake.run import import_bytes  # noqa: E402
from tests.intake.layouts import LAYOUTS, Line, seed_lines  # noqa: E402

TARGET_SECONDS = 1.0
TIMES = 6  # each long answer written this many times: about 20 pages


def twenty_pages() -> bytes:
    """Kokkola's form with every long answer repeated (each copy marked), in the Word-headings layout."""
    lines: list[Line] = []
    for line in seed_lines():
        lines.append(line)
        if line.tag == "A" and not line.text.startswith("- ") and len(line.text) > 60:
            lines.extend(Line("A", f"Tarkennus {n}. {line.text}") for n in range(1, TIMES))
    return LAYOUTS["headings"](lines)


def pages(docx: Path) -> int | None:
    """The page count of ``docx`` as LibreOffice lays it out (None without LibreOffice or pdfinfo)."""
    if not shutil.which("pdfinfo"):
        return None
    from kotodoc.errors import KotodocError
    from kotodoc.render.pdf import docx_to_pdf

    try:
        pdf = docx_to_pdf(docx.read_bytes())
    except KotodocError:
        return None
    out = docx.with_suffix(".pdf")
    out.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    return next(int(line.split()[-1]) for line in info.splitlines() if line.startswith("Pages:"))


def cpu_seconds(command: list[str], runs: int) -> float:
    """The CPU time (user + system) one run of ``command`` takes, averaged: unlike wall time, it does not grow
    when other work shares the machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for _ in range(runs):
        subprocess.run(command, capture_output=True, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) / runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    pandoc = shutil.which("pandoc")
    if pandoc is None:
        print("pandoc puuttuu: asenna se (apt-get install pandoc) vertailua varten", file=sys.stderr)
        return 2
    kotodoc = kotodoc_command()
    data = twenty_pages()
    with tempfile.TemporaryDirectory(prefix="kotodoc-bench-") as tmp:
        source = Path(tmp) / "lomake20.docx"
        source.write_bytes(data)
        page_count = pages(source)
        command = [*kotodoc, "import", str(source), "-o", str(Path(tmp) / "lomake20.yaml"), "--force"]
        ours = time_command(command, args.runs)
        cpu = cpu_seconds(command, args.runs)
        theirs = time_command([pandoc, "-f", "docx", "-t", "markdown", str(source), "-o",
                               str(Path(tmp) / "lomake20.md")], args.runs)
        pandoc_version = subprocess.run([pandoc, "--version"], capture_output=True, text=True,
                                        check=True).stdout.splitlines()[0]
    import_bytes(data, "lomake20.docx")  # warm: lxml, the schema
    in_process = []
    for _ in range(args.runs):
        start = time.process_time()
        import_bytes(data, "lomake20.docx")
        in_process.append(time.process_time() - start)
    inner = statistics.median(in_process)
    load = os.getloadavg()[0]
    ratio = ours["mean"] / theirs["mean"]
    print(f"lomake: {len(data) // 1024} kt, {page_count if page_count else '?'} sivua (LibreOffice)")
    print(f"{'komento':<48} {'ka. (ms)':>9} {'±':>6} {'min (ms)':>9}")
    for name, res in (("kotodoc import lomake20.docx (+ validate)", ours),
                      (f"{pandoc_version}: docx -> markdown", theirs)):
        print(f"{name:<48} {res['mean'] * 1000:9.1f} {res['stddev'] * 1000:6.1f} {res['min'] * 1000:9.1f}")
    print(f"komennon suoritinaika (user + sys) keskimäärin: {cpu * 1000:.0f} ms; koneen kuorma {load:.1f} "
          f"({os.cpu_count()} suoritinta)")
    print(f"pelkkä tuonti prosessin sisällä, suoritinaika (mediaani): {inner * 1000:.1f} ms")
    verdict = "OK" if ours["mean"] < TARGET_SECONDS else "YLITTYY"
    print(f"suhde kotodoc/pandoc: {ratio:.2f}x; komento kokonaisuudessaan {ours['mean']:.2f} s seinäkelloa "
          f"(tavoite alle {TARGET_SECONDS:g} s: {verdict}); ajoja {args.runs}, mittari "
          f"{'hyperfine' if shutil.which('hyperfine') else 'perf_counter'}")
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "import.json").write_text(json.dumps(
        {"pages": page_count, "kotodoc_import": ours, "pandoc_docx_md": theirs, "ratio": ratio,
         "kotodoc_import_cpu": cpu, "in_process_cpu_median": inner, "load_average": load,
         "target_seconds": TARGET_SECONDS, "pandoc": pandoc_version,
         "python": sys.version.split()[0]}, indent=2) + "\n", encoding="utf-8")
    return 0 if ours["mean"] < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())

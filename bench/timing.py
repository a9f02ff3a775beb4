"""Shared measuring tools of the benchmarks (not a test): cold starts with hyperfine, batches with peak memory.

Every figure is a median over several runs: the machine may be busy with other work, so compare the
ratios measured in the same run rather than absolute times from different runs.
"""

from __future__ import annotations

import json
import math
import os
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


def kotodoc_command(script: str | None = None) -> list[str]:
    """The kotodoc console script (``script``, else this environment's), compiled to bytecode first.

    A checkout installed in editable mode has no ``__pycache__`` when ``PYTHONDONTWRITEBYTECODE`` is set,
    and every start would compile kotodoc from source: an installed user never pays that, so neither
    does the benchmark.
    """
    found = script or tool("kotodoc")
    if found is None:
        raise SystemExit("kotodoc is not installed: pip install -e '.[bench]'")
    python = Path(found).parent / "python"
    if python.exists():
        where = subprocess.run([str(python), "-c", "import kotodoc, os; print(os.path.dirname(kotodoc.__file__))"],
                               capture_output=True, text=True, check=True).stdout.strip()
        subprocess.run([str(python), "-m", "compileall", "-q", where], check=True, capture_output=True)
    return [found]


FLOOR_VALIDATE = "import pydantic.fields, yaml, typer"
"""What every `kotodoc validate` imports before a line of kotodoc runs: the schema library (pydantic with the field
types every model uses), the YAML parser and the command-line library, as the issue asks to keep them."""
FLOOR_RENDER = FLOOR_VALIDATE + ", docx"
"""The same for `kotodoc render --format docx`: python-docx too."""


def floor_command(kotodoc: list[str], imports: str) -> list[str]:
    """A cold start of kotodoc's own interpreter that only imports ``imports`` (the libraries' floor), with the
    collector off as in kotodoc's console script."""
    return [str(Path(kotodoc[0]).parent / "python"), "-c", f"import gc; gc.disable(); {imports}"]


def time_command(cmd: list[str], runs: int, cwd: Path = ROOT) -> dict[str, float]:
    """Wall and CPU time of ``cmd`` in seconds (median, mean, stddev, min) over ``runs`` cold starts."""
    hyperfine = shutil.which("hyperfine")
    if hyperfine:
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            subprocess.run([hyperfine, "-N", "-i", "--warmup", "3", "--runs", str(runs), "--export-json", out.name,
                            subprocess.list2cmdline(cmd)], check=True, capture_output=True, cwd=cwd)
            res = json.loads(Path(out.name).read_text(encoding="utf-8"))["results"][0]
        return {"median": res["median"], "mean": res["mean"], "stddev": res["stddev"] or 0.0, "min": res["min"],
                "cpu": res["user"] + res["system"], "runs": runs}
    times = []
    for _ in range(runs + 3):
        start = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False, cwd=cwd)
        times.append(time.perf_counter() - start)
    times = times[3:]
    return {"median": statistics.median(times), "mean": statistics.mean(times), "stddev": statistics.pstdev(times),
            "min": min(times), "cpu": float("nan"), "runs": runs}


def time_commands(cmds: dict[str, list[str]], runs: int, rounds: int = 3,
                  cwd: Path = ROOT) -> dict[str, dict[str, float]]:
    """:func:`time_command` for several commands, interleaved: ``rounds`` rounds, each running every command
    ``runs / rounds`` times, so that a change in the machine's load falls on all of them alike."""
    per_round = max(1, runs // rounds)
    pooled: dict[str, list[dict[str, float]]] = {name: [] for name in cmds}
    for _ in range(rounds):
        for name, cmd in cmds.items():
            pooled[name].append(time_command(cmd, per_round, cwd))
    out = {}
    for name, parts in pooled.items():
        out[name] = {"median": statistics.median(p["median"] for p in parts),
                     "mean": statistics.mean(p["mean"] for p in parts),
                     "stddev": statistics.mean(p["stddev"] for p in parts),
                     "min": min(p["min"] for p in parts),
                     "cpu": statistics.median(p["cpu"] for p in parts), "runs": per_round * rounds}
    return out


def run_once(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float, float, int]:
    """Wall seconds, peak RSS in MiB of the largest process (the process and what it waited for), peak RSS
    in MiB of the whole process tree at once (sampled every 10 ms; NaN where /proc is missing) and exit code
    of one run. A batch checked by worker processes uses the sum, not the largest."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        proc = subprocess.Popen(cmd, stdout=null, stderr=null, cwd=cwd, env=env)
        tree_peak = _sample_tree(proc)
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, tree_peak, proc.returncode


def _sample_tree(proc: subprocess.Popen[bytes]) -> float:
    """The largest sum of resident memory (MiB) of ``proc`` and its descendants seen until it exits."""
    if not Path("/proc/self/status").exists():
        return float("nan")
    peak = 0
    while True:
        try:  # ended (left to be waited for) or not yet
            if os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
                break
        except ChildProcessError:
            break
        peak = max(peak, sum(_rss_kib(pid) for pid in _tree(proc.pid)))
        time.sleep(0.01)
    return peak / 1024


def _tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except OSError:
            continue
    return found


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def time_batch(cmd: list[str], repeat: int, cwd: Path, env: dict[str, str] | None = None) -> dict[str, float]:
    """One call over a batch, ``repeat`` times: median wall seconds, median peak RSS (MiB) of the largest
    process and of the whole process tree (``peak_rss_mib``: the sum, what the batch holds at once)."""
    walls, peaks, largest = [], [], []
    for _ in range(repeat):
        wall, big, tree, code = run_once(cmd, cwd, env)
        if code not in (0, 1):
            raise SystemExit(f"{cmd[:3]} … failed with exit code {code}")
        walls.append(wall)
        largest.append(big)
        peaks.append(big if math.isnan(tree) else max(tree, big))  # no /proc: the largest process only
    return {"seconds": statistics.median(walls), "peak_rss_mib": statistics.median(peaks),
            "largest_process_mib": statistics.median(largest),
            "seconds_all": walls, "peak_rss_all": peaks}


def make_documents(folder: Path, count: int) -> list[Path]:
    """``count`` distinct valid documents derived from the example (names relative to ``folder``)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    paths = []
    for i in range(count):
        variant = text.replace("Pia Salonen", f"Henkilö {i}").replace(
            "Marraskuu 2024, jatkossa tarvittaessa", f"Versio {i}").replace("Kieku-verkosto", f"Verkosto {i}")
        name = Path(f"kunta_{i:05d}.yaml")
        (folder / name).write_text(variant, encoding="utf-8")
        paths.append(name)
    return paths


def report(result: dict[str, object], verdicts: list[tuple[str, str, bool]], name: str, width: int) -> None:
    """Print a bench script's result (cold runs, batches, its targets) and save it as bench/results/NAME.json."""
    for label, r in result["cold"].items():  # type: ignore[attr-defined]
        print(f"{label:<{width}} {r['median'] * 1000:8.1f} ms (cpu {r['cpu'] * 1000:.0f} ms)")
    for label, r in result["many"].items():  # type: ignore[attr-defined]
        print(f"{label:<{width}} {r['seconds']:8.2f} s  peak {r['peak_rss_mib']:.0f} MiB")
    for what, measured, met in verdicts:
        print(f"{what}: {measured} {'met' if met else 'NOT met'}")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

"""Fuzzing: mutated examples must give a clean verdict (exit 0 or 1, diagnostics), never a crash.

Seeded, so a failure is reproducible: the failing seed and mutation are in the assertion message.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

from kotodoc.checks.validate import validate_bytes
from tests.conftest import EXAMPLES, ROOT

SOURCES = [*EXAMPLES, ROOT / "tests" / "cases" / "valid" / "minimal.yaml"]
SNIPPETS = [b":", b": ", b"- ", b"\t", b"  ", b"\n", b"'", b'"', b"&a ", b"*a", b"!!", b"? ", b"{", b"[", b"]",
            b"---\n", b"~", b"null", b"\xef\xbb\xbf", b"\r\n", b"\x00", b"\xe4", "ä".encode(), "🙂".encode(),
            b"\\x0b", b"%YAML 1.1\n", b"#", b"|", b">-", b"<<: *a", b"kohderyhma: muu", b"9" * 30]


UNFILLED = re.compile(r"\{[a-z_]+\}")


def mutate(raw: bytes, rng: random.Random) -> tuple[bytes, str]:
    """One random mutation of ``raw`` and a short description of it."""
    kind = rng.randrange(7)
    pos = rng.randrange(len(raw) + 1)
    if kind == 0:
        b = rng.randrange(256)
        return raw[:pos] + bytes([b]) + raw[pos + 1:], f"set byte {pos} to {b}"
    if kind == 1:
        n = rng.randrange(1, 40)
        return raw[:pos] + raw[pos + n:], f"delete {n} at {pos}"
    if kind == 2:
        s = rng.choice(SNIPPETS)
        return raw[:pos] + s + raw[pos:], f"insert {s!r} at {pos}"
    lines = raw.split(b"\n")
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    if kind == 3:
        lines[i], lines[j] = lines[j], lines[i]
        return b"\n".join(lines), f"swap lines {i},{j}"
    if kind == 4:
        lines.insert(i, lines[j])
        return b"\n".join(lines), f"duplicate line {j} at {i}"
    if kind == 5:
        lines[i] = b" " * rng.randrange(0, 9) + lines[i].lstrip()
        return b"\n".join(lines), f"reindent line {i}"
    del lines[i]
    return b"\n".join(lines), f"drop line {i}"


def test_validate_never_crashes_on_mutated_examples() -> None:
    rng = random.Random(20250101)
    checked = 0
    for source in SOURCES:
        original = source.read_bytes()
        for n in range(400):
            raw, how = original, []
            for _ in range(rng.randrange(1, 4)):
                raw, step = mutate(raw, rng)
                how.append(step)
            report = validate_bytes(raw, "fuzz.yaml")
            where = f"{source.name} mutation {n}: {how}"
            for d in report.diagnostics:
                assert d.line >= 1 and d.column >= 1, where
                assert d.message() and not UNFILLED.search(d.message()), where
            if report.programme is None:
                assert report.errors, f"no model and no error: {where}"
            checked += 1
    assert checked == 400 * len(SOURCES)


def test_cli_exits_cleanly_on_mutated_files(run_cli: Callable[..., Result], tmp_path: Path) -> None:
    rng = random.Random(7)
    original = (ROOT / "examples" / "kokkola.yaml").read_bytes()
    for n in range(60):
        raw, how = mutate(original, rng)
        path = tmp_path / f"m{n}.yaml"
        path.write_bytes(raw)
        for fmt in ("text", "json"):
            result = run_cli("validate", "-f", fmt, str(path))
            assert result.exit_code in (0, 1), f"mutation {n} ({how}) gave {result.exit_code}"
            assert "Traceback" not in result.output
            assert result.stdout.strip(), "a verdict is always printed"

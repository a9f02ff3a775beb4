"""Fuzzing: mutated documents must give a clean verdict (exit 0, 1 or 2, diagnostics), never a crash.

Seeded, so a failure is reproducible: the failing seed and its mutations are in the assertion message, and
``python -m tests.checks.fuzz_long --first SEED --documents 1`` runs that one document again. The property
suite (:func:`test_hostile_documents_give_a_verdict_and_lossless_renders`) draws documents of every kind
that broke kotodoc (tests/checks/mutations.py); the long run (tests/checks/fuzz_long.py, not in CI) draws
20 000 and more.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from typer.testing import Result

from kotodoc.checks.validate import validate_bytes
from tests.checks.mutations import MUTATIONS, check_case, make_case
from tests.checks.mutations import byte_mutation as mutate
from tests.conftest import EXAMPLES, ROOT

SOURCES = [*EXAMPLES, ROOT / "tests" / "cases" / "valid" / "minimal.yaml"]
UNFILLED = re.compile(r"\{[a-z_]+\}")
SEED = 13_000_000  # the property suite's first seed
DOCUMENTS = 1000  # about 100 s of CPU time


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


def test_cases_are_reproducible() -> None:
    assert make_case(SEED + 5).raw == make_case(SEED + 5).raw
    assert make_case(SEED + 5).raw != make_case(SEED + 6).raw


def test_hostile_documents_give_a_verdict_and_lossless_renders() -> None:
    """Every document: a clean verdict; every valid one: each document in a text format, nothing lost."""
    exits: Counter[int] = Counter()
    codes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    renders = 0
    for seed in range(SEED, SEED + DOCUMENTS):
        case = make_case(seed)
        fmt = random.Random(seed).choice(("md", "html", "docx"))
        outcome = check_case(case, (fmt,))
        exits[outcome.exit_code] += 1
        renders += outcome.renders
        codes.update(outcome.codes)
        kinds.update(step.split(":")[0] for step in case.how)
    assert sum(exits.values()) == DOCUMENTS and set(exits) <= {0, 1}
    assert exits[0] >= DOCUMENTS // 5, exits  # enough valid documents for the render half to mean something
    assert renders >= exits[0], renders
    assert set(kinds) == {m.__name__ for _, m in MUTATIONS}, kinds
    # the suite reaches what issue 13 found: escapes, surrogates, floods, numbers, syntax, shapes
    assert {"KD101", "KD109", "KD113", "KD203", "KD204", "KD214", "KD529"} <= set(codes), sorted(codes)


def test_hostile_documents_through_the_command_line(run_cli: Callable[..., Result], tmp_path: Path) -> None:
    for seed in range(SEED + DOCUMENTS, SEED + DOCUMENTS + 40):
        case = make_case(seed)
        path = tmp_path / f"d{seed}.yaml"
        path.write_bytes(case.raw)
        result = run_cli("validate", "-f", "github", str(path))
        assert result.exit_code in (0, 1), case.where()
        for fmt in ("md", "docx"):
            out = tmp_path / f"d{seed}.{fmt}"
            result = run_cli("render", str(path), "-f", fmt, "-o", str(out))
            assert result.exit_code in (0, 1, 2), case.where()
            assert "sisäinen virhe" not in result.output and "Traceback" not in result.output, case.where()
            assert out.exists() == (result.exit_code == 0), case.where()
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_huge_language_name_is_compared_only_with_names_of_its_length() -> None:
    """Found by the suite: a 100 000-letter language took minutes of edit distances against every name."""
    from kotodoc.refdata.languages import misspelt_language

    assert misspelt_language("venja") == "venäjä" and misspelt_language("ukrania") == "ukraina"
    assert misspelt_language("x" * 100_000) is None

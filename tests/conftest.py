"""Shared fixtures: the CLI runner and paths to the repository's examples."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from kotodoc.cli import app

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))


@pytest.fixture(autouse=True)
def finnish_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test starts from the default language, whatever the machine's locale or KOTODOC_KIELI: a test
    of another language sets it itself (kotodoc and the programs the tests start read these variables)."""
    for name in ("KOTODOC_KIELI", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def run_cli() -> Callable[..., Result]:
    """Run the kotodoc CLI in-process; crashes surface as real exceptions, not exit codes."""
    runner = CliRunner()

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(app, list(args), env=env, catch_exceptions=False)

    return run

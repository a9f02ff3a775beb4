"""A version of a programme named the way git users name one: a file, or a git revision.

``kunta.yaml`` is a file. ``v2024:kunta.yaml`` is the file ``kunta.yaml`` as it was in the
revision ``v2024``, and ``HEAD~1`` alone is the same file as the other version of the comparison
(or, for the agenda item's ``edellinen_versio``, the programme file itself) in that revision. As in
git, a path after ``REVISION:`` is relative to the repository's root unless it starts with ``./``.
An existing file wins over a revision of the same name.

Git objects are read with ``git show`` in a subprocess: an argument list (no shell), option-like
names refused, ``--end-of-options`` before the object name, no pager, no prompts, no text
conversion filters. Every failure is a :class:`~kotodoc.errors.UsageError` (exit 2) in Finnish.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from kotodoc.checks.validate import Report, validate_bytes, validate_file
from kotodoc.errors import UsageError
from kotodoc.review.texts import Said
from kotodoc.source.loader import MAX_BYTES

GIT_TIMEOUT = 30  # seconds; reading one blob takes milliseconds


@dataclass(frozen=True)
class Version:
    """One side of a comparison: how the user named it, and what validating it gave."""

    name: str
    report: Report


@dataclass(frozen=True)
class Spec:
    """A version as named: a file on disk, or a git object ``REVISION:PATH`` read in ``cwd``."""

    name: str
    file: Path | None = None
    revision: str = ""
    path: str = ""
    cwd: Path = Path()

    @property
    def object_name(self) -> str:
        """``REVISION:PATH`` as git reads it."""
        return f"{self.revision}:{self.path}"


def parse(name: str, *, base: Path | None = None, same_file: Spec | None = None) -> Spec:
    """What ``name`` refers to. ``base`` is the directory relative names are read in (default: the
    working directory); ``same_file`` is the other side, whose file a bare revision means."""
    if not name.strip() or "\0" in name or "\n" in name:
        raise UsageError(Said.of("bad_name", name=name))
    where = base if base is not None else Path()
    path = Path(name) if Path(name).is_absolute() else where / name
    if path.is_dir():
        raise UsageError(Said.of("is_directory", name=name))
    if path.is_file():
        return Spec(name, file=path)
    revision, colon, inner = name.partition(":")
    if not colon and path.suffix.lower() in (".yaml", ".yml"):
        raise UsageError(Said.of("missing_file", name=name))
    if revision.startswith("-"):
        raise UsageError(Said.of("dash", name=name))
    if colon:
        if not revision or not inner:
            raise UsageError(Said.of("half_object", name=name))
        return Spec(name, revision=revision, path=inner, cwd=where)
    if same_file is None:
        raise UsageError(Said.of("not_found", name=name))
    if same_file.file is not None:
        return Spec(name, revision=revision, path=f"./{same_file.file.name}", cwd=same_file.file.parent)
    if not same_file.revision:
        raise UsageError(Said.of("two_revisions", name=name))
    return Spec(name, revision=revision, path=same_file.path, cwd=same_file.cwd)


def read(spec: Spec) -> Version:
    """Load and validate the version ``spec`` names (a file, or a blob read from git)."""
    if spec.file is not None:
        return Version(spec.name, validate_file(spec.file))
    return Version(spec.name, validate_bytes(git_blob(spec), spec.name))


def _git() -> str:
    git = shutil.which("git")
    if git is None:
        raise UsageError(Said.of("git_missing"))
    return git


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.update({"GIT_TERMINAL_PROMPT": "0", "GIT_PAGER": "cat", "PAGER": "cat", "LC_ALL": "C", "LANGUAGE": "C",
                "GIT_OPTIONAL_LOCKS": "0"})
    return env


def _run(spec: Spec, *args: str) -> subprocess.CompletedProcess[bytes]:
    if not spec.cwd.is_dir():
        raise UsageError(Said.of("no_directory", directory=spec.cwd, name=spec.name))
    command = [_git(), "--no-pager", "-c", "core.fsmonitor=false", *args]
    try:
        return subprocess.run(command, cwd=spec.cwd, env=_environment(), capture_output=True, timeout=GIT_TIMEOUT,
                              stdin=subprocess.DEVNULL, check=False)
    except subprocess.TimeoutExpired:
        raise UsageError(Said.of("git_timeout", seconds=GIT_TIMEOUT, name=spec.name)) from None
    except OSError as exc:
        raise UsageError(Said.of("git_start", problem=exc.strerror or exc)) from None


def git_blob(spec: Spec) -> bytes:
    """The bytes of ``spec``'s git object; a :class:`UsageError` in Finnish when git cannot give them."""
    kind = _run(spec, "cat-file", "-t", spec.object_name)
    if kind.returncode != 0:
        raise UsageError(_explain(spec, kind.stderr.decode("utf-8", "replace")))
    if kind.stdout.strip() != b"blob":
        raise UsageError(Said.of("not_blob", name=spec.name, revision=spec.revision, kind=_kind(kind.stdout)))
    shown = _run(spec, "show", "--no-textconv", "--end-of-options", spec.object_name)
    if shown.returncode != 0:
        raise UsageError(_explain(spec, shown.stderr.decode("utf-8", "replace")))
    return shown.stdout[: MAX_BYTES + 1]


def _kind(stdout: bytes) -> Said:
    found = stdout.decode("ascii", "replace").strip()
    return Said.of(f"object_{found}" if found in ("tree", "commit") else "object_other")


def _explain(spec: Spec, stderr: str) -> Said:
    """Git's complaint in the reader's words. Git's own (English) first line follows in parentheses only
    when kotodoc does not recognise the complaint: then it is the only clue there is."""
    lines = [line.removeprefix("fatal: ").strip() for line in stderr.splitlines() if line.strip()]
    text = stderr.lower()
    if "not a git repository" in text:
        return Said.of("not_repository", directory=spec.cwd.resolve(), name=spec.name)
    if "exists on disk, but not in" in text or "does not exist in" in text:
        hint = next((line for line in lines if "did you mean" in line.lower()), "")
        suggested = re.findall(r"'([^']+)'", hint)
        said = Said.of("not_in_revision", path=spec.path, revision=spec.revision)
        return said.followed_by(Said.of("did_you_mean", candidates=Said.of("or").join(suggested))) \
            if suggested else said
    if "not a valid object name" in text or "invalid object name" in text or "unknown revision" in text \
            or "bad revision" in text:
        return Said.of("no_revision", revision=spec.revision)
    if "dubious ownership" in text:
        return Said.of("dubious")
    detail = f" (git: {lines[0]})" if lines else ""  # git's words, untranslated: nothing better to say
    return Said.of("git_failed", name=spec.name).followed_by(detail)

"""Report formats for validation results: text, JSON, GitHub annotations and GitLab Code Quality.

Each reporter turns a list of per-file results into text; the CLI picks one by
name from :data:`REPORTERS` and prints it. A file that could not be read at all
is a :class:`Unreadable` entry with a message instead of diagnostics.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kotodoc.checks.validate import Report
from kotodoc.diagnostics import Diagnostic, count


@dataclass(frozen=True)
class Unreadable:
    """A file that could not be opened or read."""

    path: str
    message: str


Result = Report | Unreadable


def summary(results: Sequence[Result], strict: bool) -> str:
    """One Finnish line summing up all files."""
    all_diags = [d for r in results if isinstance(r, Report) for d in r.diagnostics]
    errors, warnings = count(all_diags)
    errors += sum(1 for r in results if isinstance(r, Unreadable))
    failed = sum(1 for r in results if isinstance(r, Unreadable) or not r.passed(strict))
    files = len(results)
    word = "tiedosto" if files == 1 else "tiedostoa"
    drafts = sum(1 for r in results if isinstance(r, Report) and r.draft)
    if drafts:
        word += " luonnoksena" if drafts == files else f", joista {drafts} luonnoksena"
    verdict = "kaikki kunnossa" if not failed else f"{failed} ei läpäissyt tarkistusta"
    return f"Tarkistettu {files} {word}: {verdict}; {errors} {_plural(errors, 'virhe', 'virhettä')}, " \
           f"{warnings} {_plural(warnings, 'varoitus', 'varoitusta')}."


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def format_line(d: Diagnostic, lang: str = "fi") -> str:
    """``path:line:col: virhe KD201: message``."""
    return f"{d.path}:{d.line}:{d.column}: {d.severity.label(lang)} {d.code}: {d.message(lang)}"


def text_report(results: Sequence[Result], strict: bool) -> str:
    """Plain text: one line per diagnostic, then a summary line."""
    lines: list[str] = []
    for r in results:
        if isinstance(r, Unreadable):
            lines.append(f"{r.path}: virhe: {r.message}")
        else:
            lines.extend(format_line(d) for d in r.diagnostics)
    lines.append(summary(results, strict))
    return "\n".join(lines)


def json_report(results: Sequence[Result], strict: bool) -> str:
    """A JSON object with one entry per file and a summary."""
    files = []
    for r in results:
        if isinstance(r, Unreadable):
            files.append({"path": r.path, "valid": False, "readable": False, "message": r.message,
                          "errors": 1, "warnings": 0, "diagnostics": []})
            continue
        errors, warnings = count(r.diagnostics)
        files.append({"path": r.path, "valid": r.passed(strict), "readable": True, "draft": r.draft,
                      "errors": errors, "warnings": warnings, "diagnostics": [d.as_dict() for d in r.diagnostics]})
    doc = {"valid": all(f["valid"] for f in files), "summary": summary(results, strict), "files": files}
    return json.dumps(doc, ensure_ascii=False, indent=2)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_report(results: Sequence[Result], strict: bool) -> str:
    """GitHub Actions workflow commands (annotations on the lines), then the summary."""
    lines: list[str] = []
    for r in results:
        if isinstance(r, Unreadable):
            lines.append(f"::error file={_escape_prop(r.path)},title=kotodoc::{_escape_data(r.message)}")
            continue
        for d in r.diagnostics:
            kind = "error" if d.severity.value == "error" else "warning"
            props = f"file={_escape_prop(d.path)},line={d.line},col={d.column},title={_escape_prop(d.code)}"
            lines.append(f"::{kind} {props}::{_escape_data(d.message())}")
    lines.append(text_report(results, strict))
    return "\n".join(lines)


def _fingerprint(*parts: object) -> str:
    return hashlib.sha256("\0".join(map(str, parts)).encode("utf-8")).hexdigest()


def gitlab_report(results: Sequence[Result], strict: bool) -> str:
    """GitLab Code Quality JSON (a list of issues; errors 'major', warnings 'minor').

    The fingerprint hashes the path, code, key path and message, not the line, so an
    issue keeps its identity when lines are added above it.
    """
    issues: list[dict[str, object]] = []
    for r in results:
        if isinstance(r, Unreadable):
            issues.append({"description": r.message, "check_name": "kotodoc", "severity": "major",
                           "fingerprint": _fingerprint(r.path, "unreadable"),
                           "location": {"path": r.path, "lines": {"begin": 1}}})
            continue
        for d in r.diagnostics:
            where = "/".join(map(str, d.loc)) if d.loc else f"{d.line}:{d.column}"
            issues.append({
                "description": f"{d.code}: {d.message()}", "check_name": d.code,
                "severity": "major" if d.severity.value == "error" else "minor",
                "fingerprint": _fingerprint(d.path, d.code, where, d.message()),
                "location": {"path": d.path, "lines": {"begin": d.line}},
            })
    return json.dumps(issues, ensure_ascii=False, indent=2)


REPORTERS: dict[str, Callable[[Sequence[Result], bool], str]] = {
    "text": text_report,
    "json": json_report,
    "github": github_report,
    "gitlab": gitlab_report,
}


def exit_code(results: Sequence[Result], strict: bool) -> int:
    """0 all passed, 1 some document invalid, 2 some file unreadable."""
    if any(isinstance(r, Unreadable) for r in results):
        return 2
    return 0 if all(isinstance(r, Report) and r.passed(strict) for r in results) else 1

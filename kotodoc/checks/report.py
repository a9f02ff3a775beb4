"""Report formats for validation results: text, JSON, GitHub annotations and GitLab Code Quality.

Each reporter turns a list of per-file results into text in the reader's language
(``lang``) (:data:`REPORTERS`); :func:`stream_report` writes a report while the
results are still coming, so a batch of thousands of files never holds more than
the current file's lines (the JSON formats are one document each and keep the
compact results until the end). A file that could not be read at all is a
:class:`Unreadable` entry with a message instead of diagnostics. Machine-readable
parts (JSON keys, severities, codes, the GitLab fingerprint) do not depend on the
language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from kotodoc import messages
from kotodoc.checks.validate import Report
from kotodoc.diagnostics import Diagnostic, Severity, count


@dataclass(frozen=True)
class Unreadable:
    """A file that could not be opened or read; ``problem`` is worded in the reader's language."""

    path: str
    problem: str | messages.Localized

    def message(self, lang: str = "fi") -> str:
        """Why the file could not be read, in ``lang``."""
        return str(messages.worded(self.problem, lang))


Result = Report | Unreadable


@dataclass
class Tally:
    """Running totals over a batch: what the summary line and the exit code need."""

    strict: bool
    files: int = 0
    failed: int = 0
    unreadable: int = 0
    drafts: int = 0
    errors: int = 0
    warnings: int = 0

    def add(self, result: Result) -> None:
        """Count one file's result."""
        self.files += 1
        if isinstance(result, Unreadable):
            self.unreadable += 1
            self.failed += 1
            self.errors += 1
            return
        errors, warnings = count(result.diagnostics)
        self.errors += errors
        self.warnings += warnings
        self.drafts += result.draft
        if errors or (self.strict and warnings):
            self.failed += 1

    def summary(self, lang: str = "fi") -> str:
        """One line summing up all files, in ``lang``."""
        counted = _counted("files", self.files, lang)
        if self.drafts and self.drafts == self.files:
            counted += messages.ui(f"report.drafts.all.{'one' if self.files == 1 else 'many'}", lang)
        elif self.drafts:
            counted += messages.ui("report.drafts.some", lang, n=self.drafts)
        verdict = (messages.ui("report.failed", lang, n=self.failed) if self.failed
                   else messages.ui("report.all_passed", lang))
        return messages.ui("report.summary", lang, files=counted, verdict=verdict,
                           errors=_counted("errors", self.errors, lang),
                           warnings=_counted("warnings", self.warnings, lang))

    def exit_code(self) -> int:
        """0 all passed, 1 some document invalid, 2 some file unreadable."""
        return 2 if self.unreadable else (1 if self.failed else 0)


def _tally(results: Iterable[Result], strict: bool) -> Tally:
    tally = Tally(strict)
    for r in results:
        tally.add(r)
    return tally


def summary(results: Sequence[Result], strict: bool, lang: str = "fi") -> str:
    """One line summing up all files, in ``lang``."""
    return _tally(results, strict).summary(lang)


def _counted(what: str, n: int, lang: str) -> str:
    return messages.ui(f"report.{what}.{'one' if n == 1 else 'many'}", lang, n=n)


def format_line(d: Diagnostic, lang: str = "fi") -> str:
    """``path:line:col: virhe KD201: message``."""
    return f"{d.path}:{d.line}:{d.column}: {d.severity.label(lang)} {d.code}: {d.message(lang)}"


def _text_lines(r: Result, lang: str) -> Iterator[str]:
    if isinstance(r, Unreadable):
        yield f"{r.path}: {Severity.ERROR.label(lang)}: {r.message(lang)}"
    else:
        yield from (format_line(d, lang) for d in r.diagnostics)


def text_report(results: Sequence[Result], strict: bool, lang: str = "fi") -> str:
    """Plain text: one line per diagnostic, then a summary line."""
    lines = [line for r in results for line in _text_lines(r, lang)]
    lines.append(summary(results, strict, lang))
    return "\n".join(lines)


def json_report(results: Sequence[Result], strict: bool, lang: str = "fi") -> str:
    """A JSON object with one entry per file and a summary."""
    files = []
    for r in results:
        if isinstance(r, Unreadable):
            files.append({"path": r.path, "valid": False, "readable": False, "message": r.message(lang),
                          "errors": 1, "warnings": 0, "diagnostics": []})
            continue
        errors, warnings = count(r.diagnostics)
        files.append({"path": r.path, "valid": r.passed(strict), "readable": True, "draft": r.draft,
                      "errors": errors, "warnings": warnings, "diagnostics": [d.as_dict(lang) for d in r.diagnostics]})
    doc = {"valid": all(f["valid"] for f in files), "summary": summary(results, strict, lang), "files": files}
    import json  # only the JSON formats need it: not imported on every start

    return json.dumps(doc, ensure_ascii=False, indent=2)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_prop(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _github_lines(r: Result, lang: str) -> Iterator[str]:
    if isinstance(r, Unreadable):
        yield f"::error file={_escape_prop(r.path)},title=kotodoc::{_escape_data(r.message(lang))}"
        return
    for d in r.diagnostics:
        kind = "error" if d.severity.value == "error" else "warning"
        props = f"file={_escape_prop(d.path)},line={d.line},col={d.column},title={_escape_prop(d.code)}"
        yield f"::{kind} {props}::{_escape_data(d.message(lang))}"


def github_report(results: Sequence[Result], strict: bool, lang: str = "fi") -> str:
    """GitHub Actions workflow commands (annotations on the lines), then the plain text report."""
    lines = [line for r in results for line in _github_lines(r, lang)]
    lines.append(text_report(results, strict, lang))
    return "\n".join(lines)


def _fingerprint(*parts: object) -> str:
    import hashlib  # loads OpenSSL: only the GitLab format needs it

    return hashlib.sha256("\0".join(map(str, parts)).encode("utf-8")).hexdigest()


def gitlab_report(results: Sequence[Result], strict: bool, lang: str = "fi") -> str:
    """GitLab Code Quality JSON (a list of issues; errors 'major', warnings 'minor').

    The fingerprint hashes the path, code, key path and the Finnish message, not the line or the
    reader's language, so an issue keeps its identity when lines are added above it or when another
    language is chosen.
    """
    issues: list[dict[str, object]] = []
    for r in results:
        if isinstance(r, Unreadable):
            issues.append({"description": r.message(lang), "check_name": "kotodoc", "severity": "major",
                           "fingerprint": _fingerprint(r.path, "unreadable"),
                           "location": {"path": r.path, "lines": {"begin": 1}}})
            continue
        for d in r.diagnostics:
            where = "/".join(map(str, d.loc)) if d.loc else f"{d.line}:{d.column}"
            issues.append({
                "description": f"{d.code}: {d.message(lang)}", "check_name": d.code,
                "severity": "major" if d.severity.value == "error" else "minor",
                "fingerprint": _fingerprint(d.path, d.code, where, d.message()),
                "location": {"path": d.path, "lines": {"begin": d.line}},
            })
    import json

    return json.dumps(issues, ensure_ascii=False, indent=2)


REPORTERS: dict[str, Callable[[Sequence[Result], bool, str], str]] = {
    "text": text_report,
    "json": json_report,
    "github": github_report,
    "gitlab": gitlab_report,
}


def exit_code(results: Sequence[Result], strict: bool) -> int:
    """0 all passed, 1 some document invalid, 2 some file unreadable."""
    return _tally(results, strict).exit_code()


_STREAMED: dict[str, tuple[Callable[[Result, str], Iterator[str]], ...]] = {
    "text": (_text_lines,),
    "github": (_github_lines, _text_lines),  # per file: its annotations, then its plain lines
}


def stream_report(results: Iterable[Result], fmt: str, strict: bool, write: Callable[[str], object],
                  lang: str = "fi") -> int:
    """Write the report of ``results`` in ``fmt`` and ``lang`` through ``write`` as the results come; the
    exit code.

    Text and GitHub output go out file by file (nothing but the running totals is kept); the JSON
    formats are single documents, written once all (compact) results are in.
    """
    tally = Tally(strict)
    if fmt not in _STREAMED:
        kept = []
        for r in results:
            tally.add(r)
            kept.append(r)
        write(REPORTERS[fmt](kept, strict, lang) + "\n")
        return tally.exit_code()
    pending: list[str] = []  # written in blocks: an unbuffered stdout makes one system call per write
    size = 0
    for r in results:
        tally.add(r)
        for lines in _STREAMED[fmt]:
            for line in lines(r, lang):
                pending.append(line + "\n")
                size += len(line) + 1
        if size > _BLOCK:
            write("".join(pending))
            pending, size = [], 0
    pending.append(tally.summary(lang) + "\n")
    write("".join(pending))
    return tally.exit_code()


_BLOCK = 32_768

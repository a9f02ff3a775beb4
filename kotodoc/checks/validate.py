"""Validate a document: parse, check the schema, apply the content rules.

Three stages with separate kinds of findings: the loader's (``KD1xx``), the
schema's (``KD2xx``) and the rules' (``KD3xx``–``KD6xx``). The result holds the
parsed model when the document is structurally sound, so renderers never parse
twice.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from pydantic import ValidationError

from kotodoc.checks import schema_errors
from kotodoc.checks.findings import Finding
from kotodoc.checks.rules import RULES, TEXT_RULES
from kotodoc.diagnostics import Diagnostic, Severity
from kotodoc.schema.programme import Programme
from kotodoc.source import loader


@dataclass
class Report:
    """What validation found in one file."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    programme: Programme | None = None
    data: object = None
    positions: loader.Positions | None = None

    @property
    def errors(self) -> list[Diagnostic]:
        """The error diagnostics."""
        return [d for d in self.diagnostics if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        """The warning diagnostics."""
        return [d for d in self.diagnostics if d.severity is Severity.WARNING]

    def passed(self, strict: bool = False) -> bool:
        """True when there are no errors (and, with ``strict``, no warnings)."""
        return not self.errors and not (strict and self.warnings)


def validate_loaded(result: loader.LoadResult) -> Report:
    """Check an already loaded file against the schema and the rules."""
    report = Report(result.path, list(result.diagnostics), data=result.data, positions=result.positions)
    if not isinstance(result.data, dict):
        return _sorted(report)
    pos = result.positions
    for text_rule in TEXT_RULES:
        report.diagnostics.extend(_place(finding, pos, result.path) for finding in text_rule(result.data))
    try:
        programme = Programme.model_validate(result.data)
    except ValidationError as exc:
        report.diagnostics.extend(schema_errors.convert(exc.errors(), pos, result.path))
        return _sorted(report)
    if not result.ok:  # e.g. control characters: the model is sound but the text is not
        return _sorted(report)
    report.programme = programme
    for rule in RULES:
        report.diagnostics.extend(_place(finding, pos, result.path) for finding in rule(programme))
    return _sorted(report)


def validate_bytes(raw: bytes, path: str) -> Report:
    """Validate the contents of a file given as bytes."""
    return validate_loaded(loader.load_bytes(raw, path))


def validate_file(path: str | os.PathLike[str]) -> Report:
    """Validate a file; raises :class:`kotodoc.errors.FileReadError` if it cannot be read."""
    return validate_loaded(loader.load_file(path))


def _place(finding: Finding, positions: loader.Positions, path: str) -> Diagnostic:
    line, col = positions.key_pos(finding.loc) if finding.at_key else positions.value_pos(finding.loc)
    return Diagnostic(finding.code, path, line, col, finding.loc, finding.params)


def _sorted(report: Report) -> Report:
    unique = {(d.code, d.line, d.column, d.loc): d for d in report.diagnostics}
    report.diagnostics = sorted(unique.values(), key=Diagnostic.sort_key)
    return report

"""Validate a document: parse, check the schema, apply the content rules.

Three stages with separate kinds of findings: the loader's (``KD1xx``), the
schema's (``KD2xx``) and the rules' (``KD3xx``–``KD6xx``). The result holds the
parsed model when the document is structurally sound, so renderers never parse
twice. A draft (``luonnos``) is checked by the same rules; the catalogue says which
codes are warnings in a draft (:attr:`kotodoc.messages.Code.draft`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

from pydantic import ValidationError

from kotodoc.checks import schema_errors
from kotodoc.checks.findings import Finding
from kotodoc.checks.parts import Parts, readable_parts
from kotodoc.checks.rules import RULES, TEXT_RULES
from kotodoc.diagnostics import Diagnostic, Severity, capped
from kotodoc.schema.programme import DRAFT_KEY, Programme, read_draft
from kotodoc.source import loader

UNANSWERED = frozenset({"KD307"})
"""Codes that say a question is unanswered; the placeholder warning is not repeated at the same answer."""
COVERED_BY_UNANSWERED = frozenset({"KD401"})


@dataclass
class Report:
    """What validation found in one file."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    programme: Programme | None = None
    data: object = None
    positions: loader.Positions | None = None
    draft: bool = False  # checked as a draft (luonnos): unanswered questions are warnings

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

    def compact(self) -> Report:
        """The same report without the tree, the model and the positions: what a report format
        needs, a few hundred bytes instead of a document's worth (a batch keeps only these)."""
        return Report(self.path, self.diagnostics, draft=self.draft)


def is_draft(data: object, draft: bool = False) -> bool:
    """Whether a document is checked as a draft: its own ``luonnos`` key when it says, else ``draft``."""
    said = read_draft(data.get(DRAFT_KEY)) if isinstance(data, dict) else None
    return draft if said is None else said


def validate_loaded(result: loader.LoadResult, draft: bool = False) -> Report:
    """Check an already loaded file against the schema and the rules.

    ``draft`` (``--luonnos``) checks a document that does not say ``luonnos: true|false`` as a draft.
    The content rules read every block that could be read, also when other blocks have schema errors
    (:mod:`kotodoc.checks.parts`), so one run reports everything.
    """
    report = Report(result.path, list(result.diagnostics), data=result.data, positions=result.positions)
    if not isinstance(result.data, dict):
        return _sorted(report)
    report.draft = is_draft(result.data, draft)
    pos = result.positions
    for text_rule in TEXT_RULES:
        report.diagnostics.extend(_place(finding, pos, result.path) for finding in text_rule(result.data))
    try:
        programme: Programme | None = Programme.model_validate(result.data)
    except ValidationError as exc:
        found = schema_errors.convert(exc.errors(), pos, result.path, result.data)
        report.diagnostics.extend(d for d in found if not _said_by_loader(d, result.diagnostics))
        programme = None
    parts = Parts.of(programme) if programme is not None else readable_parts(result.data)
    if programme is not None and result.ok:  # e.g. control characters: the model is sound but the text is not
        report.programme = programme
    for rule in RULES:
        report.diagnostics.extend(_place(finding, pos, result.path) for finding in rule(parts))
    return _sorted(report)


WHOLE_VALUE = frozenset({"KD110"})
"""Loader findings about a whole value (a tag): the schema says nothing anywhere inside that value either."""


def _said_by_loader(finding: Diagnostic, loaded: list[Diagnostic]) -> bool:
    """Whether the loader has already reported the place of a schema ``finding`` (a forbidden tag, a control
    character): one finding per place, the one that names the cause, not a second about its consequence."""
    return any(d.loc and (d.loc == finding.loc or (d.code in WHOLE_VALUE and finding.loc[: len(d.loc)] == d.loc))
               for d in loaded)


def validate_bytes(raw: bytes, path: str, draft: bool = False) -> Report:
    """Validate the contents of a file given as bytes."""
    return validate_loaded(loader.load_bytes(raw, path), draft)


def validate_file(path: str | os.PathLike[str], draft: bool = False) -> Report:
    """Validate a file; raises :class:`kotodoc.errors.FileReadError` if it cannot be read."""
    return validate_loaded(loader.load_file(path), draft)


def _place(finding: Finding, positions: loader.Positions, path: str) -> Diagnostic:
    line, col = positions.key_pos(finding.loc) if finding.at_key else positions.value_pos(finding.loc)
    return Diagnostic(finding.code, path, line, col, finding.loc, finding.params)


def _sorted(report: Report) -> Report:
    unanswered = [d.loc for d in report.diagnostics if d.code in UNANSWERED]
    unique = {(d.code, d.line, d.column, d.loc): d for d in report.diagnostics
              if not (d.code in COVERED_BY_UNANSWERED and any(d.loc[:len(u)] == u for u in unanswered))}
    found = sorted(capped(sorted(unique.values(), key=Diagnostic.sort_key)), key=Diagnostic.sort_key)
    report.diagnostics = [replace(d, draft=True) for d in found] if report.draft else found
    return report

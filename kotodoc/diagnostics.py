"""Diagnostics: one finding about one input file, at a line and column.

Every part of kotodoc (the loader, the schema check, the content rules) reports
through :class:`Diagnostic`. The text of a diagnostic comes from the message
catalogue (:mod:`kotodoc.messages`), keyed by a stable code, and is worded when
it is printed, in the reader's language, so a translation never touches the
code that found the problem.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kotodoc import messages

Loc = tuple[str | int, ...]


class Severity(str, enum.Enum):
    """How serious a finding is. Errors fail validation; warnings only with --strict."""

    ERROR = "error"
    WARNING = "warning"

    def label(self, lang: str = "fi") -> str:
        """The word printed in reports (``virhe`` / ``varoitus``)."""
        return messages.severity_label(self.value, lang)


@dataclass(frozen=True)
class Diagnostic:
    """One finding: where (path, line, column, key path), what (code) and why (params)."""

    code: str
    path: str
    line: int
    column: int
    loc: Loc = ()
    params: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    draft: bool = field(default=False, compare=False)  # found in a draft (luonnos)

    @property
    def severity(self) -> Severity:
        """The severity fixed for this code in the catalogue (in a draft, the code's draft severity)."""
        return Severity(messages.severity_of(self.code, self.draft))

    def message(self, lang: str = "fi") -> str:
        """The finding in words, in ``lang`` (Finnish by default)."""
        return messages.render(self.code, self.params, lang)

    def sort_key(self) -> tuple[str, int, int, str]:
        """Order of reports: by file, then position, then code."""
        return (self.path, self.line, self.column, self.code)

    def as_dict(self, lang: str = "fi") -> dict[str, Any]:
        """A plain dictionary for JSON output."""
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message(lang),
            "loc": [str(p) for p in self.loc],
        }


def count(diags: list[Diagnostic]) -> tuple[int, int]:
    """Number of (errors, warnings) in ``diags``."""
    errors = sum(1 for d in diags if d.severity is Severity.ERROR)
    return errors, len(diags) - errors


MAX_PER_CODE = 100
"""Findings of one code shown per file; the rest are one ``KD214`` line (a 1 MB file of unknown keys
must not become 50 000 report lines)."""
SUMMARY_CODE = "KD214"


def capped(diags: list[Diagnostic], limit: int = MAX_PER_CODE) -> list[Diagnostic]:
    """``diags`` (in report order) with at most ``limit`` findings of each code, each code's surplus counted in
    one ``KD214`` at the place of the first finding left out (earlier ``KD214`` counts are added in)."""
    shown: Counter[str] = Counter()
    left_out: Counter[str] = Counter()
    first: dict[str, Diagnostic] = {}
    kept: list[Diagnostic] = []
    for d in diags:
        if d.code == SUMMARY_CODE:
            code = str(d.params.get("code"))
            left_out[code] += int(d.params.get("count", 0))
            first.setdefault(code, d)
        elif shown[d.code] < limit:
            shown[d.code] += 1
            kept.append(d)
        else:
            left_out[d.code] += 1
            first.setdefault(d.code, d)
    for code, n in left_out.items():
        at = first[code]
        kept.append(Diagnostic(SUMMARY_CODE, at.path, at.line, at.column, at.loc,
                               {"count": n, "code": code, "shown": shown[code]}))
    return kept

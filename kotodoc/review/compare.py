"""Comparing two named versions: ``kotodoc diff OLD NEW`` and the agenda item's previous version.

:func:`diff_versions` reads both versions (files or git revisions, :mod:`kotodoc.review.versions`),
compares them when both are structurally sound and says which exit code the comparison means, as
diff(1) does: 0 equal, 1 different, 2 a version that cannot be read or compared. :func:`changes_since`
gives the agenda item its change list, or a ``KD609`` finding at ``edellinen_versio``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kotodoc.checks.validate import Report
from kotodoc.diagnostics import Loc
from kotodoc.errors import DocumentFinding, UsageError
from kotodoc.review import versions
from kotodoc.review.diff import Change, compare
from kotodoc.review.diff_formats import format_changes
from kotodoc.review.texts import Said, Worded, say
from kotodoc.schema.approval import APPROVAL_KEY, H7_KEY, h7_texts
from kotodoc.schema.programme import Programme

PREVIOUS_KEY = "edellinen_versio"


@dataclass
class DiffOutcome:
    """What ``kotodoc diff`` prints and how it exits."""

    output: str
    exit_code: int
    unusable: list[Report] = field(default_factory=list)  # versions whose structure has errors (their diagnostics)
    notes: list[str] = field(default_factory=list)  # one line per unusable version


def diff_versions(old: str, new: str, fmt: str = "text", *, color: bool = False, lang: str = "fi") -> DiffOutcome:
    """Compare the versions named ``old`` and ``new``; raises :class:`UsageError` when one cannot be read."""
    new_spec = versions.parse(new)
    old_spec = versions.parse(old, same_file=new_spec)
    if new_spec.file is None and not new_spec.revision:
        raise UsageError(Said.of("two_revisions", name=new))
    sides = [versions.read(old_spec), versions.read(new_spec)]
    bad = [v for v in sides if v.report.programme is None]
    if bad:
        return DiffOutcome("", 2, [v.report for v in bad], [say("unusable", lang, name=v.name) for v in bad])
    before, after = (v.report.programme for v in sides)
    assert before is not None and after is not None
    changes = compare(before, after)
    return DiffOutcome(format_changes(changes, old, new, fmt, color=color, lang=lang), 1 if changes else 0)


def changes_since(previous: str, source: Path, current: Programme) -> list[Change]:
    """The changes to ``current`` (read from ``source``) since the version named ``previous``.

    ``previous`` is read beside ``source``: a file name relative to its directory, ``REVISION`` (the
    same file in that revision) or ``REVISION:PATH``. The approval block itself is left out (it is the
    agenda item's own business), and so is H7 where both versions write it from that block. Raises a
    ``KD609`` :class:`DocumentFinding` when the previous version cannot be read or compared.
    """
    where: Loc = (APPROVAL_KEY, PREVIOUS_KEY)
    try:
        spec = versions.parse(previous, base=source.parent, same_file=versions.Spec(source.name, file=source))
        version = versions.read(spec)
    except UsageError as exc:
        raise DocumentFinding("KD609", where, {"previous": previous, "problem": exc}) from None
    before = version.report.programme
    if before is None:
        first = version.report.errors[0] if version.report.errors else None
        problem: object = Said.of("unusable", name=previous)
        if first is not None:
            problem = Worded(lambda lang: f"{first.line}:{first.column}: {first.message(lang)}")
        raise DocumentFinding("KD609", where, {"previous": previous, "problem": problem})
    skip: list[Loc] = [(APPROVAL_KEY,)]
    if _h7_generated(before) and _h7_generated(current):
        skip.append(("perustiedot", H7_KEY))
    return compare(before, current, skip)


def _h7_generated(prog: Programme) -> bool:
    """Whether H7 is the text kotodoc writes from the approval block."""
    if not prog.hyvaksyminen:
        return False
    written = " ".join(p.teksti for p in prog.perustiedot.kasittely_ja_hyvaksyminen)
    generated = h7_texts(prog.hyvaksyminen, prog.document_day(), prog.perustiedot.kunnat, prog.kieli)
    return " ".join(written.split()) == " ".join(generated.split())

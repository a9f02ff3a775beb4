"""`render` then `import` gives back the same programme, for every example and valid test case.

"The same programme" is the programme as its document shows it (tests/intake/support.py: texts by their
paragraphs, languages by their codes, parts by group, service language, printed label and paragraphs). The
approval block is not in the programme document, and a joint programme's appendix is kept as a comment for
the user to move: the round trip covers the form, and the appendix's text is checked to be in the comments.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kotodoc import form
from kotodoc.checks.validate import validate_bytes, validate_file
from kotodoc.intake.run import import_bytes
from kotodoc.render.pipeline import render_doc
from kotodoc.render.programme import build_programme
from tests.intake.support import as_shown, body_lines, comment_text, differences
from tests.render.support import ROOT, norm

RENDERABLE = [
    *sorted((ROOT / "examples").glob("*.yaml")),
    *sorted((ROOT / "tests" / "cases" / "valid").glob("*.yaml")),
    *sorted((ROOT / "tests" / "cases" / "agenda").glob("*.yaml")),
]


@pytest.mark.parametrize("path", RENDERABLE, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_render_then_import_gives_back_the_programme(path: Path) -> None:
    original = validate_file(path)
    assert original.programme is not None and original.passed()
    doc = build_programme(original.programme)
    if original.draft:  # as `render` prints a draft: "LUONNOS" on every page, and the import reads it back
        doc = replace(doc, draft=form.texts(original.programme.kieli).places["draft_mark"])
    docx = render_doc(doc, "docx")
    imported = import_bytes(docx, path.with_suffix(".docx").name, target=path.name)
    report = validate_bytes(imported.text.encode("utf-8"), path.name)
    assert report.programme is not None and report.passed(), [d.message() for d in report.errors]
    assert report.draft == original.draft
    assert differences(as_shown(original.programme), as_shown(report.programme)) == []
    if original.programme.yhteistoiminta is not None:
        # The appendix is no part of the form: every line of it is kept, quoted, under one warning.
        comments = comment_text(imported.text)
        lines = body_lines(docx)
        appendix = lines[lines.index("Liite: Usean kunnan yhteistoiminta"):]
        assert len(appendix) > 10 and all(norm(line) in comments for line in appendix)
        assert any("liite" in w.text for w in imported.warnings)
    else:
        assert not any("liite" in w.text for w in imported.warnings)


def test_a_kotodoc_document_needs_no_look_beyond_the_part_titles() -> None:
    """A file kotodoc rendered has every label the form has: nothing is unplaced, nothing guessed but the target
    group of a part with its own title."""
    original = validate_file(ROOT / "tests" / "cases" / "valid" / "minimal.yaml")
    assert original.programme is not None
    imported = import_bytes(render_doc(build_programme(original.programme), "docx"), "minimal.docx")
    assert imported.warnings == []
    assert imported.placed == 7 + 27 + 16  # H1–H7, the 27 questions of sections 1–6 it answers, 16 table cells

"""Helpers for the import tests: the programme as a document shows it, and importing through the CLI."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from docx import Document
from typer.testing import Result

from kotodoc import form
from kotodoc.checks.validate import Report, validate_bytes
from kotodoc.refdata.languages import normalise_language
from kotodoc.schema.programme import Programme

RunCli = Callable[..., Result]
T = form.texts("fi")
NOT_IN_DOCUMENT = {"hyvaksyminen", "yhteistoiminta"}
"""Blocks the programme document does not print as form answers: the approval (the agenda item prints it) and
the joint block (printed as an appendix, which the importer keeps as text for the user to move)."""


def _paragraphs(text: str) -> tuple[str, ...]:
    return tuple(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _shown(value: Any, key: str = "") -> Any:
    if isinstance(value, dict):
        if "teksti" in value:  # a part: what the document prints for it
            label = value.get("otsikko") or T.part_label(value.get("kohderyhma"), value.get("kieli"))
            return ("part", value.get("kohderyhma"), value.get("kieli"), label, _paragraphs(value["teksti"]))
        return {k: _shown(v, k) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        if key == "kielet":
            return [normalise_language(v) or v for v in value]
        return [_shown(v) for v in value]
    if isinstance(value, str):
        return _paragraphs(value)
    return value


def as_shown(programme: Programme) -> dict[str, Any]:
    """The programme as its document shows it: texts as their paragraphs, languages as codes, each part by its
    target group, service language, printed label and paragraphs. Two programmes equal in this are the same
    document (an ``otsikko`` that repeats the form's label, or a language written as a code, print the same)."""
    shown = _shown(programme.model_dump(exclude=NOT_IN_DOCUMENT))
    assert isinstance(shown, dict)
    return shown


def differences(a: Any, b: Any, path: tuple[Any, ...] = ()) -> list[str]:
    """Where two trees differ, as readable lines (empty when equal)."""
    if type(a) is not type(b):
        return [f"{path}: {a!r} != {b!r}"]
    if isinstance(a, dict):
        found = [f"{(*path, k)}: only in one" for k in set(a) ^ set(b)]
        return found + [d for k in a.keys() & b.keys() for d in differences(a[k], b[k], (*path, k))]
    if isinstance(a, list):
        if len(a) != len(b):
            return [f"{path}: {len(a)} items != {len(b)} items: {a!r} != {b!r}"]
        return [d for i, (x, y) in enumerate(zip(a, b, strict=True)) for d in differences(x, y, (*path, i))]
    return [] if a == b else [f"{path}: {a!r} != {b!r}"]


def import_cli(run_cli: RunCli, data: bytes, tmp_path: Path, name: str = "lomake.docx",
               *args: str) -> tuple[Result, Path]:
    """Write ``data`` as ``name`` in ``tmp_path`` and run ``kotodoc import`` on it; the result and the output."""
    source = tmp_path / name
    source.write_bytes(data)
    result = run_cli("import", str(source), *args)
    return result, source.with_suffix(".yaml")


def validated(path: Path) -> Report:
    """The validation report of a written YAML file."""
    return validate_bytes(path.read_bytes(), str(path))


def body_lines(docx: bytes) -> list[str]:
    """The text of a Word file in body order: each paragraph, and each table cell's paragraphs row by row."""
    lines: list[str] = []
    for block in Document(io.BytesIO(docx)).iter_inner_content():
        if hasattr(block, "rows"):
            lines.extend(p.text for row in block.rows for cell in row.cells for p in cell.paragraphs)
        else:
            lines.append(block.text)
    return [line for line in lines if line.strip()]


def comment_text(yaml_text: str) -> str:
    """Every comment of a YAML file, whitespace collapsed."""
    lines = [line.strip()[1:] for line in yaml_text.splitlines() if line.strip().startswith("#")]
    return " ".join(" ".join(lines).split())

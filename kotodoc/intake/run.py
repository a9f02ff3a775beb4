"""``kotodoc import``: a filled Word form in, a programme YAML file out, checked.

:func:`import_bytes` does the work in memory: read the file safely
(:mod:`~kotodoc.intake.convert`), read its body (:mod:`~kotodoc.intake.word`), place each paragraph
(:mod:`~kotodoc.intake.assign`), recover each answer's structure (:mod:`~kotodoc.intake.shape`) and
write the YAML (:mod:`~kotodoc.intake.yaml_out`). The YAML is read back with kotodoc's own loader
before it is returned: every answer must come back exactly as it was taken from the Word file.

:func:`import_file` adds the files: the output name (beside the input, ``.yaml``), no output over
an existing file without ``force`` and never over the input, an atomic write, and the validation
of what was written (:func:`kotodoc.checks.validate.validate_bytes`).
"""

from __future__ import annotations

import dataclasses
import re
import shlex
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kotodoc import form, refdata
from kotodoc.checks.validate import Report, validate_loaded
from kotodoc.errors import OutputError
from kotodoc.intake.assign import Assigned, assign
from kotodoc.intake.convert import read_file, read_package, refuse_yaml
from kotodoc.intake.labels import Labels
from kotodoc.intake.notes import Note, Notes, clean, describe, describe_span, listed
from kotodoc.intake.package import ImportReadError
from kotodoc.intake.shape import Context, build
from kotodoc.intake.texts import say
from kotodoc.intake.word import Para, marked_draft, read_body
from kotodoc.intake.words import is_swedish
from kotodoc.intake.yaml_out import programme_text
from kotodoc.output import source_input, write_atomic
from kotodoc.repo.scaffold import SCHEMA_FILE
from kotodoc.source import loader

MIN_PLACES = 3
"""A Word file with fewer recognised answers is not taken for the form."""


@dataclass(frozen=True)
class Remark:
    """Something in the imported file that needs a look: where in the Word file, what, and the YAML line."""

    where: str  # "kappale 57 «Lisätietoja …»" or ""
    text: str
    line: int


@dataclass
class Imported:
    """An import's result: the YAML text, how many answers were placed, what needs a look."""

    text: str
    data: dict[str, Any]
    placed: int
    warnings: list[Remark] = field(default_factory=list)
    loaded: loader.LoadResult | None = None  # the YAML as kotodoc's loader read it back


def import_bytes(data: bytes, name: str, *, municipalities: list[str] | None = None, target: str = "kunta.yaml",
                 args: str = "") -> Imported:
    """Import the Word file ``data`` (``name`` labels it in messages); :class:`ImportReadError` when refused."""
    package = read_package(data, name)
    blocks, default_lang = read_body(package)
    labels = Labels()
    assigned = assign(blocks, labels)
    if len(assigned.answers) + len(assigned.rows) < MIN_PLACES:
        raise ImportReadError(say("not_a_form", name=name, found=len(assigned.answers) + len(assigned.rows)))
    given = [refdata.canonical_municipality(n) or " ".join(n.split()) for n in municipalities or [] if n.strip()]
    lang = _document_language(assigned, default_lang)
    ctx = Context(labels, Notes(), lang, _bilingual(given, assigned))
    shaped = build(assigned, ctx, given)
    for loose in assigned.loose:
        quote = tuple(_quoted(p) for p in loose.paras)
        ctx.notes.add(loose.anchor, loose.reason, loose.paras[0].where, quote, after=True,
                      where=describe_span(loose.paras), quote=_short(loose.paras[0].text))
    tree = _nfc(shaped.data)
    tree["luonnos"] = "true" if marked_draft(package) else None  # kotodoc's mark on the pages: a draft
    text, lines = programme_text(tree, ctx.notes.items, Path(name).name, target, args)
    loaded = _read_back(text, tree, target)
    warnings = sorted((Remark(_where(n), _said(n), lines.get(id(n), 1)) for n in ctx.notes.items if n.warn),
                      key=lambda r: r.line)
    return Imported(text, tree, shaped.placed, warnings, loaded)


def _document_language(assigned: Assigned, default_lang: str) -> str:
    """``sv`` when the form's labels were Swedish, or when the document is marked Swedish and its answers read
    as Swedish; else ``fi``."""
    counts: Counter[str] = assigned.label_languages
    if counts.get("sv", 0) > counts.get("fi", 0):
        return "sv"
    if default_lang.casefold().startswith("sv"):
        paras = [p for a in assigned.answers.values() for p in a.paras if len(p.text) > 40]
        if paras and sum(is_swedish(p.text) for p in paras) * 2 > len(paras):
            return "sv"
    return "fi"


def _bilingual(given: list[str], assigned: Assigned) -> bool:
    """Whether a municipality of the programme is bilingual (from --kunta, else from the form's H1)."""
    names = list(given)
    found = assigned.answers.get((form.HEADER_KEY, "kunnat"))
    if not names and found is not None:
        for para in found.paras:
            names += [n.strip(" -•") for n in _split(para.text)]
    return any(refdata.is_bilingual(n) for n in names if n)


def _split(text: str) -> list[str]:
    return re.split(r"\s*(?:,|;|\n|\s+ja\s+|\s+och\s+)\s*", text)


def _quoted(para: Para) -> str:
    text = clean(para)
    return f"- {text}" if listed(para, text) and not text.startswith(("-", "•", "*", "–")) else text


def _short(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[:size - 1].rstrip() + "…"


def _said(note: Note) -> str:
    """A note as a warning line: a note that ends "…oli:" shows the start of what it quotes."""
    if note.text.endswith(":") and note.quote:
        return f"{note.text} «{_short(' / '.join(note.quote), 80)}»"
    return note.text


def _where(note: Note) -> str:
    return describe(note.where) if note.where is not None else ""


def _nfc(value: Any) -> Any:
    """The tree with every text in Unicode NFC, as kotodoc's loader reads it."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    return value


def _read_back(text: str, tree: dict[str, Any], target: str) -> loader.LoadResult:
    """The written YAML as kotodoc reads it: exactly the tree that was written (a bug otherwise)."""
    loaded = loader.load_bytes(text.encode("utf-8"), target)
    if loaded.data != tree or loaded.diagnostics:
        raise AssertionError("kotodoc import wrote YAML that does not read back as the imported answers")
    return loaded


# --- files ----------------------------------------------------------------------------------------------


@dataclass
class Outcome:
    """What ``kotodoc import`` did: the import, the file written and its validation."""

    imported: Imported
    target: Path
    report: Report
    schema_missing: bool


def default_output(source: Path) -> Path:
    """``kokkola.docx`` -> ``kokkola.yaml`` beside it."""
    return source.with_suffix(".yaml")


def import_file(source: Path, output: Path | None = None, *, municipalities: list[str] | None = None,
                force: bool = False) -> Outcome:
    """Import ``source`` into ``output`` (default: beside it) and validate what was written."""
    target = output if output is not None else default_output(source)
    if target.is_dir():
        target = target / default_output(Path(source.name))
    data = read_file(source)
    refuse_yaml(data, str(source))  # before the target: kokkola.yaml's target would be itself
    _refuse(source, target, force)
    args = "".join(f" --kunta {shlex.quote(n)}" for n in municipalities or [])
    imported = import_bytes(data, str(source), municipalities=municipalities, target=target.name,
                            args=f" {shlex.quote(source.name)}{args}")
    _refuse(source, target, force)
    write_atomic(target, imported.text.encode("utf-8"), [source_input(source)])
    assert imported.loaded is not None
    # Checked as the hook and CI that init writes check it: a draft until the file says "luonnos: false".
    report = validate_loaded(dataclasses.replace(imported.loaded, path=str(target)), draft=True)
    return Outcome(imported, target, report, not (target.parent / SCHEMA_FILE).exists())


def _refuse(source: Path, target: Path, force: bool) -> None:
    if target.exists() and source.exists() and target.resolve() == source.resolve():
        raise OutputError(say("same_file", name=target))
    if target.exists() and not force:
        raise OutputError(say("exists", name=target))


def report_lines(outcome: Outcome, source: Path) -> list[str]:
    """The warnings and the summary line, in Finnish, for the terminal."""
    lines = []
    for warning in outcome.imported.warnings:
        key = "warning_line" if warning.where else "warning_nowhere"
        lines.append(say(key, source=source, where=warning.where, text=warning.text, target=outcome.target,
                         line=warning.line))
    placed, look = outcome.imported.placed, len(outcome.imported.warnings)
    lines.append(say("written", name=outcome.target))
    if outcome.schema_missing:
        lines.append(say("schema_hint", schema=SCHEMA_FILE))
    lines.append(say("summary", placed=placed, answers=say("answer_one" if placed == 1 else "answer_many"),
                     name=source.name, look=look,
                     points=say("look_none" if not look else "look_one" if look == 1 else "look_many")))
    return lines


__all__ = ["Imported", "Outcome", "Remark", "import_bytes", "import_file", "report_lines"]

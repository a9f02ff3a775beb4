"""Render a programme file: validate, build the document tree, produce bytes, write atomically.

The formats: ``docx`` (python-docx), ``md`` and ``html`` (Jinja templates),
``pdf`` (the docx through LibreOffice), named in any letter case. Without a
format the output's suffix names it (``-o ohjelma.pdf``), else docx; a format
that contradicts the suffix is refused. The output defaults to the input's
name with the format's suffix, beside the input, and a document other than the
programme adds its own part (``kokkola-esityslista.docx``), so the agenda item
never replaces the programme; an output that is the input itself is refused.
``-o -`` writes the document to stdout instead (:data:`STDOUT`): md and html always, docx and pdf only
when stdout is not a terminal (``kotodoc render a.yaml -f pdf -o - > a.pdf``, or into a pipe).
An invalid input produces no output: the caller gets the validation report to
show. Nothing is written until the whole output exists
in memory, and then atomically, so a failed render never leaves a partial
file or destroys an existing one.

Heavy modules (python-docx, Jinja) are imported only by the format that needs
them.

:func:`render_files` renders many files in one call, one at a time: only the
current file's model and output are alive, each result keeps only its
diagnostics. PDFs are converted together in one LibreOffice run at the end
(its start-up is most of a conversion's time); until then each document waits
as a Word file in a temporary directory, not in memory.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO

from kotodoc import form, messages
from kotodoc.checks.batch import batch_collector
from kotodoc.checks.validate import Report, validate_file
from kotodoc.diagnostics import Diagnostic
from kotodoc.errors import DocumentFinding, FileReadError, OptionError, OutputError, UsageError
from kotodoc.output import Input, checked_target, source_input, write_atomic
from kotodoc.render.documents import DEFAULT_DOCUMENT, DOCUMENTS
from kotodoc.render.tree import Doc
from kotodoc.source.signature import path_kind

FORMATS = ("docx", "md", "html", "pdf")
SUFFIXES = {".docx": "docx", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}
"""File suffixes that name a format."""
STDOUT = Path("-")
"""``-o -``: the document goes to stdout."""
BINARY = ("docx", "pdf")
"""Formats that are not text: written to stdout only when it is not a terminal."""


@dataclass(frozen=True)
class Rendered:
    """The outcome: the validation report, the written file (None when the input is invalid), and notes on
    the rendering (styles added to a ``--reference-docx`` template; each note once per call)."""

    report: Report
    output: Path | None
    notes: tuple[messages.Phrase, ...] = ()


def documents() -> list[str]:
    """The names ``--document`` accepts."""
    return sorted(DOCUMENTS)


def default_output(source: Path, fmt: str, document: str = DEFAULT_DOCUMENT) -> Path:
    """``kokkola.yaml`` -> ``kokkola.docx`` beside it (the agenda item: ``kokkola-esityslista.docx``)."""
    return source.with_name(f"{source.stem}{DOCUMENTS[document].file_suffix}.{fmt}")


def resolve_format(fmt: str | None, output: Path | None) -> str:
    """The format asked for (any letter case), or the one ``output``'s suffix names, or docx.

    A format that contradicts the output's suffix is a usage error, and so is an output suffix that
    names no format when no format is given.
    """
    suffix = output.suffix.lower() if output is not None and not output.is_dir() else ""
    named = SUFFIXES.get(suffix)
    if fmt is None:
        if suffix and named is None:
            raise OptionError("render.unknown_suffix", suffix=output.suffix if output else suffix,
                              allowed=", ".join(FORMATS), suffixes=", ".join(f".{f}" for f in FORMATS))
        return named or "docx"
    chosen = fmt.strip().lower()
    if chosen not in FORMATS:
        raise OptionError.unknown("--format", fmt, list(FORMATS))
    if named is not None and named != chosen:
        raise OptionError("render.format_mismatch", fmt=chosen, output=output, suffix=suffix, named=named)
    return chosen


def render_file(
    source: Path,
    fmt: str | None = None,
    output: Path | None = None,
    *,
    document: str = DEFAULT_DOCUMENT,
    reference_docx: Path | None = None,
    templates: Path | None = None,
    draft: bool = False,
    stdout: BinaryIO | None = None,
) -> Rendered:
    """Validate ``source`` and, when it is valid, write it as ``fmt`` to ``output``.

    ``fmt`` None: the format ``output``'s suffix names, else docx (:func:`resolve_format`).
    A draft (``luonnos: true`` in the file, or ``draft`` when the file does not say) is rendered although
    questions are unanswered, and every page of it is marked (``LUONNOS``).
    """
    [result] = render_files([source], fmt, output, document=document, reference_docx=reference_docx,
                            templates=templates, draft=draft, stdout=stdout)
    return result


def render_files(
    sources: Sequence[Path],
    fmt: str | None = None,
    output: Path | None = None,
    *,
    document: str = DEFAULT_DOCUMENT,
    reference_docx: Path | None = None,
    templates: Path | None = None,
    draft: bool = False,
    stdout: BinaryIO | None = None,
) -> Iterator[Rendered]:
    """Validate and render each of ``sources``; ``output`` is a file (one source), a directory, or
    :data:`STDOUT` (the document goes to ``stdout``, default ``sys.stdout``'s bytes).

    Every problem with the options or the targets is found before anything is written. The
    results come in the order of ``sources`` (PDFs all at the end); each report is compact
    (diagnostics only).
    """
    fmt = resolve_format(fmt, output)
    _check_options(fmt, document, reference_docx, templates)
    stream = (stdout if stdout is not None else sys.stdout.buffer) if output == STDOUT else None
    if stream is not None and fmt in BINARY and stream.isatty():
        raise UsageError("render.binary_to_terminal", fmt=fmt)
    targets = [_target(source, fmt, output, document, len(sources), _inputs(source, reference_docx, templates))
               for source in sources]
    twice = sorted({str(t) for t in targets if targets.count(t) > 1})
    if twice:
        raise UsageError("render.same_target", targets=", ".join(twice))
    if fmt == "pdf":
        from kotodoc.render.pdf import find_converter

        find_converter()  # fail before the work when LibreOffice (or the unoserver client) is missing
    options = _Options(fmt, document, reference_docx, templates, draft, set(), stream)
    with batch_collector():
        if fmt == "pdf":
            yield from _render_pdfs(sources, targets, options)
            return
        for source, target in zip(sources, targets, strict=True):
            yield _render_one(source, target, options)


@dataclass(frozen=True)
class _Options:
    fmt: str
    document: str
    reference_docx: Path | None
    templates: Path | None
    draft: bool
    noted: set[str]  # the notes already given in this call
    stream: BinaryIO | None  # -o -: where the document goes

    def deliver(self, target: Path, data: bytes, inputs: list[Input]) -> None:
        """``data`` to the ``target`` file, or to stdout for ``-o -``."""
        if self.stream is not None and target == STDOUT:
            self.stream.write(data)
            self.stream.flush()
        else:
            write_atomic(target, data, inputs)

    def new_notes(self, notes: list[messages.Phrase]) -> tuple[messages.Phrase, ...]:
        """The ``notes`` not given before in this call."""
        fresh = tuple(note for note in notes if note not in self.noted)
        self.noted.update(fresh)
        return fresh


def _target(source: Path, fmt: str, output: Path | None, document: str, count: int, inputs: list[Input]) -> Path:
    """Where ``source`` is written: ``output``, a file in the directory ``output``, or beside the source; never
    a special file or one of ``inputs`` (checked again when it is written)."""
    if source.is_dir():
        raise FileReadError("render.source_is_directory", source=source, example=source / "kotoutumisohjelma.yaml")
    word_or_pdf = path_kind(source) is not None  # its validation says so (KD114), and nothing is written
    if count > 1 and output is not None and not output.is_dir():
        raise UsageError("render.output_not_directory", output=output)
    if output == STDOUT:
        return STDOUT
    target = output if output is not None else default_output(source, fmt, document)
    if target.is_dir():
        target = target / default_output(Path(source.name), fmt, document)
    if not word_or_pdf:
        checked_target(target, inputs)  # refuse a special file or an input before the work
    return target


def _checked(source: Path, options: _Options) -> tuple[Report, Doc | None]:
    """The source's compact report and, when it is valid and suits the document, the document tree."""
    document, templates = options.document, options.templates
    report = validate_file(source, options.draft)
    if not report.passed() or report.programme is None:
        return report.compact(), None
    try:
        doc = DOCUMENTS[document].build(report.programme, templates, source)
    except DocumentFinding as finding:  # the input does not suit this document: report it in place
        line, column = report.positions.value_pos(finding.loc) if report.positions else (1, 1)
        report.diagnostics.append(Diagnostic(finding.code, report.path, line, column, finding.loc, finding.params))
        return report.compact(), None
    if report.draft:
        doc = replace(doc, draft=form.texts(report.programme.kieli).places["draft_mark"])
    return report.compact(), doc


def _render_one(source: Path, target: Path, options: _Options) -> Rendered:
    report, doc = _checked(source, options)
    if doc is None:
        return Rendered(report, None)
    notes: list[messages.Phrase] = []
    data = render_doc(doc, options.fmt, document=options.document, reference_docx=options.reference_docx,
                      templates=options.templates, notes=notes)
    options.deliver(target, data, _inputs(source, options.reference_docx, options.templates))
    return Rendered(report, target, options.new_notes(notes))


def _render_pdfs(sources: Sequence[Path], targets: Sequence[Path], options: _Options) -> Iterator[Rendered]:
    """Word files first (in a temporary directory), then one LibreOffice run, then the PDFs in place."""
    from kotodoc.render.pdf import convert_files, read_pdf

    with tempfile.TemporaryDirectory(prefix="kotodoc-pdf-") as tmp:
        work = Path(tmp)
        waiting: list[tuple[int, Path]] = []  # (index of the source, its Word file)
        results: list[Rendered] = []
        for i, source in enumerate(sources):
            report, doc = _checked(source, options)
            results.append(Rendered(report, None))
            if doc is not None:
                docx = work / f"{i:06d}.docx"
                notes: list[messages.Phrase] = []
                docx.write_bytes(render_doc(doc, "docx", document=options.document,
                                            reference_docx=options.reference_docx, notes=notes))
                results[i] = Rendered(report, None, options.new_notes(notes))
                waiting.append((i, docx))
        failed: list[str] = []
        run = None
        if waiting:
            pdfs, run = convert_files([docx for _, docx in waiting], work / "pdf")
            for (i, _), pdf in zip(waiting, pdfs, strict=True):
                try:
                    data = read_pdf(pdf, run)
                except OutputError:
                    failed.append(str(sources[i]))
                    continue
                options.deliver(targets[i], data, _inputs(sources[i], options.reference_docx, options.templates))
                results[i] = Rendered(results[i].report, targets[i], results[i].notes)
    yield from results
    if failed:
        raise OutputError("pdf.failed_sources", sources=", ".join(failed), why=run.failure() if run else "")


def render_doc(
    doc: Doc,
    fmt: str,
    *,
    document: str = DEFAULT_DOCUMENT,
    reference_docx: Path | None = None,
    templates: Path | None = None,
    notes: list[messages.Phrase] | None = None,
) -> bytes:
    """A document tree as the bytes of ``fmt``; notes on the rendering go to ``notes``."""
    if fmt in ("md", "html"):
        from kotodoc.render.text import render_text

        return render_text(doc, fmt, document, templates)
    from kotodoc.render.word import render_docx
    from kotodoc.render.word_zip import document_time

    data = render_docx(doc, reference_docx, document_time(doc.date), notes)
    if fmt == "pdf":
        from kotodoc.render.pdf import docx_to_pdf

        data = docx_to_pdf(data)
    return data


def _check_options(fmt: str, document: str, reference_docx: Path | None, templates: Path | None) -> None:
    if fmt not in FORMATS:
        raise OptionError.unknown("--format", fmt, list(FORMATS))
    if document not in documents():
        raise OptionError.unknown("--document", document, documents(), "usage.unknown_document")
    if reference_docx is not None and fmt not in ("docx", "pdf"):
        raise UsageError("render.reference_docx_only")
    if templates is not None and fmt not in ("md", "html") and not DOCUMENTS[document].text_templates:
        raise UsageError("render.templates_only")


def _inputs(source: Path, reference_docx: Path | None, templates: Path | None) -> list[Input]:
    """What a render reads, and so must never write over."""
    inputs: list[Input] = [source_input(source)]
    if reference_docx is not None:
        inputs.append((messages.Phrase.of("input.reference_docx"), reference_docx))
    if templates is not None:
        inputs.append((messages.Phrase.of("input.templates"), templates))
    return inputs

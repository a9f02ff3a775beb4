"""The documents ``kotodoc render --document NAME`` can build, in one explicit table.

Each kind names its builder (programme -> document tree), whether a user's ``--templates``
directory reaches it in every format (the agenda item's background text is a template), and the
suffix its output file gets beside the source, so one document never overwrites another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kotodoc.render import agenda
from kotodoc.render.programme import build_programme
from kotodoc.render.tree import Doc
from kotodoc.schema.programme import Programme

AGENDA_FILE_SUFFIX = "-esityslista"
"""Added to the source's name for the agenda item's default file: ``kokkola.yaml`` -> ``kokkola-esityslista.docx``
(the same in every language: a file name is not text, and one name keeps CI and scripts simple)."""


@dataclass(frozen=True)
class DocumentKind:
    """One kind of document built from a programme file."""

    name: str
    build: Callable[[Programme, Path | None, Path | None], Doc]  # (programme, --templates, source file) -> tree
    text_templates: bool = False  # --templates applies in every format, not only md and html
    file_suffix: str = ""  # added to the source's name for the default output: kokkola-esityslista.docx


def _programme(prog: Programme, templates: Path | None, source: Path | None) -> Doc:
    return build_programme(prog)


DOCUMENTS: dict[str, DocumentKind] = {
    kind.name: kind
    for kind in (
        DocumentKind("ohjelma", _programme),
        DocumentKind(agenda.DOCUMENT_NAME, agenda.build_agenda, text_templates=True,
                     file_suffix=AGENDA_FILE_SUFFIX),
    )
}
DEFAULT_DOCUMENT = "ohjelma"

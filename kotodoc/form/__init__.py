"""The TEM form as data: its structure (sections, questions, keys, KotoL references) and its texts.

Takes nothing; gives the one source of the form that the schema, the messages, ``init``, the
importer and every renderer read. :mod:`~kotodoc.form.structure` is what the form is, in no
language; :func:`texts` gives its wording in a language: :mod:`~kotodoc.form.fi` (TEM's own),
:mod:`~kotodoc.form.sv` (kotodoc's translation) and :mod:`~kotodoc.form.en` (the Finnish wording in an
English frame, for English messages). Documents exist in :data:`DOCUMENT_LANGUAGES`. Imports only the
standard library.
"""

from __future__ import annotations

import importlib

from kotodoc.form import fi
from kotodoc.form.structure import (
    CONTACT_FIELDS,
    COOPERATION_KEY,
    FORM_DATE,
    HEADER,
    HEADER_BY_KEY,
    HEADER_KEY,
    LAW_ELI,
    LAW_NUMBER,
    LITERACY_KEYS,
    MULTISECTORAL_LAW,
    ROW_BY_KEY,
    SECTION_BY_KEY,
    SECTIONS,
    SERVICE_LANGUAGES,
    TABLE_ANSWER_COLUMNS,
    TABLE_COLUMNS,
    TABLE_KEY,
    TABLE_ROWS,
    TARGET_GROUPS,
    HeaderField,
    Kind,
    LawRef,
    Question,
    Section,
    TableRow,
)
from kotodoc.form.texts import FormTexts, in_sentence

__all__ = [
    "CONTACT_FIELDS", "COOPERATION_KEY", "DOCUMENT_LANGUAGES", "FORM_DATE", "HEADER", "HEADER_BY_KEY", "HEADER_KEY",
    "LANGUAGES", "LAW_ELI", "LAW_NUMBER", "LITERACY_KEYS", "MULTISECTORAL_LAW", "ROW_BY_KEY", "SECTIONS",
    "SECTION_BY_KEY", "SERVICE_LANGUAGES",
    "TABLE_ANSWER_COLUMNS", "TABLE_COLUMNS", "TABLE_KEY", "TABLE_ROWS", "TARGET_GROUPS", "FormTexts", "HeaderField",
    "Kind", "LawRef", "Question", "Section", "TableRow", "document_language", "in_sentence", "texts",
]

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
"""Languages the form's texts exist in; the first is the form's own (TEM's) language."""
DOCUMENT_LANGUAGES: tuple[str, ...] = ("fi", "sv")
"""Languages a document is written and rendered in (``kieli``); English is a language of messages only."""

_TEXTS: dict[str, FormTexts] = {"fi": fi.TEXTS}
"""The texts loaded so far: a language's module is imported when its texts are first asked for, so a
Finnish run (a pre-commit hook) never loads the others."""


def texts(lang: str = "fi") -> FormTexts:
    """The form's texts in ``lang``; Finnish for a language the form has no texts in."""
    found = _TEXTS.get(lang)
    if found is None:
        if lang not in LANGUAGES:
            return fi.TEXTS
        found = _TEXTS[lang] = importlib.import_module(f"kotodoc.form.{lang}").TEXTS
    return found


def document_language(lang: str) -> str:
    """The language a document or an ``init`` file is written in for the reader's ``lang``: itself when a
    document can be in it, else Finnish (the form's own language)."""
    return lang if lang in DOCUMENT_LANGUAGES else DOCUMENT_LANGUAGES[0]

"""The TEM form as data: its structure (sections, questions, keys, KotoL references) and its texts.

Takes nothing; gives the one source of the form that the schema, the messages, ``init``, the
importer and every renderer read. :mod:`~kotodoc.form.structure` is what the form is, in no
language; :func:`texts` gives its wording in a language (:mod:`~kotodoc.form.fi`, …). Imports only
the standard library.
"""

from __future__ import annotations

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
from kotodoc.form.texts import FormTexts

__all__ = [
    "CONTACT_FIELDS", "COOPERATION_KEY", "FORM_DATE", "HEADER", "HEADER_BY_KEY", "HEADER_KEY", "LANGUAGES", "LAW_ELI",
    "LAW_NUMBER", "LITERACY_KEYS", "MULTISECTORAL_LAW", "ROW_BY_KEY", "SECTIONS", "SECTION_BY_KEY", "SERVICE_LANGUAGES",
    "TABLE_ANSWER_COLUMNS", "TABLE_COLUMNS", "TABLE_KEY", "TABLE_ROWS", "TARGET_GROUPS", "FormTexts", "HeaderField",
    "Kind", "LawRef", "Question", "Section", "TableRow", "texts",
]

LANGUAGES: tuple[str, ...] = ("fi",)
"""Languages the form's texts exist in; the first is the form's own (TEM's) language."""


def texts(lang: str = "fi") -> FormTexts:
    """The form's texts in ``lang``; Finnish for a language the form has no texts in."""
    return fi.TEXTS

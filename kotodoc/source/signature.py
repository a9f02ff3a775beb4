"""Files that are no programme text at all: a Word, PDF, RTF or other Office file, known by its first bytes.

A coordinator at home in Word easily gives ``kotodoc validate`` or ``kotodoc render`` the Word form itself.
Its bytes would be read as broken UTF-8 (KD103); its first bytes (the file's *signature*) tell what it is
instead, so the finding (KD114) can say so and point to ``kotodoc import``.
"""

from __future__ import annotations

import os

from kotodoc.messages import Phrase

SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "zip"),  # docx, xlsx, pptx, odt: zip packages
    (b"PK\x05\x06", "zip"),  # an empty zip package
    (b"%PDF-", "pdf"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),  # Word 97–2003 .doc, .xls: OLE compound files
    (b"{\\rtf", "rtf"),
)
"""A file's first bytes and the kind of file they start; ``filekind.<kind>`` words it."""
HEAD = max(len(magic) for magic, _ in SIGNATURES)


def file_kind(head: bytes) -> str | None:
    """The kind of file ``head`` (its first bytes) starts, None for anything else (text, YAML)."""
    for magic, kind in SIGNATURES:
        if head.startswith(magic):
            return kind
    return None


def path_kind(path: str | os.PathLike[str]) -> str | None:
    """:func:`file_kind` of the file ``path``; None when it cannot be read (reading it reports why)."""
    try:
        with open(path, "rb") as stream:
            return file_kind(stream.read(HEAD))
    except OSError:
        return None


def kind_phrase(kind: str) -> Phrase:
    """What the file is, for a message (``Word-asiakirja tai muu Office- tai zip-tiedosto``)."""
    return Phrase.of(f"filekind.{kind}")

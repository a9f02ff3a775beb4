"""A format-neutral document tree: headings, paragraphs, labelled parts, lists and tables.

The writers (:mod:`kotodoc.render.word`, :mod:`kotodoc.render.text`) read only this tree, never the
model, so every document built from it renders to every format.

Text conventions: every string in the tree is one paragraph (no newlines). An answer is split into
paragraphs at line breaks; blank lines are only separators (:func:`paragraphs`). Headings below
the document title start at level 2; the title itself (level 1), the subtitle and the date are
printed by the writers from :class:`Doc`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

LANG_TAGS: dict[str, str] = {"fi": "fi-FI", "sv": "sv-FI"}
FORM_LANG = LANG_TAGS["fi"]  # the TEM form's own wording is Finnish


@dataclass(frozen=True)
class Heading:
    """A heading; level 1 is the document title, so blocks use 2 and deeper."""

    kind: ClassVar[str] = "heading"
    level: int
    text: str
    lang: str | None = None  # BCP 47 tag when it differs from the document's


@dataclass(frozen=True)
class Paragraph:
    """One paragraph. ``role`` is one of :data:`ROLES`."""

    kind: ClassVar[str] = "paragraph"
    text: str
    role: str = "answer"
    lang: str | None = None


ROLES = ("answer", "intro", "instruction", "hint", "term", "subtitle", "date")


@dataclass(frozen=True)
class LabeledPart:
    """An answer part with a label (target group, service language, contact field)."""

    kind: ClassVar[str] = "part"
    label: str
    paragraphs: tuple[str, ...]
    lang: str | None = None


@dataclass(frozen=True)
class ListItem:
    """A list item; ``children`` is an optional second level."""

    text: str
    children: tuple[str, ...] = ()


@dataclass(frozen=True)
class BulletList:
    """An unordered list, nested at most one level."""

    kind: ClassVar[str] = "list"
    items: tuple[ListItem, ...]
    lang: str | None = None


Cell = tuple[str, ...]  # a table cell: its paragraphs


@dataclass(frozen=True)
class Table:
    """A table with one header row; with ``row_headers`` the first column labels the rows."""

    kind: ClassVar[str] = "table"
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    row_headers: bool = True
    header_lang: str | None = None  # language of the header row and the row labels


Block = Heading | Paragraph | LabeledPart | BulletList | Table


@dataclass(frozen=True)
class Doc:
    """A whole document: metadata and blocks."""

    title: str
    subtitle: str
    lang: str
    subject: str
    date: str
    blocks: tuple[Block, ...]
    author: str = ""
    keywords: tuple[str, ...] = field(default=())

    def full_title(self) -> str:
        """The title for file properties and the browser tab: the title and the author."""
        return f"{self.title} – {self.author}" if self.author else self.title


def paragraphs(text: str) -> tuple[str, ...]:
    """The paragraphs of a text: its non-blank lines, stripped."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())

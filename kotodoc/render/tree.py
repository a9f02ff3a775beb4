"""A format-neutral document tree: headings, paragraphs, labelled parts, lists and tables.

The writers (:mod:`kotodoc.render.word`, :mod:`kotodoc.render.text`) read only this tree, never the
model, so every document built from it renders to every format.

Text conventions: every string in the tree is one paragraph (no newlines). An answer is split into
paragraphs at line breaks; blank lines are only separators (:func:`paragraphs`). Headings below
the document title start at level 2; the title itself (level 1), the subtitle and the date are
printed by the writers from :class:`Doc`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import ClassVar

LANG_TAGS: dict[str, str] = {"fi": "fi-FI", "sv": "sv-FI"}
"""BCP 47 tags of the document languages (``kieli``)."""


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
    """A table with one header row; with ``row_headers`` the first column labels the rows.

    ``caption`` names the table for assistive technology; with ``show_caption`` it is also printed
    above the table (a table that is not the only one under its heading). ``numeric`` marks the
    columns of figures, which are right-aligned; with ``total_row`` the last row is the total.
    """

    kind: ClassVar[str] = "table"
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    row_headers: bool = True
    header_lang: str | None = None  # language of the header row and the row labels
    show_caption: bool = False
    numeric: tuple[bool, ...] = ()  # per column; missing columns are text
    total_row: bool = False

    def is_numeric(self, column: int) -> bool:
        """Whether ``column`` holds figures (right-aligned)."""
        return column < len(self.numeric) and self.numeric[column]


@dataclass(frozen=True)
class Section:
    """A new part of the document that starts on a new page, such as an appendix.

    Word lays the pages from here to the next section out in landscape when one of their tables is
    too wide for a portrait page; the text formats need no pages and ignore it.
    """

    kind: ClassVar[str] = "section"


Block = Heading | Paragraph | LabeledPart | BulletList | Table | Section


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
    draft: str = ""  # the draft mark ("LUONNOS") printed on every page of a draft; "" for a final document
    footer: tuple[str, ...] = ()  # whose document, which, of when: printed with the page number
    description: str = ""  # a note for the file's properties (the wording is kotodoc's translation)

    def footer_text(self) -> str:
        """The footer's parts joined (the writers add the page number)."""
        return " | ".join(part for part in self.footer if part)

    def full_title(self) -> str:
        """The title for file properties and the browser tab: the title and the author (a draft's marked)."""
        title = f"{self.title} – {self.author}" if self.author else self.title
        return f"{self.draft}: {title}" if self.draft else title


def paragraphs(text: str) -> tuple[str, ...]:
    """The paragraphs of a text: its non-blank lines, stripped."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


BULLET = re.compile(r"^(\s*)[-*•–]\s+(?=\S)")
"""A line typed as a list item: ``- item``, ``* item``, ``• item`` or ``– item``."""


def text_blocks(text: str, lang: str | None = None) -> list[Paragraph | BulletList]:
    """A free text as paragraphs and lists: runs of lines typed as list items (``- item``) become a list.

    A list item indented deeper than the first item of its list is a second-level item; blank lines
    between items do not end the list.
    """
    out: list[Paragraph | BulletList] = []
    items: list[ListItem] = []
    first_indent = 0
    for line in text.splitlines():
        if not line.strip():
            continue
        marker = BULLET.match(line)
        if marker is None:
            if items:
                out.append(BulletList(tuple(items), lang))
                items = []
            out.append(Paragraph(line.strip(), "answer", lang))
            continue
        indent, item = len(marker.group(1).expandtabs(4)), line[marker.end():].strip()
        if not items:
            first_indent = indent
        if items and indent > first_indent:
            last = items[-1]
            items[-1] = ListItem(last.text, (*last.children, item))
        else:
            items.append(ListItem(item))
    if items:
        out.append(BulletList(tuple(items), lang))
    return out


def labelled_blocks(label: str, text: str, lang: str | None = None) -> list[Block]:
    """A labelled answer: the label with the text's first paragraphs, then any lists and the rest."""
    blocks: list[Block] = list(text_blocks(text, lang))
    lead: list[str] = []
    while blocks and isinstance(blocks[0], Paragraph):
        lead.append(blocks[0].text)
        del blocks[0]
    return [LabeledPart(label, tuple(lead), lang), *blocks]


def cell_lines(cell: Cell) -> list[tuple[bool, str]]:
    """A table cell's paragraphs as (is a list item, text): lines typed ``- item`` are list items."""
    out = []
    for text in cell:
        marker = BULLET.match(text)
        out.append((True, text[marker.end():].strip()) if marker else (False, text))
    return out

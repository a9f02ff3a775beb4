"""What the importer tells the user: a comment at a place of the YAML file, and maybe a warning.

Shared by the steps that recover the answers' structure (:mod:`~kotodoc.intake.shape`,
:mod:`~kotodoc.intake.contact`, :mod:`~kotodoc.intake.structured`) and the YAML writer
(:mod:`~kotodoc.intake.yaml_out`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kotodoc.intake.texts import say
from kotodoc.intake.word import Para, Where
from kotodoc.intake.words import LIST_MARKER

Loc = tuple[str, ...]


@dataclass(frozen=True)
class Note:
    """A comment written at ``loc`` of the YAML file (above its key, or after its value when ``after``),
    with Word text quoted verbatim under it; with ``warn`` it is also a warning that needs a look."""

    loc: Loc
    text: str
    where: Where | None = None
    quote: tuple[str, ...] = ()
    after: bool = False
    warn: bool = True


@dataclass
class Notes:
    """The notes of one import, in the order they were made."""

    items: list[Note] = field(default_factory=list)

    def add(self, loc: Loc, key: str, at: Where | None = None, lines: tuple[str, ...] = (), *,
            after: bool = False, warn: bool = True, **params: object) -> None:
        """A note at ``loc`` of the YAML file: the text ``key`` with ``params``, about the Word file's place ``at``,
        quoting ``lines`` of it."""
        self.items.append(Note(loc, say(key, **params), at, lines, after, warn))


def describe(where: Where) -> str:
    """A place in the Word file in words: "kappale 12" or "taulukko 1, rivi 3, sarake 2"."""
    if where.table:
        return say("where_cell", table=where.table, row=where.row, column=where.column)
    return say("where_paragraph", n=where.paragraph)


def describe_span(paras: list[Para]) -> str:
    """The places of several paragraphs: the first one's, and the last one's when it differs."""
    first, last = describe(paras[0].where), describe(paras[-1].where)
    return first if first == last else f"{first} – {last}"


def clean(para: Para) -> str:
    """A paragraph's text as an answer keeps it: outer spaces off, line breaks inside kept."""
    return "\n".join(line.rstrip() for line in para.text.strip().split("\n"))


def typed_bullet(text: str) -> bool:
    """Whether ``text`` starts with a bullet typed by hand ("- ", "• ")."""
    return LIST_MARKER.match(text) is not None


def listed(para: Para, text: str) -> bool:
    """Whether the paragraph is a list item: a Word list paragraph, or a typed bullet."""
    return para.listed or typed_bullet(text)


def item_text(text: str) -> str:
    """A list item's text without its typed bullet."""
    return LIST_MARKER.sub("", text, count=1).strip()

"""What a content rule gives back, and the walks over a programme that several rules share.

A rule is a function ``Programme -> Iterator[Finding]``; :mod:`kotodoc.checks.validate` places
each finding at a line and column. A rule never holds a sentence of its own: the code's text is
in the message catalogue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kotodoc import form
from kotodoc.checks.parts import Parts
from kotodoc.diagnostics import Loc
from kotodoc.schema.programme import Part, Programme


@dataclass(frozen=True)
class Finding:
    """A rule's verdict before it is placed in the file."""

    code: str
    loc: Loc
    params: dict[str, Any] = field(default_factory=dict)
    at_key: bool = False  # point at the key of ``loc`` (a key to rename), not at its value


ModelRule = Callable[[Parts], Iterator[Finding]]
"""A rule that reads the blocks of the programme that could be read (all of them when the file is sound)."""

TextRule = Callable[[Any], Iterator[Finding]]
"""A rule that reads the raw tree, so it reports even while the schema has errors."""


def iter_answers(prog: Parts | Programme) -> Iterator[tuple[Loc, list[Part]]]:
    """Every split-able answer of the document with its location, in form order."""
    for header in form.HEADER:
        q = header.question
        if q.kind is form.Kind.TEXT and prog.perustiedot is not None:
            yield (form.HEADER_KEY, q.key), getattr(prog.perustiedot, q.key)
    for sec in form.SECTIONS:
        block = getattr(prog, sec.key)
        if block is None:
            continue
        for q in sec.questions:
            for key in (q.note_key, q.key) if q.note_key else (q.key,):
                value = getattr(block, key)
                if (q.kind is form.Kind.TEXT or key == q.note_key) and value:
                    yield (sec.key, key), value


def parts_text(parts: list[Part] | None) -> str:
    """The texts of an answer's parts, one per line."""
    return "\n".join(p.teksti for p in parts or [])


def part_loc(loc: Loc, parts: list[Part], i: int) -> Loc:
    """Where part ``i`` of an answer is: the answer itself when it is one plain text, else the list item."""
    return loc if len(parts) == 1 and not parts[0].label() else (*loc, i)


def walk_strings(data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    """Every string value in a raw YAML tree with its location."""
    stack: list[tuple[Loc, Any]] = [(loc, data)]
    while stack:
        here, node = stack.pop()
        if isinstance(node, str):
            yield here, node
        elif isinstance(node, dict):
            stack.extend(((*here, k), v) for k, v in reversed(list(node.items())))
        elif isinstance(node, list):
            stack.extend(((*here, i), v) for i, v in reversed(list(enumerate(node))))

"""Word-level changes inside a text: which words went, which came, and the words around them.

A text is compared as the document prints it: paragraphs are its non-blank lines and the spaces
inside a paragraph do not matter (:func:`normalise`). The changes are a sequence of operations
``("=", text)``, ``("-", text)`` and ``("+", text)``; :func:`excerpt` keeps a few words of context
around each change, so a one-word change in a long answer reads as one line.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

Op = tuple[str, str]
"""``("=" | "-" | "+", text)``: unchanged, removed or added text."""

KEEP, REMOVED, ADDED = "=", "-", "+"
ELLIPSIS = "…"
_TOKENS = re.compile(r"\s+|\w+(?:[-'’]\w+)*|[^\w\s]")


def normalise(text: str) -> str:
    """The text as printed: non-blank lines, each with its spaces collapsed, joined by newlines."""
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def is_long(old: str, new: str, limit: int = 80) -> bool:
    """Whether a change between two texts is shown word by word rather than as ``old → new``."""
    return any("\n" in t or len(t) > limit for t in (old, new))


def word_ops(old: str, new: str) -> tuple[Op, ...]:
    """The word-level operations turning ``old`` into ``new`` (both already :func:`normalise`-d)."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    raw: list[Op] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            raw.append((KEEP, "".join(a[i1:i2])))
            continue
        if i2 > i1:
            raw.append((REMOVED, "".join(a[i1:i2])))
        if j2 > j1:
            raw.append((ADDED, "".join(b[j1:j2])))
    return _joined(raw)


def _joined(raw: Sequence[Op]) -> tuple[Op, ...]:
    """Runs of changes separated only by spaces become one removal and one addition."""
    out: list[Op] = []
    run: list[Op] = []

    def flush() -> None:
        removed = "".join(t for op, t in run if op != ADDED)
        added = "".join(t for op, t in run if op != REMOVED)
        if removed.strip() or (removed and not added):
            out.append((REMOVED, removed))
        if added.strip() or (added and not removed):
            out.append((ADDED, added))
        if removed and added and not removed.strip() and not added.strip() and removed != added:
            out.extend(((REMOVED, removed), (ADDED, added)))
        run.clear()

    for n, (op, text) in enumerate(raw):
        between = 0 < n < len(raw) - 1 and raw[n - 1][0] != KEEP and raw[n + 1][0] != KEEP
        if op != KEEP or (between and not text.strip()):
            run.append((op, text))
            continue
        if run:
            flush()
        out.append((op, text))
    if run:
        flush()
    return tuple(out)


def excerpt(ops: Sequence[Op], context: int = 6) -> tuple[Op, ...]:
    """``ops`` with long unchanged stretches cut to ``context`` words on each side of a change.

    The cut falls between words as the reader sees them (separated by spaces), never inside one: a
    hyphenated word (``luku-``, ``-palvelut``) stays whole, and so does a compound written with a
    shared part (``luku- ja kirjoitustaidon``, ``hälso- och sjukvård``), which counts as one word.
    """
    out: list[Op] = []
    last = len(ops) - 1
    for n, (op, text) in enumerate(ops):
        if op != KEEP:
            out.append((op, text))
            continue
        words = _context_words(text)
        count = sum(1 for w in words if not w.isspace())
        if n == 0 and n == last:
            out.append((op, text))
        elif n == 0 and count > context:
            out.append((op, ELLIPSIS + " " + _last_words(words, context)))
        elif n == last and count > context:
            out.append((op, _first_words(words, context) + " " + ELLIPSIS))
        elif 0 < n < last and count > 2 * context:
            out.append((op, f"{_first_words(words, context)} {ELLIPSIS} {_last_words(words, context)}"))
        else:
            out.append((op, text))
    return tuple(out)


_SHARED_PART = re.compile(r"\S+-\s+(?:ja|tai|sekä|eli|och|eller|samt|and|or)\s+\S+|\s+|\S+", re.IGNORECASE)
"""Words of a context, a compound with a shared part first: ``luku- ja kirjoitustaito``, ``sosiaali- tai
terveyspalvelut``, ``hälso- och sjukvård`` (Finnish, Swedish and English conjunctions)."""


def _context_words(text: str) -> list[str]:
    """``text`` as space-separated words and the spaces between them (a compound with a shared part is one
    word)."""
    return _SHARED_PART.findall(text)


def _first_words(tokens: list[str], n: int) -> str:
    taken: list[str] = []
    seen = 0
    for tok in tokens:
        if not tok.isspace():
            if seen == n:
                break
            seen += 1
        taken.append(tok)
    return "".join(taken).rstrip()


def _last_words(tokens: list[str], n: int) -> str:
    taken: list[str] = []
    seen = 0
    for tok in reversed(tokens):
        if not tok.isspace():
            if seen == n:
                break
            seen += 1
        taken.append(tok)
    return "".join(reversed(taken)).lstrip()


def changed_fragments(ops: Sequence[Op]) -> tuple[list[str], list[str]]:
    """The removed and the added fragments, each as one line of text."""
    removed = [" ".join(t.split()) for op, t in ops if op == REMOVED and t.strip()]
    added = [" ".join(t.split()) for op, t in ops if op == ADDED and t.strip()]
    return removed, added

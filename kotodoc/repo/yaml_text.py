"""Writing a programme file the way ``kotodoc init`` does: the form's questions as comments, values indented.

One writer for every programme file kotodoc produces: :mod:`kotodoc.repo.scaffold` (``init``, with
placeholders) and :mod:`kotodoc.intake` (``import``, with the answers of a Word form). :class:`Lines`
holds the file being written; the ``*_comments`` functions write the form's wording above each key,
always from :func:`kotodoc.form.texts`, so both commands show the form the same way.

Values are written so that kotodoc's loader reads back exactly the text given: plain when that reads
back unchanged, a literal block (``|-``) for text of several lines, else a double-quoted scalar.
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Mapping, Sequence

import yaml

from kotodoc import form

WIDTH = 110  # comment lines are wrapped here; answers are never wrapped

__all__ = [
    "WIDTH", "Lines", "header_comments", "literal_ok", "question_comments", "row_comment", "scalar",
    "section_comments", "table_comments",
]


# Text that surely reads back as itself when written plain: it starts with a letter, has no ": " or " #", no
# control character or other YAML line break, does not end in a colon or a space, and is not a word YAML 1.1
# reads as true, false or null. And text that surely reads back from a literal block: no control character but
# line breaks, no line starting or ending in white space. Other text is checked by parsing it (slower).
_CONTROL = r"\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff"
_SURELY_PLAIN = re.compile(rf"^[^\W\d_](?:(?!: | #)[^\n{_CONTROL}])*(?<![:\s])\Z")
_YAML11_WORDS = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off", "null"})
_SURELY_LITERAL = re.compile(rf"^[^\s{_CONTROL}](?:[^\n{_CONTROL}]|\n+(?=\S))*(?<!\s)\Z")


def scalar(text: str) -> str:
    """``text`` as a YAML scalar: plain when it reads back unchanged, else double-quoted."""
    if _SURELY_PLAIN.match(text) and text.casefold() not in _YAML11_WORDS:
        return text
    try:
        plain_ok = yaml.safe_load(f"k: {text}") == {"k": text} and not text.startswith(("'", '"', "%", "@"))
    except yaml.YAMLError:
        plain_ok = False
    return text if plain_ok else quoted(text)


def quoted(text: str) -> str:
    """``text`` double-quoted: JSON's escapes, and YAML's own line breaks (NEL, LS, PS) and BOM escaped too (raw,
    a double-quoted scalar would fold them into spaces)."""
    escaped = json.dumps(text, ensure_ascii=False)
    for char in ("\x85", "\u2028", "\u2029", "\ufeff"):
        escaped = escaped.replace(char, f"\\u{ord(char):04x}")
    return escaped


def literal_ok(text: str) -> bool:
    """Whether ``text`` (several lines) reads back unchanged from a ``|-`` block."""
    if not text.strip() or text != text.strip("\n") or text[:1] in (" ", "\t"):
        return False
    if any(line != line.rstrip() for line in text.split("\n")):
        return False  # white space at a line's end is invisible in a block, and editors drop it: quote instead
    if _SURELY_LITERAL.match(text):
        return True
    block = "k: |-\n" + "\n".join(f"  {line}" if line else "" for line in text.split("\n"))
    try:
        return bool(yaml.safe_load(block) == {"k": text})
    except yaml.YAMLError:
        return False


class Lines:
    """The file being written: comments wrapped, values indented."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def blank(self) -> None:
        self.lines.append("")

    def comment(self, text: str, indent: int = 0, first: str = "", cont: str = "   ") -> None:
        pad = " " * indent
        wrapped = textwrap.wrap(text, WIDTH - indent - 2 - len(first), break_long_words=False,
                                break_on_hyphens=False) or [""]
        self.lines.append(f"{pad}# {first}{wrapped[0]}".rstrip())
        self.lines.extend(f"{pad}# {cont}{' ' * max(0, len(first) - len(cont))}{line}" for line in wrapped[1:])

    def verbatim_comment(self, text: str, indent: int = 0, prefix: str = "> ") -> None:
        """Quoted text as comment lines, one per line of ``text``, never wrapped (words stay as written)."""
        pad = " " * indent
        self.lines.extend(f"{pad}# {prefix}{line}".rstrip() for line in text.split("\n"))

    def value(self, key: str, text: str | None, indent: int) -> None:
        self.lines.append(f"{' ' * indent}{key}:" + (f" {scalar(text)}" if text is not None else ""))

    def block(self, key: str, text: str, indent: int) -> None:
        """A literal block (``key: |``): colons and quotes in the answer need no escaping."""
        pad = " " * indent
        self.lines.append(f"{pad}{key}: |")
        self.lines.extend(f"{pad}  {line}" for line in text.splitlines())

    def items(self, key: str, values: Sequence[str], indent: int) -> None:
        pad = " " * indent
        self.lines.append(f"{pad}{key}:")
        self.lines.extend(f"{pad}  - {scalar(v)}" for v in values)

    def text_value(self, head: str, text: str, indent: int) -> None:
        """``head`` (``key:`` or ``- key:`` or ``-``) followed by ``text`` exactly as the loader will read it."""
        if "\n" in text and literal_ok(text):
            self.lines.append(f"{head} |-")
            pad = " " * indent
            self.lines.extend(f"{pad}{line}" if line else "" for line in text.split("\n"))
        else:
            self.lines.append(f"{head} {scalar(text)}")

    def node(self, key: str, value: object, indent: int) -> None:
        """Any plain value (text, list, mapping; ``None`` is an empty value, ``[]`` an empty list) under ``key``."""
        pad = " " * indent
        if value is None:
            self.lines.append(f"{pad}{key}:")
        elif isinstance(value, str):
            self.text_value(f"{pad}{key}:", value, indent + 2)
        elif isinstance(value, Mapping):
            self.lines.append(f"{pad}{key}:")
            for k, v in value.items():
                self.node(str(k), v, indent + 2)
        else:
            assert isinstance(value, Sequence), value
            self.lines.append(f"{pad}{key}:" if value else f"{pad}{key}: []")  # empty: a list, not nothing
            for item in value:
                self._item(item, indent + 2)

    def _item(self, item: object, indent: int) -> None:
        if isinstance(item, Mapping):
            first = len(self.lines)
            for k, v in item.items():
                self.node(str(k), v, indent + 2)
            if len(self.lines) > first:  # the first key's line, ``  key: …``, becomes ``- key: …``
                self.lines[first] = f"{' ' * indent}- {self.lines[first][indent + 2:]}"
        else:
            assert isinstance(item, str), item
            self.text_value(f"{' ' * indent}-", item, indent + 2)

    def text(self) -> str:
        return "\n".join(self.lines).rstrip("\n") + "\n"  # only line ends: a value may end in any other space


# --- the form's wording above the keys -----------------------------------------------------------------


def header_comments(out: Lines, header: form.HeaderField, t: form.FormTexts) -> None:
    """A header field's code and label, then its hint and helper questions."""
    key = header.question.key
    out.comment(f"{header.code} {t.field_label(header)}", 2)
    for extra in (t.header_hints.get(key, ""), *t.header_helpers.get(key, ())):
        if extra:
            out.comment(extra, 2, first="   ")


def section_comments(out: Lines, sec: form.Section, t: form.FormTexts) -> None:
    """A section's heading and instruction, above its key."""
    heading = t.heading(sec) + ("" if sec.required else f" {t.own['init.optional']}")
    out.comment(heading, cont="   ")
    if t.instruction(sec):
        out.comment(t.instruction(sec), first="   ")


def question_comments(out: Lines, sec: form.Section, q: form.Question, t: form.FormTexts) -> None:
    """A question's block letter, subheading and text, then the form's helper text."""
    subheading = t.subheadings.get((sec.key, q.key))
    prefix = f"{q.block}. " + (f"{subheading} " if subheading else "")
    out.comment(prefix + t.question(sec.key, q), 2)
    if (sec.key, q.key) in t.hints:
        out.comment(t.hints[(sec.key, q.key)], 2, first="   ")


def table_comments(out: Lines, t: form.FormTexts) -> None:
    """The vastuutaulukko's title and columns, above its key."""
    out.comment(t.table_title)
    for key in form.TABLE_COLUMNS:
        column = t.own["init.table_rows"].format(count=len(form.TABLE_ROWS)) if key == "palvelu" else key
        out.comment(f"{t.table_columns[key]} {column}", first="   ")


def row_comment(out: Lines, row: form.TableRow, t: form.FormTexts) -> None:
    """A table row's number and label."""
    out.comment(f"{row.number}. {t.table_rows[row.key]}", 2)

"""The document tree as Markdown or HTML through Jinja2 templates.

Templates are looked up by document name, ``<document>.<fmt>.j2`` (e.g.
``ohjelma.html.j2``), falling back to the generic ``document.<fmt>.j2``; shared
block macros live in ``_blocks.<fmt>.j2``. They render in kotodoc's one sandboxed
environment (:mod:`kotodoc.render.templating`: the search path, the sandbox and
the error format). HTML is autoescaped; Markdown text goes through the ``md``
filter, which backslash-escapes everything Markdown (CommonMark and pandoc's
markdown) would read as markup.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import jinja2

from kotodoc.errors import UsageError
from kotodoc.render import templating
from kotodoc.render.templating import template_dirs
from kotodoc.render.tree import Doc, cell_lines

__all__ = ["FORMATS", "environment", "md_escape", "render_text", "template_dirs"]

FORMATS = ("md", "html")

_MD_INLINE = re.compile(r"([\\`*_\[\]<>~^|${]|(?<!\w)@)")  # "{" opens pandoc's attributes, "@name" a citation
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_MD_LIST_MARKER = re.compile(r"^(?:\d{1,9}|[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+|#)(?=[.)](?:\s|$))")  # "#." is pandoc's
_MD_BLOCK_LEAD = re.compile(r"^(?:#{1,6}(?=\s|$)|[+\-%](?=\s|$)|:|-(?=[-\s]*$)|\((?=\w{1,9}\)(?:\s|$)))")


def md_escape(text: str, line_start: bool = True) -> str:
    """``text`` as literal Markdown text (CommonMark and pandoc's markdown).

    With ``line_start`` (a paragraph or a list item) a start that would begin a heading, a list, a
    rule, a definition or a pandoc div (``# ``, ``- ``, ``1. ``, ``a) ``, ``#. ``, ``---``, ``: ``, ``:::``)
    is escaped too; headings and table cells need only the inline escapes, which include pandoc's
    ``{`` (attributes) and a word-initial ``@`` (a citation; ``(@)`` an example list). Leading blanks are
    dropped (four would start code).
    """
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    if not line_start:
        return text
    text = text.lstrip()
    marker = _MD_LIST_MARKER.match(text)
    if marker:
        return text[: marker.end()] + "\\" + text[marker.end():]
    return "\\" + text if _MD_BLOCK_LEAD.match(text) else text


def environment(fmt: str, user_dir: Path | None = None) -> jinja2.Environment:
    """The sandboxed Jinja environment for ``fmt`` over the template search path."""
    return templating.environment(user_dir, autoescape=fmt == "html", filters={"md": md_escape},
                                  globals={"cell_lines": cell_lines}, keep_trailing_newline=True)


def render_text(doc: Doc, fmt: str, document: str = "ohjelma", user_dir: Path | None = None) -> bytes:
    """``doc`` as UTF-8 Markdown or HTML."""
    if fmt not in FORMATS:
        raise UsageError("render.bad_format", fmt=fmt, allowed=", ".join(FORMATS))
    env = environment(fmt, user_dir)
    text = templating.render(env, [f"{document}.{fmt}.j2", f"document.{fmt}.j2"], {"doc": doc, "document": document})
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"
    if doc.draft and doc.draft not in text:  # a municipality's own template without the mark
        text = _insert_mark(text, doc.draft, fmt)
    return text.encode("utf-8")


def _insert_mark(text: str, mark: str, fmt: str) -> str:
    """``text`` with the draft mark at its start (HTML: first in the body), so a draft never passes for final."""
    if fmt == "md":
        return f"**{md_escape(mark)}**\n\n{text}"
    banner = f'<p class="draft" role="note"><strong>{html.escape(mark)}</strong></p>\n'
    body = re.search(r"<body[^>]*>\n?", text, re.IGNORECASE)
    return text[: body.end()] + banner + text[body.end():] if body else banner + text


"""The document tree as Markdown or HTML through Jinja2 templates.

Templates are looked up by document name, ``<document>.<fmt>.j2`` (e.g.
``ohjelma.html.j2``), falling back to the generic ``document.<fmt>.j2``; shared
block macros live in ``_blocks.<fmt>.j2``. Search order: the user's
``--templates`` directory, the templates installed inside the package
(``kotodoc/templates`` in the wheel), then the source checkout's top-level
``templates/``. HTML is autoescaped; Markdown text goes through the ``md``
filter, which backslash-escapes everything Markdown would read as markup.
Undefined names are errors (StrictUndefined), reported with the template file
and line.
"""

from __future__ import annotations

import html
import re
import traceback
from pathlib import Path

import jinja2

from kotodoc.errors import UsageError
from kotodoc.render.tree import Doc, cell_lines

FORMATS = ("md", "html")
PACKAGE_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
SOURCE_TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"

_MD_INLINE = re.compile(r"([\\`*_\[\]<>~^|$])")
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_MD_LIST_MARKER = re.compile(r"^(?:\d{1,9}|[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+)(?=[.)](?:\s|$))")
_MD_BLOCK_LEAD = re.compile(r"^(?:#{1,6}(?=\s|$)|[+\-:%](?=\s|$)|-(?=[-\s]*$)|\((?=\w{1,9}\)(?:\s|$)))")


def md_escape(text: str, line_start: bool = True) -> str:
    """``text`` as literal Markdown text (CommonMark and pandoc's markdown).

    With ``line_start`` (a paragraph or a list item) a start that would begin a heading, a list, a
    rule or a definition (``# ``, ``- ``, ``1. ``, ``a) ``, ``---``, ``: ``) is escaped too; headings
    and table cells need only the inline escapes. Leading blanks are dropped (four would start code).
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


def template_dirs(user_dir: Path | None = None) -> list[Path]:
    """Where templates are looked up, first match wins."""
    dirs = [user_dir] if user_dir is not None else []
    dirs += [d for d in (PACKAGE_TEMPLATES, SOURCE_TEMPLATES) if d.is_dir()]
    return dirs


def environment(fmt: str, user_dir: Path | None = None) -> jinja2.Environment:
    """A Jinja environment for ``fmt`` over the template search path."""
    if user_dir is not None and not user_dir.is_dir():
        raise UsageError("template.no_directory", directory=user_dir)
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(user_dir)]),
        autoescape=fmt == "html",
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.globals["cell_lines"] = cell_lines
    return env


def render_text(doc: Doc, fmt: str, document: str = "ohjelma", user_dir: Path | None = None) -> bytes:
    """``doc`` as UTF-8 Markdown or HTML."""
    if fmt not in FORMATS:
        raise UsageError("render.bad_format", fmt=fmt, allowed=", ".join(FORMATS))
    env = environment(fmt, user_dir)
    names = [f"{document}.{fmt}.j2", f"document.{fmt}.j2"]
    try:
        template = env.select_template(names)
        text = template.render(doc=doc, document=document)
    except jinja2.TemplateSyntaxError as exc:
        raise UsageError("template.syntax", file=exc.filename or exc.name, line=exc.lineno,
                         problem=exc.message) from None
    except jinja2.TemplateNotFound as exc:
        raise UsageError("template.not_found", name=exc.name,
                         directories=", ".join(str(d) for d in template_dirs(user_dir))) from None
    except Exception as exc:  # any failure inside a template is the template's
        where = _template_frame(exc)
        if where is None:
            raise
        key = "template.undefined" if isinstance(exc, jinja2.UndefinedError) else "template.failure"
        raise UsageError(key, file=where[0], line=where[1], problem=str(exc)) from None
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


def _template_frame(exc: BaseException) -> tuple[str, int] | None:
    """The innermost template file and line in ``exc``'s traceback (Jinja rewrites frames to them)."""
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith(".j2") and frame.lineno is not None:
            found = (frame.filename, frame.lineno)
    return found

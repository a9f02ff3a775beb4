"""The one Jinja environment every kotodoc template renders in, sandboxed, and its one error format.

A municipality's own templates (``--templates DIR``) may come from anyone, so every template, kotodoc's
own included, runs in Jinja's immutable sandbox (:class:`jinja2.sandbox.ImmutableSandboxedEnvironment`):
no attribute that starts with ``_`` (so no ``cycler.__init__.__globals__``), no function or frame
internals, no method that changes a list or a mapping, ``range`` capped, and here also no string or list
repeated past :data:`MAX_REPEAT` and no large powers. The globals are only ``range``, ``dict`` and
``namespace``; a template sees nothing but the data its renderer passes (the document tree, or the
agenda's plain values), and reads no file except templates on the search path: a template that is a
symbolic link out of its directory (to ``/proc/self/environ`` or a key file) is refused.

Templates are looked up in the user's ``--templates`` directory, the templates installed inside the
package (``kotodoc/templates`` in the wheel), then the source checkout's top-level ``templates/``.
Undefined names are errors (StrictUndefined). Every problem of a template (missing, syntax, an undefined
name, a forbidden attribute, a failure while rendering) is one :class:`TemplateProblem`, reported as
``FILE:LINE:1: virhe KD608: …`` (exit 2).
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from kotodoc import messages
from kotodoc.errors import UsageError

PACKAGE_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
SOURCE_TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"
MAX_REPEAT = 1_000_000  # characters or items a "*" may produce
MAX_EXPONENT = 64


class TemplateProblem(UsageError):
    """A template cannot be found, read or rendered (exit 2), worded as ``where: virhe KD608: …``."""

    def __init__(self, where: str, problem: object) -> None:
        super().__init__("template.problem", where=where, finding=messages.Coded.of("KD608", problem=problem))


class _Sandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with ``*`` and ``**`` bounded so that a template cannot exhaust memory."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > MAX_EXPONENT:
            raise SecurityError(f"exponent {right} is larger than {MAX_EXPONENT}")
        if operator == "*":
            for seq, n in ((left, right), (right, left)):
                if isinstance(seq, str | list | tuple) and isinstance(n, int) and len(seq) * n > MAX_REPEAT:
                    raise SecurityError(f"repetition longer than {MAX_REPEAT}")
        return super().call_binop(context, operator, left, right)


class _ContainedLoader(jinja2.FileSystemLoader):
    """A file-system loader that reads only files inside its directories, symbolic links resolved."""

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        real = os.path.realpath(filename)
        roots = [os.path.realpath(d) for d in self.searchpath]
        if not any(real.startswith(root.rstrip(os.sep) + os.sep) for root in roots):
            raise SecurityError(f"template {template} is a link out of the template directories")
        return source, filename, uptodate


def template_dirs(user_dir: Path | None = None) -> list[Path]:
    """Where templates are looked up, first match wins."""
    dirs = [user_dir] if user_dir is not None else []
    dirs += [d for d in (PACKAGE_TEMPLATES, SOURCE_TEMPLATES) if d.is_dir()]
    return dirs


def environment(user_dir: Path | None = None, *, autoescape: bool = False,
                filters: Mapping[str, Callable[..., Any]] | None = None,
                globals: Mapping[str, Callable[..., Any]] | None = None,
                keep_trailing_newline: bool = False) -> jinja2.Environment:
    """The sandboxed environment over the template search path, with ``filters`` and the functions
    ``globals`` added (kotodoc's own, pure functions of the data)."""
    if user_dir is not None and not user_dir.is_dir():
        raise UsageError("template.no_directory", directory=user_dir)
    env = _Sandbox(
        loader=_ContainedLoader([str(d) for d in template_dirs(user_dir)]),
        autoescape=autoescape,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=keep_trailing_newline,
    )
    env.globals = {name: env.globals[name] for name in ("range", "dict", "namespace")}
    env.globals.update(globals or {})
    env.filters.update(filters or {})
    return env


def render(env: jinja2.Environment, names: Sequence[str], context: Mapping[str, Any]) -> str:
    """The first of ``names`` found, rendered with ``context``; :class:`TemplateProblem` for any failure."""
    dirs = [Path(d) for d in getattr(env.loader, "searchpath", [])]
    try:
        template = env.select_template(list(names))
    except jinja2.TemplatesNotFound:
        searched = ", ".join(str(d) for d in dirs) or messages.Phrase.of("template.no_directories")
        raise TemplateProblem(names[0], messages.Phrase.of("template.file_not_found", directories=searched)) from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateProblem(f"{exc.filename or exc.name}:{exc.lineno}:1", _syntax(exc)) from None
    except SecurityError as exc:  # a link out of the template directories
        raise TemplateProblem(f"{names[0]}:1:1", _problem(exc)) from None
    try:
        return template.render(**context)
    except jinja2.TemplateSyntaxError as exc:  # an included or imported template
        raise TemplateProblem(f"{exc.filename or exc.name}:{exc.lineno}:1", _syntax(exc)) from None
    except Exception as exc:  # any failure inside a template is the template's
        where = _template_frame(exc, dirs)
        if where is None and not isinstance(exc, jinja2.TemplateError):
            raise
        at = where or (template.filename or names[0], 1)
        raise TemplateProblem(f"{at[0]}:{at[1]}:1", _problem(exc)) from None


def _template_frame(exc: BaseException, dirs: list[Path]) -> tuple[str, int] | None:
    """The innermost template file and line in ``exc``'s traceback (Jinja maps its frames to templates)."""
    roots = [str(d.resolve()) for d in dirs]
    found = None
    for frame in traceback.extract_tb(exc.__traceback__):
        name = frame.filename
        if frame.lineno is not None and not name.endswith(".py") and \
                any(str(Path(name).resolve()).startswith(root) for root in roots):
            found = (name, frame.lineno)
    return found


def _syntax(exc: jinja2.TemplateSyntaxError) -> messages.Phrase:
    return messages.Phrase.of("template.syntax_detail", detail=exc.message or "")


def _problem(exc: Exception) -> object:
    if isinstance(exc, SecurityError):
        return messages.Phrase.of("template.forbidden", detail=str(exc))
    if isinstance(exc, jinja2.UndefinedError):
        return messages.Phrase.of("template.unknown_name", name=exc.message or "")
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__

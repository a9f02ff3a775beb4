"""How the command line reports failure: a message in the reader's language and an exit code, never a traceback.

:func:`guard` runs a command's body and maps what it raises to an exit code (0 ok, 1 invalid document,
2 usage error or unreadable file, 3 internal error, 130 interrupted); :func:`usage_error` words the
command-line library's own usage errors (unknown option, missing argument, …) in the reader's language.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any, TypeVar

import typer

from kotodoc import messages
from kotodoc.cli_options import Kieli, choice
from kotodoc.errors import KotodocError, OptionError, os_reason

T = TypeVar("T")


def say(key: str, lang: str, **params: Any) -> None:
    """A line of the command's own on stderr, in ``lang``."""
    typer.echo(messages.ui(key, lang, **params), err=True)


def guard(action: Callable[[], T], lang: str, command: str = "", kieli: str | None = None) -> T:
    """Run a command body: a message in ``lang`` and an exit code for every failure, never a traceback."""
    try:
        choice("--kieli", kieli, Kieli)
        return action()
    except KotodocError as exc:
        typer.echo(f"kotodoc: {exc.localize(lang)}", err=True)
        if isinstance(exc, OptionError):
            say("usage.help", lang, command=f"kotodoc {command}".strip())
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        typer.echo(f"kotodoc: {messages.ui('cli.interrupted', lang)}", err=True)
        raise typer.Exit(130) from None
    except (typer.Exit, typer.Abort):
        raise
    except OSError as exc:  # the system refused (a full disk, a closed pipe, …): not a bug, said in words
        where = f" ({exc.filename})" if exc.filename else ""
        typer.echo(f"kotodoc: {os_reason(exc).localize(lang)}{where}", err=True)
        raise typer.Exit(2) from None
    except Exception as exc:
        if os.environ.get("KOTODOC_DEBUG"):
            raise
        error = f"{type(exc).__name__}: {exc}"
        typer.echo(f"kotodoc: {messages.ui('cli.internal', lang, error=error)}", err=True)
        raise typer.Exit(3) from None


def usage_error(exc: Exception, lang: str = "fi") -> str:
    """A command-line usage error (from the library inside typer) in ``lang``, with a "did you mean" hint."""
    import difflib  # only on a usage error: kept off the start-up of every run

    name = type(exc).__name__
    detail = str(getattr(exc, "message", "") or exc)
    quoted = [a or b for a, b in re.findall(r"'([^']*)'|\(([^()]*)\)\.?$", detail)]
    first, last = (quoted[0], quoted[-1]) if quoted else ("", "")
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "kotodoc"

    def hint(candidates: list[str]) -> messages.DidYouMean:
        return messages.DidYouMean(tuple(candidates))

    def ui(key: str, **params: Any) -> str:
        return messages.ui(key, lang, **params)

    if name == "NoSuchOption":
        option = str(getattr(exc, "option_name", "") or first)
        lead = ui("usage.unknown_option", option=option, hint=hint(list(getattr(exc, "possibilities", None) or [])))
    elif name in ("MissingParameter", "NoArgsIsHelpError"):
        param = getattr(exc, "param", None)
        what = getattr(param, "metavar", None) or getattr(param, "name", None)
        lead = ui("usage.missing_part", what=what) if what else ui("usage.missing")
    elif "No such command" in detail and ctx is not None:
        known = sorted(getattr(ctx.command, "commands", {}) or {})
        lead = ui("usage.unknown_command", command=first,
                  hint=hint(difflib.get_close_matches(first, known, n=2, cutoff=0.5)))
    elif "requires an argument" in detail:
        lead = ui("usage.needs_value", option=first)
    elif "unexpected extra argument" in detail:
        lead = ui("usage.extra_argument", value=last)
    elif name == "BadParameter":
        hint_text = getattr(exc, "param_hint", None) or getattr(getattr(exc, "param", None), "name", "")
        lead = ui("usage.bad_value", option=hint_text, value=first)
    else:
        lead = ui("usage.bad_command")
    return f"kotodoc: {lead}\n{ui('usage.help', command=command)}"

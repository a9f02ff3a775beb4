"""The message catalogue: every diagnostic code, its severity, its wording and its legal ground.

Takes a code and its parameters; gives the message in the reader's language. The codes and their
severities are in :mod:`~kotodoc.messages.catalogue`; each language's texts are in a module beside
it (:mod:`~kotodoc.messages.fi`, …). Parameters that name places or labels are worded at print time
(:mod:`~kotodoc.messages.params`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from kotodoc.messages import fi
from kotodoc.messages.catalogue import CODES, Code, Severity
from kotodoc.messages.languages import LANGUAGES, module
from kotodoc.messages.languages import resolve as resolve_language
from kotodoc.messages.params import (
    Coded,
    DidYouMean,
    FormText,
    Hint,
    Items,
    Law,
    Localized,
    Phrase,
    Reason,
    Term,
    Word,
    shown,
    worded,
)
from kotodoc.messages.texts import Text

__all__ = [
    "CODES", "LANGUAGES", "Code", "Coded", "DidYouMean", "FormText", "Hint", "Items", "Law", "Localized", "Phrase",
    "Reason", "Severity", "Term", "Text", "Word", "families", "join", "message", "module", "render",
    "resolve_language", "severity_label", "severity_of", "shown", "ui", "unknown_choice", "worded", "words",
]


def message(code: str, lang: str = "fi") -> Text:
    """The text, advice and legal ground of ``code`` in ``lang`` (Finnish where ``lang`` lacks it)."""
    found: Text | None = module(lang).MESSAGES.get(code)
    return found if found is not None else fi.MESSAGES[code]


def severity_of(code: str, draft: bool = False) -> Severity:
    """The fixed severity of ``code`` (with ``draft``: in a draft, which may be milder)."""
    return CODES[code].severity_in(draft)


def severity_label(severity: str, lang: str = "fi") -> str:
    """The printed word for a severity in ``lang`` (virhe, fel, error)."""
    label: str = module(lang).SEVERITY[severity]
    return label


def families(lang: str = "fi") -> Mapping[str, str]:
    """The code families' names (by the code's first digit) in ``lang``."""
    found: Mapping[str, str] = module(lang).FAMILIES
    return found


def words(lang: str = "fi") -> Mapping[str, str]:
    """The small words messages are built with (the "did you mean" tail, …) in ``lang``."""
    found: Mapping[str, str] = module(lang).WORDS
    return found


def join(items: Sequence[str], lang: str = "fi") -> str:
    """``a``, ``a ja b``, ``a, b ja c`` in ``lang``'s words (blank items dropped); ``""`` for no items."""
    items = [i.strip() for i in items if i.strip()]
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {words(lang)['and']} {items[-1]}"


def unknown_choice(option: str, value: str, allowed: Sequence[str]) -> dict[str, Any]:
    """The values of a usage error for a value ``option`` does not take (any letter case), with the nearest
    allowed ones: ``OptionError("usage.unknown_value", **unknown_choice(...))``."""
    import difflib  # only a mistyped value needs it

    close = difflib.get_close_matches(value.strip().lower(), list(allowed), n=2, cutoff=0.5)
    return {"option": option, "value": value, "allowed": ", ".join(allowed), "hint": DidYouMean(tuple(close))}


MAX_PARAM_CHARS = 300
"""A parameter longer than this (a value echoed from the file) is shortened in the message."""


def render(code: str, params: Mapping[str, Any], lang: str = "fi") -> str:
    """The message of ``code`` in ``lang``, filled in with ``params`` (localized ones worded in ``lang``):
    what was found, then what to do about it. Every parameter is :func:`shown` on one line and at most
    :data:`MAX_PARAM_CHARS` long, so no value can flood a report or forge a ``file:line:col`` line."""
    values = _Defaults({k: _one_line(w) if isinstance(w := worded(v, lang), str) else w for k, v in params.items()})
    text = message(code, lang)
    found = text.text.format_map(values)
    if not text.help:
        return found
    glue = " " if found.endswith((".", "?", "!")) else ". "
    return f"{found}{glue}{text.help.format_map(values)}"


def ui(key: str, lang: str = "fi", **params: Any) -> str:
    """A text of the command line (help, usage error, note, summary) in ``lang``, filled in with ``params``."""
    template: str = module(lang).UI.get(key) or fi.UI[key]
    return template.format_map(_Defaults({k: worded(v, lang) for k, v in params.items()}))


def _one_line(value: str) -> str:
    """A parameter :func:`shown`, keeping one space where it began or ended with one (`` (KotoL 15 §)``)."""
    core = shown(value, MAX_PARAM_CHARS)
    lead = " " if core and value[:1].isspace() else ""
    trail = " " if core and value[-1:].isspace() else ""
    return f"{lead}{core}{trail}"


class _Defaults(dict[str, Any]):
    """Format mapping that leaves a missing parameter visible instead of failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"

"""The reviewer tools' own words in each language, and how to look them up.

Each language module beside this one (:mod:`kotodoc.review.fi`, :mod:`~kotodoc.review.sv`,
:mod:`~kotodoc.review.en`) holds one ``TEXTS`` table: ``str.format`` templates keyed by a short name.
The form's own labels are never written there: they come from :func:`kotodoc.form.texts`. A language
module is imported when it is first asked for; a language that lacks a text falls back to Finnish.
:class:`Said` is a text worded when it is shown (an error raised before the reader's language is
known, a parameter of a message).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from kotodoc.review import fi

LANGUAGES = ("fi", "sv", "en")
_MODULES: dict[str, ModuleType] = {"fi": fi}


def _module(lang: str) -> ModuleType:
    found = _MODULES.get(lang)
    if found is None:
        if lang not in LANGUAGES:
            return fi
        found = _MODULES[lang] = importlib.import_module(f"kotodoc.review.{lang}")
    return found


def say(key: str, lang: str = "fi", **params: Any) -> str:
    """The text ``key`` in ``lang`` with ``params`` filled in (parameters worded at print time too)."""
    table: dict[str, str] = _module(lang).TEXTS
    values = {k: v.localize(lang) if hasattr(v, "localize") else v for k, v in params.items()}
    return table.get(key, fi.TEXTS[key]).format(**values)


@dataclass(frozen=True)
class Said:
    """The text ``key`` with its values, worded when shown: ``UsageError(Said.of("dash", name=name))``."""

    key: str
    values: tuple[tuple[str, Any], ...] = ()
    tail: tuple[str | Said, ...] = ()  # what follows: more of kotodoc's words, or another program's (untranslated)

    @classmethod
    def of(cls, key: str, /, **values: Any) -> Said:
        """The text ``key`` filled in with ``values``."""
        return cls(key, tuple(values.items()))

    def followed_by(self, tail: str | Said) -> Said:
        """The same text with ``tail`` after it."""
        return Said(self.key, self.values, (*self.tail, tail))

    def join(self, items: Sequence[str]) -> Worded:
        """``items`` joined by this text (``Said.of("or")``: "a tai b"), worded when shown."""
        return Worded(lambda lang: self.localize(lang).join(items))

    def localize(self, lang: str) -> str:
        """The text in ``lang``."""
        after = "".join(part if isinstance(part, str) else part.localize(lang) for part in self.tail)
        return say(self.key, lang, **dict(self.values)) + after

    def __str__(self) -> str:
        return self.localize("fi")


@dataclass(frozen=True)
class Worded:
    """Any text that a function words in the reader's language (a nested diagnostic's message)."""

    word: Callable[[str], str]

    def localize(self, lang: str) -> str:
        """The text in ``lang``."""
        return self.word(lang)

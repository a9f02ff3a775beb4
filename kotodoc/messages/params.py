"""Message parameters that are worded when the message is printed, in the reader's language.

A rule records *what* it found (a key, a place, a suggestion); the words come from the form texts
and the message catalogue of the language the message is printed in. Any parameter with a
``localize(lang)`` method is resolved that way (:class:`Localized`); a place of the document is
one too (:class:`kotodoc.checks.wording.Place`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from kotodoc import form
from kotodoc.form import LawRef
from kotodoc.messages.catalogue import CODES
from kotodoc.messages.languages import module


@runtime_checkable
class Localized(Protocol):
    """A parameter worded at print time."""

    def localize(self, lang: str) -> str:
        """The parameter's words in ``lang``."""


@dataclass(frozen=True)
class Hint:
    """The "did you mean …?" tail of a message; the allowed values when there is no suggestion."""

    suggestion: str | Localized | None  # worded at print time too (a language's name in the reader's language)
    allowed: tuple[str, ...] = ()

    def localize(self, lang: str) -> str:
        """``; tarkoititko 'X'?``, `` (sallitut: a, b)`` or ''."""
        words = module(lang).WORDS
        if self.suggestion:
            return str(words["hint"]).format(worded(self.suggestion, lang))
        if self.allowed:
            return str(words["allowed"]).format(", ".join(self.allowed))
        return ""


@dataclass(frozen=True)
class Word:
    """A fixed phrase of the message catalogue (its ``WORDS``), e.g. the body a document is sent to by its date."""

    key: str

    def localize(self, lang: str) -> str:
        """The phrase in ``lang``; Finnish when ``lang`` lacks it."""
        words = module(lang).WORDS
        return str(words[self.key] if self.key in words else module("fi").WORDS[self.key])
def worded(value: Any, lang: str) -> Any:
    """``value`` in ``lang`` when it is worded at print time, else ``value`` itself."""
    return value.localize(lang) if isinstance(value, Localized) else value


class Phrase(str):
    """A piece of a message's parameter from the catalogue's ``PHRASES``: ``Phrase.of("shape.list")``.

    The phrase *is* its Finnish text (a ``str``, so code that reads a parameter as text keeps working)
    and is worded in another language when a message is printed in it (:meth:`localize`).
    """

    key: str
    values: tuple[tuple[str, Any], ...]

    def __new__(cls, key: str, values: tuple[tuple[str, Any], ...] = ()) -> Phrase:  # noqa: PYI034
        phrase = super().__new__(cls, _phrase(key, values, "fi"))
        phrase.key, phrase.values = key, values
        return phrase

    def __getnewargs__(self) -> tuple[str, tuple[tuple[str, Any], ...]]:  # type: ignore[override]
        """What :meth:`__new__` takes, so that a phrase survives pickling (a batch's worker processes)."""
        return self.key, self.values

    @classmethod
    def of(cls, key: str, /, **values: Any) -> Phrase:
        """The phrase ``key`` filled in with ``values`` (which may be worded at print time themselves)."""
        return cls(key, tuple(values.items()))

    def localize(self, lang: str) -> str:
        """The phrase in ``lang`` (Finnish where ``lang`` lacks it)."""
        return _phrase(self.key, self.values, lang)


def _phrase(key: str, values: tuple[tuple[str, Any], ...], lang: str) -> str:
    template = module(lang).PHRASES.get(key) or module("fi").PHRASES[key]
    return str(template).format(**{name: worded(value, lang) for name, value in values})


@dataclass(frozen=True)
class DidYouMean:
    """The "did you mean" tail of a usage error: ``; tarkoititko --strict?`` ('' without candidates)."""

    candidates: tuple[str, ...]

    def localize(self, lang: str) -> str:
        """The tail in ``lang``."""
        if not self.candidates:
            return ""
        ui = module(lang).UI
        return str(ui["usage.did_you_mean"]).format(candidates=str(ui["usage.or"]).join(self.candidates))


@dataclass(frozen=True)
class Items:
    """A list in a message, each item worded at print time: ``a, b, c``."""

    items: tuple[Any, ...]

    @classmethod
    def of(cls, items: Iterable[Any]) -> Items:
        """The items in the order given."""
        return cls(tuple(items))

    def localize(self, lang: str) -> str:
        """The items in ``lang``, separated by commas."""
        return ", ".join(str(worded(item, lang)) for item in self.items)


@dataclass(frozen=True)
class Coded:
    """A diagnostic as one phrase inside another text: ``virhe KD608: Esityslistan mallipohjassa on virhe: …``."""

    code: str
    values: tuple[tuple[str, Any], ...] = ()

    @classmethod
    def of(cls, code: str, /, **values: Any) -> Coded:
        """The message of ``code`` filled in with ``values``."""
        return cls(code, tuple(values.items()))

    def localize(self, lang: str) -> str:
        """Severity, code and message in ``lang``."""
        words = module(lang)
        text = words.MESSAGES.get(self.code) or module("fi").MESSAGES[self.code]
        message = text.text.format(**{name: worded(value, lang) for name, value in self.values})
        return f"{words.SEVERITY[CODES[self.code].severity]} {self.code}: {message}"


_FORM_TABLES = ("target_groups", "service_languages", "table_rows")


@dataclass(frozen=True)
class Term:
    """A label of the form or of kotodoc's blocks: ``Term("target_groups", "tyonhakijat")``."""

    table: str  # a FormTexts mapping (target_groups, …) or one of its joint tables (client_groups, tasks, …)
    key: str
    with_key: bool = False  # print the YAML key after the label: "Työnhakijat (tyonhakijat)"
    lower: bool = False  # inside a sentence: "kotoutumissuunnitelma"

    def localize(self, lang: str) -> str:
        """The label in ``lang``; the key itself when the table has no label for it."""
        texts = form.texts(lang)
        table = getattr(texts, self.table) if self.table in _FORM_TABLES else texts.joint[self.table]
        label = table.get(self.key, self.key)
        label = label.lower() if self.lower else label
        return f"{label} ({self.key})" if self.with_key else label


@dataclass(frozen=True)
class Law:
    """A law reference in parentheses after a place: `` (KotoL 15 ja 17 §)``; '' without one."""

    ref: LawRef | None

    def localize(self, lang: str) -> str:
        """The reference as the form writes it in ``lang``."""
        return f" ({form.texts(lang).law_ref(self.ref)})" if self.ref else ""


@dataclass(frozen=True)
class FormText:
    """A fixed text of the form quoted in a message: a question (``FormText(section, key)``) or a
    one-line text of the form texts (``FormText("", "bilingual_instruction")``)."""

    section: str
    key: str

    def localize(self, lang: str) -> str:
        """The form's words in ``lang``."""
        texts = form.texts(lang)
        if not self.section:
            return str(getattr(texts, self.key))
        question = form.SECTION_BY_KEY[self.section].question(self.key)
        assert question is not None, (self.section, self.key)
        return texts.question(self.section, question)


SHOWN = 60
"""At most this many characters of what the user wrote are quoted in a message."""


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")  # what is left of the C0 and C1 controls once lines are joined


def shown(text: str, limit: int = SHOWN) -> str:
    """What the user wrote, on one line (a line break is a space, another control character is written
    ``\\u001b``, so nothing forges a report line or drives a terminal), shortened to ``limit`` characters."""
    line = _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", " ".join(text.split()))
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Reason:
    """Why an answer leaves its question unanswered (``empty``, ``mark``, ``placeholder``, ``negation``,
    ``short``), with what was written: worded by the catalogue's ``unanswered_<reason>`` words."""

    kind: str
    written: str

    def localize(self, lang: str) -> str:
        """``'Ei tarvetta.' on pelkkä kielto`` and the like, in ``lang``."""
        return str(module(lang).WORDS[f"unanswered_{self.kind}"]).format(written=shown(self.written))

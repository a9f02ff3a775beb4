"""Message parameters that are worded when the message is printed, in the reader's language.

A rule records *what* it found (a key, a place, a suggestion); the words come from the form texts
and the message catalogue of the language the message is printed in. Any parameter with a
``localize(lang)`` method is resolved that way (:class:`Localized`); a place of the document is
one too (:class:`kotodoc.checks.wording.Place`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from kotodoc import form
from kotodoc.form import LawRef
from kotodoc.messages.languages import module


@runtime_checkable
class Localized(Protocol):
    """A parameter worded at print time."""

    def localize(self, lang: str) -> str:
        """The parameter's words in ``lang``."""


@dataclass(frozen=True)
class Hint:
    """The "did you mean …?" tail of a message; the allowed values when there is no suggestion."""

    suggestion: str | None
    allowed: tuple[str, ...] = ()

    def localize(self, lang: str) -> str:
        """``; tarkoititko 'X'?``, `` (sallitut: a, b)`` or ''."""
        words = module(lang).WORDS
        if self.suggestion:
            return str(words["hint"]).format(self.suggestion)
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


_FORM_TABLES = ("target_groups", "service_languages", "table_rows")


@dataclass(frozen=True)
class Term:
    """A label of the form or of kotodoc's blocks: ``Term("target_groups", "tyonhakijat")``."""

    table: str  # a FormTexts mapping (target_groups, …) or one of its joint tables (client_groups, tasks, …)
    key: str
    with_key: bool = False  # print the YAML key after the label: "Työnhakijat (tyonhakijat)"

    def localize(self, lang: str) -> str:
        """The label in ``lang``; the key itself when the table has no label for it."""
        texts = form.texts(lang)
        table = getattr(texts, self.table) if self.table in _FORM_TABLES else texts.joint[self.table]
        label = table.get(self.key, self.key)
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


def shown(text: str) -> str:
    """What the user wrote, on one line, shortened to :data:`SHOWN` characters."""
    line = " ".join(text.split())
    return line if len(line) <= SHOWN else line[: SHOWN - 1].rstrip() + "…"


@dataclass(frozen=True)
class Reason:
    """Why an answer leaves its question unanswered (``empty``, ``mark``, ``placeholder``, ``negation``,
    ``short``), with what was written: worded by the catalogue's ``unanswered_<reason>`` words."""

    kind: str
    written: str

    def localize(self, lang: str) -> str:
        """``'Ei tarvetta.' on pelkkä kielto`` and the like, in ``lang``."""
        return str(module(lang).WORDS[f"unanswered_{self.kind}"]).format(written=shown(self.written))

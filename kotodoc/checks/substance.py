"""Whether an answer says something: empty, a mark, a placeholder, a bare negation, or too short to describe.

The thresholds come from real answers. The shortest description in Kokkola's filled TEM form (seed 003,
``examples/kokkola.yaml``) answers "Miten palvelun järjestämiseksi tehdään yhteistyötä?" with "Verkostossa
tehdään yhteistyötä": two of its three words repeat the question, one says something new. Where the form
asks for names or a fact the shortest answers are one or two words ("Kotoutumispalvelut sekä Welcome
office", "Marraskuu 2024"). So:

* an answer that is empty, only marks (``-``, ``?``, ``...``), or only a placeholder ("täydennetään",
  "TODO") says nothing;
* a bare negation ("Ei.", "Ei tarvetta.", "Ei järjestetä.", "Nej") or only words of that kind ("Tarkentuu
  myöhemmin.") says nothing: at most three words that start with a negation, or only such words;
* where the form asks how a service is arranged (:attr:`kotodoc.form.Question.describes`), an answer
  needs one word of its own: a word that neither repeats a word of the question (the same word, or the
  same but for an inflectional ending of at most three letters: "yhteistyössä" repeats "yhteistyötä",
  "järjestöt" does not repeat "järjestämiseksi") nor is one of the empty words of
  :data:`~kotodoc.refdata.terms.EMPTY_WORDS`. "Ostopalveluna." and "Verkostossa tehdään yhteistyötä."
  describe; "Tehdään yhteistyötä.", "Järjestetään tarpeen mukaan." and "Kyllä." do not. A stricter
  threshold would fail the shortest real answer;
* where the form asks for names or a fact (``names`` / ``short``), one word is a full answer ("Kunta.",
  "Hyvinvointialue.", even when it repeats the question).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice
from typing import Literal

from kotodoc.refdata.terms import EMPTY_WORDS, NEGATIONS, NO_ANSWER_WORDS, PLACEHOLDER, PLACEHOLDER_TRIGGERS

Hollow = Literal["empty", "mark", "placeholder", "negation", "short"]
"""Why an answer says nothing (the reason is worded in the message, :class:`kotodoc.messages.Reason`)."""

ENDING = 3
"""Two words of six letters or more are the same word when they differ only in their last letters (this many)."""
MAX_NEGATION_WORDS = 3
"""A negation with at most this many words in all is bare ("Ei ole tarvetta."); a longer one gives reasons."""

_WORD = re.compile(r"[^\W\d_]{2,}")
_ALNUM = re.compile(r"[^\W_]")
_DIGIT = re.compile(r"\d")


def words(text: str) -> list[str]:
    """The words of ``text`` (two letters or more; numbers and marks are not words)."""
    return _WORD.findall(text)


def same_word(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` (case folded) are one word, but for an inflectional ending."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < 6:
        return False
    common = max(len(a), len(b)) - ENDING  # the letters both must share from the start
    return common <= shorter and a[:common] == b[:common]


@cache
def _asked(question: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The folded words of ``question``: all of them, and those long enough to take an ending."""
    asked = frozenset(w.casefold() for w in words(question))
    return asked, tuple(q for q in asked if len(q) >= 6)


def _own(text: str, question: str) -> Iterator[str]:
    asked, long = _asked(question)
    for w in (m.group().casefold() for m in _WORD.finditer(text)):
        if w in EMPTY_WORDS or w in asked:
            continue
        if len(w) < 6 or not any(same_word(w, q) for q in long):
            yield w


def own_words(text: str, question: str) -> list[str]:
    """The words of ``text`` that neither repeat ``question`` nor are empty words."""
    return list(_own(text, question))


def says_own(text: str, question: str) -> bool:
    """Whether ``text`` has a word of its own (:func:`own_words`); stops at the first."""
    return next(_own(text, question), None) is not None


def hollow(text: str, describes: bool = False, question: str = "") -> Hollow | None:
    """Why ``text`` says nothing as an answer, or ``None`` when it says something.

    ``describes``: the form asks ``question``, how a service is arranged, so the answer needs a word of its
    own (:func:`own_words`).
    """
    stripped = text.strip()
    if not stripped:
        return "empty"
    rest = PLACEHOLDER.sub(" ", stripped) if _may_hold_placeholder(stripped) else stripped
    found = (m.group().casefold() for m in _WORD.finditer(rest))
    head = list(islice(found, MAX_NEGATION_WORDS + 1))  # enough to tell a bare negation
    says_nothing = _no_answer(head) and _no_answer(found)
    if rest != stripped and says_nothing and not _DIGIT.search(rest):
        return "placeholder"  # "täydennetään", "TODO", "Täydennetään myöhemmin."
    if not _ALNUM.search(rest):
        return "mark"
    if head and says_nothing:
        return "negation"
    if head and len(head) <= MAX_NEGATION_WORDS and head[0] in NEGATIONS:
        return "negation"
    if describes and not says_own(rest, question):
        return "short"
    return None


def _no_answer(found: Iterable[str]) -> bool:
    return all(w in NEGATIONS or w in NO_ANSWER_WORDS for w in found)


def _may_hold_placeholder(text: str) -> bool:
    """A quick look before :data:`~kotodoc.refdata.terms.PLACEHOLDER` (a slow regex on a long answer)."""
    lower = text.lower()
    return any(word in lower for word in PLACEHOLDER_TRIGGERS)

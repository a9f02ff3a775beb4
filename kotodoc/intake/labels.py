"""Recognising the form's own texts in a Word file, in every language the form exists in.

:class:`Labels` indexes every fixed text of the form from :func:`kotodoc.form.texts` for each
document language of :data:`kotodoc.form.DOCUMENT_LANGUAGES` (the importer holds no copy of a label): header fields,
section headings, block letters, questions, instructions and hints, the vastuutaulukko's title,
columns and rows, the contact fields and the labels of an answer's parts.

People edit the form as they fill it in, and the form has typos of its own, so a text is compared
after :func:`normalise` (case, dashes, spaces around "/", a number or letter prefix, a law reference
in parentheses, the final colon or question mark) and, for texts long enough to tell apart, with a
similarity ratio that tolerates a few wrong letters ("kotoutumishjelma", "päättöttestaus").
"""

from __future__ import annotations

import difflib
import enum
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kotodoc import form


class Kind(str, enum.Enum):
    """What a text of the form is."""

    FIELD = "field"  # a header field H1–H7 (an answer follows)
    QUESTION = "question"  # a question of a section (an answer follows)
    SECTION = "section"  # a section's heading
    BLOCK = "block"  # "A. Kuvaus palvelusta:" and the like
    FIXED = "fixed"  # title, intro, instructions, hints, helper questions, subheadings: no answer
    TABLE_TITLE = "table_title"
    COLUMN = "column"  # a column header of the vastuutaulukko
    ROW = "row"  # a row label of the vastuutaulukko
    CONTACT = "contact"  # a field of H3's contact person ("Nimi", "Puhelin")
    PART = "part"  # the label of an answer's part ("Työnhakijat", "Ruotsinkieliset palvelut")


ANSWERED = (Kind.FIELD, Kind.QUESTION)


@dataclass(frozen=True)
class Target:
    """Where a recognised text belongs: ``section`` is a section key or ``perustiedot``; ``key`` a question,
    field, row, column or contact field key, for a part ``"group|service language"``."""

    kind: Kind
    section: str = ""
    key: str = ""
    lang: str = "fi"


_DASHES = re.compile(r"[‐‑‒–—―]")
_QUOTES = re.compile(r"[«»\"“”„'’`]")
_LAW = re.compile(r"\([^()]*§[^()]*\)")
_PREFIX = re.compile(r"^(?:h\d{1,2}\b\.?|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-c][.)]|[-•*·▪])\s*")
_SLASH = re.compile(r"\s*/\s*")
_TAIL = re.compile(r"[\s:?.!;,*]+$")
_WORD = re.compile(r"\w{3,}")


def normalise(text: str) -> str:
    """``text`` as labels are compared: case folded, dashes and quotes unified, spaces around "/", a
    leading number or letter ("1.", "A.", "H3"), a law reference "(KotoL 25 §)" and the final
    punctuation dropped, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text).casefold()
    text = _QUOTES.sub("", _DASHES.sub("-", text))
    text = _LAW.sub(" ", text)
    text = " ".join(text.split())
    for _ in range(2):
        text = _PREFIX.sub("", text, count=1)
    text = _SLASH.sub("/", text)
    return _TAIL.sub("", text)


def _threshold(length: int) -> float:
    """How similar (difflib's ratio) a text must be to a label of ``length`` characters: a few wrong letters, about
    one in eleven (two in a short label), and short labels must match exactly."""
    if length < 12:
        return 1.0
    allowed = 2.0 if length < 30 else 0.09 * length
    return max(0.85, 1 - allowed / length)


@dataclass(frozen=True)
class Match:
    """A recognised text: the targets it may be (one text can be several questions) and how sure."""

    targets: tuple[Target, ...]
    ratio: float

    def of(self, *kinds: Kind) -> tuple[Target, ...]:
        return tuple(t for t in self.targets if t.kind in kinds)


class Labels:
    """Every text of the form in every language it exists in, for recognising them in a Word file."""

    def __init__(self, languages: Iterable[str] = ()) -> None:
        self.by_text: dict[str, list[Target]] = defaultdict(list)
        self.languages = tuple(languages) or form.DOCUMENT_LANGUAGES
        seen: set[int] = set()
        for lang in self.languages:
            texts = form.texts(lang)
            if id(texts) in seen:  # a language without texts of its own falls back to another's
                continue
            seen.add(id(texts))
            self._add_language(texts, lang)
        self._by_length = sorted(self.by_text, key=len)
        self._words = {text: set(_WORD.findall(text)) for text in self.by_text}

    def _add(self, text: str, target: Target) -> None:
        key = normalise(text)
        if key and target not in self.by_text[key]:
            self.by_text[key].append(target)

    def _add_language(self, t: form.FormTexts, lang: str) -> None:
        fixed = Target(Kind.FIXED, lang=lang)
        for text in (t.title, t.subtitle, f"{t.title} – {t.subtitle}", *t.intro, t.bilingual_instruction,
                     *t.header_hints.values(), *t.hints.values(), *t.subheadings.values()):
            self._add(text, fixed)
        for helpers in t.header_helpers.values():
            self._add(" ".join(helpers), fixed)
            for helper in helpers:
                self._add(helper, fixed)
        for header in form.HEADER:
            self._add(t.field_label(header), Target(Kind.FIELD, form.HEADER_KEY, header.question.key, lang))
        for sec in form.SECTIONS:
            self._add(t.heading(sec), Target(Kind.SECTION, sec.key, lang=lang))
            for text in (t.instruction(sec), t.instructions.get(sec.key, "")):
                if text:
                    self._add(text, fixed)
            for q in sec.questions:
                self._add(t.question(sec.key, q), Target(Kind.QUESTION, sec.key, q.key, lang))
        for block, text in t.blocks.items():
            self._add(text, Target(Kind.BLOCK, key=block, lang=lang))
        self._add(t.table_title, Target(Kind.TABLE_TITLE, lang=lang))
        for key, text in t.table_columns.items():
            self._add(text, Target(Kind.COLUMN, form.TABLE_KEY, key, lang))
        for key, text in t.table_rows.items():
            self._add(text, Target(Kind.ROW, form.TABLE_KEY, key, lang))
        for key, text in t.contact_fields.items():
            self._add(text, Target(Kind.CONTACT, form.HEADER_KEY, key, lang))
        for group in (None, *form.TARGET_GROUPS):
            for service in (None, *form.SERVICE_LANGUAGES):
                label = t.part_label(group, service)
                if label:
                    self._add(label, Target(Kind.PART, key=f"{group or ''}|{service or ''}", lang=lang))

    def match(self, text: str, *kinds: Kind) -> Match | None:
        """The form's text that ``text`` is (any of ``kinds``; all kinds when none given), or ``None``."""
        found = self._match(normalise(text))
        if found is None:
            return None
        targets = tuple(t for t in found.targets if not kinds or t.kind in kinds)
        return Match(targets, found.ratio) if targets else None

    @lru_cache(maxsize=4096)  # noqa: B019 - one index per import; the cache dies with it
    def _match(self, key: str) -> Match | None:
        if not key:
            return None
        exact = self.by_text.get(key)
        if exact:
            return Match(tuple(exact), 1.0)
        need = _threshold(len(key))
        if need >= 1.0 or len(key) > 900:
            return None
        best: tuple[float, str] = (0.0, "")
        low, high = len(key) * need / (2 - need), len(key) * (2 - need) / need
        words = set(_WORD.findall(key))
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(key)  # analysed once; each candidate is the first sequence
        for candidate in self._by_length:
            if len(candidate) < low:
                continue
            if len(candidate) > high:
                break
            # a label differs from a typo'd copy by a few letters: most of its words are the same
            theirs = self._words[candidate]
            if len(words & theirs) * 2 < min(len(words), len(theirs)):
                continue
            floor = max(need, _threshold(len(candidate)), best[0])
            matcher.set_seq1(candidate)
            if matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor:
                continue
            ratio = matcher.ratio()
            if ratio >= floor and ratio > best[0]:
                best = (ratio, candidate)
        return Match(tuple(self.by_text[best[1]]), best[0]) if best[1] else None

    def split(self, text: str, *kinds: Kind) -> tuple[Match, str] | None:
        """A label of ``kinds`` at the start of ``text`` followed by an answer ("Kunta tai kunnat: Kokkola"):
        the label's match and the rest; ``None`` when ``text`` does not start with one."""
        for cut in re.finditer(r"[:?]", text[:400]):
            rest = text[cut.end():].strip()
            if not rest:
                return None
            found = self.match(text[:cut.end()], *kinds)
            if found is not None:
                return found, rest
        return None

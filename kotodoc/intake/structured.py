"""The two answers the schema keeps as structures: section 3's languages and section 7's organisations.

Languages: a list the user wrote ("arabia, ukraina, dari", or one per line) is taken word for word;
languages named in running text ("Ohjelman tekohetkellä tunnistettuja kieliä ovat; Venäjä, ukraina …")
are picked out (:func:`kotodoc.refdata.normalise_language`, Finnish inflection included) and the text
is kept whole in ``kielet_kuvaus``, with a comment saying the list was read from the text.

Organisations: a short paragraph is an organisation's name (bold in a file kotodoc rendered; ending
in a colon, or followed by a list, in a hand-filled one), the list under it its activities, a longer
paragraph its description; text before the first organisation is the answer's free text
(``muu_toiminta``). Without any list or "Name:" line the answer stays free text.
"""

from __future__ import annotations

import re

from kotodoc.intake.notes import Notes, clean, item_text, listed
from kotodoc.intake.word import Para
from kotodoc.intake.words import WORD
from kotodoc.refdata.languages import language_name, normalise_language
from kotodoc.repo.scaffold import PLACEHOLDER

_ITEMS = re.compile(r"\s*(?:[,;/\n]|\s(?:ja|sekä|och|samt|and)\s)\s*")
_SENTENCE = re.compile(r"[.!?]\s+\S")
_LISTED_NAME = re.compile(r"[^\W\d_][\w-]*(?:\s*\([^\W\d_][\w -]*\))?$")
"""A language kotodoc does not know, as a list writes it: one word, perhaps a variety in parentheses."""


def _as_list(text: str) -> list[str] | None:
    """The items of a written list of languages, as written; ``None`` unless it is one.

    A list names at least one language kotodoc knows, and every other item is a single word or a
    "name (variety)" (the law lists no languages: "tigre", "selkosuomi" are listed as written)."""
    items = [item.strip().rstrip(".").strip() for item in _ITEMS.split(text)]
    items = [item for item in items if item]
    known = [bool(normalise_language(item)) for item in items]
    return items if any(known) and all(k or _LISTED_NAME.match(item) for k, item in zip(known, items,
                                                                                          strict=True)) else None


def _named(text: str) -> list[str]:
    """The codes of the languages named in running text, in order, each once."""
    words = WORD.findall(text)
    codes: list[str] = []
    i = 0
    while i < len(words):
        pair = f"{words[i]} {words[i + 1]}" if i + 1 < len(words) else ""
        code = normalise_language(pair, codes=False) if pair else None
        step = 2 if code else 1
        code = code or normalise_language(words[i], codes=False)
        if code and code not in codes:
            codes.append(code)
        i += step
    return codes


def languages(paras: list[Para], lang: str, loc: tuple[str, str],
              notes: Notes) -> tuple[list[str], str | None]:
    """``kielet`` and ``kielet_kuvaus`` of section 3 from the answer's paragraphs."""
    items = [(p, clean(p)) for p in paras if clean(p)]
    texts = [item_text(t) if listed(p, t) else t for p, t in items]
    where = items[0][0].where if items else None
    written = [_as_list(t) for t in texts]
    tail = len(texts)
    while tail > 0 and written[tail - 1]:  # the paragraphs at the end that are lists of languages
        tail -= 1
    if tail < len(texts):
        return [name for found in written[tail:] if found for name in found], "\n\n".join(texts[:tail]) or None
    whole = "\n\n".join(texts) or None
    codes = _named(whole or "")
    if not codes and whole:  # "Tarve arvioidaan asiakaskohtaisesti.": an answer; the law lists no languages
        notes.add(loc, "languages_none", where)
        return [], whole
    if not codes:
        notes.add(loc, "languages_missing", where, placeholder=PLACEHOLDER)
        return [PLACEHOLDER], whole
    names = [language_name(code, lang if lang in ("fi", "sv") else "fi") for code in codes]
    notes.add(loc, "languages_guess", where, found=", ".join(names))
    return names, whole


def _short(text: str) -> bool:
    return len(text) <= 80 and len(text.split()) <= 8 and not _SENTENCE.search(text) and not text.endswith("?")


def actors(paras: list[Para], loc: tuple[str, str], notes: Notes) -> tuple[list[dict[str, object]] | None, str | None]:
    """``toimijat`` and ``muu_toiminta`` of section 7 from the answer's paragraphs."""
    items = [(p, clean(p)) for p in paras if clean(p)]
    if not items:
        return None, None
    marked = any(p.bold and not listed(p, t) for p, t in items)  # kotodoc prints the names in bold
    flags = [listed(p, t) for p, t in items]

    def is_name(i: int) -> bool:
        p, t = items[i]
        if flags[i]:
            return False
        if marked:
            return p.bold
        following = flags[i + 1] if i + 1 < len(items) else False
        return _short(t) and (t.endswith(":") or following or (i + 1 < len(items) and _short(items[i + 1][1])))

    names = [is_name(i) for i in range(len(items))]
    colons = any(name and t.endswith(":") for name, (_, t) in zip(names, items, strict=True))
    if not any(names) or not (marked or any(flags) or colons):
        return None, None  # no organisations: the caller keeps the answer as free text
    free: list[str] = []
    found: list[dict[str, object]] = []
    for (_, t), name, is_item in zip(items, names, flags, strict=True):
        if name:
            found.append({"nimi": t[:-1].rstrip() if t.endswith(":") else t})
        elif not found:
            free.append(f"- {item_text(t)}" if is_item else t)
        elif is_item:
            activities = found[-1].setdefault("toiminta", [])
            assert isinstance(activities, list)
            activities.append(item_text(t))
        else:
            found[-1]["kuvaus"] = f"{found[-1]['kuvaus']}\n\n{t}" if "kuvaus" in found[-1] else t
    if not marked:
        notes.add(loc, "actors_guess", items[0][0].where)
    ordered: list[dict[str, object]] = [{k: actor[k] for k in ("nimi", "kuvaus", "toiminta") if k in actor}
                                        for actor in found]
    return ordered, "\n\n".join(free) or None


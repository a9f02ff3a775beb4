"""Names as people write them: match keys, the words around a name, and Finnish inflection.

A municipality is written "Pori", "PORI", "Porin kaupunki", "Björneborg", "Björneborgs stad"; in running
text it is inflected ("Porissa", "Porin työllisyyspalvelut"). This module turns such spellings into
match keys and builds the inflected forms that :mod:`kotodoc.refdata.mentions` looks for.

* :func:`key` is the exact match key (NFC, spaces collapsed, any dash as ``-``, case folded);
  :func:`fold` also drops diacritics, for "did you mean" only.
* :func:`bare` strips the word that says what kind of body a name is (kaupunki, kunta, stad, kommun)
  and gives the candidates the rest may stand for ("Porin kaupunki" -> "porin"; "Vasa stad" -> "vasa").
* :func:`genitive` writes the Finnish genitive of a municipality's Finnish name ("Pori" -> "Porin",
  "Lahti" -> "Lahden", "Kaskinen" -> "Kaskisten", "Virrat" -> "Virtain"). Rules by ending, with the
  consonant gradation that place names show, and a short list of names that follow no rule. Every one of
  the 308 names is listed with its genitive in ``tests/refdata/test_names.py``, so a wrong form shows.
* :func:`stems` gives the stems that the case endings attach to (``Pori``, ``Lahde``, ``Kaskisi``).

Only the standard library is imported.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Final


def lazy_regex(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A compiled regex made on first use: compiling costs start-up time that most runs never need."""
    return functools.cache(lambda: re.compile(pattern, flags))


_DASHES: Final = lazy_regex(r"\s*[-‐‑‒–—]\s*")

KIND_WORDS: Final = {
    # Finnish: kaupunki / kunta in the nominative, genitive and the common local cases.
    "kaupunki": "fi", "kaupungin": "fi", "kaupungissa": "fi", "kaupungista": "fi", "kaupungille": "fi",
    "kaupunkia": "fi", "kunta": "fi", "kunnan": "fi", "kunnassa": "fi", "kunnasta": "fi", "kunnalle": "fi",
    "kuntaa": "fi",
    # Swedish: stad / kommun, with or without the definite ending.
    "stad": "sv", "staden": "sv", "kommun": "sv", "kommunen": "sv",
}
"""Words after a name that say what kind of municipality it is, and the language they belong to."""


def split_names(text: str, conjunctions: bool = True) -> list[str]:
    """The names of a line of names, at commas and semicolons (and with ``conjunctions`` at "ja", "och" and
    "and"): ``"Pori, Ulvila ja Nakkila"`` -> ``["Pori", "Ulvila", "Nakkila"]``; empty names dropped."""
    pattern = r"\s*[,;]\s*|\s+(?:ja|och|and)\s+" if conjunctions else r"\s*[,;]\s*"
    return [n.strip() for n in re.split(pattern, text) if n.strip()]


def key(name: str) -> str:
    """Exact match key: NFC, inner whitespace collapsed, surrounding dropped, any dash as "-", case folded."""
    text = " ".join(unicodedata.normalize("NFC", name).split())
    return _DASHES().sub("-", text).casefold()


def fold(name: str) -> str:
    """:func:`key` without diacritics, for fuzzy matching only (``mantyharju`` ~ ``Mäntyharju``)."""
    decomposed = unicodedata.normalize("NFD", key(name))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def bare(name: str) -> list[tuple[str, str]]:
    """The keys ``name`` may stand for, each with how it was written.

    ``("x", "as written")`` first; then, when the last word is kaupunki/kunta/stad/kommun (in some
    form), the rest as ``"fi"`` (a Finnish genitive, or a nominative: "Pori kaupunki") or ``"sv"`` (a
    Swedish name, with or without its genitive -s: "Vasa stad", "Jakobstads stad").
    """
    k = key(name)
    found = [(k, "as written")]
    head, _, last = k.rpartition(" ")
    lang = KIND_WORDS.get(last)
    if head and lang:
        found.append((head, lang))
        if lang == "sv" and head.endswith("s"):
            found.append((head[:-1], lang))
    return found


# --- the Finnish genitive ---------------------------------------------------------------------------

_IRREGULAR: Final = {
    "Virrat": "Virtain", "Isokyrö": "Isonkyrön", "Uusikaupunki": "Uudenkaupungin",
    "Uusikaarlepyy": "Uudenkaarlepyyn", "Kaustinen": "Kaustisen", "Loppi": "Lopen", "Raahe": "Raahen",
    "Varkaus": "Varkauden", "Alavus": "Alavuden", "Pihtipudas": "Pihtiputaan", "Punkalaidun": "Punkalaitumen",
    "Nurmes": "Nurmeksen", "Muhos": "Muhoksen", "Kannus": "Kannuksen", "Geta": "Getan",
    "Koski Tl": "Kosken Tl", "Pedersören kunta": "Pedersören kunnan", "Muurame": "Muuramen",
    "Kumlinge": "Kumlingen",
}
"""Names whose genitive no rule below gives (plural names, -s stems, Swedish loans on Åland)."""

_COMPOUND_ENDINGS: Final = (
    ("järvi", "järven"), ("joki", "joen"), ("koski", "kosken"), ("lahti", "lahden"), ("niemi", "niemen"),
    ("salmi", "salmen"), ("saari", "saaren"), ("vesi", "veden"), ("mäki", "mäen"), ("lampi", "lammen"),
    ("nummi", "nummen"), ("kumpu", "kummun"), ("kaupunki", "kaupungin"), ("ranta", "rannan"),
    ("inen", "isten"),  # place names in -inen are plural: Kaskisten, Paraisten (Kaustinen is irregular)
)
"""Last parts of compound names and their genitive; the longest ending that fits wins."""

_GRADATION: Final = (  # strong -> weak grade of the last syllable's consonant, before the genitive -n
    ("kk", "k"), ("pp", "p"), ("tt", "t"), ("nk", "ng"), ("nt", "nn"), ("mp", "mm"), ("lt", "ll"),
    ("rt", "rr"), ("ht", "hd"),
)
_VOWELS: Final = "aeiouyäöå"


def _weak_grade(word: str) -> str:
    """``word`` without its last vowel, its last consonant(s) in the weak grade (Turku -> Tur, Lieto -> Lied)."""
    stem, vowel = word[:-1], word[-1]
    for strong, weak in _GRADATION:
        if stem.endswith(strong) and len(stem) > len(strong):
            return stem[: -len(strong)] + weak + vowel
    if len(stem) >= 2 and stem[-2] in _VOWELS and stem[-1] == "t":
        return stem[:-1] + "d" + vowel  # Lieto -> Liedon, Luoto -> Luodon
    if len(stem) >= 2 and stem[-1] == "k" and stem[-2] in "rl" + _VOWELS and stem[-3:-1] != "sk":
        return stem[:-1] + vowel  # Turku -> Turun, Juuka -> Juuan
    return word


def genitive(name: str) -> str:
    """The Finnish genitive of a municipality's Finnish name (``Pori`` -> ``Porin``).

    The last word of the name is inflected (``Mänttä-Vilppula`` -> ``Mänttä-Vilppulan``).
    """
    if name in _IRREGULAR:
        return _IRREGULAR[name]
    head, sep, last = max(name.rpartition("-"), name.rpartition(" "), key=lambda p: len(p[0]))
    if head and last in _IRREGULAR:
        return head + sep + _IRREGULAR[last]
    lower = last.lower()
    for ending, replacement in _COMPOUND_ENDINGS:
        if lower.endswith(ending):
            base = last[: -len(ending)]
            return head + sep + (base + replacement if base else replacement.capitalize())
    if last[-1] not in _VOWELS:
        return head + sep + last + "in"  # Swedish names on Åland and Korsnäs: Finströmin, Korsnäsin
    if lower.endswith("e") and len(lower) > 2 and lower[-2] not in _VOWELS:
        return head + sep + last + "en"  # Tampere -> Tampereen, Kempele -> Kempeleen
    if lower[-2:-1] in _VOWELS:  # a long vowel or a diphthong ends the name: no gradation
        return head + sep + last + "n"
    return head + sep + _weak_grade(last) + "n"


def stems(name: str) -> tuple[str, ...]:
    """The stems that Finnish case endings attach to: the name itself, and the genitive without its -n.

    Plural names (-isten) get the plural stem of the local cases (``Kaskisissa``: ``Kaskisi``).
    """
    gen = genitive(name)
    weak = gen.removesuffix("n")  # "Kosken Tl": the qualifier does not inflect
    found = [name, weak]
    if gen.endswith("isten"):
        found.append(gen[: -len("sten")] + "si")
    return tuple(dict.fromkeys(found))


CASE_ENDINGS: Final = (
    "n", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "na", "nä", "a", "ä", "in", "iin",
    "hin", "en", "an", "än", "on", "un", "yn", "ön", "t", "ineen", "issa", "issä",
)
"""Finnish case endings tried after a stem (genitive, local cases, partitive, essive, illative)."""

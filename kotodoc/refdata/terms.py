"""Words that mark text as unfinished or empty in substance, and terms of repealed law or abolished bodies,
in Finnish and Swedish.

Reference vocabulary for the text rules (KD401, KD402) and for the rule that finds unanswered
questions (KD307: placeholders, bare negations). :mod:`kotodoc.refdata.administration` has the names of
the bodies that ended in 2025 and 2026 (ELY-keskus, TE-palvelut, NTM-central, …) and the dates. Swedish
follows the vocabulary of kotoutuminen.fi/sv: the repealed act's *inledande kartläggning*
(kotoutuminen.fi/sv/centrala-begrepp) and the abolished *TE-byrå* / *arbets- och näringsbyrå*
(te-tjanster.fi). *Integrationsprogram* is not a repealed term: Swedish uses the word for both the old
kotouttamisohjelma and the new kotoutumisohjelma. A term's modern replacement is in the term's own
language, because it is what the document should say. Only the standard library is imported.
"""

from __future__ import annotations

import re
from typing import Final, Literal, NamedTuple

PLACEHOLDER: Final = re.compile(
    r"\b(TODO|XXX|TBD|FIXME|kompletteras|(?:fylls i|ifylls) senare|preciseras senare)\b|täydennetään|taydennetaan",
    re.IGNORECASE)
"""A word that says "to be filled in" anywhere in a text (Finnish, Swedish, English)."""

PLACEHOLDER_WHOLE: Final = frozenset({"?", "??", "???", "...", "…", "-", "–", "—"})
"""A whole answer that only holds a mark instead of words."""


class RepealedTerm(NamedTuple):
    """A term that is no longer current, the term that replaced it, and what ended it."""

    pattern: re.Pattern[str]
    modern: str
    ended_by: Literal["1386/2010", "TE24"]  # the repealed integration act, or the TE24 reform (laki 380/2023)


REPEALED_TERMS: Final = (
    RepealedTerm(re.compile(r"kotouttamisohjelm\w*", re.IGNORECASE), "kotoutumisohjelma", "1386/2010"),
    RepealedTerm(re.compile(r"alkukartoitu\w*", re.IGNORECASE), "osaamisen ja kotoutumisen palvelutarpeen arviointi",
                 "1386/2010"),
    RepealedTerm(re.compile(r"\bTE-toimisto\w*", re.IGNORECASE), "työvoimaviranomainen (työllisyysalue)", "TE24"),
    RepealedTerm(re.compile(r"\binledande\s+kartläggning\w*", re.IGNORECASE),
                 "bedömning av kompetens och behovet av integrationstjänster", "1386/2010"),
    RepealedTerm(re.compile(r"\b(?:TE-byrå\w*|arbets-\s+och\s+näringsbyrå\w*)", re.IGNORECASE),
                 "arbetskraftsmyndigheten (sysselsättningsområdet)", "TE24"),
)
"""Terms of the repealed integration act (1386/2010), the TE offices that the TE24 reform ended on 1.1.2025
(laki työvoimapalveluiden järjestämisestä 380/2023), in Finnish and Swedish, and the current term for each."""

PLACEHOLDER_TRIGGERS: Final = ("todo", "xxx", "tbd", "fixme", "täydennetään", "taydennetaan", "kompletteras",
                               "fylls i senare", "ifylls senare", "preciseras senare")
"""Lower-case fragments that every :data:`PLACEHOLDER` match contains: a cheap test before the regex."""

TRIGGERS: Final = (*PLACEHOLDER_TRIGGERS, "kotouttamisohjelm", "alkukartoitu", "te-toimisto", "kartläggning",
                   "te-byrå", "näringsbyrå")
"""Lower-case fragments that every placeholder or term match contains: a cheap test before the regexes."""


def is_placeholder(text: str) -> bool:
    """Whether ``text`` is or holds a placeholder rather than an answer."""
    return PLACEHOLDER.search(text) is not None or text.strip() in PLACEHOLDER_WHOLE


NEGATIONS: Final = frozenset({"ei", "eikä", "eivät", "nej", "inte", "ingen", "inga", "inget", "no", "not", "none"})
"""Words that make a short answer that starts with them a bare negation ("Ei.", "Ei tarvetta.", "Nej.").
Not the Finnish "en" ("I do not"): in Swedish it is the article ("En arbetsgrupp.")."""

NO_ANSWER_WORDS: Final = frozenset({
    # Finnish: what a bare "no" or "not yet" is made of
    "ole", "ollut", "tarvetta", "tarvita", "tarve", "järjestetä", "järjestetty", "järjestä", "mitään", "koske",
    "sovellu", "vielä", "toistaiseksi", "tiedossa", "tiedetä", "tietoa", "tällä", "hetkellä", "nyt", "kesken",
    "puuttuu", "selvitetään", "selvityksessä", "tulossa", "myöhemmin", "tarkentuu", "avoin", "auki",
    # Swedish and English
    "behov", "finns", "ordnas", "ännu", "oklart", "saknas", "utreds", "senare", "yet", "later", "needed", "applicable",
})
"""Words that, with a negation or alone, say nothing about a service ("Tarkentuu myöhemmin.", "Ei ole tarvetta.")."""

EMPTY_WORDS: Final = frozenset({
    # Finnish words that carry no description of how something is arranged ("Kyllä.", "Tarpeen mukaan.",
    # "Kuten yllä.", "Hoidetaan.")
    "ja", "sekä", "tai", "myös", "on", "ovat", "oli", "se", "ne", "kyllä", "joo", "ok", "okei", "tarvittaessa",
    "tarpeen", "mukaan", "mukaisesti", "sovitaan", "sovittu", "sovitusti", "normaalisti", "yllä", "edellä",
    "alla", "ks", "katso", "sama", "samoin", "kuin", "kuten", "ennenkin", "aiemmin", "aina", "hoidetaan",
    "hoitaa", "hoidamme", "asia", "asiat", "asiakkaan", "asiakkaiden", "kanssa", "kautta", "avulla",
    "järjestetään", "järjestää", "järjestämme", "järjestetty", "tehdään", "tekee", "teemme", "toteutetaan",
    "toteuttaa", "toteutamme",
    # Swedish and English
    "och", "eller", "enligt", "behov", "vid", "som", "ovan", "yes", "as", "needed", "above", "see",
})
"""Words that, with the question's own words, make a "description" that describes nothing (KD307)."""

"""Words the importer recognises in the answers users wrote: target groups, job titles, Swedish prose.

Not the form's labels (those come from :func:`kotodoc.form.texts`): these are the words people use
in their own answers, in Finnish and Swedish, to lead a part ("Työttömät työnhakijat:",
"Kiintiöpakolaiset:"), to give a contact person's title, or that mark a paragraph as Swedish.
Stems are lower case and matched at the start of a word.
"""

from __future__ import annotations

import re
from typing import Final

GROUP_STEMS: Final[dict[str, tuple[str, ...]]] = {
    "tyovoiman_ulkopuoliset": ("työvoiman ulkopuol", "utanför arbetskraften"),
    "tyonhakijat": ("työnhakij", "työtön", "työttöm", "arbetssökande", "arbetslös"),
    "kaikki": ("kaikki kohderyhm", "kaikki asiakk", "alla målgrupper", "alla kunder"),
}
"""Words that name one of the form's target groups (:data:`kotodoc.form.TARGET_GROUPS`), in the order tried."""

OTHER_GROUP_STEMS: Final = (
    "pakolai", "kiintiöpakolai", "turvapaik", "tilapäis", "alaikäi", "ilman huoltaja", "nuor", "lapse", "lapsi",
    "perhe", "maahanmuuttaj", "kotoutuj", "työperäi", "opiskelij", "ikäänty", "iäkkä", "naise", "äidi", "kotiäi",
    "paluumuutt", "oppivelvoll", "aikuis", "asiakkaat, joil",
    "flykting", "kvotflykting", "asylsök", "tillfälligt skydd", "minderåri", "unga", "barn", "famil", "invandrar",
    "studerande", "äldre", "kvinnor", "vuxna",
)
"""Words that name some other group of clients: a lead made of them becomes ``kohderyhma: muu`` with its own
``otsikko`` (the form's 'Muu kohderyhmä')."""

TITLE_STEMS: Final = (
    "koordinaattori", "päällikkö", "johtaja", "asiantuntija", "ohjaaja", "sihteeri", "työntekijä", "suunnittelija",
    "esimies", "esihenkilö", "vastaava", "neuvoja", "neuvonantaja", "kehittäjä", "sosiaalityöntekijä", "ohjaaja",
    "lehtori", "rehtori", "vastuuhenkilö", "projektipäällikkö", "tiiminvetäjä", "valmentaja", "kuraattori",
    "koordinator", "chef", "direktör", "handledare", "sekreterare", "planerare", "rådgivare", "sakkunnig",
    "ansvarig", "utvecklare", "samordnare", "kurator", "socialarbetare",
)
"""Endings of job titles, to tell a contact person's title from their name (Finnish and Swedish)."""

SWEDISH_WORDS: Final = frozenset((
    "och", "att", "som", "för", "med", "är", "av", "på", "till", "den", "det", "ett", "de", "inte", "kan",
    "har", "vi", "om", "från", "eller", "samt", "kommunen", "tjänster", "tjänsterna", "genom", "också",
    "ska", "skall", "även", "vid", "under", "efter", "enligt", "inom", "deras", "sina", "sin", "hos",
))
"""Short words of Swedish prose that Finnish prose never uses."""

FINNISH_WORDS: Final = frozenset((
    "ja", "on", "että", "tai", "kanssa", "sekä", "ovat", "myös", "kunta", "kunnan", "palvelut", "palveluja",
    "palveluita", "joka", "jotka", "mukaan", "tarvittaessa", "osana", "kautta", "ei", "se", "ne", "tehdään",
    "järjestää", "järjestetään", "asiakkaat", "asiakkaille", "kunnassa", "lisäksi", "vastaa",
))
"""Short words of Finnish prose that Swedish prose never uses."""

LIST_MARKER: Final = re.compile(r"^\s*[-–—•·▪◦*]\s+")
"""A bullet typed by hand: "- ", "• ", "* " (numbers typed by hand are kept: they are part of the text)."""

WORD: Final = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
"""A word of running text (letters, with inner hyphens)."""


def swedish_score(text: str) -> tuple[int, int]:
    """How many Swedish and how many Finnish marker words ``text`` has."""
    words = [w.casefold() for w in WORD.findall(text)]
    return sum(w in SWEDISH_WORDS for w in words), sum(w in FINNISH_WORDS for w in words)


def is_swedish(text: str) -> bool:
    """Whether ``text`` reads as Swedish prose: several Swedish marker words and few Finnish ones."""
    sv, fi = swedish_score(text)
    return sv >= 2 and sv >= 3 * fi


def is_finnish(text: str) -> bool:
    """Whether ``text`` reads as Finnish prose (the counterpart of :func:`is_swedish`)."""
    sv, fi = swedish_score(text)
    return fi >= 1 and fi >= 3 * sv


def group_of(lead: str) -> str | None:
    """The target group a user's lead names (``"Työttömät työnhakijat"`` -> ``tyonhakijat``), ``"muu"`` for
    another group of clients (``"Kiintiöpakolaiset"``), ``None`` when it names no group."""
    text = " ".join(lead.casefold().split())
    words = text.split()
    found = [group for group, stems in GROUP_STEMS.items() if any(_starts_word(text, words, s) for s in stems)]
    if len(found) == 1:
        return found[0]
    if found or any(_starts_word(text, words, s) for s in OTHER_GROUP_STEMS):
        return "muu"
    return None


def _starts_word(text: str, words: list[str], stem: str) -> bool:
    if " " in stem or "," in stem:
        return text.startswith(stem) or f" {stem}" in text
    return any(w.startswith(stem) for w in words)


def is_title(word: str) -> bool:
    """Whether ``word`` ends like a job title (``vastuukoordinaattori``, ``Kotoutumispäällikkö``)."""
    folded = word.casefold().strip(",.;:")
    return any(folded.endswith(stem) for stem in TITLE_STEMS)

"""Reference data: municipalities' language status, wellbeing services counties, employment areas.

Pure data and small pure functions for the content rules (bilingual municipalities,
the hyvinvointialue of the multisectoral assessment, job-seeker services of the
työllisyysalue) and for "tarkoititko …?" hints. The facts and their sources are in
the project's domain research, section 5 ("Reference data"). Only what that research
verified is encoded. In particular there is **no** full list of municipalities, so
``None`` from a lookup means "not known", never "does not exist" or "unilingual".

The language table for the civic orientation lives in :mod:`kotodoc.languages`; its
API is re-exported here. Only the standard library is imported.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Final, Literal

from kotodoc.refdata.languages import LANGUAGES, Language, language_name, normalise_language, suggest_language

__all__ = [
    "BILINGUAL_FINNISH_MAJORITY",
    "BILINGUAL_SWEDISH_MAJORITY",
    "COUNTY_BRANDS",
    "COUNTY_MEMBERS",
    "EMPLOYMENT_AREAS_ALONE",
    "EMPLOYMENT_AREAS_JOINT_AUTHORITY",
    "EMPLOYMENT_AREAS_RESPONSIBLE_MUNICIPALITY_MODEL",
    "EMPLOYMENT_AREA_COUNT",
    "EMPLOYMENT_AREA_MEMBERS",
    "EMPLOYMENT_AREA_RESPONSIBLE_MUNICIPALITY",
    "HELSINKI_ORGANISES_ITSELF",
    "KNOWN_EMPLOYMENT_AREAS",
    "KNOWN_MUNICIPALITIES",
    "LABOUR_FORCE_MINIMUM",
    "LANGUAGES",
    "PROPOSED_SIZE_EXEMPTIONS",
    "SWEDISH_UNILINGUAL",
    "WELLBEING_COUNTIES",
    "Language",
    "LanguageStatus",
    "canonical_county",
    "canonical_municipality",
    "county_of",
    "did_you_mean",
    "employment_area_of",
    "is_bilingual",
    "language_name",
    "language_status",
    "mentions_employment_authority",
    "mentions_wellbeing_county",
    "normalise_language",
    "suggest_language",
    "suggest_municipality",
]

# --------------------------------------------------------------------------------------------
# Language status of municipalities, 2023–2032
# --------------------------------------------------------------------------------------------
# The division did not change from 2013–2022. Lists follow Finlex 53/2013 (as amended by
# 591/2015) and kotus.fi; the decree number for 2023–2032 was not found. A municipality is
# bilingual if the minority is >= 8 % or >= 3 000 people; it becomes unilingual only if the
# minority is < 6 % and < 3 000; a council may ask for bilingual status. Under kielilaki
# 423/2003 5 § a bilingual municipality serves in both languages on equal terms.
# Sámi-language municipalities were not researched and are not encoded.

BILINGUAL_FINNISH_MAJORITY: Final = frozenset({
    "Espoo", "Hanko", "Helsinki", "Kaskinen", "Kauniainen", "Kirkkonummi", "Kokkola", "Lapinjärvi",
    "Lohja", "Loviisa", "Myrskylä", "Porvoo", "Pyhtää", "Sipoo", "Siuntio", "Turku", "Vaasa", "Vantaa",
})  # fmt: skip
"""The 18 bilingual municipalities with a Finnish-speaking majority."""

BILINGUAL_SWEDISH_MAJORITY: Final = frozenset({
    "Inkoo", "Kemiönsaari", "Korsnäs", "Kristiinankaupunki", "Kruunupyy", "Luoto", "Maalahti",
    "Mustasaari", "Närpiö", "Parainen", "Pedersöre", "Pietarsaari", "Raasepori", "Uusikaarlepyy",
    "Vöyri",
})  # fmt: skip
"""The 15 bilingual municipalities with a Swedish-speaking majority (Finnish names)."""

SWEDISH_UNILINGUAL: Final = frozenset({
    "Brändö", "Eckerö", "Finström", "Föglö", "Geta", "Hammarland", "Jomala", "Kumlinge", "Kökar",
    "Lemland", "Lumparland", "Maarianhamina", "Saltvik", "Sottunga", "Sund", "Vårdö",
})  # fmt: skip
"""The 16 unilingually Swedish municipalities: all of them, and only them, are on Åland."""

LanguageStatus = Literal["fi-sv", "sv-fi", "sv"]

# --------------------------------------------------------------------------------------------
# Wellbeing services counties (hyvinvointialueet)
# --------------------------------------------------------------------------------------------
# Under 616/2021 7 § each county is the municipalities of one maakunta, except Uusimaa, which
# is split four ways. Åland is outside the counties.

WELLBEING_COUNTIES: Final = (
    "Varsinais-Suomi", "Satakunta", "Kanta-Häme", "Pirkanmaa", "Päijät-Häme", "Kymenlaakso",
    "Etelä-Karjala", "Etelä-Savo", "Pohjois-Savo", "Pohjois-Karjala", "Keski-Suomi",
    "Etelä-Pohjanmaa", "Pohjanmaa", "Keski-Pohjanmaa", "Pohjois-Pohjanmaa", "Kainuu", "Lappi",
    "Itä-Uusimaa", "Keski-Uusimaa", "Länsi-Uusimaa", "Vantaa–Kerava",
)  # fmt: skip
"""The 21 hyvinvointialueet, in the order of the research notes ("Vantaa–Kerava" with an en dash)."""

HELSINKI_ORGANISES_ITSELF: Final = True
"""Helsinki belongs to no wellbeing services county: the city organises those services itself,
so for Helsinki the "hyvinvointialue" of the form is the city. :func:`county_of` gives ``None``."""

COUNTY_MEMBERS: Final[Mapping[str, tuple[str, ...]]] = {
    "Itä-Uusimaa": ("Askola", "Lapinjärvi", "Loviisa", "Myrskylä", "Porvoo", "Pukkila", "Sipoo"),
    "Keski-Uusimaa": ("Hyvinkää", "Järvenpää", "Mäntsälä", "Nurmijärvi", "Pornainen", "Tuusula"),
    "Länsi-Uusimaa": (
        "Espoo", "Hanko", "Inkoo", "Karkkila", "Kauniainen", "Kirkkonummi", "Lohja", "Raasepori",
        "Siuntio", "Vihti",
    ),
    "Vantaa–Kerava": ("Vantaa", "Kerava"),
    "Etelä-Savo": (
        "Enonkoski", "Hirvensalmi", "Juva", "Kangasniemi", "Mikkeli", "Mäntyharju", "Pertunmaa",
        "Pieksämäki", "Puumala", "Rantasalmi", "Savonlinna", "Sulkava",
    ),
}  # fmt: skip
"""Members of the counties whose membership was verified. No authoritative municipality →
maakunta table was found for the other 16 counties (use the Tilastokeskus classification if
one is added), so they are left out rather than guessed."""

COUNTY_BRANDS: Final[Mapping[str, str]] = {"Soite": "Keski-Pohjanmaa"}
"""Service brands that stand for a county in documents. "Keski-Pohjanmaan hyvinvointialue
Soite" is from seed 003 (Kokkola); no other brand was researched."""

# --------------------------------------------------------------------------------------------
# Employment areas (työllisyysalueet), from 1.1.2025
# --------------------------------------------------------------------------------------------
# VN decision 22.2.2024: 45 employment areas or municipalities. 39 use the vastuukunta
# (host municipality) model, 4 municipalities organise the services alone, 2 areas use the
# kuntayhtymä (joint municipal authority) model. THE FULL LIST OF THE 45 AREAS AND THEIR
# MEMBERS WAS NOT FOUND: only the memberships below are known.

EMPLOYMENT_AREA_COUNT: Final = 45
EMPLOYMENT_AREAS_RESPONSIBLE_MUNICIPALITY_MODEL: Final = 39  # vastuukuntamalli; names not known
EMPLOYMENT_AREAS_ALONE: Final = ("Lahti", "Kouvola", "Helsinki", "Vantaa")
"""Municipalities that organise the employment services alone: each is its own area."""
EMPLOYMENT_AREAS_JOINT_AUTHORITY: Final = ("Suupohja", "Kymppi")
"""The two kuntayhtymä areas, as the Finnish release names them ("Kymppi" is "Kymmenedalens"
in the Swedish release). Their members were not researched."""

LABOUR_FORCE_MINIMUM: Final = 20_000
"""An area needs a labour-force base of at least 20 000 (exemptions below)."""
PROPOSED_SIZE_EXEMPTIONS: Final = (
    "Hanko-Inkoo-Raasepori", "Pietarsaari", "Savonlinna", "Ylä-Savo", "Tunturi-Lappi-Pello",
    "Pohjois- ja Itä-Lappi",
)  # fmt: skip
"""Areas *proposed* (11/2023, kt.fi) for an exemption from the size rule; whether all were
granted, and their exact names, is not verified."""

EMPLOYMENT_AREA_MEMBERS: Final[Mapping[str, tuple[str, ...]]] = {
    # Vastuukunta Kokkola; Toholampi by VN 22.2.2024 [lestijoki.fi], Kannus [kannus.fi].
    "Keski-Pohjanmaan työllisyysalue": ("Kokkola", "Toholampi", "Kannus"),
    # Sulkava [sulkavalehti.fi]. Savonlinna itself is probably a member but that is not verified.
    "Savonlinnan työllisyysalue": ("Sulkava",),
    # Exists (seed 000); its members were not researched.
    "Mikkelin seudun työllisyysalue": (),
}
"""The *known* members of the named employment areas: partial lists, not the full membership."""

EMPLOYMENT_AREA_RESPONSIBLE_MUNICIPALITY: Final[Mapping[str, str]] = {
    "Keski-Pohjanmaan työllisyysalue": "Kokkola",
}
"""The vastuukunta of an area, where known."""

KNOWN_EMPLOYMENT_AREAS: Final = frozenset(
    {*EMPLOYMENT_AREA_MEMBERS, *EMPLOYMENT_AREAS_ALONE, *EMPLOYMENT_AREAS_JOINT_AUTHORITY}
)
"""Every employment area named in the research (a fraction of the 45)."""

KNOWN_MUNICIPALITIES: Final = frozenset({
    *BILINGUAL_FINNISH_MAJORITY, *BILINGUAL_SWEDISH_MAJORITY, *SWEDISH_UNILINGUAL,
    *(m for members in COUNTY_MEMBERS.values() for m in members),
    *(m for members in EMPLOYMENT_AREA_MEMBERS.values() for m in members),
    *EMPLOYMENT_AREAS_ALONE,
})  # fmt: skip
"""Every municipality name this module knows (not all of Finland's municipalities)."""


# --------------------------------------------------------------------------------------------
# Lookups
# --------------------------------------------------------------------------------------------

_DASHES: Final = re.compile(r"\s*[-‐‑‒–—]\s*")


def _key(name: str) -> str:
    """Match key: NFC, whitespace collapsed and stripped, any dash as "-", case folded."""
    text = " ".join(unicodedata.normalize("NFC", name).split())
    return _DASHES.sub("-", text).casefold()


def _fold(name: str) -> str:
    """:func:`_key` without diacritics, for fuzzy matching (``mantyharju`` ~ ``Mäntyharju``)."""
    decomposed = unicodedata.normalize("NFD", _key(name))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_MUNICIPALITY_BY_KEY: Final = {_key(name): name for name in KNOWN_MUNICIPALITIES}
_COUNTY_BY_KEY: Final = {_key(name): name for name in WELLBEING_COUNTIES}
_COUNTY_OF: Final = {_key(m): county for county, members in COUNTY_MEMBERS.items() for m in members}
_AREA_OF: Final = {
    **{_key(m): area for area, members in EMPLOYMENT_AREA_MEMBERS.items() for m in members},
    **{_key(m): m for m in EMPLOYMENT_AREAS_ALONE},
}
_STATUS: Final[Mapping[str, LanguageStatus]] = {
    **{_key(m): "fi-sv" for m in BILINGUAL_FINNISH_MAJORITY},
    **{_key(m): "sv-fi" for m in BILINGUAL_SWEDISH_MAJORITY},
    **{_key(m): "sv" for m in SWEDISH_UNILINGUAL},
}


def canonical_municipality(name: str) -> str | None:
    """The known municipality ``name`` refers to, spelled as in the lists (``" kokkola "`` ->
    ``"Kokkola"``), or ``None``. Only exact names match: no inflected forms ("Kokkolan")
    and no Swedish names ("Karleby") beyond the Åland ones in :data:`SWEDISH_UNILINGUAL`."""
    return _MUNICIPALITY_BY_KEY.get(_key(name))


def canonical_county(name: str) -> str | None:
    """The wellbeing services county ``name`` refers to (any case; any dash, so
    ``"Vantaa-Kerava"`` -> ``"Vantaa–Kerava"``), or ``None``. Short names only: not
    "Keski-Pohjanmaan hyvinvointialue"."""
    return _COUNTY_BY_KEY.get(_key(name))


def language_status(name: str) -> LanguageStatus | None:
    """``"fi-sv"`` (bilingual, Finnish majority), ``"sv-fi"`` (bilingual, Swedish majority),
    ``"sv"`` (Swedish, Åland) or ``None``: not in those lists, i.e. not known to be bilingual or
    Swedish. Matching ignores case and surrounding whitespace."""
    return _STATUS.get(_key(name))


def is_bilingual(name: str) -> bool:
    """Whether the municipality is bilingual (either majority). Åland's Swedish ones are not."""
    return language_status(name) in ("fi-sv", "sv-fi")


def county_of(municipality: str) -> str | None:
    """The wellbeing services county of a municipality, for the verified memberships only.

    ``None`` for every other municipality, including Helsinki (see
    :data:`HELSINKI_ORGANISES_ITSELF`) and Åland.
    """
    return _COUNTY_OF.get(_key(municipality))


def employment_area_of(municipality: str) -> str | None:
    """The employment area of a municipality, where known; ``None`` otherwise.

    A municipality in :data:`EMPLOYMENT_AREAS_ALONE` is its own area, so its own name is
    returned (``"Lahti"`` -> ``"Lahti"``).
    """
    return _AREA_OF.get(_key(municipality))


# --------------------------------------------------------------------------------------------
# Mentions in free text
# --------------------------------------------------------------------------------------------
# Stems that survive every inflection: hyvinvointialue/-en/-ella/-et/-iden, välfärdsområde/-t/-n/
# -na, työvoimaviranomai/-nen/-sen/-set, työllisyysalue/-en, arbetskraftsmyndighet/-en/-er,
# sysselsättningsområde/-t. They are matched anywhere in a word, so compounds count too.
# "HVA" (abbreviation of hyvinvointialue) only as a whole word, optionally with a case ending
# after a colon ("HVA:n"). A brand must start with its capital letter ("Soite", "SOITE", not
# "soite") and may carry only a short list of case endings, so that verb forms such as
# "soitettiin" / "Soitettiin" (was called) are not taken for "Soite".

_BRANDS: Final = "|".join(f"(?-i:{re.escape(b[0])}){re.escape(b[1:])}" for b in COUNTY_BRANDS)
_WELLBEING_RE: Final = re.compile(
    rf"hyvinvointialue|välfärdsområde|\bhva\b|\b(?:{_BRANDS})(?:n|ssa|sta|lla|lta|lle|en|ksi)?\b",
    re.IGNORECASE,
)
_EMPLOYMENT_RE: Final = re.compile(
    r"työvoimaviranomai|työllisyysalue|arbetskraftsmyndighet|sysselsättningsområde", re.IGNORECASE
)


def mentions_wellbeing_county(text: str) -> bool:
    """Whether ``text`` names a wellbeing services county: "hyvinvointialue" in any inflection or
    compound, "HVA", Swedish "välfärdsområde", or a county's brand (:data:`COUNTY_BRANDS`)."""
    return _WELLBEING_RE.search(unicodedata.normalize("NFC", text)) is not None


def mentions_employment_authority(text: str) -> bool:
    """Whether ``text`` names the employment authority or area: "työvoimaviranomainen",
    "työllisyysalue", "arbetskraftsmyndighet" or "sysselsättningsområde", in any inflection."""
    return _EMPLOYMENT_RE.search(unicodedata.normalize("NFC", text)) is not None


# --------------------------------------------------------------------------------------------
# "Tarkoititko …?" hints
# --------------------------------------------------------------------------------------------


def did_you_mean(value: str, candidates: Iterable[str], *, cutoff: float = 0.7) -> str | None:
    """The candidate closest to ``value`` (difflib ratio >= ``cutoff``), as spelled in
    ``candidates``, or ``None``. Case, surrounding whitespace, dash style and diacritics are
    ignored, so ``"mantyharju"`` finds ``"Mäntyharju"``. A candidate equal to ``value`` in that
    sense is returned as is."""
    spelled: dict[str, str] = {}
    for candidate in candidates:
        spelled.setdefault(_fold(candidate), candidate)
    matches = difflib.get_close_matches(_fold(value), list(spelled), n=1, cutoff=cutoff)
    return spelled[matches[0]] if matches else None


def suggest_municipality(name: str) -> str | None:
    """The closest name in :data:`KNOWN_MUNICIPALITIES` (see :func:`did_you_mean`), or ``None``."""
    return did_you_mean(name, sorted(KNOWN_MUNICIPALITIES))

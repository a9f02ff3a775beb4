"""Names in running text: which counties, employment authorities and municipalities a text mentions.

The content rules read answers such as "Monialaisen arvioinnin tekee Satakunnan hyvinvointialueen
sosiaalityö" or "Lahden kaupungin työllisyyspalvelut vastaa työnhakijoista". A name there is inflected,
abbreviated or replaced by a brand, so each lookup is a regular expression built from the reference
tables (once, on first use):

* a county by its official Finnish name with "hyvinvointialue" in any case or compound
  ("Satakunnan hyvinvointialueella"), "<region> HVA", its Swedish name ("Österbottens välfärdsområde",
  "välfärdsområdet i Österbotten"), or a brand from ``data/county_brands.csv`` with a Finnish case ending
  ("Soiten", "Pohteen", "Oman Hämeen", "VAKE:n"). A brand must start with its capital letter, so the verb
  "soitettiin" is not "Soite"; "Eloisa" at the start of a sentence (the adjective) does count.
* the employment authority: the general words (työvoimaviranomainen, työllisyysalue, arbetskraftsmyndighet,
  sysselsättningsområde/-region) in any inflection; for a given municipality also the responsible
  municipality's or the city's own "työllisyyspalvelut" ("Porin kaupungin työllisyyspalvelut", "kaupungin
  työllisyyspalvelut" in the city's own document, "Vasa stads sysselsättningstjänster"), the joint
  authority ("Kuntayhtymä Kymppi") and the areas' brand-like names (TyöHäme, TyöLakeus); a city that is its
  own authority (Helsinki, Vantaa, Lahti, Kouvola) by its own name too ("Lahden kaupunki").
* a municipality by its Finnish name and the stems its case endings attach to ("Porissa", "Lahdessa",
  "Kaskisissa"; :mod:`kotodoc.refdata.names`) or its Swedish name with or without the genitive -s. The
  first letter must be a capital.

Only the standard library is imported.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

from kotodoc.refdata import names
from kotodoc.refdata.names import lazy_regex
from kotodoc.refdata.tables import County, Municipality, tables

GENERIC_COUNTY: Final = lazy_regex(r"hyvinvointialue|välfärdsområde|\bhva\b", re.IGNORECASE)
"""The general words for a county; stems survive every inflection and compound."""
GENERIC_EMPLOYMENT: Final = lazy_regex(
    r"työvoimaviranomai|työllisyysalue|arbetskraftsmyndighet|sysselsättningsområde|sysselsättningsregion",
    re.IGNORECASE)
"""The general words for the employment authority or area, in any inflection."""

ENDINGS: Final = "|".join(sorted(set(names.CASE_ENDINGS) | {"seen", "hen", "ssä", "een"}, key=len, reverse=True))
_DASH: Final = r"\s*[-‐‑‒–—]\s*"
_VOWELS: Final = "aeiouyäöå"

AREA_BRANDS: Final = {"Kymppi": ("Kymppi", "Kympi"), "TyöHäme": ("TyöHäme", "TyöHämee"),
                      "TyöLakeus": ("TyöLakeus", "TyöLakeude")}
"""Areas whose short name is a name of their own (not a place) and the stems of its inflection."""


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def phrase(text: str) -> str:
    """A regex for a fixed phrase: any whitespace between words, any dash between parts, case ignored."""
    words = [_DASH.join(re.escape(part) for part in word.split("-")) for word in text.split()]
    return r"\s+".join(words)


def _capital(stem: str) -> str:
    """A regex for ``stem`` whose first letter must be written as given (a capital)."""
    return f"(?-i:{re.escape(stem[0])}){phrase(stem[1:]) if stem[1:] else ''}"


def _word_stems(word: str) -> tuple[str, ...]:
    """A brand word and the stems its endings attach to: Häme -> Hämee (Hämeessä), Pohde -> Pohtee."""
    found = [word]
    if len(word) > 2 and word.endswith("e") and word[-2] not in _VOWELS:
        found.append(word + "e")
        if word.endswith("de"):
            found.append(word[:-2] + "tee")
    return tuple(found)


def brand_stem(brand: str) -> str:
    """A regex for a brand without its case ending: the last word's stems ("Siun sote|sotee", "Oman Häme|Hämee")."""
    if brand.isupper():
        return f"(?-i:{re.escape(brand)})"
    *first, last = brand.split()
    head = "".join(f"{_capital(w) if i == 0 else phrase(w)}\\w{{0,4}}\\s+" for i, w in enumerate(first))
    stems = "|".join(_capital(s) if not first else phrase(s) for s in _word_stems(last))
    return f"{head}(?:{stems})"


def brand_ending(brand: str) -> str:
    """A regex for a brand's optional Finnish case ending: all-capital brands (VAKE, LUVN) match only in
    capitals and take their endings with or without a colon ("VAKE:n", "LUVNissa")."""
    return f"(?::?(?:{ENDINGS}))?" if brand.isupper() else f"(?:{ENDINGS})?"


# --- counties -------------------------------------------------------------------------------------


_COUNTY_WORD: Final = lazy_regex(r"hyvinvointialue\w*|(?<!\w)hva(?!\w)|välfärdsområde\w*", re.IGNORECASE)
_BEFORE: Final = 48  # characters before "hyvinvointialue" that may hold the region ("Vantaan ja Keravan ")


@functools.cache
def _county_names() -> tuple[tuple[tuple[str, County], ...], tuple[tuple[str, County], ...]]:
    """(region in the genitive, county) pairs, longest first; and (Swedish region, county) pairs."""
    before = [(names.key(g), c) for c in tables().counties.values()
              for g in (c.genitive_fi, c.genitive_sv, *(["Vantaa-Keravan"] if c.key == "Vantaa–Kerava" else []))]
    after = [(names.key(c.short_sv), c) for c in tables().counties.values()]
    return (tuple(sorted(before, key=lambda p: -len(p[0]))), tuple(sorted(after, key=lambda p: -len(p[0]))))


@functools.cache
def _brand_regex() -> tuple[re.Pattern[str], dict[str, County]]:
    """Every brand in one regex, its group named ``b<i>``. The brands that take the same endings share one
    ending pattern after the alternation of their stems (compiling the endings once per kind of brand, not
    once per brand, is most of this regex's cost on every start); the stems keep the brands' order."""
    brands = {b.name: c for c in tables().counties.values() for b in c.brands}
    kinds: dict[str, list[str]] = {}
    for i, b in enumerate(brands):
        kinds.setdefault(brand_ending(b), []).append(f"(?P<b{i}>{brand_stem(b)})")
    alternatives = "|".join(f"(?:{'|'.join(stems)}){ending}" for ending, stems in kinds.items())
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?!\w)", re.IGNORECASE), {f"b{i}": c for i, c in
                                                                               enumerate(brands.values())}


def _region_before(text: str, pairs: tuple[tuple[str, County], ...]) -> County | None:
    written = names.key(text)
    for region, c in pairs:
        if written.endswith(region) and not written[: -len(region)][-1:].isalnum() \
                and not written[: -len(region)].endswith("-"):
            return c
    return None


def counties_in(text: str) -> tuple[County, ...]:
    """The counties ``text`` names (see the module docstring), each once, in the order met."""
    text = _nfc(text)
    before, after = _county_names()
    found: list[tuple[int, County]] = []
    for word in _COUNTY_WORD().finditer(text):
        c = _region_before(text[max(0, word.start() - _BEFORE): word.start()], before)
        if c is None and word.group(0)[:1] in "vV":  # "välfärdsområdet i Österbotten"
            rest = names.key(text[word.end(): word.end() + _BEFORE])
            rest = rest.removeprefix("i ")
            c = next((c for region, c in after if rest.startswith(region)
                      and not rest[len(region): len(region) + 1].isalnum()), None)
        if c is not None:
            found.append((word.start(), c))
    regex, by_group = _brand_regex()
    found.extend((match.start(), by_group[match.lastgroup or ""]) for match in regex.finditer(text))
    seen: dict[str, County] = {}
    for _, c in sorted(found, key=lambda p: p[0]):
        seen.setdefault(c.key, c)
    return tuple(seen.values())


def mentions_county(text: str, county: County | str) -> bool:
    """Whether ``text`` names this county: its Finnish or Swedish name in any inflection, or its brand.
    ``county`` is a :class:`County` or its short name ("Satakunta")."""
    key = county.key if isinstance(county, County) else county
    return any(c.key == key for c in counties_in(text))


def mentions_wellbeing_county(text: str) -> bool:
    """Whether ``text`` names a county at all: "hyvinvointialue" in any inflection or compound, "HVA",
    "välfärdsområde", or a county's name or brand."""
    return GENERIC_COUNTY().search(_nfc(text)) is not None or bool(counties_in(text))


# --- municipalities ---------------------------------------------------------------------------------


_TOKEN: Final = lazy_regex(r"(?<![\w-])[^\W\d_][\w:-]*")
_ENDINGS_LONGEST_FIRST: Final = tuple(ENDINGS.split("|"))


@functools.cache
def _by_stem() -> dict[str, Municipality]:
    found: dict[str, Municipality] = {}
    for m in tables().municipalities:
        for stem in (*names.stems(m.name_fi), m.name_sv, m.name_sv + "s"):
            found.setdefault(names.key(stem), m)
    return found


def _word_municipality(word: str, by_stem: dict[str, Municipality]) -> Municipality | None:
    """The municipality a capitalised word (or two words) stands for: a stem, or a stem and a case ending."""
    if not word[:1].isupper():
        return None
    key = names.key(word)
    if key in by_stem:
        return by_stem[key]
    for ending in _ENDINGS_LONGEST_FIRST:
        stem = key[: -len(ending)].rstrip(":")
        if key.endswith(ending) and stem in by_stem:
            return by_stem[stem]
    return None


def municipalities_in(text: str) -> tuple[Municipality, ...]:
    """The municipalities ``text`` names in Finnish (any case ending) or Swedish, each once, in order.

    A name must start with a capital letter; two-word names ("Koski Tl", "S:t Michel") are tried first.
    """
    by_stem = _by_stem()
    words = _TOKEN().findall(_nfc(text))
    seen: dict[str, Municipality] = {}
    skip = False
    for i, word in enumerate(words):
        if skip:
            skip = False
            continue
        pair = _word_municipality(f"{word} {words[i + 1]}", by_stem) if i + 1 < len(words) else None
        m = pair or _word_municipality(word, by_stem)
        skip = pair is not None
        if m is not None:
            seen.setdefault(m.code, m)
    return tuple(seen.values())


def _municipality_forms(m: Municipality) -> str:
    stems = "|".join(_capital(s) for s in sorted(names.stems(m.name_fi), key=len, reverse=True))
    return rf"(?:{stems})(?:{ENDINGS})?|{_capital(m.name_sv)}s?"


_OWN_SERVICES: Final = lazy_regex(
    r"(?:(?<![\w-])(?P<before>[\w-]+)\s+)?(?:kaupungin|kunnan|stadens|kommunens)\s+(?:työllisyyspalvelu|sysselsättningstjänst)",
    re.IGNORECASE)
"""The municipality's own employment services without its name; ``before`` is the word in front.

``before`` starts only where a word starts: otherwise every letter of a long run of letters would be
tried as the start of the word, each try reading to the end of the run (quadratic: a 100 kB answer
of letters took minutes)."""

# --- the employment authority -------------------------------------------------------------------------


@functools.cache
def _employment_regex(code: str) -> re.Pattern[str] | None:
    m = next(x for x in tables().municipalities if x.code == code)
    area = m.area
    if area is None:
        return None
    alts = [f"(?:{'|'.join(_capital(s) for s in stems)})(?:{ENDINGS})?" for stems in (AREA_BRANDS.get(area.key, ()),)
            if stems]
    if area.kind == "kuntayhtyma" and area.organiser:
        alts.append(phrase(area.organiser) + rf"(?:{ENDINGS})?")
    found = tables().match(area.organiser) if area.organiser else None
    organiser = found[0] if found else None
    if organiser is not None:
        alts.append(rf"{phrase(organiser.genitive)}\s+(?:(?:kaupungin|kunnan)\s+)?työllisyyspalvelu\w*")
        alts.append(rf"{phrase(organiser.name_sv)}s?\s+(?:(?:stads|kommuns)\s+)?sysselsättningstjänst\w*")
    if area.kind == "alone":
        alts.append(_municipality_forms(m))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?!\w)", re.IGNORECASE)


def mentions_employment_authority(text: str, municipality: Municipality | str | None = None) -> bool:
    """Whether ``text`` names the employment authority: the general words in any inflection and, when
    ``municipality`` is given (a :class:`Municipality` or a name), also that municipality's own
    authority as documents name it (see the module docstring)."""
    text = _nfc(text)
    if GENERIC_EMPLOYMENT().search(text):
        return True
    if isinstance(municipality, str):
        found = tables().match(municipality)
        municipality = found[0] if found else None
    if municipality is None:
        return False
    regex = _employment_regex(municipality.code)
    if regex is not None and regex.search(text) is not None:
        return True
    area = municipality.area
    if area is None or area.organiser not in (municipality.name_fi, municipality.name_sv):
        return False
    # The organiser's own document may say just "kaupungin työllisyyspalvelut", but not another city's.
    return any(not (match.group("before") or "")[:1].isupper() for match in _OWN_SERVICES().finditer(text))

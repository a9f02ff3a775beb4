"""Languages a municipality may name for the multilingual civic orientation (KotoL 25 §).

Form section 3 asks "Millä kielillä kunnassa on tarve järjestää
yhteiskuntaorientaatio?". Documents answer in free text, e.g. seed 003:
"Venäjä, ukraina, persia, swahili, arabia, thai, viro ja englantia". This module
maps such words to language codes and back.

Codes are ISO 639-1 where one exists and ISO 639-3 otherwise (``prs`` Dari,
``ckb`` Sorani, ``kmr`` Kurmanji, ``smn`` Inari Sámi, ``sms`` Skolt Sámi, ``fse``
Finnish Sign Language, ``fss`` Finland-Swedish Sign Language). Finnish and
Swedish names are lower case, as both languages write language names; English
names are capitalised. The first name in each column is the display name.

Only the standard library is imported, so importing this module is cheap.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Final, NamedTuple

__all__ = [
    "LANGUAGES",
    "Language",
    "language_name",
    "misspelt_language",
    "normalise_language",
    "suggest_language",
]


class Language(NamedTuple):
    """One language: its code and its names in Finnish, Swedish and English (display name first)."""

    code: str
    fi: tuple[str, ...]
    sv: tuple[str, ...]
    en: tuple[str, ...]


# code, Finnish names, Swedish names, English names; alternative names separated by "|".
_TABLE: Final = (
    # The national and Sámi languages, and the sign languages of Finland.
    ("fi", "suomi", "finska", "Finnish"),
    ("sv", "ruotsi", "svenska", "Swedish"),
    ("se", "pohjoissaame", "nordsamiska", "Northern Sámi|Northern Sami"),
    ("smn", "inarinsaame", "enaresamiska", "Inari Sámi|Inari Sami"),
    ("sms", "koltansaame", "skoltsamiska", "Skolt Sámi|Skolt Sami"),
    ("fse", "suomalainen viittomakieli", "finskt teckenspråk", "Finnish Sign Language"),
    (
        "fss",
        "suomenruotsalainen viittomakieli",
        "finlandssvenskt teckenspråk",
        "Finland-Swedish Sign Language|Finland Swedish Sign Language",
    ),
    # Collective codes (ISO 639-2/-5) for a language family named without a variety.
    ("smi", "saame|saamen kieli", "samiska", "Sámi|Sami"),
    ("sgn", "viittomakieli", "teckenspråk", "sign language"),
    ("rom", "romani|romanikieli", "romani|romska", "Romani|Romany"),
    # Europe.
    ("en", "englanti", "engelska", "English"),
    ("de", "saksa", "tyska", "German"),
    ("fr", "ranska", "franska", "French"),
    ("es", "espanja", "spanska", "Spanish"),
    ("pt", "portugali", "portugisiska", "Portuguese"),
    ("it", "italia", "italienska", "Italian"),
    ("nl", "hollanti", "nederländska|holländska", "Dutch"),
    ("el", "kreikka", "grekiska", "Greek"),
    ("et", "viro", "estniska", "Estonian"),
    ("lv", "latvia", "lettiska", "Latvian"),
    ("lt", "liettua", "litauiska", "Lithuanian"),
    ("pl", "puola", "polska", "Polish"),
    ("cs", "tšekki|tsekki", "tjeckiska", "Czech"),
    ("sk", "slovakki", "slovakiska", "Slovak"),
    ("hu", "unkari", "ungerska", "Hungarian"),
    ("ro", "romania", "rumänska", "Romanian"),
    ("bg", "bulgaria", "bulgariska", "Bulgarian"),
    ("sr", "serbia", "serbiska", "Serbian"),
    ("hr", "kroatia", "kroatiska", "Croatian"),
    ("bs", "bosnia", "bosniska", "Bosnian"),
    ("sq", "albania", "albanska", "Albanian"),
    ("ru", "venäjä", "ryska", "Russian"),
    ("uk", "ukraina", "ukrainska", "Ukrainian"),
    ("be", "valkovenäjä", "belarusiska|vitryska", "Belarusian"),
    ("mk", "makedonia", "makedonska", "Macedonian"),
    ("sl", "sloveeni", "slovenska", "Slovenian|Slovene"),
    ("da", "tanska", "danska", "Danish"),
    ("no", "norja", "norska", "Norwegian"),
    ("is", "islanti", "isländska", "Icelandic"),
    # Caucasus, Middle East, Central and South Asia.
    ("ka", "georgia", "georgiska", "Georgian"),
    ("hy", "armenia", "armeniska", "Armenian"),
    ("az", "azeri|azerbaidžani", "azerbajdzjanska", "Azerbaijani"),
    ("tr", "turkki", "turkiska", "Turkish"),
    ("ar", "arabia", "arabiska", "Arabic"),
    ("he", "heprea", "hebreiska", "Hebrew"),
    ("fa", "persia|farsi", "persiska|farsi", "Persian|Farsi"),
    ("prs", "dari", "dari", "Dari"),
    ("ku", "kurdi", "kurdiska", "Kurdish"),
    ("ckb", "sorani", "sorani", "Sorani|Central Kurdish"),
    ("kmr", "kurmandzi|kurmandži|kurmanji", "kurmanji", "Kurmanji|Northern Kurdish"),
    ("ps", "paštu|pastu", "pashto", "Pashto"),
    ("uz", "uzbekki", "uzbekiska", "Uzbek"),
    ("tg", "tadžikki|tadzikki", "tadzjikiska", "Tajik"),
    ("tk", "turkmeeni", "turkmeniska", "Turkmen"),
    ("kk", "kazakki", "kazakiska", "Kazakh"),
    ("ky", "kirgiisi", "kirgiziska", "Kyrgyz"),
    ("ug", "uiguuri", "uiguriska", "Uyghur|Uighur"),
    ("ce", "tšetšeeni|tsetseeni", "tjetjenska", "Chechen"),
    ("mn", "mongoli", "mongoliska", "Mongolian"),
    ("ur", "urdu", "urdu", "Urdu"),
    ("hi", "hindi", "hindi", "Hindi"),
    ("pa", "pandžabi|pandzabi|punjabi", "punjabi", "Punjabi"),
    ("bn", "bengali", "bengali", "Bengali"),
    ("ne", "nepali", "nepali|nepalesiska", "Nepali"),
    ("ta", "tamili", "tamil|tamilska", "Tamil"),
    ("te", "telugu", "telugu", "Telugu"),
    ("si", "sinhali|sinhala", "singalesiska", "Sinhala"),
    ("ml", "malajalam", "malayalam", "Malayalam"),
    ("mr", "marathi", "marathi", "Marathi"),
    ("gu", "gudžarati|gudzarati", "gujarati", "Gujarati"),
    # East and South-East Asia.
    ("zh", "kiina", "kinesiska", "Chinese"),
    ("ja", "japani", "japanska", "Japanese"),
    ("ko", "korea", "koreanska", "Korean"),
    ("vi", "vietnam", "vietnamesiska", "Vietnamese"),
    ("th", "thai", "thailändska|thai", "Thai"),
    ("my", "burma", "burmesiska", "Burmese"),
    ("kar", "karen", "karen|karenska", "Karen"),
    ("yue", "kantoninkiina|kantoni", "kantonesiska", "Cantonese"),
    ("bo", "tiibet", "tibetanska", "Tibetan"),
    ("km", "khmer", "khmer", "Khmer"),
    ("lo", "lao", "laotiska", "Lao"),
    ("tl", "tagalog", "tagalog", "Tagalog"),
    ("id", "indonesia", "indonesiska", "Indonesian"),
    ("ms", "malaiji", "malajiska", "Malay"),
    # Africa.
    ("so", "somali", "somaliska", "Somali"),
    ("ti", "tigrinja", "tigrinja", "Tigrinya"),
    ("tig", "tigre", "tigré", "Tigre"),
    ("am", "amhara", "amhariska", "Amharic"),
    ("om", "oromo", "oromo", "Oromo"),
    ("sw", "swahili", "swahili", "Swahili"),
    ("rw", "ruanda|kinyarwanda", "kinyarwanda", "Kinyarwanda"),
    ("rn", "kirundi|rundi", "kirundi", "Kirundi|Rundi"),
    ("ln", "lingala", "lingala", "Lingala"),
    ("ha", "hausa", "hausa", "Hausa"),
    ("yo", "joruba|yoruba", "yoruba", "Yoruba"),
    ("ig", "igbo", "igbo", "Igbo"),
    ("wo", "wolof", "wolof", "Wolof"),
    ("ff", "fulani|fula", "fula", "Fula|Fulani"),
    ("din", "dinka", "dinka", "Dinka"),
    ("zu", "zulu", "zulu", "Zulu"),
    ("af", "afrikaans", "afrikaans", "Afrikaans"),
)

LANGUAGES: Final[Mapping[str, Language]] = {
    code: Language(code, tuple(fi.split("|")), tuple(sv.split("|")), tuple(en.split("|")))
    for code, fi, sv, en in _TABLE
}
"""Every known language by code."""

# Endings tried when a word is not a name as such. Finnish lists often put the
# names in the partitive ("englantia", "venäjää", "thaita"); running text uses the
# translative ("arabiaksi", "englanniksi"). Shorter endings come first so that the
# longest stem wins. Only the nt:nn and kk:k gradation of the names above is undone.
_ENDINGS: Final = ("a", "ä", "ta", "tä", "ia", "iä", "ksi")
_MIN_STEM: Final = 3
_PARENTHESES: Final = re.compile(r"^(.+?)\s*\((.+)\)$")
_WEAK_NN: Final = re.compile(r"nn([aeiouyäö])$")
_WEAK_K: Final = re.compile(r"([^k])k([aeiouyäö])$")


def _key(value: str) -> str:
    """Lookup key: NFC, inner whitespace collapsed, surrounding whitespace dropped, case folded."""
    return " ".join(unicodedata.normalize("NFC", value).split()).casefold()


def _fold(value: str) -> str:
    """Like :func:`_key`, and diacritics dropped too (``venäjä`` -> ``venaja``), for fuzzy matching."""
    decomposed = unicodedata.normalize("NFD", _key(value))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _index(fold: bool) -> dict[str, str]:
    index: dict[str, str] = {}
    for lang in LANGUAGES.values():
        for name in (*lang.fi, *lang.sv, *lang.en):
            key = _fold(name) if fold else _key(name)
            previous = index.setdefault(key, lang.code)
            if previous != lang.code:  # pragma: no cover - guards the table above
                raise AssertionError(f"language name {name!r} used for {previous} and {lang.code}")
    return index


_BY_NAME: Final[Mapping[str, str]] = _index(fold=False)
_BY_FOLDED_NAME: Final[Mapping[str, str]] = _index(fold=True)


def _stems(key: str) -> Iterator[str]:
    """Candidate base forms of an inflected Finnish word, e.g. ``suomea`` -> ``suome``, ``suomi``."""
    for ending in _ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= _MIN_STEM:
            stem = key[: -len(ending)]
            yield stem
            if stem.endswith("e"):  # suomi : suomea, suomeksi
                yield stem[:-1] + "i"
            # Weak grade back to strong: englanniksi -> englanti, turkiksi -> turkki.
            strong = _WEAK_NN.sub(r"nt\1", stem)
            strong = _WEAK_K.sub(r"\1kk\2", strong)
            if strong != stem:
                yield strong


def normalise_language(value: str, *, codes: bool = True) -> str | None:
    """The code of a language given by code or name, or ``None`` when it is not known.

    Accepts a code in any case (``"AR"``), or a Finnish, Swedish or English name in
    any case (``"Arabia"``, ``"arabiska"``, ``"Arabic"``). Simple Finnish inflected
    forms are understood too: partitive (``"englantia"``, ``"venäjää"``, ``"thaita"``,
    ``"suomea"``) and translative (``"arabiaksi"``, ``"englanniksi"``). Surrounding whitespace is ignored.

    Some codes are also Finnish words ("ja" Japanese, "se" Northern Sámi, "et"
    Estonian): when the words come from free text, pass ``codes=False`` so only
    names are accepted.
    """
    key = _key(value)
    inner = _PARENTHESES.match(key)
    if inner:  # "kurdi (sorani)": the variety in parentheses first, then the language outside them
        return normalise_language(inner.group(2), codes=codes) or normalise_language(inner.group(1), codes=codes)
    if codes and key in LANGUAGES:
        return key
    code = _BY_NAME.get(key)
    if code is not None:
        return code
    for stem in _stems(key):
        code = _BY_NAME.get(stem)
        if code is not None:
            return code
    return None


def language_name(code: str, lang: str = "fi") -> str:
    """The display name of a language (``"ar"`` -> ``"arabia"``); ``lang`` is ``fi``, ``sv`` or ``en``.

    Raises :class:`KeyError` for an unknown code and :class:`ValueError` for an unknown ``lang``.
    """
    if lang not in ("fi", "sv", "en"):
        raise ValueError(f"unsupported name language: {lang!r} (use 'fi', 'sv' or 'en')")
    entry = LANGUAGES.get(_key(code))
    if entry is None:
        raise KeyError(code)
    return {"fi": entry.fi, "sv": entry.sv, "en": entry.en}[lang][0]


def suggest_language(value: str, lang: str = "fi") -> str | None:
    """The name of the known language closest to ``value``, for a "tarkoititko …?" hint.

    Compares against every Finnish, Swedish and English name, ignoring case and
    diacritics (``"venja"`` finds ``venäjä``), and returns the display name of the
    language found in ``lang`` (Finnish by default). A value that
    :func:`normalise_language` already understands gives that language's name.
    ``None`` when nothing is close enough.
    """
    code = normalise_language(value)
    if code is None:
        matches = difflib.get_close_matches(_fold(value), list(_BY_FOLDED_NAME), n=1, cutoff=0.75)
        if not matches:
            return None
        code = _BY_FOLDED_NAME[matches[0]]
    return language_name(code, lang)


def _distance(a: str, b: str) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            cost = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cost = min(cost, prev2[j - 2] + 1)
            row.append(cost)
        prev2, prev = prev, row
    return prev[-1]


def misspelt_language(value: str, lang: str = "fi") -> str | None:
    """The known language ``value`` is very likely a misspelling of, or ``None``.

    Stricter than :func:`suggest_language`: the law does not limit the languages, so an unknown name is
    reported only when it is one slip away from a known name (one edit, two for names of eight letters or
    more: ``venja`` -> venäjä, ``ukrania`` -> ukraina), never merely similar (``karen`` is not ``korea``).
    """
    if normalise_language(value) is not None:
        return None
    folded = _fold(value)
    if len(folded) < 4:
        return None
    limit = 2 if len(folded) >= 8 else 1
    near = [name for name in _BY_FOLDED_NAME if abs(len(name) - len(folded)) <= limit]  # farther lengths: > limit
    best = min(((_distance(folded, name), name) for name in near), default=None)
    if best is None or best[0] > limit:
        return None
    return language_name(_BY_FOLDED_NAME[best[1]], lang)

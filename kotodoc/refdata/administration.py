"""The administration a document speaks of, by its date: ELY-keskus or elinvoimakeskus, TE-toimisto or
työvoimaviranomainen.

* **1.1.2025**: the TE offices (TE-toimistot) ended with the TE24 reform, laki työvoimapalveluiden
  järjestämisestä 380/2023; job seekers' services moved to the 45 employment areas, and the municipal
  employment pilot (työllisyyden kuntakokeilu) ended with it.
* **1.1.2026**: the ELY Centres (ELY-keskukset) were replaced by ten elinvoimakeskukset, laki 531/2025
  (https://www.finlex.fi/fi/lainsaadanto/2025/531). A document of 2026 or later is sent to the
  elinvoimakeskus of its region (:func:`kotodoc.refdata.centres_of`).

Sources: the project's domain research, § 9 (valtioneuvosto.fi release of 22.2.2024; finlex.fi).
:func:`outdated_bodies` finds the names of the bodies that ended, for the warning a 2026 document gets.
Only the standard library is imported.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from typing import Final, Literal

TE24_FROM: Final = dt.date(2025, 1, 1)
TE24_LAW: Final = "380/2023"
CENTRES_FROM: Final = dt.date(2026, 1, 1)
CENTRES_LAW: Final = "531/2025"

ELY_CENTRE: Final = "ELY-keskus"
CENTRE: Final = "elinvoimakeskus"

Ended = Literal["ely", "te", "kuntakokeilu"]

OUTDATED_BODIES: Final[tuple[tuple[str, int, Ended], ...]] = (
    (r"\bELY[-‐‑–]?keskuk?s\w*|\belinkeino-,?\s+liikenne-\s+ja\s+ympäristökeskuk?s\w*", re.IGNORECASE, "ely"),
    (r"\bELY\b(?![-‐‑–]?\w)", 0, "ely"),
    (r"\bTE[-‐‑–](?:toimisto|palvelu)\w*|\btyö-\s+ja\s+elinkeinotoimisto\w*", re.IGNORECASE, "te"),
    (r"\b(?:työllisyyden\s+)?kuntakokeilu\w*", re.IGNORECASE, "kuntakokeilu"),
    # The same in Swedish (a document with kieli: sv): NTM-centralen, TE-byrån, kommunförsöket med sysselsättning.
    (r"\bNTM[-‐‑–]central\w*|\bnärings-,?\s+trafik-\s+och\s+miljöcentral\w*", re.IGNORECASE, "ely"),
    (r"\bTE[-‐‑–](?:byrå|tjänst)\w*|\barbets-\s+och\s+näringsbyrå\w*", re.IGNORECASE, "te"),
    (r"\b(?:kommunförsök|sysselsättningsförsök)\w*", re.IGNORECASE, "kuntakokeilu"),
)
"""Names of bodies that have ended, in any inflection (regex, flags), in Finnish and Swedish, and which one each is."""


@functools.cache
def _outdated() -> tuple[tuple[re.Pattern[str], Ended], ...]:
    return tuple((re.compile(pattern, flags), kind) for pattern, flags, kind in OUTDATED_BODIES)

TRIGGERS: Final = ("ely", "elinkeino-", "te-", "te‐", "te‑", "te–", "elinkeinotoimisto", "kuntakokeilu", "ntm",
                   "närings", "kommunförsök", "sysselsättningsförsök")
"""Lower-case fragments that every match of :data:`OUTDATED_BODIES` contains: a cheap test first."""


def centres_in_charge(day: dt.date | None) -> bool:
    """Whether a document of ``day`` goes to an elinvoimakeskus (from 1.1.2026). An undated document
    is taken to be current: kotodoc writes for the administration in force."""
    return day is None or day >= CENTRES_FROM


def outdated_bodies(text: str) -> Iterator[tuple[str, Ended]]:
    """Each name of an ended body in ``text`` (as written) and which body it is, in text order."""
    lowered = text.lower()
    if not any(t in lowered for t in TRIGGERS):
        return
    found = sorted((m.start(), m.group(0), kind) for pattern, kind in _outdated() for m in pattern.finditer(text))
    end = -1
    for start, written, kind in found:
        if start >= end:  # "ELY-keskus" is not also reported as "ELY"
            yield written, kind
            end = start + len(written)


def allative(body: str) -> str:
    """The Finnish allative of a body whose name ends in "keskus": "Pohjanmaan elinvoimakeskukselle"."""
    return body[: -len("keskus")] + "keskukselle" if body.endswith("keskus") else body


def receiving_bodies(day: dt.date | None, centres: Iterable[str]) -> tuple[str, ...]:
    """Who receives a document of ``day`` (in Finnish): "ELY-keskus" before 2026; from 2026 the names of
    ``centres`` (the elinvoimakeskukset of its municipalities), or "elinvoimakeskus" when none is known."""
    if not centres_in_charge(day):
        return (ELY_CENTRE,)
    return tuple(centres) or (CENTRE,)

"""What kotodoc knows about the municipalities of a new programme, for `kotodoc init`.

:class:`Facts` looks the names given with ``--kunta`` up in :mod:`kotodoc.refdata` (all 308
municipalities, by their Finnish or Swedish name; ``--kunta "Pori, Ulvila, Nakkila"`` names three):
the spelling, bilingual status, wellbeing services county, employment area and elinvoimakeskus, and
says in the reader's language what was found and what was not. The facts written into the file are
worded in the file's language (a county's or an elinvoimakeskus's Swedish name in a Swedish file).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from kotodoc import form, messages, refdata

HELSINKI_COUNTY = "Helsingin kaupunki"
HELSINKI_COUNTY_SV = "Helsingfors stad"
"""Who is Helsinki's "hyvinvointialue": the city, by name only, as it goes into the answers; why is said in a
comment of the file (``init.own_county``) and in the note (QA 17)."""
ALAND_REGION = "Ahvenanmaa"
"""Åland's municipalities (maakunta in the reference data): kotodoc has not verified whether KotoL 13 § applies
to them, nor who receives the document, so init claims no elinvoimakeskus for them and says so (QA 24)."""


@dataclass(frozen=True)
class Municipality:
    """What the reference data knows about one municipality named on the command line."""

    name: str  # as written into the file: the official spelling in the language given, or the name as given
    known: bool
    suggestion: str | None = None  # a "tarkoititko …?" candidate for an unknown name
    former: refdata.Former | None = None  # a municipality merged into another (Pertunmaa)
    code: str = ""
    bilingual: bool = False
    county: str | None = None  # official name of the wellbeing services county (Helsinki: the city)
    county_sv: str | None = None  # the same in Swedish
    county_key: str | None = None  # its short name, as the joint block takes it
    employment_area: str | None = None  # refdata.employment_area_of, spelled as a name (one spelling everywhere)
    centre: str | None = None  # the elinvoimakeskus
    centre_sv: str | None = None  # its Swedish name (livskraftscentral)
    swedish_majority: bool = False  # Swedish-speaking majority (Närpes, Jakobstad) or Swedish only (Åland)
    own_county: bool = False  # the city organises the county's services itself (Helsinki)
    aland: bool = False  # on Åland: the receiver and whether KotoL 13 § applies are not verified

    @classmethod
    def look_up(cls, given: str) -> Municipality:
        """The facts about ``given`` (any case and spacing, Finnish or Swedish)."""
        name = " ".join(given.split())
        found = refdata.lookup(name)
        if found is None:
            former = refdata.former_municipality(name)
            return cls(name, known=False, suggestion=refdata.suggest_municipality(name), former=former)
        county: str | None = None
        county_sv: str | None = None
        own_county = found.name_fi == "Helsinki" and refdata.HELSINKI_ORGANISES_ITSELF
        if found.county is not None:
            county, county_sv = found.county.name_fi, found.county.name_sv
        elif own_county:
            county, county_sv = HELSINKI_COUNTY, HELSINKI_COUNTY_SV
        return cls(refdata.canonical_municipality(name) or found.name_fi, known=True, code=found.code,
                   bilingual=found.bilingual, county=county, county_sv=county_sv,
                   county_key=found.county.key if found.county else None,
                   employment_area=_as_name(refdata.employment_area_of(name)),
                   centre=found.centre.name_fi if found.centre else None,
                   centre_sv=found.centre.name_sv if found.centre else None, own_county=own_county,
                   swedish_majority=found.language in ("sv", "sv-fi"),
                   aland=found.region == ALAND_REGION)

    def county_name(self, lang: str = "fi") -> str | None:
        """The county's official name in the file's language ``lang``."""
        return self.county_sv if lang == "sv" else self.county

    def centre_name(self, lang: str = "fi") -> str | None:
        """The elinvoimakeskus's name in the file's language ``lang``."""
        return self.centre_sv if lang == "sv" else self.centre


@dataclass(frozen=True)
class Facts:
    """The municipalities of one programme (one, or several for a joint programme), for a file in ``lang``."""

    municipalities: tuple[Municipality, ...]
    lang: str = "fi"  # the file's language (a document language)

    @classmethod
    def of(cls, names: Iterable[str], lang: str = "fi") -> Facts:
        """Look up every name (a name may list several, separated by commas); one municipality counts once,
        whichever language it is named in. ``lang`` is the file's language."""
        found: dict[str, Municipality] = {}
        for given in names:
            for part in given.split(","):
                if part.strip():
                    m = Municipality.look_up(part)
                    found.setdefault(m.code or m.name.casefold(), m)
        return cls(tuple(found.values()), lang)

    @property
    def names(self) -> list[str]:
        """The municipality names in the order given."""
        return [m.name for m in self.municipalities]

    @property
    def joint(self) -> bool:
        """Whether this is a joint programme of several municipalities."""
        return len(self.municipalities) > 1

    @property
    def bilingual(self) -> list[str]:
        """The bilingual municipalities among them."""
        return [m.name for m in self.municipalities if m.bilingual]

    @property
    def counties(self) -> list[str]:
        """The known wellbeing services counties (official names in the file's language), each once."""
        return unique(m.county_name(self.lang) for m in self.municipalities)

    @property
    def shared_county(self) -> str | None:
        """The short name of the county most members belong to (the joint block names one), or ``None``."""
        keys = Counter(m.county_key for m in self.municipalities if m.county_key)
        return keys.most_common(1)[0][0] if keys else None

    @property
    def employment_areas(self) -> list[str]:
        """The known employment areas, each once, written so that they name the employment authority."""
        return unique(employment_label(m.employment_area, self.lang) for m in self.municipalities)

    @property
    def centres(self) -> list[str]:
        """The elinvoimakeskukset of the municipalities (names in the file's language), each once; none for
        Åland's municipalities (not verified, :data:`ALAND_REGION`)."""
        return unique(m.centre_name(self.lang) for m in self.municipalities if not m.aland)

    @property
    def own_counties(self) -> list[str]:
        """The municipalities that organise the county's services themselves (Helsinki)."""
        return [m.name for m in self.municipalities if m.own_county]

    @property
    def swedish_majority(self) -> list[str]:
        """The municipalities whose majority speaks Swedish (Närpes, Jakobstad; all of Åland's)."""
        return [m.name for m in self.municipalities if m.swedish_majority]

    @property
    def aland(self) -> list[str]:
        """The municipalities on Åland."""
        return [m.name for m in self.municipalities if m.aland]

    def county_list(self) -> list[str]:
        """The counties for the multisectoral answers; a bare word when none is known."""
        return self.counties or [form.texts(self.lang).own["init.county"]]

    def employment_list(self) -> list[str]:
        """The employment authorities for the job seekers' column; a bare word when none is known."""
        return self.employment_areas or [form.texts(self.lang).own["init.employment_area"]]

    def notes(self, lang: str = "fi") -> list[str]:
        """Notes for the user in ``lang``: unknown names, and what was filled in from the reference data."""
        out = []
        for m in self.municipalities:
            if m.known:
                continue
            if m.former:
                since = m.former.since
                out.append(messages.ui("init.former", lang, name=m.former.name, merged=m.former.merged_into,
                                       date=f"{since.day}.{since.month}.{since.year}"))
                continue
            note = messages.ui("init.unknown", lang, name=m.name)
            if m.suggestion:
                note += messages.ui("init.unknown_hint", lang, suggestion=m.suggestion)
            out.append(note + ".")
        for m in (m for m in self.municipalities if m.known):
            area = employment_label(m.employment_area, self.lang)
            centre = m.centre_name(self.lang) if not m.aland else None
            county = m.county_name(self.lang) or ""
            facts = [messages.ui(f"init.bilingual.{self.lang}", lang) if m.bilingual else "",
                     messages.ui("init.own_county", lang, county=county) if m.own_county else county,
                     messages.ui("init.employment", lang, area=area) if area else "",
                     messages.ui("init.centre", lang, centre=centre) if centre else ""]
            unknown = [messages.ui(f"init.what.{what}", lang)
                       for what, value in (("county", m.county), ("area", m.employment_area)) if not value]
            if unknown:
                facts.append(messages.ui("init.missing", lang, what=messages.join(unknown, lang)))
            out.append(messages.ui("init.facts", lang, name=m.name, facts="; ".join(f for f in facts if f)))
            if m.aland:
                out.append(messages.ui("init.aland", lang, name=m.name))
        return out


def _as_name(area: str | None) -> str | None:
    """An employment area as the file names it, the same in H5, the table and the joint block: "Työllisyysalue
    (Läntinen Pirkanmaa)" for an area kotodoc knows by its short name only, an own name as it is."""
    return area[:1].upper() + area[1:] if area else area


def unique(items: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def employment_label(area: str | None, lang: str = "fi") -> str | None:
    """An employment area as a phrase the KD407/KD408 rules recognise ("Lahti" organises alone)."""
    if area is None:
        return None
    if refdata.mentions_employment_authority(area):
        return area
    return form.texts(lang).own["init.employment_authority"].format(area=area)

"""What kotodoc knows about the municipalities of a new programme, for `kotodoc init`.

:class:`Facts` looks the names given with ``--kunta`` up in :mod:`kotodoc.refdata` (all 308
municipalities, by their Finnish or Swedish name; ``--kunta "Pori, Ulvila, Nakkila"`` names three):
the spelling, bilingual status, wellbeing services county, employment area and elinvoimakeskus, and
says in Finnish what was found and what was not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from kotodoc import refdata

HELSINKI_COUNTY = "Helsingin kaupunki (hoitaa itse hyvinvointialueen tehtävät)"


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
    county_key: str | None = None  # its short name, as the joint block takes it
    employment_area: str | None = None  # as kotodoc writes it (refdata.employment_area_of)
    centre: str | None = None  # the elinvoimakeskus

    @classmethod
    def look_up(cls, given: str) -> Municipality:
        """The facts about ``given`` (any case and spacing, Finnish or Swedish)."""
        name = " ".join(given.split())
        found = refdata.lookup(name)
        if found is None:
            former = refdata.former_municipality(name)
            return cls(name, known=False, suggestion=refdata.suggest_municipality(name), former=former)
        if found.county is not None:
            county: str | None = found.county.name_fi
        else:
            county = HELSINKI_COUNTY if found.name_fi == "Helsinki" and refdata.HELSINKI_ORGANISES_ITSELF else None
        return cls(refdata.canonical_municipality(name) or found.name_fi, known=True, code=found.code,
                   bilingual=found.bilingual, county=county, county_key=found.county.key if found.county else None,
                   employment_area=refdata.employment_area_of(name),
                   centre=found.centre.name_fi if found.centre else None)


@dataclass(frozen=True)
class Facts:
    """The municipalities of one programme (one, or several for a joint programme)."""

    municipalities: tuple[Municipality, ...]

    @classmethod
    def of(cls, names: Iterable[str]) -> Facts:
        """Look up every name (a name may list several, separated by commas); one municipality counts once,
        whichever language it is named in."""
        found: dict[str, Municipality] = {}
        for given in names:
            for part in given.split(","):
                if part.strip():
                    m = Municipality.look_up(part)
                    found.setdefault(m.code or m.name.casefold(), m)
        return cls(tuple(found.values()))

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
        """The known wellbeing services counties (official names), each once."""
        return unique(m.county for m in self.municipalities)

    @property
    def shared_county(self) -> str | None:
        """The short name of the county most members belong to (the joint block names one), or ``None``."""
        keys = Counter(m.county_key for m in self.municipalities if m.county_key)
        return keys.most_common(1)[0][0] if keys else None

    @property
    def employment_areas(self) -> list[str]:
        """The known employment areas, each once, written so that they name the employment authority."""
        return unique(employment_label(m.employment_area) for m in self.municipalities)

    @property
    def centres(self) -> list[str]:
        """The elinvoimakeskukset of the municipalities, each once."""
        return unique(m.centre for m in self.municipalities)

    def county_list(self) -> list[str]:
        """The counties for the multisectoral answers; a bare word when none is known."""
        return self.counties or ["hyvinvointialue"]

    def employment_list(self) -> list[str]:
        """The employment authorities for the job seekers' column; a bare word when none is known."""
        return self.employment_areas or ["työllisyysalue"]

    def notes(self) -> list[str]:
        """Finnish notes for the user: unknown names, and what was filled in from the reference data."""
        out = []
        for m in self.municipalities:
            if m.known:
                continue
            if m.former:
                out.append(f"{m.former.name} liitettiin kuntaan {m.former.merged_into} "
                           f"{m.former.since.day}.{m.former.since.month}.{m.former.since.year}: nimeä ohjelmassa "
                           f"{m.former.merged_into}, jos asiakirja on tätä uudempi.")
                continue
            note = (f"kuntaa '{m.name}' ei löydy Suomen kuntien luettelosta (kunnat 2025–2026), joten "
                    "kaksikielisyyttä, hyvinvointialuetta, työllisyysaluetta ja elinvoimakeskusta ei täydennetty")
            if m.suggestion:
                note += f". Tarkoititko '{m.suggestion}'? Jos tarkoitit, aja komento uudelleen oikealla nimellä"
            out.append(note + ".")
        for m in (m for m in self.municipalities if m.known):
            facts = ["kaksikielinen kunta, ruotsinkieliset osat lisätty" if m.bilingual else "",
                     m.county or "",
                     f"työvoimapalvelut: {employment_label(m.employment_area)}" if m.employment_area else "",
                     f"asiakirja toimitetaan: {m.centre}" if m.centre else ""]
            unknown = [what for what, value in (("hyvinvointialue", m.county),
                                                ("työllisyysalue", m.employment_area)) if not value]
            if unknown:
                facts.append(f"{' ja '.join(unknown)} ei ole kotodocin tiedoissa (Ahvenanmaa ei kuulu "
                             "hyvinvointialueisiin eikä työllisyysalueisiin): täydennä itse")
            out.append(f"{m.name}: " + "; ".join(f for f in facts if f) + ".")
        return out


def unique(items: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def employment_label(area: str | None) -> str | None:
    """An employment area as a phrase the KD407/KD408 rules recognise ("Lahti" organises alone)."""
    if area is None:
        return None
    return area if refdata.mentions_employment_authority(area) else f"työvoimaviranomainen ({area})"

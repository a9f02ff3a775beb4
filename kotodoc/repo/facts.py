"""What kotodoc knows about the municipalities of a new programme, for `kotodoc init`.

:class:`Facts` looks the names given with ``--kunta`` up in :mod:`kotodoc.refdata`:
the spelling, bilingual status, wellbeing services county and employment area,
and says in Finnish what was found and what was not (``refdata`` covers only some
of Finland's municipalities, so "not known" is never "does not exist").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kotodoc import refdata

# The official names of the wellbeing services counties (refdata holds the short names).
COUNTY_NAMES: dict[str, str] = {
    "Varsinais-Suomi": "Varsinais-Suomen hyvinvointialue",
    "Satakunta": "Satakunnan hyvinvointialue",
    "Kanta-Häme": "Kanta-Hämeen hyvinvointialue",
    "Pirkanmaa": "Pirkanmaan hyvinvointialue",
    "Päijät-Häme": "Päijät-Hämeen hyvinvointialue",
    "Kymenlaakso": "Kymenlaakson hyvinvointialue",
    "Etelä-Karjala": "Etelä-Karjalan hyvinvointialue",
    "Etelä-Savo": "Etelä-Savon hyvinvointialue",
    "Pohjois-Savo": "Pohjois-Savon hyvinvointialue",
    "Pohjois-Karjala": "Pohjois-Karjalan hyvinvointialue",
    "Keski-Suomi": "Keski-Suomen hyvinvointialue",
    "Etelä-Pohjanmaa": "Etelä-Pohjanmaan hyvinvointialue",
    "Pohjanmaa": "Pohjanmaan hyvinvointialue",
    "Keski-Pohjanmaa": "Keski-Pohjanmaan hyvinvointialue",
    "Pohjois-Pohjanmaa": "Pohjois-Pohjanmaan hyvinvointialue",
    "Kainuu": "Kainuun hyvinvointialue",
    "Lappi": "Lapin hyvinvointialue",
    "Itä-Uusimaa": "Itä-Uudenmaan hyvinvointialue",
    "Keski-Uusimaa": "Keski-Uudenmaan hyvinvointialue",
    "Länsi-Uusimaa": "Länsi-Uudenmaan hyvinvointialue",
    "Vantaa–Kerava": "Vantaan ja Keravan hyvinvointialue",
}
HELSINKI_COUNTY = "Helsingin kaupunki (hoitaa itse hyvinvointialueen tehtävät)"


@dataclass(frozen=True)
class Municipality:
    """What the reference data knows about one municipality named on the command line."""

    name: str  # as written into the file: the known spelling, or the name as given
    known: bool
    suggestion: str | None = None  # a "tarkoititko …?" candidate for an unknown name
    bilingual: bool = False
    county: str | None = None  # official name of the wellbeing services county
    employment_area: str | None = None

    @classmethod
    def look_up(cls, given: str) -> Municipality:
        """The facts about ``given`` (any case and spacing)."""
        canonical = refdata.canonical_municipality(given)
        if canonical is None:
            name = " ".join(given.split())
            suggestion = refdata.suggest_municipality(name)
            return cls(name, known=False, suggestion=suggestion if suggestion != name else None)
        county = refdata.county_of(canonical)
        if canonical == "Helsinki" and refdata.HELSINKI_ORGANISES_ITSELF:
            county_name: str | None = HELSINKI_COUNTY
        else:
            county_name = COUNTY_NAMES.get(county) if county else None
        return cls(canonical, known=True, bilingual=refdata.is_bilingual(canonical), county=county_name,
                   employment_area=refdata.employment_area_of(canonical))


@dataclass(frozen=True)
class Facts:
    """The municipalities of one programme (one, or several for a joint programme)."""

    municipalities: tuple[Municipality, ...]

    @classmethod
    def of(cls, names: Iterable[str]) -> Facts:
        """Look up every name; repeated names count once."""
        found: dict[str, Municipality] = {}
        for given in names:
            if given.strip():
                m = Municipality.look_up(given)
                found.setdefault(m.name.casefold(), m)
        return cls(tuple(found.values()))

    @property
    def names(self) -> list[str]:
        """The municipality names in the order given."""
        return [m.name for m in self.municipalities]

    @property
    def bilingual(self) -> list[str]:
        """The bilingual municipalities among them."""
        return [m.name for m in self.municipalities if m.bilingual]

    @property
    def counties(self) -> list[str]:
        """The known wellbeing services counties (official names), each once."""
        return unique(m.county for m in self.municipalities)

    @property
    def employment_areas(self) -> list[str]:
        """The known employment areas, each once, written so that they name the employment authority."""
        return unique(employment_label(m.employment_area) for m in self.municipalities)

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
            note = (f"kuntaa '{m.name}' ei löydy kotodocin viitetiedoista (ne kattavat vain osan kunnista), "
                    "joten kaksikielisyyttä, hyvinvointialuetta ja työllisyysaluetta ei täydennetty")
            if m.suggestion:
                note += f". Tarkoititko '{m.suggestion}'? Jos tarkoitit, aja komento uudelleen oikealla nimellä"
            out.append(note + ".")
        for m in (m for m in self.municipalities if m.known):
            facts = ["kaksikielinen kunta, ruotsinkieliset osat lisätty" if m.bilingual else "",
                     m.county or "",
                     f"työvoimapalvelut: {employment_label(m.employment_area)}" if m.employment_area else ""]
            unknown = [what for what, value in (("hyvinvointialue", m.county),
                                                ("työllisyysalue", m.employment_area)) if not value]
            if unknown:
                facts.append(f"{' ja '.join(unknown)} ei ole kotodocin tiedoissa: täydennä itse")
            out.append(f"{m.name}: " + "; ".join(f for f in facts if f) + ".")
        return out


def unique(items: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def employment_label(area: str | None) -> str | None:
    """An employment area as a phrase the KD407/KD408 rules recognise ("Lahti" organises alone)."""
    if area is None:
        return None
    return area if refdata.mentions_employment_authority(area) else f"työvoimaviranomainen ({area})"

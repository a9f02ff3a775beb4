"""Reference data: Finland's municipalities, wellbeing services counties, employment areas, elinvoimakeskukset.

Takes names as people write them; gives the facts that ``init``, the rules, joint programmes and costs ask.
Imports only the standard library, and reads its CSV files (``data/``, sources in
:mod:`kotodoc.refdata.tables` and ``docs/viitetiedot.md``) only when a lookup first needs them, so
importing the package costs nothing at start-up.

Municipalities (all 308 of 2025–2026)::

    m = lookup("Jakobstad")          # also "pietarsaari", "Pietarsaaren kaupunki", "Jakobstads stad"
    m.name_fi, m.name_sv             # "Pietarsaari", "Jakobstad"; m.name("sv")
    m.language, m.bilingual          # "sv-fi" (fi, sv, fi-sv, sv-fi), True
    m.region                         # maakunta: "Pohjanmaa"
    m.county                         # County, or None for Helsinki (organises the services itself) and Åland
    m.area                           # EmploymentArea, or None on Åland
    m.own_employment_authority       # True for Helsinki, Vantaa, Lahti, Kouvola
    m.employment_authority           # the area's responsible municipality or kuntayhtymä ("Kuntayhtymä Kymppi")
    employment_authority_name(m)     # "Lahden kaupunki", "Kuntayhtymä Kymppi", "Satakunnan työllisyysalue"
    m.centre                         # Centre: the elinvoimakeskus of the region (from 1.1.2026)
    m.unverified                     # CSV columns whose value was marked unverified ("?"): never an error
    canonical_municipality(name)     # the official spelling in the language written, or None
    suggest_municipality(name)       # "tarkoititko": only for a name that is no municipality's, and only when close
    former_municipality("Pertunmaa") # merged into Mäntyharju 1.1.2025
    split_names("Pori, Ulvila ja Nakkila")  # ["Pori", "Ulvila", "Nakkila"]

Counties, employment areas, elinvoimakeskukset::

    county("Soite"), county("Satakunnan hyvinvointialueen"), county("Österbottens välfärdsområde")
    c.key, c.name_fi, c.name_sv, c.brands   # "Satakunta", "Satakunnan hyvinvointialue", …, (Brand, …)
    county_members("Etelä-Savo"); WELLBEING_COUNTIES (21 short names)
    employment_area("Oulun seudun työllisyysalue"); a.kind ("vastuukunta", "kuntayhtyma", "alone"),
    a.organiser, a.organiser_verified, a.members, a.label()
    centres_of(["Pori", "Ulvila"])   # (Centre("Lounais-Suomen elinvoimakeskus", …),)

Names in running text (:mod:`kotodoc.refdata.mentions`)::

    mentions_county(text, county)                     # name in any inflection, Swedish name, brand
    counties_in(text)                                 # every county named
    mentions_wellbeing_county(text)                   # any county, or the word "hyvinvointialue"
    mentions_employment_authority(text, municipality) # general words, the area, "Porin työllisyyspalvelut", …
    municipalities_in(text)                           # "Porissa", "Vaasan kaupungin", "Jakobstads"

The administration by date (:mod:`kotodoc.refdata.administration`): ``centres_in_charge(day)`` (from 1.1.2026 the
elinvoimakeskus, before it the ELY-keskus), ``outdated_bodies(text)`` (ELY-keskus, TE-toimisto, TE-palvelut,
työ- ja elinkeinotoimisto, kuntakokeilu). Languages of the civic orientation: :mod:`kotodoc.refdata.languages`.
"""

from kotodoc.refdata.administration import centres_in_charge as centres_in_charge
from kotodoc.refdata.administration import outdated_bodies as outdated_bodies
from kotodoc.refdata.languages import LANGUAGES as LANGUAGES
from kotodoc.refdata.languages import Language as Language
from kotodoc.refdata.languages import language_name as language_name
from kotodoc.refdata.languages import misspelt_language as misspelt_language
from kotodoc.refdata.languages import normalise_language as normalise_language
from kotodoc.refdata.languages import suggest_language as suggest_language
from kotodoc.refdata.mentions import counties_in as counties_in
from kotodoc.refdata.mentions import mentions_county as mentions_county
from kotodoc.refdata.mentions import mentions_employment_authority as mentions_employment_authority
from kotodoc.refdata.mentions import mentions_wellbeing_county as mentions_wellbeing_county
from kotodoc.refdata.mentions import municipalities_in as municipalities_in
from kotodoc.refdata.municipalities import EMPLOYMENT_AREA_COUNT as EMPLOYMENT_AREA_COUNT
from kotodoc.refdata.municipalities import (
    EMPLOYMENT_AREAS_RESPONSIBLE_MUNICIPALITY_MODEL as EMPLOYMENT_AREAS_RESPONSIBLE_MUNICIPALITY_MODEL,
)
from kotodoc.refdata.municipalities import FORMER_MUNICIPALITIES as FORMER_MUNICIPALITIES
from kotodoc.refdata.municipalities import HELSINKI_ORGANISES_ITSELF as HELSINKI_ORGANISES_ITSELF
from kotodoc.refdata.municipalities import LABOUR_FORCE_MINIMUM as LABOUR_FORCE_MINIMUM
from kotodoc.refdata.municipalities import PROPOSED_SIZE_EXEMPTIONS as PROPOSED_SIZE_EXEMPTIONS
from kotodoc.refdata.municipalities import WELLBEING_COUNTIES as WELLBEING_COUNTIES
from kotodoc.refdata.municipalities import Former as Former
from kotodoc.refdata.municipalities import canonical_county as canonical_county
from kotodoc.refdata.municipalities import canonical_municipality as canonical_municipality
from kotodoc.refdata.municipalities import centres as centres
from kotodoc.refdata.municipalities import centres_of as centres_of
from kotodoc.refdata.municipalities import counties as counties
from kotodoc.refdata.municipalities import county as county
from kotodoc.refdata.municipalities import county_members as county_members
from kotodoc.refdata.municipalities import county_of as county_of
from kotodoc.refdata.municipalities import did_you_mean as did_you_mean
from kotodoc.refdata.municipalities import employment_area as employment_area
from kotodoc.refdata.municipalities import employment_area_of as employment_area_of
from kotodoc.refdata.municipalities import employment_areas as employment_areas
from kotodoc.refdata.municipalities import employment_authority_name as employment_authority_name
from kotodoc.refdata.municipalities import former_municipality as former_municipality
from kotodoc.refdata.municipalities import is_bilingual as is_bilingual
from kotodoc.refdata.municipalities import language_status as language_status
from kotodoc.refdata.municipalities import lookup as lookup
from kotodoc.refdata.municipalities import municipalities as municipalities
from kotodoc.refdata.municipalities import suggest_municipality as suggest_municipality
from kotodoc.refdata.names import split_names as split_names
from kotodoc.refdata.tables import EMPLOYMENT_AREAS_ALONE as EMPLOYMENT_AREAS_ALONE
from kotodoc.refdata.tables import EMPLOYMENT_AREAS_JOINT_AUTHORITY as EMPLOYMENT_AREAS_JOINT_AUTHORITY
from kotodoc.refdata.tables import Brand as Brand
from kotodoc.refdata.tables import Centre as Centre
from kotodoc.refdata.tables import County as County
from kotodoc.refdata.tables import EmploymentArea as EmploymentArea
from kotodoc.refdata.tables import LanguageStatus as LanguageStatus
from kotodoc.refdata.tables import Municipality as Municipality

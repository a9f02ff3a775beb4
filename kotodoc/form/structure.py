"""The TEM form as data: the single source of the form's structure and wording.

"Kunnan kotoutumisohjelma – kotoutumisen alkuvaiheen palveluita kuvaava
asiakirja" (työ- ja elinkeinoministeriö), as filled in by Kokkola (form dated
21.10.2024). Sections, questions, instructions and KotoL references are held
here once; the schema's descriptions, the diagnostics and every renderer read
them from this module.

The form's own typos are corrected here (the seed spells "kotoutumishjelma",
"kotoutumishojelma", "päättöttestaus", "vähimmäisisällöstä", "tahot/ yksiköt"
and "olevista palveluista järjestämisestä"); questions missing their question
mark got one. Nothing else in the wording is changed.

YAML keys are Finnish, lower case, ASCII (ä → a, ö → o; the loader applies the
same folding to what users write, so ``työnhakijat`` is read as
``tyonhakijat``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

LAW = "laki kotoutumisen edistämisestä (681/2023)"
LAW_SHORT = "KotoL"
LAW_ELI = "http://data.finlex.fi/eli/sd/2023/681/ajantasa/2024-12-30/fin"
FORM_DATE = "21.10.2024"

TITLE = "Kunnan kotoutumisohjelma"
SUBTITLE = "Kotoutumisen alkuvaiheen palveluita kuvaava asiakirja"

INTRO: tuple[str, ...] = (
    ("Työvoimaviranomainen vastaa kotoutumisohjelmaan sisältyvien palveluiden järjestämisestä "
    "työnhakijana olevalle maahanmuuttajalle ja kotoutuja-asiakkaalle. Kunta vastaa muiden "
    "maahanmuuttajien ja kotoutuja-asiakkaiden kotoutumisohjelman mukaisten palveluiden "
    "järjestämisestä. Kunta voi järjestää ja toteuttaa palveluitaan yhteistyössä "
    "työvoimaviranomaisen, muiden kuntien ja/tai hyvinvointialueen kanssa. Kotoutumisohjelman "
    "palvelut on kuvattava yhteistyössä kunnan työvoimaviranomaisen kanssa ja asiakirja sisältää "
    "myös työvoimaviranomaisen palvelut. Monialainen osaamisen ja kotoutumisen palvelutarpeen "
    "arviointi ja kotoutumissuunnitelma tehdään aina yhteistyössä hyvinvointialueen kanssa."),
    ("Kunnan kotoutumisohjelman vähimmäissisällöstä säädetään laissa kotoutumisen edistämisestä "
    "(681/2023). Kotoutumisohjelmaan sisältyvät vähintään alla kuvatut palvelut (kohdat 1–6). "
    "Kunta voi sisällyttää kotoutumisohjelmaan myös muita palveluita (kohta 7)."),
)


class Kind(str, enum.Enum):
    """What an answer slot holds."""

    TEXT = "teksti"  # free text, or a list of parts split by target group / language
    LINE = "rivi"  # one short text, not split into parts (H4: when the programme was made)
    LIST = "lista"  # a list of short texts (partners, organisations)
    LANGUAGES = "kielet"  # a list of languages, normalised to ISO 639 codes
    ACTORS = "toimijat"  # a list of organisations, each with its activities
    CONTACT = "yhteyshenkilo"  # name, title, phone, e-mail


@dataclass(frozen=True)
class Question:
    """One question of the form and the YAML key of its answer."""

    key: str
    text: str
    block: str = ""  # "A", "B", "C" within a section; "" for header fields
    kind: Kind = Kind.TEXT
    required: bool = True
    hint: str = ""  # the form's own helper text under the question
    subheading: str = ""  # a heading the form prints before this question
    note_key: str = ""  # optional free-text slot rendered before a list answer
    both_groups: bool = False  # the form asks for the answer per target group
    names_county: bool = False  # the answer must name the wellbeing services county


@dataclass(frozen=True)
class Section:
    """A numbered section of the form (1–7)."""

    number: int
    key: str
    title: str
    law: str  # e.g. "KotoL 14 ja 15 §"; "" where the form cites none
    questions: tuple[Question, ...]
    instruction: str = ""
    required: bool = True

    def heading(self) -> str:
        """The section heading as printed on the form."""
        law = f" ({self.law})" if self.law else ""
        return f"{self.number}. {self.title}{law}"

    def question(self, key: str) -> Question | None:
        """The question whose answer slot is ``key`` (also matches ``note_key``)."""
        for q in self.questions:
            if key in (q.key, q.note_key):
                return q
        return None


@dataclass(frozen=True)
class HeaderField:
    """A header field H1–H7 of the form."""

    code: str
    question: Question
    helper_questions: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class TableRow:
    """A row of the vastuutaulukko."""

    number: int
    key: str
    label: str
    names_county: bool = False


BLOCK_LABELS = {"A": "A. Kuvaus palvelusta:", "B": "B. Vastuutaho:", "C": "C. Yhteistyö:"}
COOPERATION_QUESTION = "Miten palvelun järjestämiseksi tehdään yhteistyötä?"
BILINGUAL_INSTRUCTION = "Kuvaa tarvittaessa erikseen suomen- ja ruotsinkieliset palvelut."

# Labels of target groups and service languages for split answers.
TARGET_GROUPS: dict[str, str] = {
    "tyonhakijat": "Työnhakijat",
    "tyovoiman_ulkopuoliset": "Työvoiman ulkopuolella olevat",
    "kaikki": "Kaikki kohderyhmät",
    "muu": "Muu kohderyhmä",
}
SERVICE_LANGUAGES: dict[str, str] = {"fi": "Suomenkieliset palvelut", "sv": "Ruotsinkieliset palvelut"}


def _c(key: str = "yhteistyo") -> Question:
    return Question(key, COOPERATION_QUESTION, "C")


HEADER: tuple[HeaderField, ...] = (
    HeaderField("H1", Question("kunnat", "Kunta tai kunnat:", kind=Kind.LIST)),
    HeaderField("H2", Question("koordinoiva_taho", "Kunnassa/kunnissa kotoutumisohjelmaa koordinoiva taho:")),
    HeaderField("H3", Question(
        "yhteyshenkilo", "Kotoutumisohjelmaa kuvaavan asiakirjan yhteyshenkilö ja yhteystiedot:",
        kind=Kind.CONTACT)),
    HeaderField("H4", Question("laadittu_tai_paivitetty", "Kotoutumisohjelma on laadittu tai päivitetty:",
                                kind=Kind.LINE)),
    HeaderField("H5", Question(
        "yhteistyokumppanit",
        "Kotoutumisohjelman ja/tai sitä kuvaavan asiakirjan laatimiseen osallistuvat yhteistyökumppanit:",
        kind=Kind.LIST,
        hint="Kunta voi asettaa työryhmän, jonka tehtävänä on seurata kotoutumisohjelman toteutumista, "
             "ja ehdottaa siihen muutoksia tarvittaessa.")),
    HeaderField("H6", Question(
        "laadinta_ja_viestinta", "Kotoutumisohjelman laadinnan prosessi ja viestintä kunnassa:"),
        helper_questions=(
            "Miten kotoutumisohjelma on kunnassa laadittu?",
            "Millaista asiakasviestintää kotoutumisohjelmasta tehdään?",
            "Miten sen toteutumista seurataan jatkossa?",
        )),
    HeaderField("H7", Question(
        "kasittely_ja_hyvaksyminen",
        "Kotoutumisohjelmaa kuvaavan asiakirjan käsittely- ja hyväksymisprosessi kunnassa:")),
)

CONTACT_FIELDS: dict[str, str] = {
    "nimi": "Nimi",
    "nimike": "Tehtävänimike",
    "puhelin": "Puhelin",
    "sahkoposti": "Sähköposti",
}

SECTIONS: tuple[Section, ...] = (
    Section(
        1, "arviointi",
        "Osaamisen ja kotoutumisen palvelutarpeen arviointi ja monialaisen osaamisen ja kotoutumisen "
        "palvelutarpeen arviointi",
        "KotoL 14 ja 15 §",
        instruction="Kuvaa palvelun järjestämistä eri kohderyhmien osalta. Erittele tarvittaessa "
                    "vastuutahot eri kohderyhmien osalta. " + BILINGUAL_INSTRUCTION,
        questions=(
            Question("jarjestaminen", "Miten palvelut järjestetään kunnassa?", "A", both_groups=True),
            Question("arvioinnin_tekijat", "Mitkä tahot/yksiköt tekevät osaamisen ja kotoutumisen "
                     "palvelutarpeen arvioinnin ja miten?", "B"),
            Question("monialaisen_arvioinnin_tekijat", "Mitkä tahot/yksiköt tekevät monialaisen osaamisen "
                     "ja kotoutumisen palvelutarpeen arvioinnin kunnassa ja hyvinvointialueella ja miten?",
                     "B", names_county=True),
            _c(),
        )),
    Section(
        2, "suunnitelma",
        "Osaamisen ja kotoutumisen ja monialaisen osaamisen ja kotoutumisen palvelutarpeen arvioinnin "
        "pohjalta laadittava kotoutumissuunnitelma tai monialainen kotoutumissuunnitelma",
        "KotoL 16 ja 17 §",
        questions=(
            Question("jarjestaminen", "Miten palvelut järjestetään kunnassa?", "A", both_groups=True),
            Question("suunnitelmien_laatijat",
                     "Mitkä tahot/yksiköt vastaavat kotoutumissuunnitelmien laatimisesta?", "B"),
            Question("monialaisten_suunnitelmien_laatijat", "Mitkä tahot/yksiköt vastaavat monialaisten "
                     "kotoutumissuunnitelmien laatimisesta kunnassa ja hyvinvointialueella?", "B",
                     names_county=True),
            _c(),
        )),
    Section(
        3, "yhteiskuntaorientaatio", "Monikielinen yhteiskuntaorientaatio", "KotoL 25 §",
        questions=(
            Question("toteutus", "Miten kunta toteuttaa monikielisen yhteiskuntaorientaation?", "A"),
            Question("kohderyhmat", "Mitä yhteiskuntaorientaation kohderyhmiä kunnassa on?", "A"),
            Question("kielet", "Millä kielillä kunnassa on tarve järjestää yhteiskuntaorientaatio?", "A",
                     kind=Kind.LANGUAGES, note_key="kielet_kuvaus"),
            Question("palveluprosessin_vaihe", "Missä asiakaspalveluprosessin vaiheessa monikielistä "
                     "yhteiskuntaorientaatiota tarjotaan asiakkaille?", "A"),
            Question("vastuutaho",
                     "Mitkä tahot/yksiköt vastaavat yhteiskuntaorientaation järjestämisestä?", "B"),
            _c(),
            Question("itsenaisesti_vai_yhteistyossa", "Toteuttaako kunta monikielisen "
                     "yhteiskuntaorientaation osittain tai kokonaan itsenäisesti, vai osittain tai "
                     "kokonaan yhteistyössä jonkun muun tahon kanssa?", "C"),
            Question("yhteistyotahot", "Nimeä yhteistyötahot.", "C", kind=Kind.LIST, required=False),
        )),
    Section(
        4, "kotoutumiskoulutus", "Kotoutumiskoulutus", "KotoL 26 ja 27 §",
        questions=(
            Question("tyonhakijat", "Miten kunnassanne järjestetään kotoutumiskoulutus työnhakijana "
                     "oleville kotoutujille?", "A"),
            Question("muut", "Miten kunnassanne järjestetään kotoutumiskoulutus muille kuin "
                     "työnhakijana oleville kotoutujille?", "A"),
            Question("paattotestaus", "Miten päättötestauksen järjestäminen toteutetaan?", "A",
                     subheading="Kielitaidon päättötestaus (KotoL 26 §):"),
            Question("vastuutaho",
                     "Mitkä tahot/yksiköt vastaavat kotoutumiskoulutuksen järjestämisestä?", "B"),
            _c(),
        )),
    Section(
        5, "muu_koulutus",
        "Muu koulutus ja palvelut, jotka edistävät suomen ja ruotsin kielen osaamista, luku- ja "
        "kirjoitustaitoa, yhteiskunta- ja työelämävalmiuksia sekä työllistymistä ja yrittäjyyttä",
        "",
        questions=(
            Question("luku_ja_kirjoitustaito",
                     "Miten kunnassanne järjestetään luku- ja kirjoitustaidon koulutus?", "A",
                     required=False),
            Question("ei_tarvetta_perustelu",
                     "Jos luku- ja kirjoitustaidon koulutukselle ei ole tarvetta, esitä perustelut.", "A",
                     required=False),
            Question("muut_koulutukset", "Mitä muita em. teemoja sisältäviä koulutuksia tai palveluita "
                     "kunnassanne on tarjolla?", "A"),
            Question("vastuutaho",
                     "Mitkä tahot/yksiköt vastaavat muun koulutuksen ja palveluiden järjestämisestä?", "B"),
            _c(),
        )),
    Section(
        6, "ohjaus_ja_neuvonta", "Kotoutumisohjelman aikainen ohjaus ja neuvonta",
        "KotoL 13 §:n 1 mom. 5 kohta",
        questions=(
            Question("jarjestaminen", "Miten kunnassa on järjestetty kotoutumisohjelman aikaiset ohjaus- "
                     "ja neuvontapalvelut?", "A"),
            Question("vastuutaho", "Mitkä tahot/yksiköt vastaavat palveluiden järjestämisestä?", "B"),
            _c(),
        )),
    Section(
        7, "muut_palvelut", "Muut kunnan järjestämisvastuulla olevat palvelut kotoutumisen edistämiseksi", "",
        required=False,
        instruction="Kotoutumisohjelma voi lisäksi sisältää muita kunnan järjestämisvastuulla olevia "
                    "kotoutuja-asiakkaiden työllisyyttä, yrittäjyyttä, työ- ja toimintakykyä, "
                    "maahanmuuttajien hyvinvointia ja terveyttä tai kotoutumista edistäviä palveluita sekä "
                    "järjestö-, yhdistys- tai yhteisötoimintaan tai muuhun yhteiskunnan tai kulttuuri- ja "
                    "vapaa-ajan toimintaan tutustumista ja siihen osallistumista. Kuvaa tarvittaessa "
                    "palvelun järjestämistä eri kohderyhmien osalta. " + BILINGUAL_INSTRUCTION,
        questions=(
            Question("kunnan_palvelut", "Mitä muita kunnan järjestämisvastuulla olevia palveluita on "
                     "tarjolla tai suunnitteilla kotoutuja-asiakkaan kotoutumisen tueksi?", "A",
                     required=False),
            Question("toimijat", "Mitä muita palveluita ja toimintaa kunnassa on tarjolla tai suunnitteilla "
                     "kotoutuja-asiakkaan kotoutumisen tueksi?", "A", kind=Kind.ACTORS, required=False,
                     note_key="muu_toiminta",
                     hint="(Esimerkiksi järjestö-, yhdistys- tai yhteisötoimintaan tai muuhun "
                          "yhteiskunnan tai kulttuuri- ja vapaa-ajan toimintaan tutustumista ja siihen "
                          "osallistumista.)"),
            Question("tyollistyminen", "Mitä muita palveluita kunnassa on tarjolla tai suunnitteilla "
                     "yhteiskunta- ja työelämävalmiuksien sekä työllistymisen ja yrittäjyyden "
                     "tukemiseksi/edistämiseksi?", "A", required=False),
            Question("vastuutaho", "Mitkä tahot/yksiköt vastaavat muiden kunnan järjestämisvastuulla "
                     "olevien palveluiden järjestämisestä?", "B"),
            _c(),
        )),
)

TABLE_TITLE = "Vastuutaulukko"
TABLE_KEY = "vastuutaulukko"
TABLE_COLUMNS: dict[str, str] = {
    "palvelu": "Palvelu/toimenpide:",
    "tyonhakijat": "Työnhakijoiden palvelut tuottava taho:",
    "muut_asiakkaat": "Muiden kotoutuja-asiakkaiden palvelut tuottava taho:",
}
TABLE_ROWS: tuple[TableRow, ...] = (
    TableRow(1, "arviointi", "Osaamisen ja kotoutumisen palvelutarpeen arviointi"),
    TableRow(2, "monialainen_arviointi", "Monialaisen osaamisen ja kotoutumisen palvelutarpeen arviointi",
             names_county=True),
    TableRow(3, "kotoutumissuunnitelma", "Kotoutumissuunnitelma"),
    TableRow(4, "monialainen_kotoutumissuunnitelma", "Monialainen kotoutumissuunnitelma", names_county=True),
    TableRow(5, "yhteiskuntaorientaatio", "Monikielinen yhteiskuntaorientaatio"),
    TableRow(6, "kotoutumiskoulutus", "Kotoutumiskoulutus"),
    TableRow(7, "ohjaus_ja_neuvonta", "Kotoutumisohjelman aikainen ohjaus ja neuvonta"),
    TableRow(8, "seuranta_ja_paivittaminen", "Kunnan kotoutumisohjelman seuranta ja päivittäminen"),
)

HEADER_KEY = "perustiedot"
SECTION_BY_KEY: dict[str, Section] = {s.key: s for s in SECTIONS}
HEADER_BY_KEY: dict[str, HeaderField] = {h.question.key: h for h in HEADER}
ROW_BY_KEY: dict[str, TableRow] = {r.key: r for r in TABLE_ROWS}

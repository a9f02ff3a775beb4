"""The structure of the TEM form: header fields, sections, blocks, questions, keys and KotoL references.

"Kunnan kotoutumisohjelma – kotoutumisen alkuvaiheen palveluita kuvaava asiakirja" (työ- ja
elinkeinoministeriö), as filled in by Kokkola (form dated 21.10.2024). This module holds what the
form *is*, in no language: which fields and questions there are, their YAML keys, which block
(A/B/C) each belongs to, what kind of answer each takes, which law sections each section cites,
and which rows of the responsibility table are job seekers' services. The wording of every label,
in each language, is in the text modules beside it (:mod:`kotodoc.form.fi`; see
:mod:`kotodoc.form.texts`).

YAML keys are Finnish, lower case, ASCII (ä → a, ö → o; the loader applies the same folding to
what users write, so ``työnhakijat`` is read as ``tyonhakijat``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

LAW_NUMBER = "681/2023"
LAW_ELI = "http://data.finlex.fi/eli/sd/2023/681/ajantasa/2024-12-30/fin"
FORM_DATE = "21.10.2024"


class Kind(str, enum.Enum):
    """What an answer slot holds."""

    TEXT = "teksti"  # free text, or a list of parts split by target group / language
    LINE = "rivi"  # one short text, not split into parts (H4: when the programme was made)
    LIST = "lista"  # a list of short texts (partners, organisations)
    LANGUAGES = "kielet"  # a list of languages, normalised to ISO 639 codes
    ACTORS = "toimijat"  # a list of organisations, each with its activities
    CONTACT = "yhteyshenkilo"  # name, title, phone, e-mail


@dataclass(frozen=True)
class LawRef:
    """A reference to sections of the integration act (KotoL): ``LawRef((14, 15))`` is "14 ja 15 §"."""

    sections: tuple[int, ...]
    subsection: int | None = None  # momentti
    paragraph: int | None = None  # kohta


@dataclass(frozen=True)
class Question:
    """One question of the form and the YAML key of its answer."""

    key: str
    block: str = ""  # "A", "B", "C" within a section; "" for header fields
    kind: Kind = Kind.TEXT
    required: bool = True
    note_key: str = ""  # optional free-text slot rendered before a list answer
    both_groups: bool = False  # the form asks for the answer per target group
    names_county: bool = False  # the answer must name the wellbeing services county
    names: bool = False  # the form asks for names (who is responsible), so a short answer is a full one
    short: bool = False  # the form asks for a fact or a choice (a stage, the groups, a date), not how a
    # service is arranged, so a short answer is a full one; any other free-text answer describes an
    # arrangement, and a word or two does not (KD307)


    @property
    def describes(self) -> bool:
        """Whether the answer describes how a service is arranged, so that a word or two is no answer (KD307)."""
        return self.kind is Kind.TEXT and not (self.names or self.short)


COOPERATION_KEY = "yhteistyo"
"""Every section's C block asks the same question under this key."""


@dataclass(frozen=True)
class Section:
    """A numbered section of the form (1–7)."""

    number: int
    key: str
    law: LawRef | None  # None where the form cites no section
    questions: tuple[Question, ...]
    required: bool = True
    bilingual: bool = False  # the instruction asks to describe Finnish- and Swedish-language services apart

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


@dataclass(frozen=True)
class TableRow:
    """A row of the vastuutaulukko."""

    number: int
    key: str
    names_county: bool = False
    job_seeker_service: bool = True  # a service the employment authority arranges for job seekers


def _c() -> Question:
    return Question(COOPERATION_KEY, "C")


HEADER_KEY = "perustiedot"
HEADER: tuple[HeaderField, ...] = (
    HeaderField("H1", Question("kunnat", kind=Kind.LIST)),
    HeaderField("H2", Question("koordinoiva_taho", names=True)),
    HeaderField("H3", Question("yhteyshenkilo", kind=Kind.CONTACT)),
    HeaderField("H4", Question("laadittu_tai_paivitetty", kind=Kind.LINE, short=True)),
    HeaderField("H5", Question("yhteistyokumppanit", kind=Kind.LIST, names=True)),
    HeaderField("H6", Question("laadinta_ja_viestinta")),
    HeaderField("H7", Question("kasittely_ja_hyvaksyminen", short=True)),
)

CONTACT_FIELDS: tuple[str, ...] = ("nimi", "nimike", "puhelin", "sahkoposti")
"""The fields of H3's contact person, in the form's order."""

TARGET_GROUPS: tuple[str, ...] = ("tyonhakijat", "tyovoiman_ulkopuoliset", "kaikki", "muu")
"""Target groups of a split answer; the form asks for the first two where it asks per group."""
SERVICE_LANGUAGES: tuple[str, ...] = ("fi", "sv")
"""Service languages of a split answer: which language a service is given in."""

SECTIONS: tuple[Section, ...] = (
    Section(1, "arviointi", LawRef((14, 15)), bilingual=True, questions=(
        Question("jarjestaminen", "A", both_groups=True),
        Question("arvioinnin_tekijat", "B", names=True),
        Question("monialaisen_arvioinnin_tekijat", "B", names_county=True, names=True),
        _c(),
    )),
    Section(2, "suunnitelma", LawRef((16, 17)), questions=(
        Question("jarjestaminen", "A", both_groups=True),
        Question("suunnitelmien_laatijat", "B", names=True),
        Question("monialaisten_suunnitelmien_laatijat", "B", names_county=True, names=True),
        _c(),
    )),
    Section(3, "yhteiskuntaorientaatio", LawRef((25,)), questions=(
        Question("toteutus", "A"),
        Question("kohderyhmat", "A", short=True),
        Question("kielet", "A", kind=Kind.LANGUAGES, note_key="kielet_kuvaus", short=True),
        Question("palveluprosessin_vaihe", "A", short=True),
        Question("vastuutaho", "B", names=True),
        _c(),
        Question("itsenaisesti_vai_yhteistyossa", "C", short=True),
        Question("yhteistyotahot", "C", kind=Kind.LIST, required=False, names=True),
    )),
    Section(4, "kotoutumiskoulutus", LawRef((26, 27)), questions=(
        Question("tyonhakijat", "A"),
        Question("muut", "A"),
        Question("paattotestaus", "A"),
        Question("vastuutaho", "B", names=True),
        _c(),
    )),
    Section(5, "muu_koulutus", None, questions=(
        Question("luku_ja_kirjoitustaito", "A", required=False),
        Question("ei_tarvetta_perustelu", "A", required=False),
        Question("muut_koulutukset", "A", short=True),
        Question("vastuutaho", "B", names=True),
        _c(),
    )),
    Section(6, "ohjaus_ja_neuvonta", LawRef((13,), subsection=1, paragraph=5), questions=(
        Question("jarjestaminen", "A"),
        Question("vastuutaho", "B", names=True),
        _c(),
    )),
    Section(7, "muut_palvelut", None, required=False, bilingual=True, questions=(
        Question("kunnan_palvelut", "A", required=False, short=True),
        Question("toimijat", "A", kind=Kind.ACTORS, required=False, note_key="muu_toiminta", short=True),
        Question("tyollistyminen", "A", required=False, short=True),
        Question("vastuutaho", "B", names=True),
        _c(),
    )),
)

LITERACY_KEYS = ("luku_ja_kirjoitustaito", "ei_tarvetta_perustelu")
"""Section 5 asks for literacy training or, if there is no need, the reasons (KD303)."""

TABLE_KEY = "vastuutaulukko"
TABLE_COLUMNS: tuple[str, ...] = ("palvelu", "tyonhakijat", "muut_asiakkaat")
"""The table's columns; the first holds the row's label, the others the answers."""
TABLE_ANSWER_COLUMNS: tuple[str, ...] = TABLE_COLUMNS[1:]
TABLE_ROWS: tuple[TableRow, ...] = (
    TableRow(1, "arviointi"),
    TableRow(2, "monialainen_arviointi", names_county=True),
    TableRow(3, "kotoutumissuunnitelma"),
    TableRow(4, "monialainen_kotoutumissuunnitelma", names_county=True),
    TableRow(5, "yhteiskuntaorientaatio"),
    TableRow(6, "kotoutumiskoulutus"),
    TableRow(7, "ohjaus_ja_neuvonta"),
    TableRow(8, "seuranta_ja_paivittaminen", job_seeker_service=False),
)

MULTISECTORAL_LAW = LawRef((15, 17))
"""The multisectoral assessment and plan (rows 2 and 4 of the table) with the wellbeing services county."""

SECTION_BY_KEY: dict[str, Section] = {s.key: s for s in SECTIONS}
HEADER_BY_KEY: dict[str, HeaderField] = {h.question.key: h for h in HEADER}
ROW_BY_KEY: dict[str, TableRow] = {r.key: r for r in TABLE_ROWS}

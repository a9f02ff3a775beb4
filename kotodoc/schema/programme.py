"""The schema of a kotoutumisohjelma document (pydantic v2).

Field names are the YAML keys; titles and descriptions come from the form
module (:mod:`kotodoc.form`), never written twice. Structure and types are
checked here; the law's content rules (both target groups, the wellbeing
services county, …) live in :mod:`kotodoc.rules`.

Custom validation failures raise ``PydanticCustomError`` whose type is a
catalogue code (``KD2xx``); :mod:`kotodoc.schema_errors` turns them into
diagnostics.
"""


import datetime as dt
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from kotodoc import form, refdata
from kotodoc.schema import approval
from kotodoc.schema.base import FORM, AnswerText, Deferred, Strict, Text, described, fold
from kotodoc.schema.dates import Date

SCHEMA_VERSION = 1


def _as_parts(value: Any) -> Any:
    """Plain text, or a list of texts and parts, becomes a list of parts; no answer is no parts."""
    if value is None:
        return []
    if isinstance(value, str):
        return [{"teksti": value}]
    if isinstance(value, dict):
        raise PydanticCustomError("KD204", "shape", {"expected": "shape.text_or_list"})
    if isinstance(value, list):
        return [{"teksti": item or ""} if item is None or isinstance(item, str) else item for item in value]
    return value


def _as_list(value: Any) -> Any:
    if isinstance(value, dict):
        raise PydanticCustomError("KD204", "shape", {"expected": "shape.text_or_list"})
    return [value] if isinstance(value, str) else value


def _as_answer_list(value: Any) -> Any:
    return [] if value is None else _as_list(value)


def _as_contacts(value: Any) -> Any:
    return [value] if isinstance(value, dict) else value


_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$")
# 040 1234567, +358 40 123 4567, (06) 224 9031, +358 (0)6 224 9031, 040-123 4567, 09 310 1691
_PHONE = re.compile(r"^(\+|\()?[0-9][0-9 ()./\-]{3,22}[0-9]$")


def _email(value: str) -> str:
    if value.strip() and not _EMAIL.match(value.strip()):
        raise PydanticCustomError("KD208", "email", {"value": value})
    return value


def _phone(value: str) -> str:
    digits = sum(ch.isdigit() for ch in value)
    if not _PHONE.match(value.strip()) or not 6 <= digits <= 15 or value.count("(") != value.count(")"):
        raise PydanticCustomError("KD209", "phone", {"value": value})
    return value


def _draft(value: Any) -> Any:
    """``luonnos: true`` / ``false`` (also ``kyllä`` / ``ei``), read as a truth value."""
    flag = read_draft(value)
    if flag is None and value is not None:
        raise PydanticCustomError("KD206", "flag", {"value": value, "allowed": "true, false"})
    return flag


DRAFT_KEY = "luonnos"
_DRAFT_WORDS = {"true": True, "kyllä": True, "kylla": True, "false": False, "ei": False}


def read_draft(value: Any) -> bool | None:
    """The truth value of a ``luonnos`` key as written (``None``: not said, or not a truth value)."""
    if isinstance(value, bool):
        return value
    return _DRAFT_WORDS.get(value.strip().casefold()) if isinstance(value, str) else None


def _version(value: int) -> int:
    if value != SCHEMA_VERSION:
        raise PydanticCustomError("KD207", "version", {"value": value, "supported": SCHEMA_VERSION})
    return value


TextList = Annotated[list[Text], BeforeValidator(_as_list, json_schema_input_type=str | list[str]),
                     Field(min_length=1)]
AnswerList = Annotated[list[AnswerText], BeforeValidator(_as_answer_list, json_schema_input_type=str | list[str])]
"""A list answering a form question (H5, the languages of section 3); empty is KD307, not a schema error."""
Language = Text
"""A language as written: the law does not limit the languages (KotoL 25 §); KD210 warns of a likely typo."""


class Part(Strict):
    """One labelled part of a split answer: a target group and/or a service language."""

    kohderyhma: Annotated[Literal["tyonhakijat", "tyovoiman_ulkopuoliset", "kaikki", "muu"] | None,
                          BeforeValidator(fold)] = described("Part.kohderyhma", None)
    kieli: Annotated[Literal["fi", "sv"] | None, BeforeValidator(fold)] = described("Part.kieli", None)
    otsikko: Text | None = described("Part.otsikko", None, examples=[FORM.own["example.part_heading"]])
    teksti: AnswerText = described("Part.teksti")

    def label(self, texts: form.FormTexts = FORM) -> str:
        """The label printed before the part's text ('' when the part is not split)."""
        return self.otsikko or texts.part_label(self.kohderyhma, self.kieli)


Answer = Annotated[list[Part], BeforeValidator(_as_parts, json_schema_input_type=str | list[str | Part] | None)]
"""The answer to a form question: text, or parts by target group and language. No answer is ``[]``:
whether a question is answered is a content rule (KD307), so that a draft can leave it open."""


def _q(section: str, key: str, examples: list[Any] | None = None) -> Any:
    """Field metadata (title, description, law, editor examples) for question ``key`` of a section or the header."""
    title, description = FORM.question_schema(section, key)
    if section == form.HEADER_KEY:
        question, law = form.HEADER_BY_KEY[key].question, ""
    else:
        sec = form.SECTION_BY_KEY[section]
        found = sec.question(key)
        assert found is not None, (section, key)
        question, law = found, FORM.law(sec)
    required = question.required and question.note_key != key
    return Field(... if required else None, title=title, description=description, examples=examples,
                 json_schema_extra={"lomake": question.block or "otsake", "laki": law} if law else None)


class Contact(Strict):
    """H3: the contact person of the document."""

    nimi: AnswerText = described("Contact.nimi")
    nimike: Text | None = described("Contact.nimike", None)
    puhelin: Annotated[str, AfterValidator(_phone)] | None = described(
        "Contact.puhelin", None, examples=["040 1234567", "(06) 224 9031"])
    sahkoposti: Annotated[AnswerText, AfterValidator(_email)] = described(
        "Contact.sahkoposti", examples=[FORM.own["example.email"]])


Contacts = Annotated[list[Contact], BeforeValidator(_as_contacts, json_schema_input_type=Contact | list[Contact]),
                     Field(min_length=1)]
"""H3: one contact person, or several."""


class Actor(Strict):
    """An organisation and its activities (section 7)."""

    nimi: Text = described("Actor.nimi")
    kuvaus: Text | None = described("Actor.kuvaus", None)
    toiminta: list[Text] = described("Actor.toiminta", default_factory=list)


class Header(Strict):
    """Header fields H1–H7."""

    kunnat: TextList = _q("perustiedot", "kunnat", [["Kokkola"], ["Mikkeli", "Juva"]])
    koordinoiva_taho: Answer = _q("perustiedot", "koordinoiva_taho")
    yhteyshenkilo: Contacts = _q("perustiedot", "yhteyshenkilo")
    laadittu_tai_paivitetty: AnswerText = _q("perustiedot", "laadittu_tai_paivitetty", [FORM.own["example.prepared"]])
    yhteistyokumppanit: AnswerList = _q("perustiedot", "yhteistyokumppanit",
                                        [[FORM.own["example.partner_area"], FORM.own["example.partner_county"]]])
    laadinta_ja_viestinta: Answer = _q("perustiedot", "laadinta_ja_viestinta")
    kasittely_ja_hyvaksyminen: Answer = _q("perustiedot", "kasittely_ja_hyvaksyminen")


class Assessment(Strict):
    """Section 1."""

    jarjestaminen: Answer = _q("arviointi", "jarjestaminen")
    arvioinnin_tekijat: Answer = _q("arviointi", "arvioinnin_tekijat")
    monialaisen_arvioinnin_tekijat: Answer = _q("arviointi", "monialaisen_arvioinnin_tekijat")
    yhteistyo: Answer = _q("arviointi", "yhteistyo")


class Plan(Strict):
    """Section 2."""

    jarjestaminen: Answer = _q("suunnitelma", "jarjestaminen")
    suunnitelmien_laatijat: Answer = _q("suunnitelma", "suunnitelmien_laatijat")
    monialaisten_suunnitelmien_laatijat: Answer = _q("suunnitelma", "monialaisten_suunnitelmien_laatijat")
    yhteistyo: Answer = _q("suunnitelma", "yhteistyo")


class CivicOrientation(Strict):
    """Section 3."""

    toteutus: Answer = _q("yhteiskuntaorientaatio", "toteutus")
    kohderyhmat: Answer = _q("yhteiskuntaorientaatio", "kohderyhmat")
    kielet: Annotated[list[Language], BeforeValidator(_as_answer_list, json_schema_input_type=list[str] | None)] \
        = _q("yhteiskuntaorientaatio", "kielet", [FORM.own["example.languages"].split(", ")])
    kielet_kuvaus: Answer | None = _q("yhteiskuntaorientaatio", "kielet_kuvaus")
    palveluprosessin_vaihe: Answer = _q("yhteiskuntaorientaatio", "palveluprosessin_vaihe")
    vastuutaho: Answer = _q("yhteiskuntaorientaatio", "vastuutaho")
    yhteistyo: Answer = _q("yhteiskuntaorientaatio", "yhteistyo")
    itsenaisesti_vai_yhteistyossa: Answer = _q("yhteiskuntaorientaatio", "itsenaisesti_vai_yhteistyossa")
    yhteistyotahot: TextList | None = _q("yhteiskuntaorientaatio", "yhteistyotahot")

    def language_codes(self) -> list[str]:
        """The languages as ISO 639 codes, in the order written."""
        return [refdata.normalise_language(k) or k for k in self.kielet]


class IntegrationTraining(Strict):
    """Section 4."""

    tyonhakijat: Answer = _q("kotoutumiskoulutus", "tyonhakijat")
    muut: Answer = _q("kotoutumiskoulutus", "muut")
    paattotestaus: Answer = _q("kotoutumiskoulutus", "paattotestaus")
    vastuutaho: Answer = _q("kotoutumiskoulutus", "vastuutaho")
    yhteistyo: Answer = _q("kotoutumiskoulutus", "yhteistyo")


class OtherTraining(Strict):
    """Section 5."""

    luku_ja_kirjoitustaito: Answer | None = _q("muu_koulutus", "luku_ja_kirjoitustaito")
    ei_tarvetta_perustelu: Answer | None = _q("muu_koulutus", "ei_tarvetta_perustelu")
    muut_koulutukset: Answer = _q("muu_koulutus", "muut_koulutukset")
    vastuutaho: Answer = _q("muu_koulutus", "vastuutaho")
    yhteistyo: Answer = _q("muu_koulutus", "yhteistyo")


class Guidance(Strict):
    """Section 6."""

    jarjestaminen: Answer = _q("ohjaus_ja_neuvonta", "jarjestaminen")
    vastuutaho: Answer = _q("ohjaus_ja_neuvonta", "vastuutaho")
    yhteistyo: Answer = _q("ohjaus_ja_neuvonta", "yhteistyo")


class OtherServices(Strict):
    """Section 7 (optional)."""

    kunnan_palvelut: Answer | None = _q("muut_palvelut", "kunnan_palvelut")
    muu_toiminta: Answer | None = _q("muut_palvelut", "muu_toiminta")
    toimijat: list[Actor] | None = _q("muut_palvelut", "toimijat")
    tyollistyminen: Answer | None = _q("muut_palvelut", "tyollistyminen")
    vastuutaho: Answer = _q("muut_palvelut", "vastuutaho")
    yhteistyo: Answer = _q("muut_palvelut", "yhteistyo")


def _column(key: str) -> Any:
    label = FORM.table_columns[key]
    return Field(title=label, description=label)


class TableCells(Strict):
    """One row of the vastuutaulukko: who provides the service to each client group."""

    tyonhakijat: AnswerText = _column("tyonhakijat")
    muut_asiakkaat: AnswerText = _column("muut_asiakkaat")


def _row(key: str) -> Any:
    title, description = FORM.row_schema(form.ROW_BY_KEY[key])
    return Field(title=title, description=description)


class ResponsibilityTable(Strict):
    """The vastuutaulukko: eight fixed rows."""

    arviointi: TableCells = _row("arviointi")
    monialainen_arviointi: TableCells = _row("monialainen_arviointi")
    kotoutumissuunnitelma: TableCells = _row("kotoutumissuunnitelma")
    monialainen_kotoutumissuunnitelma: TableCells = _row("monialainen_kotoutumissuunnitelma")
    yhteiskuntaorientaatio: TableCells = _row("yhteiskuntaorientaatio")
    kotoutumiskoulutus: TableCells = _row("kotoutumiskoulutus")
    ohjaus_ja_neuvonta: TableCells = _row("ohjaus_ja_neuvonta")
    seuranta_ja_paivittaminen: TableCells = _row("seuranta_ja_paivittaminen")


def _sec(key: str) -> Any:
    sec = form.SECTION_BY_KEY[key]
    title, description = FORM.section_schema(sec)
    return Field(... if sec.required else None, title=title, description=description,
                 json_schema_extra={"laki": FORM.law(sec)} if sec.law else None)


if TYPE_CHECKING:
    from kotodoc.schema.joint import JointProgramme

    JointBlock = JointProgramme | None
else:
    JointBlock = Any
    """At run time the joint block's type is left to :class:`Deferred`, so that the joint model's module (a
    dozen classes) is imported only when a document has the block, not on every start."""


def _joint_model() -> type[Strict]:
    from kotodoc.schema.joint import JointProgramme

    return JointProgramme


class Programme(Strict):
    """A kotoutumisohjelma document: the TEM form, filled in."""

    model_config = ConfigDict(
        extra="forbid", frozen=True,
        title=f"{FORM.title} – {FORM.subtitle.lower()}",
        json_schema_extra={"description": f"{FORM.title}: {FORM.law_name}. {form.LAW_ELI}"})

    skeemaversio: Annotated[int, AfterValidator(_version)] = described(
        "Programme.skeemaversio", examples=[SCHEMA_VERSION])
    kieli: Annotated[Literal["fi", "sv"], BeforeValidator(fold)] = described("Programme.kieli", "fi")
    luonnos: Annotated[bool | None, BeforeValidator(_draft)] = described("Programme.luonnos", None)
    paivays: Date | None = described("Programme.paivays", None, examples=["21.10.2024"])
    perustiedot: Header = described("Programme.perustiedot")
    arviointi: Assessment = _sec("arviointi")
    suunnitelma: Plan = _sec("suunnitelma")
    yhteiskuntaorientaatio: CivicOrientation = _sec("yhteiskuntaorientaatio")
    kotoutumiskoulutus: IntegrationTraining = _sec("kotoutumiskoulutus")
    muu_koulutus: OtherTraining = _sec("muu_koulutus")
    ohjaus_ja_neuvonta: Guidance = _sec("ohjaus_ja_neuvonta")
    muut_palvelut: OtherServices | None = _sec("muut_palvelut")
    vastuutaulukko: ResponsibilityTable = described("Programme.vastuutaulukko")
    hyvaksyminen: approval.Approvals = described("Programme.hyvaksyminen", default_factory=list)
    yhteistoiminta: Annotated[JointBlock, Deferred(_joint_model)] = described(
        "Programme.yhteistoiminta", None)

    @model_validator(mode="before")
    @classmethod
    def _h7_from_approval(cls, data: Any) -> Any:
        return approval.fill_h7(data)

    def document_day(self) -> dt.date | None:
        """The date the document speaks from (:func:`kotodoc.schema.approval.day_of`); ``None`` when undated."""
        return approval.day_of(self.paivays, self.hyvaksyminen[0] if self.hyvaksyminen else None)

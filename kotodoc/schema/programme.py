"""The schema of a kotoutumisohjelma document (pydantic v2).

Field names are the YAML keys; titles and descriptions come from the form
module (:mod:`kotodoc.form`), never written twice. Structure and types are
checked here; the law's content rules (both target groups, the wellbeing
services county, …) live in :mod:`kotodoc.rules`.

Custom validation failures raise ``PydanticCustomError`` whose type is a
catalogue code (``KD2xx``); :mod:`kotodoc.schema_errors` turns them into
diagnostics.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from kotodoc import form, refdata
from kotodoc.refdata.terms import is_placeholder
from kotodoc.schema import approval, joint
from kotodoc.schema.base import FORM, Strict, Text, described, fold
from kotodoc.schema.dates import Date

SCHEMA_VERSION = 1


def _as_parts(value: Any) -> Any:
    """Plain text, or a list of texts and parts, becomes a list of parts."""
    if isinstance(value, str):
        return [{"teksti": value}]
    if isinstance(value, dict):
        raise PydanticCustomError("KD204", "shape", {"expected": "teksti tai luettelo"})
    if isinstance(value, list):
        return [{"teksti": item} if isinstance(item, str) else item for item in value]
    return value


def _as_list(value: Any) -> Any:
    if isinstance(value, dict):
        raise PydanticCustomError("KD204", "shape", {"expected": "teksti tai luettelo"})
    return [value] if isinstance(value, str) else value


_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>.]{2,}$")
_PHONE = re.compile(r"^\+?[0-9][0-9 ()\-]{4,22}[0-9]$")


def _email(value: str) -> str:
    if not _EMAIL.match(value.strip()):
        raise PydanticCustomError("KD208", "email", {"value": value})
    return value


def _phone(value: str) -> str:
    digits = sum(ch.isdigit() for ch in value)
    if not _PHONE.match(value.strip()) or not 6 <= digits <= 15:
        raise PydanticCustomError("KD209", "phone", {"value": value})
    return value


def _language(value: str) -> str:
    # A placeholder ("täydennetään", "TODO", "?") is left to the KD401 warning, so a fresh
    # `kotodoc init` file has warnings only.
    if is_placeholder(value):
        return value
    if refdata.normalise_language(value) is None:
        raise PydanticCustomError("KD210", "language", {"value": value})
    return value


def _version(value: int) -> int:
    if value != SCHEMA_VERSION:
        raise PydanticCustomError("KD207", "version", {"value": value, "supported": SCHEMA_VERSION})
    return value


TextList = Annotated[list[Text], BeforeValidator(_as_list, json_schema_input_type=str | list[str]),
                     Field(min_length=1)]
Language = Annotated[str, AfterValidator(_language)]


class Part(Strict):
    """One labelled part of a split answer: a target group and/or a service language."""

    kohderyhma: Annotated[Literal["tyonhakijat", "tyovoiman_ulkopuoliset", "kaikki", "muu"] | None,
                          BeforeValidator(fold)] = described("Part.kohderyhma", None)
    kieli: Annotated[Literal["fi", "sv"] | None, BeforeValidator(fold)] = described("Part.kieli", None)
    otsikko: Text | None = described("Part.otsikko", None, examples=["Kiintiöpakolaiset"])
    teksti: Text = described("Part.teksti")

    def label(self, texts: form.FormTexts = FORM) -> str:
        """The label printed before the part's text ('' when the part is not split)."""
        return self.otsikko or texts.part_label(self.kohderyhma, self.kieli)


Answer = Annotated[
    list[Part],
    BeforeValidator(_as_parts, json_schema_input_type=str | list[str | Part]),
    Field(min_length=1),
]


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

    nimi: Text = described("Contact.nimi")
    nimike: Text | None = described("Contact.nimike", None)
    puhelin: Annotated[str, AfterValidator(_phone)] | None = described(
        "Contact.puhelin", None, examples=["040 1234567"])
    sahkoposti: Annotated[str, AfterValidator(_email)] = described(
        "Contact.sahkoposti", examples=["etunimi.sukunimi@kunta.fi"])


class Actor(Strict):
    """An organisation and its activities (section 7)."""

    nimi: Text = described("Actor.nimi")
    kuvaus: Text | None = described("Actor.kuvaus", None)
    toiminta: list[Text] = described("Actor.toiminta", default_factory=list)


class Header(Strict):
    """Header fields H1–H7."""

    kunnat: TextList = _q("perustiedot", "kunnat", [["Kokkola"], ["Mikkeli", "Juva"]])
    koordinoiva_taho: Answer = _q("perustiedot", "koordinoiva_taho")
    yhteyshenkilo: Contact = _q("perustiedot", "yhteyshenkilo")
    laadittu_tai_paivitetty: Text = _q("perustiedot", "laadittu_tai_paivitetty",
                                       ["Marraskuu 2024, jatkossa tarvittaessa"])
    yhteistyokumppanit: TextList = _q("perustiedot", "yhteistyokumppanit",
                                      [["Keski-Pohjanmaan työllisyysalue", "Keski-Pohjanmaan hyvinvointialue Soite"]])
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
    kielet: Annotated[list[Language], Field(min_length=1)] = _q("yhteiskuntaorientaatio", "kielet",
                                                                [["arabia", "ukraina", "venäjä"]])
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

    tyonhakijat: Text = _column("tyonhakijat")
    muut_asiakkaat: Text = _column("muut_asiakkaat")


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


class Programme(Strict):
    """A kotoutumisohjelma document: the TEM form, filled in."""

    model_config = ConfigDict(
        extra="forbid", frozen=True,
        title=f"{FORM.title} – {FORM.subtitle.lower()}",
        json_schema_extra={"description": f"{FORM.title}: {FORM.law_name}. {form.LAW_ELI}"})

    skeemaversio: Annotated[int, AfterValidator(_version)] = described(
        "Programme.skeemaversio", examples=[SCHEMA_VERSION])
    kieli: Literal["fi", "sv"] = described("Programme.kieli", "fi")
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
    hyvaksyminen: approval.Approval | None = described("Programme.hyvaksyminen", None)
    yhteistoiminta: joint.JointProgramme | None = described("Programme.yhteistoiminta", None)

    @model_validator(mode="before")
    @classmethod
    def _h7_from_approval(cls, data: Any) -> Any:
        return approval.fill_h7(data)

    def document_day(self) -> dt.date | None:
        """The date the document speaks from (:func:`kotodoc.schema.approval.day_of`); ``None`` when undated."""
        return approval.day_of(self.paivays, self.hyvaksyminen)

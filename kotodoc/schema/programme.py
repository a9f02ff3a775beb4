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

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from kotodoc import form, refdata
from kotodoc.refdata.terms import is_placeholder
from kotodoc.schema import approval, joint
from kotodoc.schema.base import Strict, Text, fold

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
                          BeforeValidator(fold)] = Field(
        None, title="Kohderyhmä",
        description="Kohderyhmä, jota tämä osa koskee: " + ", ".join(
            f"{k} ({v})" for k, v in form.TARGET_GROUPS.items()) + ".")
    kieli: Annotated[Literal["fi", "sv"] | None, BeforeValidator(fold)] = Field(
        None, title="Palvelukieli",
        description="fi = suomenkieliset palvelut, sv = ruotsinkieliset palvelut.")
    otsikko: Text | None = Field(
        None, title="Otsikko",
        description="Osan otsikko asiakirjassa, esim. 'Kiintiöpakolaiset'. Pakollinen, kun kohderyhma on muu.",
        examples=["Kiintiöpakolaiset"])
    teksti: Text = Field(title="Teksti", description="Vastaus tämän osan osalta.")

    def label(self) -> str:
        """The label printed before the part's text ('' when the part is not split)."""
        if self.otsikko:
            return self.otsikko
        bits = []
        if self.kohderyhma and self.kohderyhma != "muu":
            bits.append(form.TARGET_GROUPS[self.kohderyhma])
        if self.kieli:
            bits.append(form.SERVICE_LANGUAGES[self.kieli])
        return ", ".join(bits)


Answer = Annotated[
    list[Part],
    BeforeValidator(_as_parts, json_schema_input_type=str | list[str | Part]),
    Field(min_length=1),
]


def _q(section: str, key: str, examples: list[Any] | None = None) -> Any:
    """Field metadata (title, description, law, editor examples) for question ``key`` of a section or the header."""
    if section == form.HEADER_KEY:
        header = form.HEADER_BY_KEY[key]
        question, law = header.question, ""
        extra_desc = " ".join(header.helper_questions)
    else:
        sec = form.SECTION_BY_KEY[section]
        found = sec.question(key)
        assert found is not None, (section, key)
        question, law, extra_desc = found, sec.law, ""
    desc = question.text
    if question.note_key == key:
        desc = f"Vapaa lisätieto kysymykseen: {question.text}"
    for extra in (question.hint, extra_desc):
        if extra:
            desc += " " + extra
    if law:
        desc += f" ({law})"
    required = question.required and question.note_key != key
    return Field(... if required else None, title=question.text, description=desc, examples=examples,
                 json_schema_extra={"lomake": question.block or "otsake", "laki": law} if law else None)


class Contact(Strict):
    """H3: the contact person of the document."""

    nimi: Text = Field(title="Nimi", description="Yhteyshenkilön nimi.")
    nimike: Text | None = Field(None, title="Tehtävänimike", description="Esim. 'Kotoutumiskoordinaattori'.")
    puhelin: Annotated[str, AfterValidator(_phone)] | None = Field(
        None, title="Puhelin", description="Esim. 040 1234567 tai +358 40 1234567.", examples=["040 1234567"])
    sahkoposti: Annotated[str, AfterValidator(_email)] = Field(
        title="Sähköposti", description="Esim. etunimi.sukunimi@kunta.fi.", examples=["etunimi.sukunimi@kunta.fi"])


class Actor(Strict):
    """An organisation and its activities (section 7)."""

    nimi: Text = Field(title="Toimija", description="Järjestön, yhdistyksen tai muun toimijan nimi.")
    kuvaus: Text | None = Field(None, title="Kuvaus", description="Vapaa kuvaus toimijasta.")
    toiminta: list[Text] = Field(default_factory=list, title="Toiminta",
                                 description="Toimijan toiminnot luettelona.")


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


class TableCells(Strict):
    """One row of the vastuutaulukko: who provides the service to each client group."""

    tyonhakijat: Text = Field(title=form.TABLE_COLUMNS["tyonhakijat"],
                              description=form.TABLE_COLUMNS["tyonhakijat"])
    muut_asiakkaat: Text = Field(title=form.TABLE_COLUMNS["muut_asiakkaat"],
                                 description=form.TABLE_COLUMNS["muut_asiakkaat"])


def _row(key: str) -> Any:
    row = form.ROW_BY_KEY[key]
    return Field(title=row.label, description=f"Vastuutaulukon rivi {row.number}: {row.label}")


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
    return Field(... if sec.required else None, title=sec.heading(),
                 description=(sec.instruction or sec.heading()) + ("" if sec.required else " (Vapaaehtoinen.)"),
                 json_schema_extra={"laki": sec.law} if sec.law else None)


class Programme(Strict):
    """A kotoutumisohjelma document: the TEM form, filled in."""

    model_config = ConfigDict(
        extra="forbid", frozen=True,
        title=f"{form.TITLE} – {form.SUBTITLE.lower()}",
        json_schema_extra={"description": f"{form.TITLE}: {form.LAW}. {form.LAW_ELI}"})

    skeemaversio: Annotated[int, AfterValidator(_version)] = Field(
        title="Skeemaversio", description=f"kotodoc-tiedostomuodon versio; nykyinen on {SCHEMA_VERSION}.",
        examples=[SCHEMA_VERSION])
    kieli: Literal["fi", "sv"] = Field(
        "fi", title="Asiakirjan kieli", description="fi (suomi, oletus) tai sv (ruotsi).")
    paivays: Text | None = Field(
        None, title="Päiväys", description="Asiakirjan päiväys, esim. 21.10.2024.", examples=["21.10.2024"])
    perustiedot: Header = Field(title="Perustiedot", description="Lomakkeen alun kentät (kunta, yhteyshenkilö ...).")
    arviointi: Assessment = _sec("arviointi")
    suunnitelma: Plan = _sec("suunnitelma")
    yhteiskuntaorientaatio: CivicOrientation = _sec("yhteiskuntaorientaatio")
    kotoutumiskoulutus: IntegrationTraining = _sec("kotoutumiskoulutus")
    muu_koulutus: OtherTraining = _sec("muu_koulutus")
    ohjaus_ja_neuvonta: Guidance = _sec("ohjaus_ja_neuvonta")
    muut_palvelut: OtherServices | None = _sec("muut_palvelut")
    vastuutaulukko: ResponsibilityTable = Field(
        title=form.TABLE_TITLE, description="Kuka tuottaa kunkin palvelun työnhakijoille ja muille "
        "kotoutuja-asiakkaille.")
    hyvaksyminen: approval.Approval | None = Field(
        None, title="Käsittely ja hyväksyminen",
        description="Asiakirjan hyväksymisen tiedot (toimielin, kokous, diaarinumero, valmistelijat, "
        "päätösehdotus, ELY-keskus); niistä tulostuu esityslistan asia. Kun lohko on annettu, "
        "perustietojen H7 voidaan jättää pois: se kirjoitetaan lohkon tiedoista.")
    yhteistoiminta: joint.JointProgramme | None = Field(
        None, title="Yhteistoiminta",
        description="Usean kunnan yhteinen kotoutumisohjelma: jäsenkunnat, koordinoiva kunta, työllisyysalueet, "
        "hyvinvointialue, tehtävänjako asiakasryhmittäin ja kustannusten jako (liite).")

    @model_validator(mode="before")
    @classmethod
    def _h7_from_approval(cls, data: Any) -> Any:
        return approval.fill_h7(data)

"""Joint programmes of several municipalities: the ``yhteistoiminta`` block.

The TEM form allows one document for several municipalities ("Kunta tai
kunnat"). This block records what the form has no place for, following the
Mikkeli region's proposal of 20.6.2024 (seed 000) for a regional (seudullinen)
or province-wide (maakunnallinen) integration service in Etelä-Savo:

* the members, the coordinating municipality, the employment area(s) and the
  wellbeing services county;
* the task division by client group: for each group, each task has exactly one
  responsible level (the municipality itself, the joint service, the
  employment area or the wellbeing services county), plus the tasks that are
  not tied to a client group, listed per level;
* where a member deviates from the joint arrangement (keeps a task itself);
* the figures of the cost split (population and client counts per member,
  the annual cost and the chosen percentages; arithmetic in
  :mod:`kotodoc.costs`).

The labels of client groups, tasks and levels are held here once, in the
tables below; the model fields, the rules (:mod:`kotodoc.joint_rules`) and the
appendix read them from here.

Numbers arrive as text from the loader, which never guesses types; how they are
read (``12345``, ``250000,50``; never ``12 345`` or ``250 000 €``) is in
:mod:`kotodoc.numbers`.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError, PydanticKnownError

from kotodoc import messages, refdata
from kotodoc.schema.base import Strict, Text, fold
from kotodoc.schema.quantities import Count, Euros, Percent, Population

# --- data tables ------------------------------------------------------------------------------

CLIENT_GROUPS: dict[str, str] = {
    "pakolaiset": "Pakolaiset",
    "ilman_huoltajaa": "Ilman huoltajaa tulevat lapset ja nuoret",
    "tyo_ja_koulutusperaiset": "Työ- ja koulutusperäiset maahanmuuttajat",
    "tyovoiman_ulkopuoliset": "Kotoutumisaikaiset, työvoiman ulkopuolella olevat",
}
"""The client groups (asiakasryhmät, also the cost segments) as seed 000 names them."""

CLIENT_GROUPS_SHORT: dict[str, str] = {
    "pakolaiset": "Pakolaiset",
    "ilman_huoltajaa": "Ilman huoltajaa tulevat",
    "tyo_ja_koulutusperaiset": "Työ- ja koulutusperäiset",
    "tyovoiman_ulkopuoliset": "Työvoiman ulkopuoliset",
}
"""Short labels for narrow table columns."""

TASKS: dict[str, str] = {
    "neuvottelut_vastaanottamisesta": "Neuvottelut vastaanottamisesta",
    "vastaanotto_ja_varautuminen": "Vastaanotto ja varautuminen",
    "asettautumispalvelut": "Asettautumispalvelut",
    "ohjaus_ja_neuvonta": "Ohjaus ja neuvonta",
    "alkukartoitukset": "Alkukartoitukset",
    "palvelutarpeen_arviointi": "Osaamisen ja kotoutumisen palvelutarpeen arviointi",
    "kotoutumissuunnitelma": "Kotoutumissuunnitelma",
    "monikielinen_yhteiskuntaorientaatio": "Monikielinen yhteiskuntaorientaatio",
    "kotoutumiskoulutus": "Kotoutumiskoulutus",
    "korvausten_hakeminen": "Korvausten hakeminen",
    "perheryhmakodit": "Perheryhmäkodit",
}
"""Tasks of the division by client group. The first ones are seed 000's words; the seed's
"alkukartoitukset" is the repealed law's term (1386/2010): it is accepted as written, with a
KD402 warning, and means the same task as ``palvelutarpeen_arviointi`` (KotoL 14 §)."""

REPEALED_TASKS: dict[str, str] = {"alkukartoitukset": "palvelutarpeen_arviointi"}
"""Task keys of the repealed law and the current task they stand for."""

LEVELS: dict[str, str] = {
    "kunta": "Kunta itse",
    "yhteinen_palvelu": "Seudullinen/maakunnallinen palvelu",
    "tyollisyysalue": "Työllisyysalue",
    "hyvinvointialue": "Hyvinvointialue",
}
"""Who is responsible for a task. The joint service's label follows the chosen model."""

ARRANGEMENTS: dict[str, str] = {
    "seudullinen": "Seudullinen palvelu",
    "maakunnallinen": "Maakunnallinen palvelu",
}
"""The forms of joint service the seed proposes; the value is the label of ``yhteinen_palvelu``."""

POPULATION_RANGE = (Decimal(30), Decimal(50))
CAUSATION_RANGE = (Decimal(50), Decimal(70))
"""Seed 000: costs split 30–50 % by population and 50–70 % by causation (asiakassegmenteittäin)."""

GroupKey = Literal["pakolaiset", "ilman_huoltajaa", "tyo_ja_koulutusperaiset", "tyovoiman_ulkopuoliset"]
TaskKey = Literal[
    "neuvottelut_vastaanottamisesta", "vastaanotto_ja_varautuminen", "asettautumispalvelut",
    "ohjaus_ja_neuvonta", "alkukartoitukset", "palvelutarpeen_arviointi", "kotoutumissuunnitelma",
    "monikielinen_yhteiskuntaorientaatio", "kotoutumiskoulutus", "korvausten_hakeminen", "perheryhmakodit",
]
LevelKey = Literal["kunta", "yhteinen_palvelu", "tyollisyysalue", "hyvinvointialue"]
ArrangementKey = Literal["seudullinen", "maakunnallinen"]


def canonical_task(task: str) -> str:
    """The current task a key stands for (``alkukartoitukset`` -> ``palvelutarpeen_arviointi``)."""
    return REPEALED_TASKS.get(task, task)


def level_label(level: str, arrangement: str | None = None) -> str:
    """The Finnish label of a level; the joint service is named by the chosen arrangement."""
    if level == "yhteinen_palvelu" and arrangement in ARRANGEMENTS:
        return ARRANGEMENTS[arrangement]
    return LEVELS[level]


# --- value types --------------------------------------------------------------------------------

def _county(value: str) -> str:
    county = refdata.canonical_county(value)
    if county is None:
        stem = re.sub(r"(?i)\s*hyvinvointialue\w*$", "", value.strip())
        suggestion = refdata.did_you_mean(stem, refdata.WELLBEING_COUNTIES)
        tail = messages.hint(suggestion) or f" (sallitut: {', '.join(refdata.WELLBEING_COUNTIES)})"
        raise PydanticCustomError("KD510", "county", {"value": value, "hint": tail})
    return county


Group = Annotated[GroupKey, BeforeValidator(fold)]
Task = Annotated[TaskKey, BeforeValidator(fold)]
Level = Annotated[LevelKey, BeforeValidator(fold)]
Arrangement = Annotated[ArrangementKey, BeforeValidator(fold)]
County = Annotated[str, AfterValidator(_county)]


# --- task division ------------------------------------------------------------------------------

def _cell(value: Any) -> Any:
    """``tehtava: kunta`` is short for ``tehtava: {vastuu: kunta}``; an unknown level is a literal error
    at the value itself (so the report points at what was written)."""
    if isinstance(value, str):
        if fold(value) not in LEVELS:
            expected = ", ".join(f"'{k}'" for k in LEVELS)
            raise PydanticKnownError("literal_error", {"expected": expected})
        return {"vastuu": value}
    return value


class Responsibility(Strict):
    """Who is responsible for one task of one client group, and who takes part."""

    vastuu: Level = Field(title="Vastuutaso", description="Vastuussa oleva taso: " + ", ".join(
        f"{k} ({v})" for k, v in LEVELS.items()) + ".")
    yhteistyossa: list[Level] = Field(
        default_factory=list, title="Yhteistyössä",
        description="Tasot, joiden kanssa tehtävä toteutetaan tiiviissä yhteistyössä (vastuu ei siirry).")
    huomautus: Text | None = Field(None, title="Huomautus", description="Vapaa lisätieto tehtävästä.")


Cell = Annotated[Responsibility, BeforeValidator(_cell, json_schema_input_type=LevelKey | Responsibility)]


def _task(key: str) -> Any:
    return Field(None, title=TASKS[key], description=f"Vastuutaso tehtävälle «{TASKS[key]}».")


class GroupTasks(Strict):
    """The tasks of one client group and the level responsible for each."""

    neuvottelut_vastaanottamisesta: Cell | None = _task("neuvottelut_vastaanottamisesta")
    vastaanotto_ja_varautuminen: Cell | None = _task("vastaanotto_ja_varautuminen")
    asettautumispalvelut: Cell | None = _task("asettautumispalvelut")
    ohjaus_ja_neuvonta: Cell | None = _task("ohjaus_ja_neuvonta")
    alkukartoitukset: Cell | None = Field(
        None, title=TASKS["alkukartoitukset"],
        description="Kumotun lain (1386/2010) termi, sama tehtävä kuin palvelutarpeen_arviointi.")
    palvelutarpeen_arviointi: Cell | None = _task("palvelutarpeen_arviointi")
    kotoutumissuunnitelma: Cell | None = _task("kotoutumissuunnitelma")
    monikielinen_yhteiskuntaorientaatio: Cell | None = _task("monikielinen_yhteiskuntaorientaatio")
    kotoutumiskoulutus: Cell | None = _task("kotoutumiskoulutus")
    korvausten_hakeminen: Cell | None = _task("korvausten_hakeminen")
    perheryhmakodit: Cell | None = _task("perheryhmakodit")

    def given(self) -> list[tuple[str, Responsibility | None]]:
        """The tasks written in the file, in table order (``None``: written without a level)."""
        return [(key, getattr(self, key)) for key in TASKS if key in self.model_fields_set]


def _group(key: str) -> Any:
    return Field(None, title=CLIENT_GROUPS[key], description=f"Asiakasryhmän «{CLIENT_GROUPS[key]}» tehtävät.")


class TaskDivision(Strict):
    """The task division by client group (seed 000: "Esitys tehtävien jakautumisesta")."""

    pakolaiset: GroupTasks | None = _group("pakolaiset")
    ilman_huoltajaa: GroupTasks | None = _group("ilman_huoltajaa")
    tyo_ja_koulutusperaiset: GroupTasks | None = _group("tyo_ja_koulutusperaiset")
    tyovoiman_ulkopuoliset: GroupTasks | None = _group("tyovoiman_ulkopuoliset")
    huomautus: Text | None = Field(None, title="Huomautus", description="Vapaa lisätieto tehtävänjaosta.")

    def given(self) -> list[tuple[str, GroupTasks | None]]:
        """The groups written in the file, in table order (``None``: written without tasks)."""
        return [(key, getattr(self, key)) for key in CLIENT_GROUPS if key in self.model_fields_set]


def _level_list(what: str) -> Any:
    return Field(None, title=what, description=f"{what}: tehtävät luettelona, esityksen sanoin.")


class OtherTasks(Strict):
    """Tasks not tied to a client group, listed per level, as the seed lists them."""

    kunta: list[Text] | None = _level_list("Kunkin kunnan omat tehtävät")
    yhteinen_palvelu: list[Text] | None = _level_list("Yhteisen palvelun tehtävät")
    tyollisyysalue: list[Text] | None = _level_list("Työllisyysalueen tehtävät")
    hyvinvointialue: list[Text] | None = _level_list("Hyvinvointialueen tehtävät")


# --- members ------------------------------------------------------------------------------------

class ClientCounts(Strict):
    """A member's clients per segment (the client groups), for the causation part of the costs."""

    pakolaiset: Count | None = Field(None, title=CLIENT_GROUPS["pakolaiset"])
    ilman_huoltajaa: Count | None = Field(None, title=CLIENT_GROUPS["ilman_huoltajaa"])
    tyo_ja_koulutusperaiset: Count | None = Field(None, title=CLIENT_GROUPS["tyo_ja_koulutusperaiset"])
    tyovoiman_ulkopuoliset: Count | None = Field(None, title=CLIENT_GROUPS["tyovoiman_ulkopuoliset"])


class Deviation(Strict):
    """A member keeps a task (or hands it elsewhere) instead of the joint arrangement."""

    ryhma: Group = Field(title="Asiakasryhmä", description="Asiakasryhmä: " + ", ".join(CLIENT_GROUPS) + ".")
    tehtava: Task = Field(title="Tehtävä", description="Tehtävä: " + ", ".join(TASKS) + ".")
    vastuu: Level = Field("kunta", title="Vastuutaso", description="Kuka tehtävästä vastaa tässä kunnassa "
                          "(oletus: kunta itse).")
    perustelu: Text | None = Field(None, title="Perustelu", description="Miksi kunta poikkeaa yhteisestä jaosta.")


class Member(Strict):
    """One member municipality."""

    kunta: Text = Field(title="Kunta", description="Kunnan nimi, kuten perustiedoissa (H1).")
    tyollisyysalue: Text | None = Field(
        None, title="Työllisyysalue", description="Kunnan työllisyysalue (yksi yhteistoiminnan työllisyysalueista).")
    asukasluku: Population | None = Field(
        None, title="Asukasluku", description="Kokonaisluku ilman välilyöntejä; tarvitaan kustannusten jakoon.")
    asiakkaat: ClientCounts | None = Field(
        None, title="Asiakasmäärät asiakassegmenteittäin",
        description="Asiakkaiden määrä segmenteittäin (kokonaislukuja); tarvitaan kustannusten jakoon.")
    poikkeamat: list[Deviation] = Field(
        default_factory=list, title="Poikkeamat yhteisestä tehtävänjaosta",
        description="Tehtävät, jotka kunta hoitaa itse tai muuten kuin yhteisen jaon mukaan.")


# --- costs --------------------------------------------------------------------------------------

class SegmentWeights(Strict):
    """How the causation part is divided among the segments, in per cent (kotodoc's design)."""

    pakolaiset: Percent | None = Field(None, title=CLIENT_GROUPS["pakolaiset"])
    ilman_huoltajaa: Percent | None = Field(None, title=CLIENT_GROUPS["ilman_huoltajaa"])
    tyo_ja_koulutusperaiset: Percent | None = Field(None, title=CLIENT_GROUPS["tyo_ja_koulutusperaiset"])
    tyovoiman_ulkopuoliset: Percent | None = Field(None, title=CLIENT_GROUPS["tyovoiman_ulkopuoliset"])

    def as_dict(self) -> dict[str, Decimal]:
        """Weight per segment; a segment left out has weight 0."""
        return {key: getattr(self, key) or Decimal(0) for key in CLIENT_GROUPS}


class CostSplit(Strict):
    """The figures of the cost split of the joint service."""

    vuosikustannus: Euros = Field(
        title="Yhteisen palvelun vuosikustannus (euroa)",
        description="Euroina ilman välilyöntejä ja €-merkkiä, esim. 250000 tai 250000,50.")
    asukasluvun_osuus: Percent = Field(
        title="Asukasluvun mukaan jaettava osuus (%)", description="Esityksen mukaan 30–50 %.")
    aiheuttamisperiaatteen_osuus: Percent = Field(
        title="Aiheuttamisperiaatteen mukaan jaettava osuus (%)",
        description="Asiakassegmenteittäin; esityksen mukaan 50–70 %. Osuuksien summa on 100 %.")
    segmenttien_painot: SegmentWeights | None = Field(
        None, title="Asiakassegmenttien painot (% aiheuttamisperusteisesta osuudesta)",
        description="Kotodocin menetelmä: aiheuttamisperusteinen osuus jaetaan segmenteille näillä "
                    "painoilla (summa 100 %; oletus: kaikille segmenteille sama paino), segmentin sisällä "
                    "jäsenten asiakasmäärien suhteessa.")
    huomautus: Text | None = Field(
        None, title="Huomautus", description="Näkyvä huomautus luvuista, esim. että ne ovat havainnollistavia.")

    def weights(self) -> dict[str, Decimal]:
        """The segment weights in per cent; equal weights when none are given."""
        if self.segmenttien_painot is None:
            return {key: Decimal(100) / len(CLIENT_GROUPS) for key in CLIENT_GROUPS}
        return self.segmenttien_painot.as_dict()


# --- the block ------------------------------------------------------------------------------------

class JointProgramme(Strict):
    """``yhteistoiminta``: one programme for several municipalities."""

    malli: Arrangement = Field(
        title="Yhteistoiminnan malli",
        description="seudullinen (seudun kuntien yhteinen palvelu) tai maakunnallinen (maakunnan kaikkien "
                    "kuntien yhteinen palvelu).")
    koordinoiva_kunta: Text = Field(title="Koordinoiva kunta", description="Yhteistoimintaa koordinoiva jäsenkunta.")
    hyvinvointialue: County = Field(
        title="Hyvinvointialue", description="Hyvinvointialueen lyhyt nimi, esim. Etelä-Savo.")
    tyollisyysalueet: Annotated[list[Text], Field(min_length=1)] = Field(
        title="Työllisyysalueet", description="Jäsenkuntien työllisyysalueet.")
    lahde: Text | None = Field(None, title="Lähde", description="Asiakirja, johon tehtävänjako perustuu.")
    huomautus: Text | None = Field(None, title="Huomautus", description="Näkyvä huomautus yhteistoiminnan tiedoista.")
    jasenet: Annotated[list[Member], Field(min_length=1)] = Field(
        title="Jäsenkunnat", description="Yhteistoiminnan jäsenkunnat; samat kuin perustiedoissa (H1).")
    tehtavanjako: TaskDivision = Field(
        title="Tehtävänjako asiakasryhmittäin",
        description="Asiakasryhmä › tehtävä › vastuutaso: " + ", ".join(LEVELS) + ".")
    muut_tehtavat: OtherTasks | None = Field(
        None, title="Muut tehtävät vastuutasoittain", description="Asiakasryhmiin sitomattomat tehtävät.")
    kustannukset: CostSplit | None = Field(
        None, title="Kustannusten jako", description="Yhteisen palvelun kustannusten jako jäsenkunnille.")

    def member_names(self) -> list[str]:
        """The member municipalities in the order written."""
        return [m.kunta for m in self.jasenet]

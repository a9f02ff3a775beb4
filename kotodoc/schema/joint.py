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


import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError, PydanticKnownError

from kotodoc import refdata
from kotodoc.refdata.terms import is_placeholder
from kotodoc.schema.base import FORM, Strict, Text, described, fold
from kotodoc.schema.quantities import Count, Euros, Percent, Population

# --- data tables ------------------------------------------------------------------------------

CLIENT_GROUPS: Mapping[str, str] = FORM.joint["client_groups"]
"""The client groups (asiakasryhmät, also the cost segments) as seed 000 names them."""
DIVISION_GROUPS: Mapping[str, str] = FORM.joint["division_groups"]
"""The groups of the task division: the client groups and the job seekers (the employment authority's)."""
CLIENT_GROUPS_SHORT: Mapping[str, str] = FORM.joint["client_groups_short"]
"""Short labels for narrow table columns."""
TASKS: Mapping[str, str] = FORM.joint["tasks"]
"""Tasks of the division by client group. The first ones are seed 000's words; the seed's
"alkukartoitukset" is the repealed law's term (1386/2010): it is accepted as written, with a
KD402 warning, and means the same task as ``palvelutarpeen_arviointi`` (KotoL 14 §)."""

REPEALED_TASKS: dict[str, str] = {"alkukartoitukset": "palvelutarpeen_arviointi"}
"""Task keys of the repealed law and the current task they stand for."""

LEVELS: Mapping[str, str] = FORM.joint["levels"]
"""Who is responsible for a task. The joint service's label follows the chosen model."""
ARRANGEMENTS: Mapping[str, str] = FORM.joint["arrangements"]
"""The forms of joint service the seed proposes; the value is the label of ``yhteinen_palvelu``."""

GroupKey = Literal["pakolaiset", "ilman_huoltajaa", "tyo_ja_koulutusperaiset", "tyovoiman_ulkopuoliset"]
DivisionGroupKey = Literal["pakolaiset", "ilman_huoltajaa", "tyo_ja_koulutusperaiset", "tyovoiman_ulkopuoliset",
                           "tyonhakijat"]
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


def level_label(level: str, arrangement: str | None = None,
                labels: Mapping[str, Mapping[str, str]] = FORM.joint) -> str:
    """The label of a level in ``labels`` (a language's ``FormTexts.joint``, Finnish by default); the joint
    service is named by the chosen arrangement."""
    if level == "yhteinen_palvelu" and arrangement is not None and arrangement in labels["arrangements"]:
        return labels["arrangements"][arrangement]
    return labels["levels"][level]


# --- value types --------------------------------------------------------------------------------

def _county(value: str) -> str:
    """The county's short name, from any name :func:`kotodoc.refdata.county` takes ("Satakunnan
    hyvinvointialue", "Soite"); a placeholder is left to the KD401 warning (a fresh ``init`` file)."""
    if is_placeholder(value):
        return value
    county = refdata.canonical_county(value)
    if county is None:
        stem = re.sub(r"(?i)\s*hyvinvointialue\w*$", "", value.strip())
        raise PydanticCustomError("KD510", "county", {"value": value, "stem": stem})
    return county


Group = Annotated[DivisionGroupKey, BeforeValidator(fold)]
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

    vastuu: Level = described("Responsibility.vastuu")
    yhteistyossa: list[Level] = described("Responsibility.yhteistyossa", default_factory=list)
    huomautus: Text | None = described("Responsibility.huomautus", None)


Cell = Annotated[Responsibility, BeforeValidator(_cell, json_schema_input_type=LevelKey | Responsibility)]


def _task(key: str) -> Any:
    return described(f"GroupTasks.{key}", None)


class GroupTasks(Strict):
    """The tasks of one client group and the level responsible for each."""

    neuvottelut_vastaanottamisesta: Cell | None = _task("neuvottelut_vastaanottamisesta")
    vastaanotto_ja_varautuminen: Cell | None = _task("vastaanotto_ja_varautuminen")
    asettautumispalvelut: Cell | None = _task("asettautumispalvelut")
    ohjaus_ja_neuvonta: Cell | None = _task("ohjaus_ja_neuvonta")
    alkukartoitukset: Cell | None = described("GroupTasks.alkukartoitukset", None)
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
    return described(f"TaskDivision.{key}", None)


class TaskDivision(Strict):
    """The task division by client group (seed 000: "Esitys tehtävien jakautumisesta")."""

    pakolaiset: GroupTasks | None = _group("pakolaiset")
    ilman_huoltajaa: GroupTasks | None = _group("ilman_huoltajaa")
    tyo_ja_koulutusperaiset: GroupTasks | None = _group("tyo_ja_koulutusperaiset")
    tyovoiman_ulkopuoliset: GroupTasks | None = _group("tyovoiman_ulkopuoliset")
    tyonhakijat: GroupTasks | None = _group("tyonhakijat")
    huomautus: Text | None = described("TaskDivision.huomautus", None)

    def given(self) -> list[tuple[str, GroupTasks | None]]:
        """The groups written in the file, in table order (``None``: written without tasks)."""
        return [(key, getattr(self, key)) for key in DIVISION_GROUPS if key in self.model_fields_set]


def _level_list(key: str) -> Any:
    return described(f"OtherTasks.{key}", None)


class OtherTasks(Strict):
    """Tasks not tied to a client group, listed per level, as the seed lists them."""

    kunta: list[Text] | None = _level_list("kunta")
    yhteinen_palvelu: list[Text] | None = _level_list("yhteinen_palvelu")
    tyollisyysalue: list[Text] | None = _level_list("tyollisyysalue")
    hyvinvointialue: list[Text] | None = _level_list("hyvinvointialue")


# --- members ------------------------------------------------------------------------------------

class ClientCounts(Strict):
    """A member's clients per segment (the client groups), for the causation part of the costs."""

    pakolaiset: Count | None = described("ClientCounts.pakolaiset", None)
    ilman_huoltajaa: Count | None = described("ClientCounts.ilman_huoltajaa", None)
    tyo_ja_koulutusperaiset: Count | None = described("ClientCounts.tyo_ja_koulutusperaiset", None)
    tyovoiman_ulkopuoliset: Count | None = described("ClientCounts.tyovoiman_ulkopuoliset", None)


class Deviation(Strict):
    """A member keeps a task (or hands it elsewhere) instead of the joint arrangement."""

    ryhma: Group = described("Deviation.ryhma")
    tehtava: Task = described("Deviation.tehtava")
    vastuu: Level = described("Deviation.vastuu", "kunta")
    perustelu: Text | None = described("Deviation.perustelu", None)


class Member(Strict):
    """One member municipality."""

    kunta: Text = described("Member.kunta")
    tyollisyysalue: Text | None = described("Member.tyollisyysalue", None)
    asukasluku: Population | None = described("Member.asukasluku", None)
    asiakkaat: ClientCounts | None = described("Member.asiakkaat", None)
    poikkeamat: list[Deviation] = described("Member.poikkeamat", default_factory=list)


# --- costs --------------------------------------------------------------------------------------

class SegmentWeights(Strict):
    """How the causation part is divided among the segments, in per cent (kotodoc's design)."""

    pakolaiset: Percent | None = described("SegmentWeights.pakolaiset", None)
    ilman_huoltajaa: Percent | None = described("SegmentWeights.ilman_huoltajaa", None)
    tyo_ja_koulutusperaiset: Percent | None = described("SegmentWeights.tyo_ja_koulutusperaiset", None)
    tyovoiman_ulkopuoliset: Percent | None = described("SegmentWeights.tyovoiman_ulkopuoliset", None)

    def as_dict(self) -> dict[str, Decimal]:
        """Weight per segment; a segment left out has weight 0."""
        return {key: getattr(self, key) or Decimal(0) for key in CLIENT_GROUPS}


class CostSplit(Strict):
    """The figures of the cost split of the joint service."""

    vuosikustannus: Euros = described("CostSplit.vuosikustannus")
    asukasluvun_osuus: Percent = described("CostSplit.asukasluvun_osuus")
    aiheuttamisperiaatteen_osuus: Percent = described("CostSplit.aiheuttamisperiaatteen_osuus")
    segmenttien_painot: SegmentWeights | None = described("CostSplit.segmenttien_painot", None)
    huomautus: Text | None = described("CostSplit.huomautus", None)

    def weights(self) -> dict[str, Decimal]:
        """The segment weights in per cent; equal weights when none are given."""
        if self.segmenttien_painot is None:
            return {key: Decimal(100) / len(CLIENT_GROUPS) for key in CLIENT_GROUPS}
        return self.segmenttien_painot.as_dict()


# --- the block ------------------------------------------------------------------------------------

class JointProgramme(Strict):
    """``yhteistoiminta``: one programme for several municipalities."""

    malli: Arrangement = described("JointProgramme.malli")
    koordinoiva_kunta: Text = described("JointProgramme.koordinoiva_kunta")
    hyvinvointialue: County = described("JointProgramme.hyvinvointialue")
    tyollisyysalueet: Annotated[list[Text], Field(min_length=1)] = described("JointProgramme.tyollisyysalueet")
    lahde: Text | None = described("JointProgramme.lahde", None)
    huomautus: Text | None = described("JointProgramme.huomautus", None)
    jasenet: Annotated[list[Member], Field(min_length=1)] = described("JointProgramme.jasenet")
    tehtavanjako: TaskDivision = described("JointProgramme.tehtavanjako")
    muut_tehtavat: OtherTasks | None = described("JointProgramme.muut_tehtavat", None)
    kustannukset: CostSplit | None = described("JointProgramme.kustannukset", None)

    def member_names(self) -> list[str]:
        """The member municipalities in the order written."""
        return [m.kunta for m in self.jasenet]

"""The parts of a programme that could be read, so that the content rules report in the same run as the schema.

A file with a schema error in one block (an e-mail address in H3, a date in the approval block) still has
sections that are sound. :func:`readable_parts` validates each top-level block on its own and gives the
rules a :class:`Parts` view in which a block that could not be read is ``None``; the rules skip what is
``None`` (the schema's own errors already say what is wrong there). A sound document gives a view with
every block (:meth:`Parts.of`).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import TypeAdapter, ValidationError

from kotodoc.schema import approval
from kotodoc.schema.base import fold
from kotodoc.schema.dates import read_date
from kotodoc.schema.programme import (
    Assessment,
    CivicOrientation,
    Guidance,
    Header,
    IntegrationTraining,
    OtherServices,
    OtherTraining,
    Plan,
    Programme,
    ResponsibilityTable,
)

if TYPE_CHECKING:
    from kotodoc.schema.joint import JointProgramme

BLOCKS: tuple[str, ...] = (
    "perustiedot", "arviointi", "suunnitelma", "yhteiskuntaorientaatio", "kotoutumiskoulutus", "muu_koulutus",
    "ohjaus_ja_neuvonta", "muut_palvelut", "vastuutaulukko", "hyvaksyminen", "yhteistoiminta",
)
"""The top-level blocks a rule may read, each validated on its own when the whole file is not sound."""


@dataclass(frozen=True)
class Parts:
    """The blocks of a programme that could be read (``None``: missing, or not readable)."""

    kieli: str = "fi"
    paivays: dt.date | None = None
    perustiedot: Header | None = None
    arviointi: Assessment | None = None
    suunnitelma: Plan | None = None
    yhteiskuntaorientaatio: CivicOrientation | None = None
    kotoutumiskoulutus: IntegrationTraining | None = None
    muu_koulutus: OtherTraining | None = None
    ohjaus_ja_neuvonta: Guidance | None = None
    muut_palvelut: OtherServices | None = None
    vastuutaulukko: ResponsibilityTable | None = None
    hyvaksyminen: list[approval.Approval] = field(default_factory=list)
    yhteistoiminta: JointProgramme | None = None
    unreadable: frozenset[str] = frozenset()  # blocks written in the file that could not be read

    @classmethod
    def of(cls, prog: Programme) -> Parts:
        """Every block of a sound programme."""
        return cls(**{"kieli": prog.kieli, "paivays": prog.paivays, **{key: getattr(prog, key) for key in BLOCKS}})

    def document_day(self) -> dt.date | None:
        """The date the document speaks from (:func:`kotodoc.schema.approval.day_of`)."""
        return approval.day_of(self.paivays, self.hyvaksyminen[0] if self.hyvaksyminen else None)

    def kunnat(self) -> list[str]:
        """The municipalities of H1 (none when the header could not be read)."""
        return list(self.perustiedot.kunnat) if self.perustiedot is not None else []


@functools.cache
def _adapter(key: str) -> TypeAdapter[Any]:
    info = Programme.model_fields[key]
    annotation: Any = info.annotation
    return TypeAdapter(Annotated[(annotation, *info.metadata)] if info.metadata else annotation)


def readable_parts(data: dict[str, Any]) -> Parts:
    """The blocks of the raw document ``data`` that are sound on their own."""
    data = approval.fill_h7(data)
    found: dict[str, Any] = {}
    unreadable: set[str] = set()
    kieli = fold(data.get("kieli"))
    if kieli in ("fi", "sv"):
        found["kieli"] = kieli
    found["paivays"] = read_date(data.get("paivays"))
    for key in BLOCKS:
        if key not in data:
            continue
        try:
            found[key] = _adapter(key).validate_python(data[key])
        except ValidationError:
            unreadable.add(key)
    return Parts(**found, unreadable=frozenset(unreadable))

"""Content rules of the joint-programme block ``yhteistoiminta`` (``KD5xx``).

The module's :data:`RULES` are joined with the others in :data:`kotodoc.checks.rules.RULES`.

Errors are what cannot be right: a member missing from H1, a task with no responsible level or with
two, a deviation from a task the division does not have, cost percentages that do not sum to 100,
a member without the figures the cost split needs. Warnings are what may be right but usually is
not: a name close to a municipality's that is none itself, a member that the reference data places in
another wellbeing services county or employment area, a client segment with no clients. One region's
proposal (Mikkeli, 20.6.2024: 30–50 % by population) is never a default for others: the percentages are
the members' agreement, checked only to sum to 100 (the former KD521 is retired).

A member is the same municipality under its Finnish or Swedish name ("Pietarsaari" and "Jakobstad");
an employment area is recognised by its short or own name (:func:`kotodoc.refdata.employment_area`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from decimal import Decimal
from typing import TYPE_CHECKING

from kotodoc import form, refdata
from kotodoc.checks.findings import Finding, ModelRule
from kotodoc.checks.parts import Parts
from kotodoc.checks.wording import Place
from kotodoc.diagnostics import Loc
from kotodoc.messages import Hint, Items, Phrase, Term, Word
from kotodoc.refdata.terms import is_placeholder
from kotodoc.schema.quantities import fi_decimal

if TYPE_CHECKING:  # the joint model's module is imported only when a document has the joint block
    from kotodoc.schema.joint import JointProgramme

KEY = "yhteistoiminta"

H1: Loc = (form.HEADER_KEY, "kunnat")


def _same(name: str) -> str:
    """Comparison key of a municipality: its code when the name is a municipality's (in either language),
    else the name with case and spaces folded."""
    known = refdata.lookup(name)
    if known is not None:
        return f"#{known.code}"
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def _area(name: str) -> str:
    """Comparison key of an employment area: the area's short name when known, else the name folded."""
    known = refdata.employment_area(name)
    return f"#{known.key}" if known is not None else _same(name)


def _joint(prog: Parts) -> JointProgramme | None:
    return prog.yhteistoiminta


# --- members ------------------------------------------------------------------------------------


def members_match_header(prog: Parts) -> Iterator[Finding]:
    """KD501/KD502/KD503: the members are exactly the municipalities of H1, each once."""
    joint = _joint(prog)
    if joint is None or prog.perustiedot is None:
        return
    header = {_same(name) for name in prog.kunnat()}
    seen: set[str] = set()
    for i, member in enumerate(joint.jasenet):
        loc: Loc = (KEY, "jasenet", i, "kunta")
        key = _same(member.kunta)
        if key in seen:
            yield Finding("KD503", loc, {"what": Place(loc), "kunta": member.kunta})
        elif key not in header:
            yield Finding("KD501", loc, {"what": Place(loc), "kunta": member.kunta, "header": Place(H1)})
        seen.add(key)
    for j, name in enumerate(prog.kunnat()):
        if _same(name) not in seen:
            yield Finding("KD502", (*H1, j), {"kunta": name, "header": Place(H1)})


def coordinator_is_member(prog: Parts) -> Iterator[Finding]:
    """KD504: the coordinating municipality is one of the members."""
    joint = _joint(prog)
    if joint is None:
        return
    names = joint.member_names()
    if _same(joint.koordinoiva_kunta) not in {_same(n) for n in names}:
        loc: Loc = (KEY, "koordinoiva_kunta")
        suggestion = refdata.did_you_mean(joint.koordinoiva_kunta, names)
        yield Finding("KD504", loc, {"what": Place(loc), "kunta": joint.koordinoiva_kunta,
                                     "hint": Hint(suggestion)})


def known_spelling(prog: Parts) -> Iterator[Finding]:
    """KD505: a member's name is not one kotodoc knows, but a known name is close to it."""
    joint = _joint(prog)
    if joint is None:
        return
    for i, member in enumerate(joint.jasenet):
        suggestion = refdata.suggest_municipality(member.kunta)
        if suggestion is not None:
            loc: Loc = (KEY, "jasenet", i, "kunta")
            yield Finding("KD505", loc, {"what": Place(loc), "kunta": member.kunta, "suggestion": suggestion})


def county_and_areas(prog: Parts) -> Iterator[Finding]:
    """KD506–KD509: members in the county and the employment areas named (where the reference data knows)."""
    joint = _joint(prog)
    if joint is None:
        return
    areas = {_area(a): a for a in joint.tyollisyysalueet}
    for i, member in enumerate(joint.jasenet):
        county = refdata.county_of(member.kunta)
        if county is not None and county != joint.hyvinvointialue and not is_placeholder(joint.hyvinvointialue):
            loc: Loc = (KEY, "jasenet", i, "kunta")
            yield Finding("KD506", loc, {"what": Place(loc), "kunta": member.kunta, "county": county,
                                         "given": joint.hyvinvointialue})
        if member.tyollisyysalue is not None and _area(member.tyollisyysalue) not in areas:
            loc = (KEY, "jasenet", i, "tyollisyysalue")
            suggestion = refdata.did_you_mean(member.tyollisyysalue, joint.tyollisyysalueet)
            yield Finding("KD508", loc, {"what": Place(loc), "area": member.tyollisyysalue,
                                         "hint": Hint(suggestion)})
        municipality = refdata.lookup(member.kunta)
        if municipality is None or municipality.area is None or municipality.own_employment_authority:
            continue  # unknown, Åland, or a city that is its own area (named in several ways)
        known, key = municipality.area.label(), f"#{municipality.area.key}"
        if member.tyollisyysalue is not None:
            written = _area(member.tyollisyysalue)
            if written != key and (written.startswith("#") or written in areas):  # else KD508 said it
                loc = (KEY, "jasenet", i, "tyollisyysalue")
                yield Finding("KD507", loc, {"what": Place(loc), "kunta": member.kunta, "area": known})
        elif key not in areas:
            loc = (KEY, "tyollisyysalueet")
            yield Finding("KD507", loc, {"what": Place(loc), "kunta": member.kunta, "area": known})
    if joint.malli == "maakunnallinen":
        members = {_same(n) for n in joint.member_names()}
        all_of_county = refdata.county_members(joint.hyvinvointialue)
        missing = [m for m in all_of_county if _same(m) not in members]
        if missing:
            loc = (KEY, "malli")
            yield Finding("KD509", loc, {"what": Place(loc), "county": joint.hyvinvointialue,
                                         "missing": ", ".join(missing)})


# --- task division ------------------------------------------------------------------------------


def task_division(prog: Parts) -> Iterator[Finding]:
    """KD511–KD513, KD402: every task of every group has exactly one responsible level."""
    joint = _joint(prog)
    if joint is None:
        return
    from kotodoc.schema.joint import LEVELS, REPEALED_TASKS

    division = joint.tehtavanjako
    if not division.given():
        loc: Loc = (KEY, "tehtavanjako")
        yield Finding("KD511", loc, {"what": Place(loc)})
    for group, tasks in division.given():
        group_loc: Loc = (KEY, "tehtavanjako", group)
        if tasks is None or not tasks.given():
            yield Finding("KD511", group_loc, {"what": Place(group_loc)})
            continue
        written = {task for task, _ in tasks.given()}
        for task, cell in tasks.given():
            loc = (*group_loc, task)
            if cell is None:
                yield Finding("KD512", loc, {"what": Place(loc), "allowed": ", ".join(LEVELS)})
            if task in REPEALED_TASKS:
                modern = REPEALED_TASKS[task]
                label = Term("tasks", modern, lower=True)
                yield Finding("KD402", loc, {"what": Place(loc), "found": task, "source": Word("ended_1386/2010"),
                                             "modern": Phrase.of("joint.task_key", label=label, key=modern)})
                if modern in written:  # the same task twice: the repealed key is the one to remove
                    yield Finding("KD513", loc, {"what": Place(loc), "first": modern, "second": task})


def deviations(prog: Parts) -> Iterator[Finding]:
    """KD514–KD516: a member deviates only from a task the division has, to another level, once."""
    joint = _joint(prog)
    if joint is None:
        return
    from kotodoc.schema.joint import canonical_task

    for i, member in enumerate(joint.jasenet):
        seen: set[tuple[str, str]] = set()
        for j, dev in enumerate(member.poikkeamat):
            loc: Loc = (KEY, "jasenet", i, "poikkeamat", j)
            task = canonical_task(dev.tehtava)
            group_tasks = getattr(joint.tehtavanjako, dev.ryhma)
            cells = {canonical_task(k): c for k, c in group_tasks.given() if c} if group_tasks else {}
            if (dev.ryhma, task) in seen:
                yield Finding("KD516", loc, {"what": Place(loc), "task": Term("tasks", dev.tehtava),
                                             "group": Term("division_groups", dev.ryhma)})
            elif task not in cells:
                where = (*loc, "tehtava")
                yield Finding("KD514", where, {"what": Place(where), "task": Term("tasks", dev.tehtava),
                                               "group": Term("division_groups", dev.ryhma)})
            elif cells[task].vastuu == dev.vastuu:
                where = (*loc, "vastuu")
                yield Finding("KD515", where, {"what": Place(where), "level": dev.vastuu})
            seen.add((dev.ryhma, task))


# --- cost split ---------------------------------------------------------------------------------


def cost_figures(prog: Parts) -> Iterator[Finding]:
    """KD520, KD522–KD525: percentages summing to 100; every member has its figures."""
    joint = _joint(prog)
    if joint is None or joint.kustannukset is None:
        return
    costs = joint.kustannukset
    base: Loc = (KEY, "kustannukset")
    population, causation = costs.asukasluvun_osuus, costs.aiheuttamisperiaatteen_osuus
    if population + causation != 100:
        loc: Loc = (*base, "aiheuttamisperiaatteen_osuus")
        yield Finding("KD520", loc, {"what": Place(base), "population": fi_decimal(population),
                                     "causation": fi_decimal(causation),
                                     "total": fi_decimal(population + causation)})
    weights = costs.weights()
    weight_sum = sum(weights.values(), Decimal(0))
    if costs.segmenttien_painot is not None and weight_sum != 100:
        loc = (*base, "segmenttien_painot")
        yield Finding("KD522", loc, {"what": Place(loc), "total": fi_decimal(weight_sum)})
    used = [seg for seg, weight in weights.items() if weight > 0]
    complete = True
    for i, member in enumerate(joint.jasenet):
        missing = [] if member.asukasluku is not None else [Phrase.of("joint.population")]
        for seg in used:
            if member.asiakkaat is None or getattr(member.asiakkaat, seg) is None:
                missing.append(Phrase.of("joint.client_count", label=Term("client_groups", seg), key=seg))
        if missing:
            complete = False
            loc = (KEY, "jasenet", i)
            yield Finding("KD523", loc, {"what": Place(loc), "kunta": member.kunta, "missing": Items.of(missing)})
    if not complete or not used:
        return
    totals = {seg: sum(getattr(m.asiakkaat, seg) or 0 for m in joint.jasenet) for seg in used}
    empty = [seg for seg in used if totals[seg] == 0]
    if len(empty) == len(used):
        yield Finding("KD525", base, {"what": Place(base)})
        return
    for seg in empty:
        loc = (*base, "segmenttien_painot", seg) if costs.segmenttien_painot is not None else base
        yield Finding("KD524", loc, {"what": Place(loc), "segment": Term("client_groups", seg)})


RULES: tuple[ModelRule, ...] = (
    members_match_header, coordinator_is_member, known_spelling, county_and_areas, task_division, deviations,
    cost_figures,
)

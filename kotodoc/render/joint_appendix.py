"""The appendix (liite) of a joint programme: members, task division and cost split, as layout blocks.

Listed in :data:`kotodoc.render.programme.APPENDICES`, so every format shows it after the
vastuutaulukko, on pages of its own (a :class:`~kotodoc.render.tree.Section`, landscape in Word when
its tables need the width). A programme without the ``yhteistoiminta`` block gets no appendix.

Every free text of the block is printed, split into paragraphs like the form's answers; codes
(the model, levels, client groups, tasks) are printed as their Finnish labels from
:mod:`kotodoc.schema.joint`, and numbers in the Finnish way (thousands apart, right-aligned, with a
total row).
"""

from __future__ import annotations

from kotodoc.costs import tables as costs_report
from kotodoc.costs.split import split_of
from kotodoc.render.tree import Block, Cell, Heading, LabeledPart, Paragraph, Section, Table, paragraphs
from kotodoc.schema.joint import (
    ARRANGEMENTS,
    CLIENT_GROUPS,
    CLIENT_GROUPS_SHORT,
    DIVISION_GROUPS,
    LEVELS,
    REPEALED_TASKS,
    TASKS,
    JointProgramme,
    Responsibility,
    level_label,
)
from kotodoc.schema.programme import Programme

TITLE = "Liite: Usean kunnan yhteistoiminta"
NONE = "–"  # a task the division does not give for a group


def _texts(*values: str) -> Cell:
    return tuple(p for value in values for p in paragraphs(value))


def _one_line(value: str) -> str:
    return " ".join(paragraphs(value))


def _basics(joint: JointProgramme) -> list[Block]:
    blocks: list[Block] = [
        LabeledPart("Yhteistoiminnan malli", (ARRANGEMENTS[joint.malli],)),
        LabeledPart("Jäsenkunnat", (", ".join(_one_line(n) for n in joint.member_names()),)),
        LabeledPart("Koordinoiva kunta", _texts(joint.koordinoiva_kunta)),
        LabeledPart("Hyvinvointialue", (joint.hyvinvointialue,)),
        LabeledPart("Työllisyysalueet", (", ".join(_one_line(a) for a in joint.tyollisyysalueet),)),
    ]
    if joint.lahde:
        blocks.append(LabeledPart("Lähde", _texts(joint.lahde)))
    if joint.huomautus:
        blocks.append(LabeledPart("Huomautus", _texts(joint.huomautus)))
    return blocks


def _members(joint: JointProgramme) -> list[Block]:
    with_area = any(m.tyollisyysalue for m in joint.jasenet)
    with_figures = any(m.asukasluku is not None or m.asiakkaat is not None for m in joint.jasenet)
    header = ["Kunta"]
    if with_area:
        header.append("Työllisyysalue")
    if with_figures:
        header += ["Asukasluku", *CLIENT_GROUPS_SHORT.values()]
    rows: list[tuple[Cell, ...]] = []
    columns: list[list[int | None]] = []  # the figures by column, for the total row
    for m in joint.jasenet:
        row: list[Cell] = [_texts(m.kunta)]
        if with_area:
            row.append(_texts(m.tyollisyysalue) if m.tyollisyysalue else (NONE,))
        if with_figures:
            figures = [m.asukasluku, *((getattr(m.asiakkaat, k) if m.asiakkaat else None) for k in CLIENT_GROUPS)]
            columns.append(figures)
            row.extend((_figure(n),) for n in figures)
        rows.append(tuple(row))
    numeric = (False, *([False] if with_area else []), *([True] * (len(header) - 1 - with_area)))
    if with_figures:
        totals = [sum(n for n in col if n is not None) if any(n is not None for n in col) else None
                  for col in zip(*columns, strict=True)]
        rows.append(((costs_report.TOTAL,), *([("",)] if with_area else []), *((_figure(n),) for n in totals)))
    table = Table("Jäsenkunnat", tuple(header), tuple(rows), numeric=numeric, total_row=with_figures)
    blocks: list[Block] = [Heading(3, "Jäsenkunnat"), table]
    if with_figures:
        groups = "; ".join(f"{CLIENT_GROUPS_SHORT[k]}: {v}" for k, v in CLIENT_GROUPS.items()
                           if CLIENT_GROUPS_SHORT[k] != v)
        blocks.append(Paragraph(f"Asiakasmäärät asiakassegmenteittäin ({groups}).", "hint"))
    return blocks


def _figure(value: int | None) -> str:
    return costs_report.fi_int(value) if value is not None else NONE


def _cell(cell: Responsibility, arrangement: str) -> Cell:
    texts = [level_label(cell.vastuu, arrangement)]
    if cell.yhteistyossa:
        texts.append("yhteistyössä: " + ", ".join(level_label(lv, arrangement).lower() for lv in cell.yhteistyossa))
    return (*texts, *_texts(cell.huomautus or ""))


def _division(joint: JointProgramme) -> list[Block]:
    division = joint.tehtavanjako
    groups = [(g, tasks) for g, tasks in division.given() if tasks is not None]
    blocks: list[Block] = [Heading(3, "Tehtävänjako asiakasryhmittäin")]
    used = [t for t in TASKS if any(tasks is not None and t in dict(tasks.given()) for _, tasks in groups)]
    if groups and used:
        rows = []
        for task in used:
            row: list[Cell] = [(TASKS[task],)]
            for _, tasks in groups:
                cell = getattr(tasks, task)
                row.append(_cell(cell, joint.malli) if cell is not None else (NONE,))
            rows.append(tuple(row))
        header = ("Tehtävä", *(DIVISION_GROUPS[g] for g, _ in groups))
        blocks.append(Table("Tehtävänjako asiakasryhmittäin", header, tuple(rows)))
        legend = "; ".join(f"{level_label(k, joint.malli)} ({k})" for k in LEVELS)
        blocks.append(Paragraph(f"Vastuutasot: {legend}. Viiva (–): tehtävää ei ole annettu asiakasryhmälle.",
                                "hint"))
        for repealed, modern in REPEALED_TASKS.items():
            if repealed in used:
                blocks.append(Paragraph(
                    f"{TASKS[repealed]}: kumotun lain (1386/2010) termi; lain 681/2023 mukainen tehtävä on "
                    f"{TASKS[modern].lower()} (KotoL 14 §).", "hint"))
    if division.huomautus:
        blocks.append(LabeledPart("Huomautus", _texts(division.huomautus)))
    blocks += _deviations(joint)
    other = joint.muut_tehtavat
    if other is not None:
        rows2 = [((level_label(level, joint.malli),), _texts(*items))
                 for level in LEVELS if (items := getattr(other, level))]
        if rows2:
            blocks += [Heading(3, "Muut tehtävät vastuutasoittain"),
                       Table("Muut tehtävät vastuutasoittain", ("Vastuutaso", "Tehtävät"), tuple(rows2))]
    return blocks


def _deviations(joint: JointProgramme) -> list[Block]:
    rows = []
    for m in joint.jasenet:
        for dev in m.poikkeamat:
            tasks = getattr(joint.tehtavanjako, dev.ryhma)
            shared = getattr(tasks, dev.tehtava) if tasks is not None else None
            rows.append((_texts(m.kunta), (DIVISION_GROUPS[dev.ryhma],), (TASKS[dev.tehtava],),
                         (level_label(shared.vastuu, joint.malli) if shared else NONE,),
                         (level_label(dev.vastuu, joint.malli),), _texts(dev.perustelu or "") or (NONE,)))
    if not rows:
        return []
    header = ("Kunta", "Asiakasryhmä", "Tehtävä", "Yhteinen jako", "Kunnassa", "Perustelu")
    return [Heading(3, "Poikkeamat yhteisestä tehtävänjaosta"),
            Table("Poikkeamat yhteisestä tehtävänjaosta", header, tuple(rows))]


def _costs(joint: JointProgramme) -> list[Block]:
    costs = joint.kustannukset
    if costs is None:
        return []
    try:
        split = split_of(joint)
    except ValueError:  # figures missing: validation reports KD523 and render stops before this
        return []
    assert split is not None
    blocks: list[Block] = [Heading(3, "Kustannusten jako")]
    blocks += [Paragraph(line) for line in costs_report.summary_lines(split)]
    share_rows = tuple(tuple((c,) for c in row) for row in costs_report.share_rows(split))
    figures = (False, *[True] * (len(costs_report.SHARE_HEADER) - 1))
    blocks.append(Table("Kustannusten jako jäsenkunnille", costs_report.SHARE_HEADER, share_rows,
                        show_caption=True, numeric=figures, total_row=True))
    if not split.causation_by_population:
        segment_rows = tuple(tuple((c,) for c in row) for row in costs_report.segment_rows(split))
        blocks.append(Table("Aiheuttamisperiaatteen mukainen osa asiakassegmenteittäin",
                            costs_report.SEGMENT_HEADER, segment_rows, show_caption=True,
                            numeric=(False, *[True] * (len(costs_report.SEGMENT_HEADER) - 1)), total_row=True))
    blocks += [Paragraph(costs_report.METHOD_NOTE, "hint"), Paragraph(costs_report.ROUNDING_NOTE, "hint")]
    if costs.huomautus:
        blocks.append(LabeledPart("Huomautus", _texts(costs.huomautus)))
    return blocks


def joint_appendix(prog: Programme) -> list[Block]:
    """The appendix of a joint programme; ``[]`` without the ``yhteistoiminta`` block."""
    joint = prog.yhteistoiminta
    if joint is None:
        return []
    return [Section(), Heading(2, TITLE), *_basics(joint), *_members(joint), *_division(joint), *_costs(joint)]

"""The appendix (liite) of a joint programme: members, task division and cost split, as layout blocks.

Listed in :data:`kotodoc.render.programme.APPENDICES`, so every format shows it after the
vastuutaulukko, on pages of its own (a :class:`~kotodoc.render.tree.Section`, landscape in Word when
its tables need the width). A programme without the ``yhteistoiminta`` block gets no appendix.

Every free text of the block is printed, split into paragraphs like the form's answers; codes
(the model, levels, client groups, tasks) are printed as their labels in the document's language
(``FormTexts.joint``), headings and notes are kotodoc's own texts (``FormTexts.own["appendix.…"]``),
and numbers are written the way the document's language writes them (thousands apart, right-aligned,
with a total row).
"""

from __future__ import annotations

from kotodoc import form
from kotodoc.render.tree import Block, Cell, Heading, LabeledPart, Paragraph, Section, Table, paragraphs
from kotodoc.schema.joint import REPEALED_TASKS, JointProgramme, Responsibility, level_label
from kotodoc.schema.programme import Programme

FI = form.texts("fi")
TITLE = FI.own["appendix.title"]
"""The appendix's heading in Finnish."""
NONE = "–"  # a task the division does not give for a group


def _texts(*values: str) -> Cell:
    return tuple(p for value in values for p in paragraphs(value))


def _one_line(value: str) -> str:
    return " ".join(paragraphs(value))


class _Appendix:
    """The appendix of one joint block in one language."""

    def __init__(self, joint: JointProgramme, t: form.FormTexts) -> None:
        self.joint, self.t, self.own, self.labels = joint, t, t.own, t.joint

    def level(self, level: str) -> str:
        return level_label(level, self.joint.malli, self.labels)

    def blocks(self) -> list[Block]:
        return [Section(), Heading(2, self.own["appendix.title"]), *self.basics(), *self.members(),
                *self.division(), *self.costs()]

    def basics(self) -> list[Block]:
        joint, own = self.joint, self.own
        blocks: list[Block] = [
            LabeledPart(own["appendix.model"], (self.labels["arrangements"][joint.malli],)),
            LabeledPart(own["appendix.members"], (", ".join(_one_line(n) for n in joint.member_names()),)),
            LabeledPart(own["appendix.coordinator"], _texts(joint.koordinoiva_kunta)),
            LabeledPart(own["appendix.county"], (joint.hyvinvointialue,)),
            LabeledPart(own["appendix.areas"], (", ".join(_one_line(a) for a in joint.tyollisyysalueet),)),
        ]
        if joint.lahde:
            blocks.append(LabeledPart(own["appendix.source"], _texts(joint.lahde)))
        if joint.huomautus:
            blocks.append(LabeledPart(own["appendix.note"], _texts(joint.huomautus)))
        return blocks

    def members(self) -> list[Block]:
        joint, own = self.joint, self.own
        groups, short = self.labels["client_groups"], self.labels["client_groups_short"]
        with_area = any(m.tyollisyysalue for m in joint.jasenet)
        with_figures = any(m.asukasluku is not None or m.asiakkaat is not None for m in joint.jasenet)
        header = [own["appendix.municipality"]]
        if with_area:
            header.append(own["appendix.area"])
        if with_figures:
            header += [own["appendix.population"], *short.values()]
        rows: list[tuple[Cell, ...]] = []
        columns: list[list[int | None]] = []  # the figures by column, for the total row
        for m in joint.jasenet:
            row: list[Cell] = [_texts(m.kunta)]
            if with_area:
                row.append(_texts(m.tyollisyysalue) if m.tyollisyysalue else (NONE,))
            if with_figures:
                figures = [m.asukasluku, *((getattr(m.asiakkaat, k) if m.asiakkaat else None) for k in groups)]
                columns.append(figures)
                row.extend((self.figure(n),) for n in figures)
            rows.append(tuple(row))
        numeric = (False, *([False] if with_area else []), *([True] * (len(header) - 1 - with_area)))
        if with_figures:
            totals = [sum(n for n in col if n is not None) if any(n is not None for n in col) else None
                      for col in zip(*columns, strict=True)]
            rows.append(((own["costs.total"],), *([("",)] if with_area else []),
                         *((self.figure(n),) for n in totals)))
        title = own["appendix.members"]
        table = Table(title, tuple(header), tuple(rows), numeric=numeric, total_row=with_figures)
        blocks: list[Block] = [Heading(3, title), table]
        if with_figures:
            legend = "; ".join(f"{short[k]}: {v}" for k, v in groups.items() if short[k] != v)
            blocks.append(Paragraph(own["appendix.counts_note"].format(groups=legend), "hint"))
        return blocks

    def figure(self, value: int | None) -> str:
        if value is None:
            return NONE
        from kotodoc.costs import tables as costs_report  # (see costs())

        group = self.own["number.group"]
        return costs_report.fi_int(value, costs_report.NBSP if group == " " else group)

    def cell(self, cell: Responsibility) -> Cell:
        texts = [self.level(cell.vastuu)]
        if cell.yhteistyossa:
            levels = ", ".join(self.level(lv).lower() for lv in cell.yhteistyossa)
            texts.append(self.own["appendix.together"].format(levels=levels))
        return (*texts, *_texts(cell.huomautus or ""))

    def division(self) -> list[Block]:
        joint, own, tasks_of = self.joint, self.own, self.labels["tasks"]
        division = joint.tehtavanjako
        groups = [(g, tasks) for g, tasks in division.given() if tasks is not None]
        title = own["appendix.division"]
        blocks: list[Block] = [Heading(3, title)]
        used = [t for t in tasks_of if any(tasks is not None and t in dict(tasks.given()) for _, tasks in groups)]
        if groups and used:
            rows = []
            for task in used:
                row: list[Cell] = [(tasks_of[task],)]
                for _, tasks in groups:
                    cell = getattr(tasks, task)
                    row.append(self.cell(cell) if cell is not None else (NONE,))
                rows.append(tuple(row))
            header = (own["appendix.task"], *(self.labels["division_groups"][g] for g, _ in groups))
            blocks.append(Table(title, header, tuple(rows)))
            legend = "; ".join(self.level(k) for k in self.labels["levels"])  # labels: no YAML codes in the document
            blocks.append(Paragraph(own["appendix.legend"].format(legend=legend), "hint"))
            for repealed, modern in REPEALED_TASKS.items():
                if repealed in used:
                    text = own["appendix.repealed"].format(task=tasks_of[repealed], modern=tasks_of[modern].lower(),
                                                           law=self.t.law_ref(form.LawRef((14,))))
                    blocks.append(Paragraph(text, "hint"))
        if division.huomautus:
            blocks.append(LabeledPart(own["appendix.note"], _texts(division.huomautus)))
        blocks += self.deviations()
        other = joint.muut_tehtavat
        if other is not None:
            rows2 = [((self.level(level),), _texts(*items))
                     for level in self.labels["levels"] if (items := getattr(other, level))]
            if rows2:
                other_title = own["appendix.other_tasks"]
                blocks += [Heading(3, other_title),
                           Table(other_title, (own["appendix.level"], own["appendix.tasks"]), tuple(rows2))]
        return blocks

    def deviations(self) -> list[Block]:
        joint, own = self.joint, self.own
        rows = []
        for m in joint.jasenet:
            for dev in m.poikkeamat:
                tasks = getattr(joint.tehtavanjako, dev.ryhma)
                shared = getattr(tasks, dev.tehtava) if tasks is not None else None
                rows.append((_texts(m.kunta), (self.labels["division_groups"][dev.ryhma],),
                             (self.labels["tasks"][dev.tehtava],), (self.level(shared.vastuu) if shared else NONE,),
                             (self.level(dev.vastuu),), _texts(dev.perustelu or "") or (NONE,)))
        if not rows:
            return []
        header = tuple(own[f"appendix.{key}"] for key in ("municipality", "group", "task", "shared", "local", "reason"))
        title = own["appendix.deviations"]
        return [Heading(3, title), Table(title, header, tuple(rows))]

    def costs(self) -> list[Block]:
        # the cost modules are imported only for a joint programme: a municipality's own document never needs them
        from kotodoc.costs import tables as costs_report
        from kotodoc.costs.split import split_of

        costs, t = self.joint.kustannukset, self.t
        if costs is None:
            return []
        try:
            split = split_of(self.joint)
        except ValueError:  # figures missing: validation reports KD523 and render stops before this
            return []
        assert split is not None
        blocks: list[Block] = [Heading(3, t.own["costs.title"])]
        blocks += [Paragraph(line) for line in costs_report.summary_lines(split, t=t)]
        share_rows = tuple(tuple((c,) for c in row) for row in costs_report.share_rows(split, t=t))
        share_header = costs_report.share_header(t)
        blocks.append(Table(t.own["costs.shares_title"], share_header, share_rows, show_caption=True,
                            numeric=(False, *[True] * (len(share_header) - 1)), total_row=True))
        if not split.causation_by_population:
            segment_rows = tuple(tuple((c,) for c in row) for row in costs_report.segment_rows(split, t=t))
            segment_header = costs_report.segment_header(t)
            blocks.append(Table(t.own["costs.segments_title"], segment_header, segment_rows, show_caption=True,
                                numeric=(False, *[True] * (len(segment_header) - 1)), total_row=True))
        blocks += [Paragraph(t.own["costs.method"], "hint"), Paragraph(t.own["costs.rounding"], "hint")]
        if costs.huomautus:
            blocks.append(LabeledPart(self.own["appendix.note"], _texts(costs.huomautus)))
        return blocks


def joint_appendix(prog: Programme, t: form.FormTexts = FI) -> list[Block]:
    """The appendix of a joint programme in the language of ``t``; ``[]`` without the ``yhteistoiminta`` block."""
    joint = prog.yhteistoiminta
    if joint is None:
        return []
    return _Appendix(joint, t).blocks()

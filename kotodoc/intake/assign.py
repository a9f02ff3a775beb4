"""Which answer each paragraph of the Word file belongs to.

The body is read in order as a stream of labels and text, whatever the layout: headings or bold
paragraphs as labels; a label and its answer in one paragraph ("Kunta tai kunnat: Kokkola"); one long
table whose cells hold section titles (merged cells), questions and answers beside or below them (its
cells are read row by row, so an answer beside or below its question follows it); the vastuutaulukko
as a table of three columns (or as tab-separated lines). A question that several sections ask ("Miten
palvelun järjestämiseksi tehdään yhteistyötä?") goes to the section being read, or to the first
section after it that has not had it yet, so a form without section headings still reads right.

Nothing is dropped: text before the first label, text between a section heading and its first
question, a heading the form does not have and the text under it, a question met twice, and an
appendix, are kept as :class:`Loose` blocks at the nearest place, for the YAML file and the warnings.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from kotodoc import form
from kotodoc.intake.labels import ANSWERED, Kind, Labels, Target
from kotodoc.intake.word import Block, Cell, Para, Table, Where
from kotodoc.intake.words import group_of
from kotodoc.render.joint_appendix import TITLE as APPENDIX_TITLE
from kotodoc.schema.dates import read_date

Loc = tuple[str, ...]
ORDER: tuple[tuple[str, str], ...] = (
    *((form.HEADER_KEY, h.question.key) for h in form.HEADER),
    *((s.key, q.key) for s in form.SECTIONS for q in s.questions),
)
"""Every answer slot of the form in the form's order."""
_RANK = {loc: i for i, loc in enumerate(ORDER)}
_QUESTIONISH = re.compile(r"\?\s*$")


@dataclass
class Answer:
    """The paragraphs of one answer, and where its label was."""

    loc: tuple[str, str]
    label: Para
    paras: list[Para] = field(default_factory=list)


@dataclass
class Loose:
    """Text that belongs to no answer; written as a comment after the YAML place ``anchor``."""

    anchor: Loc
    reason: str  # a key of kotodoc.intake.texts: unplaced, unplaced_question, unplaced_appendix, duplicate
    paras: list[Para] = field(default_factory=list)


@dataclass
class Row:
    """A row of the vastuutaulukko: the paragraphs of its two answer cells."""

    key: str
    cells: dict[str, list[Para]]
    label: Para


@dataclass
class Assigned:
    """The Word file sorted into the form's places."""

    answers: dict[tuple[str, str], Answer] = field(default_factory=dict)
    rows: dict[str, Row] = field(default_factory=dict)
    loose: list[Loose] = field(default_factory=list)
    date: Para | None = None
    label_languages: Counter[str] = field(default_factory=Counter)
    recognised: int = 0  # texts of the form recognised (labels, headings, instructions)


class _Assigner:
    def __init__(self, labels: Labels) -> None:
        self.labels = labels
        self.out = Assigned()
        self.section = ""  # the section being read ("" before the first)
        self.current: Answer | None = None
        self.loose: Loose | None = None
        self.anchor: Loc = ()
        self.position = -1
        self.seen_label = False
        self.appendix: Loose | None = None  # after an appendix's title everything is the appendix's text

    # --- the stream ---------------------------------------------------------------------------------

    def block(self, block: Block) -> None:
        if self.appendix is not None:
            rows = [block] if isinstance(block, Para) else [_row_para(block, cells) for cells in block.rows if cells]
            self.appendix.paras.extend(p for p in rows if p.text.strip())
        elif isinstance(block, Table):
            self.table(block)
        else:
            self.para(block)

    def para(self, para: Para) -> None:
        text = para.text.strip()
        if not text:
            return
        if "\t" in text and self._tab_row(para):
            return
        found = self.labels.match(text)
        if found is not None and found.targets:
            self._recognised(para, found.targets)
            return
        if " ".join(text.split()).casefold() == APPENDIX_TITLE.casefold():
            self._close()
            self.appendix = Loose(("loppu",), "unplaced_appendix", [para])
            self.out.loose.append(self.appendix)
            return
        inline = self._inline_label(para)
        if inline is not None:
            targets, rest = inline
            self._label(para, targets, rest)
            return
        if (para.heading or (para.bold and _QUESTIONISH.search(text))) and not self._is_lead(text):
            self._close()
            self.loose = Loose(self.anchor, "unplaced_question", [para])
            self.out.loose.append(self.loose)
            return
        self.text(para)

    def text(self, para: Para) -> None:
        if self.current is not None:
            self.current.paras.append(para)
        elif self.loose is not None:
            self.loose.paras.append(para)
        elif not self.seen_label and self.out.date is None and read_date(para.text.strip()) is not None:
            self.out.date = para
        else:
            self.loose = Loose(self.anchor, "unplaced", [para])
            self.out.loose.append(self.loose)

    # --- labels -------------------------------------------------------------------------------------

    def _recognised(self, para: Para, targets: tuple[Target, ...]) -> None:
        kinds = {t.kind for t in targets}
        answered = tuple(t for t in targets if t.kind in ANSWERED)
        section = next((t for t in targets if t.kind is Kind.SECTION), None)
        if answered:
            self._label(para, answered, None)
        elif section is not None and self._section_heading(para, section.section):
            self._close()
            self.section, self.anchor = section.section, (section.section,)
        elif kinds & {Kind.BLOCK, Kind.TABLE_TITLE}:
            self._close()
            if Kind.TABLE_TITLE in kinds:
                self.anchor = (form.TABLE_KEY,)
        elif not kinds <= {Kind.FIXED, Kind.COLUMN}:
            # a contact field, a part label or a table row label on its own: text of the answer
            self.text(para)
            return
        # (the form's instructions and hints are not answers, and they do not end one)
        self.out.recognised += 1
        self.out.label_languages.update({t.lang for t in targets if t.kind is not Kind.FIXED})

    def _section_heading(self, para: Para, key: str) -> bool:
        """A section's title is its heading when it looks like one (a heading, bold, numbered, with its law)
        or comes after the section being read; a short title alone inside an answer stays text."""
        number = form.SECTION_BY_KEY[key].number
        text = para.text.strip()
        current = form.SECTION_BY_KEY[self.section].number if self.section else 0
        return (para.heading or para.bold or "§" in text or text.startswith((f"{number}.", f"{number})"))
                or number > current)

    def _inline_label(self, para: Para) -> tuple[tuple[Target, ...], str] | None:
        """A field or question label at the start of the paragraph, with the answer after it."""
        lead = para.bold_lead.strip()
        if lead and lead != para.text.strip():
            found = self.labels.match(lead, *ANSWERED)
            if found is not None:
                return found.targets, para.text[len(para.bold_lead):].strip()
        split = self.labels.split(para.text.strip(), *ANSWERED)
        return (split[0].targets, split[1]) if split is not None else None

    def _label(self, para: Para, targets: tuple[Target, ...], rest: str | None) -> None:
        self.out.label_languages.update({t.lang for t in targets})
        self.seen_label = True
        self._close()
        locs = [(t.section, t.key) for t in targets]
        loc = self._choose(locs)
        if loc is None:  # the same question again: keep its text, say so
            first = min(locs, key=lambda x: _RANK[x])
            self.loose = Loose(first, "duplicate", [para])
            self.out.loose.append(self.loose)
            if rest:
                self.loose.paras.append(replace(para, text=rest, bold_lead=""))
            return
        self.current = Answer(loc, para)
        self.out.answers[loc] = self.current
        self.position, self.anchor = _RANK[loc], loc
        if loc[0] != form.HEADER_KEY:
            self.section = loc[0]
        if rest:
            self.current.paras.append(replace(para, text=rest, bold_lead="", bold=False, heading=False))

    def _choose(self, locs: list[tuple[str, str]]) -> tuple[str, str] | None:
        free = sorted((loc for loc in locs if loc not in self.out.answers), key=lambda x: _RANK[x])
        if not free:
            return None
        here = [loc for loc in free if loc[0] == self.section]
        later = [loc for loc in free if _RANK[loc] > self.position]
        return (here or later or free)[0]

    def _close(self) -> None:
        self.current = None
        self.loose = None

    def _is_lead(self, text: str) -> bool:
        """A heading that leads a part of an answer ("Työttömät työnhakijat") rather than a new question."""
        head = text.rstrip(": ")
        return len(head) <= 80 and (group_of(head) is not None or self.labels.match(head, Kind.PART) is not None)

    # --- tables -------------------------------------------------------------------------------------

    def table(self, table: Table) -> None:
        columns = self._columns(table)
        for cells in table.rows:
            if not cells:
                continue
            if self._table_row(cells, columns):
                continue
            if columns and all(self.labels.match(_text(c), Kind.COLUMN) for c in cells if _text(c)):
                continue
            for cell in cells:
                for para in cell.paras:
                    self.para(para)

    def _columns(self, table: Table) -> dict[int, str]:
        """Grid column -> answer column key, from a header row naming the vastuutaulukko's columns."""
        for cells in table.rows[:3]:
            found = {c.column: self.labels.match(_text(c), Kind.COLUMN) for c in cells}
            keys = {col: m.targets[0].key for col, m in found.items() if m is not None}
            if len(keys) >= 2:
                return {col: key for col, key in keys.items() if key in form.TABLE_ANSWER_COLUMNS}
        return {}

    def _table_row(self, cells: tuple[Cell, ...], columns: dict[int, str]) -> bool:
        if len(cells) != 3:  # a row label and the two answer columns, nothing else (no cell is left behind)
            return False
        found = self.labels.match(_text(cells[0]), Kind.ROW)
        if found is None:
            return False
        others = list(cells[1:])
        by_key = {columns[c.column]: c for c in others if c.column in columns}
        if len(by_key) < 2:
            by_key = dict(zip(form.TABLE_ANSWER_COLUMNS, others, strict=False))
        label = cells[0].paras[0]
        self._row(found.targets[0].key, {k: list(c.paras) for k, c in by_key.items()}, label)
        return True

    def _tab_row(self, para: Para) -> bool:
        """A vastuutaulukko row typed as tab-separated text (or its header line)."""
        fields = [f.strip() for f in para.text.split("\t") if f.strip()]
        if len(fields) != 3:
            return False
        if all(self.labels.match(f, Kind.COLUMN) for f in fields):
            self.out.recognised += 1
            return True
        found = self.labels.match(fields[0], Kind.ROW)
        if found is None:
            return False
        cells = {key: [replace(para, text=f, bold_lead="")] for key, f in zip(form.TABLE_ANSWER_COLUMNS, fields[1:],
                                                                               strict=True)}
        self._row(found.targets[0].key, cells, para)
        return True

    def _row(self, key: str, cells: dict[str, list[Para]], label: Para) -> None:
        self._close()
        self.out.recognised += 1
        if key in self.out.rows:
            self.loose = Loose((form.TABLE_KEY, key), "duplicate",
                               [label, *(p for paras in cells.values() for p in paras)])
            self.out.loose.append(self.loose)
            self.loose = None
            return
        self.out.rows[key] = Row(key, cells, label)
        self.anchor = (form.TABLE_KEY, key)


def _text(cell: Cell) -> str:
    return " ".join(p.text.strip() for p in cell.paras if p.text.strip())


def _row_para(table: Table, cells: tuple[Cell, ...]) -> Para:
    """A table row as one line of text, its cells separated by " | " (for text that is kept, not placed)."""
    where = Where(table=table.number, row=cells[0].row, column=cells[0].column)
    return Para(" | ".join(" / ".join(p.text.strip() for p in c.paras if p.text.strip()) for c in cells), where)


def assign(blocks: list[Block], labels: Labels) -> Assigned:
    """Sort the body's paragraphs and tables into the form's answers, table rows and loose text."""
    assigner = _Assigner(labels)
    for block in blocks:
        assigner.block(block)
    return assigner.out

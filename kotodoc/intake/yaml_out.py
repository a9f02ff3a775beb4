"""The imported programme as a YAML file that looks like ``kotodoc init``'s: the form's questions as comments.

Written with the one writer of programme files (:mod:`kotodoc.repo.yaml_text`): the schema modeline,
the form's heading, instruction and question above every key (every question of a section, an
unanswered optional one as an empty key, as ``init`` writes them), and the answers exactly as the
loader will read them. The importer's notes are comments beginning "kotodoc import:": a guess or a
missing answer above its key, text that could not be placed after the place it was found at, quoted
line by line. The line of each note is returned, so that warnings can point into the file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from kotodoc import form
from kotodoc.intake.notes import Loc, Note
from kotodoc.intake.texts import say
from kotodoc.repo.scaffold import SCHEMA_FILE
from kotodoc.repo.yaml_text import (
    Lines,
    header_comments,
    question_comments,
    row_comment,
    section_comments,
    table_comments,
)

START: Loc = ()
END: Loc = ("loppu",)


class _Writer:
    def __init__(self, notes: Sequence[Note]) -> None:
        self.out = Lines()
        self.lines: dict[int, int] = {}  # id(note) -> its first line in the file (1-based)
        self.before: dict[Loc, list[Note]] = defaultdict(list)
        self.after: dict[Loc, list[Note]] = defaultdict(list)
        for note in notes:
            (self.after if note.after else self.before)[note.loc].append(note)

    def notes(self, loc: Loc, indent: int, after: bool = False) -> None:
        for note in (self.after if after else self.before).pop(loc, []):
            self.lines[id(note)] = len(self.out.lines) + 1
            self.out.comment(say("note", text=note.text), indent)
            for line in note.quote:
                self.out.verbatim_comment(line, indent)

    def value(self, loc: Loc, key: str, value: Any, indent: int) -> None:
        self.notes(loc, indent)
        self.out.node(key, value, indent)
        self.notes(loc, indent, after=True)

    def leftovers(self) -> None:
        """Notes whose place the file does not have (a section left out): at the end, not lost."""
        for table in (self.before, self.after):
            for loc in list(table):
                self.notes(loc, 0, after=table is self.after)


def _preamble(w: _Writer, t: form.FormTexts, source: str, target: str, args: str, schema: str) -> None:
    out = w.out
    out.lines.append(f"# yaml-language-server: $schema={schema}")
    out.comment("")
    out.comment(t.own["init.intro"].format(title=t.title, subtitle=t.subtitle.lower(), date=form.FORM_DATE,
                                           law=t.law_name))
    out.comment(say("preamble_source", name=source, args=args))
    out.comment(say("preamble_howto"))
    out.comment(say("preamble_check", name=target))
    out.blank()


def programme_text(data: dict[str, Any], notes: Sequence[Note], source: str, target: str, args: str = "",
                   schema: str = SCHEMA_FILE) -> tuple[str, dict[int, int]]:
    """The YAML text of the programme tree ``data`` with ``notes``; and each note's line (by ``id``).

    The form's texts in the comments are in the document's language, as ``kotodoc init`` writes them; the
    importer's own notes are Finnish."""
    t = form.texts(form.document_language(data["kieli"]))
    w = _Writer(notes)
    out = w.out
    _preamble(w, t, source, target, args, schema)
    out.comment(t.own["init.version"])
    out.lines.append(f"skeemaversio: {data['skeemaversio']}")
    out.comment(t.own["init.language"])
    w.value(("kieli",), "kieli", data["kieli"], 0)
    out.comment(t.own["init.draft"])
    out.lines.append("luonnos: true" if data.get("luonnos") else "luonnos:")
    out.comment(t.own["init.date"])
    w.value(("paivays",), "paivays", data.get("paivays"), 0)
    w.notes(START, 0, after=True)
    out.blank()
    out.lines.append(f"{form.HEADER_KEY}:")
    header = data[form.HEADER_KEY]
    for field in form.HEADER:
        header_comments(out, field, t)
        key = field.question.key
        w.value((form.HEADER_KEY, key), key, header.get(key), 2)
    for sec in form.SECTIONS:
        block = data.get(sec.key)
        if block is None:
            continue
        out.blank()
        section_comments(out, sec, t)
        w.notes((sec.key,), 0)
        out.lines.append(f"{sec.key}:")
        w.notes((sec.key,), 2, after=True)
        for q in sec.questions:
            question_comments(out, sec, q, t)
            loc = (sec.key, q.key)
            w.notes(loc, 2)
            if q.note_key:
                out.node(q.note_key, block.get(q.note_key), 2)
            out.node(q.key, block.get(q.key), 2)
            w.notes(loc, 2, after=True)
    out.blank()
    table_comments(out, t)
    out.lines.append(f"{form.TABLE_KEY}:")
    w.notes((form.TABLE_KEY,), 2, after=True)
    for row in form.TABLE_ROWS:
        row_comment(out, row, t)
        w.value((form.TABLE_KEY, row.key), row.key, data[form.TABLE_KEY][row.key], 2)
    if w.after.get(END) or any(w.before.values()) or any(w.after.values()):
        out.blank()
    w.leftovers()
    return out.text(), w.lines

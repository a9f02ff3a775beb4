"""The form's texts in one language, and how to look them up.

A language module (:mod:`kotodoc.form.fi`, :mod:`kotodoc.form.sv`, :mod:`kotodoc.form.en`) builds
one :class:`FormTexts` with every label of the form keyed by the structure's keys
(:mod:`kotodoc.form.structure`), and kotodoc's own fixed texts (``own``: the agenda item, the
generated H7, the joint appendix, the cost split, the ``init`` file) keyed by name. Code never writes
a label itself: it asks :func:`kotodoc.form.texts` for the heading of a section, the text of a
question or the label of a table row. A test checks that every language has a text for every place
of the structure and every key of ``own`` that Finnish has.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kotodoc.form.structure import (
    COOPERATION_KEY,
    HEADER_BY_KEY,
    HEADER_KEY,
    SECTION_BY_KEY,
    HeaderField,
    LawRef,
    Question,
    Section,
    TableRow,
)


def in_sentence(label: str) -> str:
    """A label of the form inside a phrase: its first letter in lower case ("Ruotsinkieliset palvelut" ->
    "ruotsinkieliset palvelut"), unless the label starts with an abbreviation ("TE-palvelut", "KEHA")."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


@dataclass(frozen=True)
class FormTexts:
    """Every fixed text of the form in one language."""

    lang: str  # ISO 639-1 code
    tag: str  # BCP 47 tag of the text (fi-FI, sv-FI)
    title: str
    subtitle: str
    intro: tuple[str, ...]
    law_name: str  # the integration act's name with its number, as cited in the intro
    law_short: str  # the abbreviation of references ("KotoL")
    law_ref: Callable[[LawRef], str]  # "KotoL 14 ja 15 §"
    header: Mapping[str, str]  # header key -> the field's label (H1–H7)
    header_hints: Mapping[str, str]  # header key -> the form's helper text
    header_helpers: Mapping[str, tuple[str, ...]]  # header key -> helper questions (H6)
    contact_fields: Mapping[str, str]  # H3 field -> label
    sections: Mapping[str, str]  # section key -> title (without number and law)
    instructions: Mapping[str, str]  # section key -> the section's instruction
    bilingual_instruction: str  # ends the instruction of a section marked bilingual
    blocks: Mapping[str, str]  # "A" -> "A. Kuvaus palvelusta:"
    cooperation: str  # the C question every section asks
    questions: Mapping[tuple[str, str], str]  # (section key, question key) -> question
    hints: Mapping[tuple[str, str], str]  # (section key, question key) -> the form's helper text
    subheadings: Mapping[tuple[str, str], str]  # a heading printed before the question
    table_title: str
    table_columns: Mapping[str, str]  # column key -> header
    table_rows: Mapping[str, str]  # row key -> label
    target_groups: Mapping[str, str]  # target group key -> label of a part
    service_languages: Mapping[str, str]  # service language -> label of a part
    answer_fields: Mapping[str, str]  # a field inside an answer (kohderyhma, nimi, …) as messages name it
    places: Mapping[str, str]  # templates that name a place of the document in messages
    fields: Mapping[str, tuple[str, str]]  # "Class.field" -> (title, description) of kotodoc's own fields
    joint: Mapping[str, Mapping[str, str]]  # the joint block's labels: client_groups, tasks, levels, …
    own: Mapping[str, str]  # kotodoc's own fixed texts: agenda item, generated H7, joint appendix, costs, init file
    translated: bool = False  # the wording is kotodoc's translation, not TEM's (TEM published only Finnish)

    def heading(self, sec: Section) -> str:
        """A section's heading as the form prints it: ``1. Title (KotoL 14 ja 15 §)``."""
        law = f" ({self.law_ref(sec.law)})" if sec.law else ""
        return f"{sec.number}. {self.sections[sec.key]}{law}"

    def instruction(self, sec: Section) -> str:
        """The instruction under a section's heading ('' when it has none)."""
        parts = [self.instructions.get(sec.key, ""), self.bilingual_instruction if sec.bilingual else ""]
        return " ".join(p for p in parts if p)

    def question(self, section: str, q: Question) -> str:
        """The text of question ``q`` of section ``section`` (``perustiedot``: the header field's label)."""
        if section == HEADER_KEY:
            return self.header[q.key]
        if q.key == COOPERATION_KEY:
            return self.cooperation
        return self.questions[(section, q.key)]

    def field_label(self, header: HeaderField) -> str:
        """A header field's label (H1–H7), as printed on the form."""
        return self.header[header.question.key]

    def part_label(self, group: str | None, service_language: str | None) -> str:
        """The label of a split answer's part: ``Työnhakijat, ruotsinkieliset palvelut`` (the form's labels,
        the second one inside the phrase, so in lower case)."""
        bits = []
        if group and group != "muu":
            bits.append(self.target_groups[group])
        if service_language:
            bits.append(self.service_languages[service_language])
        return ", ".join([*bits[:1], *(in_sentence(b) for b in bits[1:])])

    def law(self, sec: Section) -> str:
        """The law reference of a section (``KotoL 14 ja 15 §``), '' when it cites none."""
        return self.law_ref(sec.law) if sec.law else ""

    # --- the JSON Schema's titles and descriptions (editors show them on hover) ---

    def question_schema(self, section: str, key: str) -> tuple[str, str]:
        """Title and description of the answer slot ``key`` (a question or its note) of a section or the header."""
        if section == HEADER_KEY:
            q, law = HEADER_BY_KEY[key].question, ""
            extras = [self.header_hints.get(key, ""), " ".join(self.header_helpers.get(key, ()))]
        else:
            sec = SECTION_BY_KEY[section]
            found = sec.question(key)
            assert found is not None, (section, key)
            q, law = found, self.law(sec)
            extras = [self.hints.get((section, q.key), "")]
        title = self.question(section, q)
        description = self.places["schema_note"].format(text=title) if q.note_key == key else title
        description = " ".join([description, *(e for e in extras if e)])
        return title, f"{description} ({law})" if law else description

    def section_schema(self, sec: Section) -> tuple[str, str]:
        """Title and description of a section's block."""
        heading = self.heading(sec)
        description = self.instruction(sec) or heading
        return heading, description if sec.required else description + self.places["schema_optional"]

    def row_schema(self, row: TableRow) -> tuple[str, str]:
        """Title and description of a row of the vastuutaulukko."""
        label = self.table_rows[row.key]
        return label, self.places["schema_row"].format(number=row.number, label=label)

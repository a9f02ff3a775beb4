"""A new kotoutumisohjelma file, generated from the form (:mod:`kotodoc.form`), in Finnish or Swedish.

:func:`scaffold_text` writes every field of the TEM form with the form's
question as a comment above its answer slot, so the file is the form itself;
nothing here copies the form's wording. The comments, placeholders and
suggestions are in the file's language (``kieli``; the Swedish form wording is
kotodoc's translation, and the file says so). What the reference data knows
about the municipalities (:mod:`kotodoc.repo.facts`) is filled in: parts for the
other language's services of a bilingual municipality, the wellbeing services
county, the employment area and the elinvoimakeskus; a joint programme gets its
``yhteistoiminta`` block (:mod:`kotodoc.repo.scaffold_joint`).

Every answer that still needs the coordinator's words holds the placeholder of
the file's language ("täydennetään", "kompletteras"), which the content rules
report as a KD401 warning ("fill this in"). The placeholders are chosen to pass
the schema and the content rules (target groups, the county, the employment
authority), so a fresh file has warnings only, and each warning points at one
slot still to fill in.

The file is written with :mod:`kotodoc.repo.yaml_text`, the writer ``kotodoc import`` uses too, so both
show the form the same way. Pure: no files are read or written here (see :mod:`kotodoc.repo.init`).
"""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel

from kotodoc import form
from kotodoc.messages import join
from kotodoc.repo.facts import Facts
from kotodoc.repo.scaffold_joint import joint_block
from kotodoc.repo.yaml_text import (
    Lines,
    header_comments,
    question_comments,
    row_comment,
    scalar,
    section_comments,
    table_comments,
)
from kotodoc.schema.programme import SCHEMA_VERSION, Contact

PLACEHOLDER = form.texts("fi").own["init.placeholder"]
"""The word in every unfilled slot of a Finnish file; ``refdata.terms.PLACEHOLDER`` matches it (KD401)."""
PLACEHOLDER_EMAIL = form.texts("fi").own["init.placeholder_email"]
"""Passes the e-mail check; the ASCII spelling of the placeholder still gives KD401."""
DRAFT_COMMENT = form.texts("fi").own["init.draft"]
"""The comment above ``luonnos`` in a Finnish file kotodoc writes (``init``, ``import``)."""
DATA_FILE = "kotoutumisohjelma.yaml"
SCHEMA_FILE = "kotodoc.schema.json"

__all__ = ["DATA_FILE", "DRAFT_COMMENT", "PLACEHOLDER", "PLACEHOLDER_EMAIL", "SCHEMA_FILE", "scaffold_text"]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _proposal(t: form.FormTexts, text: str) -> str:
    """A prefilled answer that the coordinator still has to check."""
    return f"{_cap(text)} – {t.own['init.placeholder']}"


def _answer(out: Lines, key: str, text: str, indent: int, groups: bool, languages: tuple[str, ...]) -> None:
    """A free-text answer: one text, or parts per target group and/or service language."""
    if not groups and not languages:
        out.block(key, text, indent)
        return
    pad = " " * indent
    out.lines.append(f"{pad}{key}:")
    for lang in languages or (None,):
        for group in ("tyonhakijat", "tyovoiman_ulkopuoliset") if groups else (None,):
            fields = ([("kohderyhma", group)] if group else []) + ([("kieli", lang)] if lang else [])
            for i, (name, val) in enumerate(fields):
                out.lines.append(f"{pad}  {'- ' if i == 0 else '  '}{name}: {val}")
            out.block("teksti", text, indent + 4)


def _example(model: type[BaseModel], key: str) -> str:
    """The first example the schema gives for a field (editors show the same)."""
    examples = model.model_fields[key].examples or [""]
    return str(examples[0])


class _Scaffold:
    """One new file: its language's texts, the facts about its municipalities and the lines written so far."""

    def __init__(self, facts: Facts) -> None:
        self.facts = facts
        self.t = form.texts(facts.lang)
        self.own = self.t.own
        self.placeholder = self.own["init.placeholder"]
        self.out = Lines()

    def note(self, key: str, indent: int = 2, **values: object) -> None:
        """One of kotodoc's own instructions as a comment under a question."""
        self.out.comment(self.own[key].format(**values), indent, first="   ")

    def proposal(self, items: Sequence[str]) -> str:
        return _proposal(self.t, join(items, self.t.lang))

    def header(self) -> None:
        out, t, facts = self.out, self.t, self.facts
        out.lines.append(f"{form.HEADER_KEY}:")
        for h in form.HEADER:
            q = h.question
            header_comments(out, h, t)
            if q.key == "kunnat":
                out.items(q.key, facts.names, 2)
            elif q.key == "yhteyshenkilo":
                out.lines.append("  yhteyshenkilo:")
                out.value("nimi", self.placeholder, 4)
                out.value("nimike", self.placeholder, 4)
                out.comment(self.own["init.phone"].format(label=t.contact_fields["puhelin"],
                                                          example=_example(Contact, "puhelin")), 4)
                out.value("puhelin", None, 4)
                out.value("sahkoposti", self.own["init.placeholder_email"], 4)
            elif q.key == "laadittu_tai_paivitetty":
                self.note("init.example", example=self.own["example.prepared"])
                out.value(q.key, self.placeholder, 2)
            elif q.key == "yhteistyokumppanit":
                partners = [_cap(p) for p in (*facts.employment_areas, *facts.counties)]
                if not facts.employment_areas:
                    partners.insert(0, _proposal(t, self.own["init.employment_area"]))
                out.items(q.key, [*partners, self.placeholder], 2)
            else:
                out.block(q.key, self.placeholder, 2)

    def section_answer(self, sec: form.Section, q: form.Question) -> None:
        out, facts = self.out, self.facts
        # Parts for both service languages where the form asks for them (the A answers of sections 1 and
        # 7), the file's own language first.
        languages = (self.t.lang, *(lang for lang in form.SERVICE_LANGUAGES if lang != self.t.lang)) \
            if facts.bilingual and q.block == "A" and sec.bilingual else ()
        if q.note_key:
            self.note("init.note_slot")
            out.value(q.note_key, None, 2)
        if q.kind is form.Kind.LANGUAGES:
            self.note("init.languages")
            out.items(q.key, [self.placeholder], 2)
        elif q.kind is form.Kind.LIST:
            self.note("init.list")
            out.value(q.key, None, 2)
        elif q.kind is form.Kind.ACTORS:
            self.note("init.actors")
            out.lines.extend(f"  #      {line}" for line in (
                f"- nimi: {self.own['init.actor_name']}", f"  kuvaus: {self.own['init.actor_description']}",
                "  toiminta:", f"    - {self.own['init.actor_activity']}"))
            out.value(q.key, None, 2)
        elif q.key == "ei_tarvetta_perustelu":
            self.note("init.literacy")
            out.value(q.key, None, 2)
        elif q.names_county:
            _answer(out, q.key, self.proposal(facts.county_list()), 2, False, ())
        else:
            if q.both_groups:
                self.note("init.groups")
            _answer(out, q.key, self.placeholder, 2, q.both_groups, languages)

    def receiver(self) -> str:
        """Who receives the document, for the comments: the elinvoimakeskus, or for Åland that it is not verified."""
        own = self.own
        if self.facts.centres:
            return join(self.facts.centres, self.t.lang)
        return own["init.aland_receiver"] if self.facts.aland else own["init.any_centre"]

    def section(self, sec: form.Section) -> None:
        out, t = self.out, self.t
        section_comments(out, sec, t)
        if not sec.required:
            out.comment(self.own["init.optional_section"], first="   ")
        out.lines.append(f"{sec.key}:")
        for q in sec.questions:
            question_comments(out, sec, q, t)
            self.section_answer(sec, q)

    def table(self) -> None:
        out, t, facts = self.out, self.t, self.facts
        table_comments(out, t)
        out.lines.append(f"{form.TABLE_KEY}:")
        employment, county = facts.employment_list(), facts.county_list()
        for row in form.TABLE_ROWS:
            row_comment(out, row, t)
            out.lines.append(f"  {row.key}:")
            if row.names_county:
                cities = {m.county_name(t.lang) for m in facts.municipalities if m.own_county}
                job_seekers, others = [*employment, *county], [*facts.names, *(c for c in county if c not in cities)]
            elif row.job_seeker_service:  # the employment authority serves job seekers (KD407 checks these rows)
                job_seekers, others = employment, facts.names
            else:
                job_seekers = others = facts.names
            out.value("tyonhakijat", self.proposal(job_seekers), 4)
            out.value("muut_asiakkaat", self.proposal(others), 4)

    def preamble(self, schema_ref: str) -> None:
        out, t, own, facts = self.out, self.t, self.own, self.facts
        out.lines.append(f"# yaml-language-server: $schema={schema_ref}")
        out.comment("")
        out.comment(own["init.intro"].format(title=t.title, subtitle=t.subtitle.lower(), date=form.FORM_DATE,
                                             law=t.law_name))
        if own["init.translation"]:
            out.comment(own["init.translation"])
        language = f" --kieli {t.lang}" if t.lang != form.DOCUMENT_LANGUAGES[0] else ""
        command = "kotodoc init" + language + "".join(f" --kunta {scalar(n)}" for n in facts.names)
        for line in (own["init.created"].format(command=command), own["init.howto_comments"],
                     own["init.howto_fill"].format(placeholder=self.placeholder),
                     own["init.howto_check"].format(file=DATA_FILE)):
            out.comment(line)
        if facts.bilingual:
            out.comment("")
            out.comment(own["init.bilingual"].format(names=join(facts.bilingual, t.lang),
                                                     instruction=t.bilingual_instruction))
        if facts.own_counties:  # why the county's place names the city: in a comment, never in an answer (QA 17)
            out.comment("")
            out.comment(own["init.own_county"].format(names=join(facts.own_counties, t.lang)))
        if facts.aland:
            out.comment("")
            out.comment(own["init.aland"].format(names=join(facts.aland, t.lang)))
        if facts.centres or not facts.aland:  # no elinvoimakeskus claimed for Åland (QA 24)
            out.comment("")
            out.comment(own["init.centre"].format(centres=self.receiver()))
        out.blank()

    def approval(self) -> None:
        """The approval block, commented out: the agenda item is printed from it once it is filled in."""
        out, own = self.out, self.own
        title, description = self.t.fields["Programme.hyvaksyminen"]
        out.comment(own["init.approval"].format(title=title, description=description))
        centre = self.receiver()
        for line in ("hyvaksyminen:", f"  toimielin: {self.placeholder}", "  kokouspaiva:",
                     f"  elinvoimakeskus:          # {centre}", "    maaraaika:", "    lahetetty:"):
            out.lines.append(f"# {line}")

    def text(self, schema_ref: str) -> str:
        out = self.out
        self.preamble(schema_ref)
        out.comment(self.own["init.version"])
        out.lines.append(f"skeemaversio: {SCHEMA_VERSION}")
        out.comment(self.own["init.language"])
        out.lines.append(f"kieli: {self.t.lang}")
        out.comment(self.own["init.draft"])
        out.value("luonnos", None, 0)
        out.comment(self.own["init.date"])
        out.value("paivays", None, 0)
        out.blank()
        self.header()
        for sec in form.SECTIONS:
            out.blank()
            self.section(sec)
        out.blank()
        self.table()
        if self.facts.joint:
            out.blank()
            joint_block(out, self.facts, self.placeholder)
        out.blank()
        self.approval()
        return out.text()


def scaffold_text(names: Sequence[str], schema_ref: str = SCHEMA_FILE, lang: str = "fi") -> str:
    """A new kotoutumisohjelma YAML file for the municipalities ``names`` (a name may list several,
    separated by commas), written in ``lang`` (fi or sv); several municipalities get the joint block
    (:mod:`kotodoc.repo.scaffold_joint`).

    ``schema_ref`` is the JSON Schema path or URL for the editor modeline
    (relative paths are resolved from the YAML file's folder).
    """
    facts = Facts.of(names, form.document_language(lang))
    if not facts.municipalities:
        raise ValueError("at least one municipality name is needed")
    return _Scaffold(facts).text(schema_ref)

"""From the paragraphs of each answer to the programme's plain tree, as a YAML file holds it.

Every answer keeps the user's words; only its structure is recovered, and only where the Word file
shows it:

- paragraphs become one text, paragraphs separated by a blank line;
- a list (Word's list paragraphs, or bullets typed "- ") becomes a YAML list; list items inside
  running text keep a "- " so that the text still shows them;
- an answer whose paragraphs begin with a target-group lead ("Työttömät työnhakijat: …",
  "Kiintiöpakolaiset: …", or the form's own part labels) becomes parts with ``kohderyhma`` and the
  user's own ``otsikko`` (a comment says which group was inferred);
- in a bilingual municipality, an answer whose paragraphs are Finnish and then Swedish (one Swedish
  run, every paragraph telling its language) becomes a Finnish part and a ``kieli: sv`` part;
- H1, H5 and section 3's partners become lists; H3, section 3's languages and section 7's
  organisations their structures (:mod:`~kotodoc.intake.contact`, :mod:`~kotodoc.intake.structured`).

An answer the form requires but the file lacks gets ``kotodoc init``'s placeholder and a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from kotodoc import form, refdata
from kotodoc.intake.assign import Answer, Assigned
from kotodoc.intake.contact import contact
from kotodoc.intake.labels import Kind, Labels
from kotodoc.intake.notes import Notes, clean, describe, item_text, listed, typed_bullet
from kotodoc.intake.structured import actors, languages
from kotodoc.intake.word import Para
from kotodoc.intake.words import group_of, is_finnish, is_swedish
from kotodoc.repo.scaffold import PLACEHOLDER
from kotodoc.schema.programme import SCHEMA_VERSION

_SENTENCE_MARKS = ".?!;"
_SENTENCE = re.compile(r"[.!?]\s+\S")


@dataclass
class Context:
    """What shaping needs to know about the whole file."""

    labels: Labels
    notes: Notes
    lang: str = "fi"  # the document's language
    bilingual: bool = False  # one of the municipalities is bilingual


@dataclass(frozen=True)
class _Lead:
    group: str | None
    service: str | None
    title: str | None  # the user's own heading, when it is not the form's part label
    rest: str


def _lead(para: Para, text: str, ctx: Context) -> _Lead | None:
    """The target-group lead a paragraph begins with, if any."""
    if listed(para, text):
        return None
    bold = para.bold_lead.strip()
    if bold.endswith(":") and text.startswith(bold):
        head, rest = bold[:-1].strip(), text[len(bold):].strip()
    elif 0 < text.find(":") <= 80:
        head, rest = text[:text.find(":")].strip(), text[text.find(":") + 1:].strip()
    elif (para.heading or para.bold) and len(text) <= 80:
        head, rest = text.rstrip(":").strip(), ""
    else:
        return None
    if not head or len(head.split()) > 8 or any(ch in head for ch in _SENTENCE_MARKS) or "\n" in head:
        return None
    service_of_run = "sv" if para.lang.casefold().startswith("sv") and ctx.lang != "sv" else None
    found = ctx.labels.match(head, Kind.PART)
    if found is not None:
        part_group, service = found.targets[0].key.split("|")
        return _Lead(part_group or None, service or service_of_run, head if part_group == "muu" else None, rest)
    group = group_of(head)
    return _Lead(group, service_of_run, head, rest) if group else None


def _parts(items: list[tuple[Para, str]], loc: tuple[str, ...], ctx: Context) -> list[dict[str, Any]] | None:
    """The answer as parts by its target-group leads; ``None`` when it has none."""
    leads = [_lead(p, t, ctx) for p, t in items]
    if not any(leads):
        return None
    parts: list[dict[str, Any]] = []
    texts: list[list[str]] = []
    t = form.texts(ctx.lang)
    for (para, text), lead in zip(items, leads, strict=True):
        if lead is None:
            if not parts:
                parts.append({})
                texts.append([])
            texts[-1].append(_in_text(para, text))
            continue
        part = {k: v for k, v in (("kohderyhma", lead.group), ("kieli", lead.service), ("otsikko", lead.title)) if v}
        parts.append(part)
        texts.append([lead.rest] if lead.rest else [])
        if lead.title and lead.group == "muu":
            ctx.notes.add(loc, "group_other", para.where, lead=lead.title)
        elif lead.title and lead.group:
            ctx.notes.add(loc, "group_guess", para.where, lead=lead.title, group=t.target_groups[lead.group])
    for part, lines in zip(parts, texts, strict=True):
        part["teksti"] = "\n\n".join(lines) if lines else PLACEHOLDER
        if not lines:
            ctx.notes.add(loc, "missing_answer", None, placeholder=PLACEHOLDER)
    return parts


def _language_of(para: Para, text: str) -> str:
    tag = para.lang.casefold()
    if tag.startswith("sv"):
        return "sv"
    if tag.startswith("fi"):
        return "fi"
    return "sv" if is_swedish(text) else "fi" if is_finnish(text) else ""


def _swedish_parts(items: list[tuple[Para, str]], loc: tuple[str, ...], ctx: Context) -> list[dict[str, Any]] | None:
    """Finnish and Swedish paragraphs of a bilingual municipality's answer as parts, when unambiguous."""
    if not ctx.bilingual or ctx.lang != "fi" or len(items) < 2:
        return None
    langs = [_language_of(p, t) for p, t in items]
    runs = [(lang, len(list(group))) for lang, group in groupby(langs)]
    if "" in langs or [lang for lang, _ in runs].count("sv") != 1 or "fi" not in langs:
        return None
    parts: list[dict[str, Any]] = []
    start = 0
    for lang, size in runs:
        chunk = items[start:start + size]
        text = "\n\n".join(_in_text(p, t) for p, t in chunk)
        parts.append({"kieli": "sv", "teksti": text} if lang == "sv" else {"teksti": text})
        if lang == "sv":
            ctx.notes.add(loc, "swedish_guess", chunk[0][0].where, where=describe(chunk[0][0].where))
        start += size
    return parts


def _in_text(para: Para, text: str) -> str:
    """A paragraph inside running text: a Word list item gets the "- " a typed one has."""
    return f"- {text}" if para.listed and not typed_bullet(text) else text


def text_answer(paras: list[Para], loc: tuple[str, ...], ctx: Context) -> Any:
    """A free-text answer: text, a list of texts, or parts."""
    items = [(p, clean(p)) for p in paras if clean(p)]
    if not items:
        return None
    parts = _parts(items, loc, ctx)
    if parts is not None:
        return parts
    if len(items) >= 2 and all(listed(p, t) for p, t in items):
        return [item_text(t) for _, t in items]
    swedish = _swedish_parts(items, loc, ctx)
    if swedish is not None:
        return swedish
    return "\n\n".join(_in_text(p, t) for p, t in items)


def list_answer(paras: list[Para], loc: tuple[str, ...], ctx: Context) -> list[str] | None:
    """A list answer (H1, H5, section 3's partners): one item per paragraph or line, bullets dropped; one line
    of short names separated by commas becomes one item per name (a guess, with a comment)."""
    items = [item_text(line) or line.strip() for p in paras for line in clean(p).split("\n") if line.strip()]
    if len(items) != 1:
        return items or None
    names = refdata.split_names(items[0], loc == (form.HEADER_KEY, "kunnat"))
    if len(names) < 2:
        return items
    if loc == (form.HEADER_KEY, "kunnat"):
        if not all(refdata.canonical_municipality(n) for n in names):
            return items
        ctx.notes.add(loc, "municipalities_split", paras[0].where, warn=False, text=items[0])
        return names
    if any(len(n.split()) > 8 or _SENTENCE.search(n) for n in names):
        return items
    ctx.notes.add(loc, "list_split", paras[0].where, (items[0],))
    return names


def answer(kind: form.Kind, paras: list[Para], loc: tuple[str, ...], ctx: Context) -> Any:
    """The value of an answer of ``kind`` (``None`` when the paragraphs hold nothing)."""
    if not any(clean(p) for p in paras):
        return None
    if kind is form.Kind.LIST:
        return list_answer(paras, loc, ctx)
    if kind is form.Kind.CONTACT:
        return contact(paras, ctx.labels, ctx.notes)
    if kind is form.Kind.LINE:
        return "\n\n".join(clean(p) for p in paras if clean(p))
    return text_answer(paras, loc, ctx)


@dataclass
class Shaped:
    """The programme's plain tree and how many answers came from the Word file."""

    data: dict[str, Any]
    placed: int


def build(assigned: Assigned, ctx: Context, municipalities: list[str]) -> Shaped:
    """The whole programme tree: every answer of the form in the form's order."""
    placed = 0
    date = assigned.date.text.strip() if assigned.date else None
    data: dict[str, Any] = {"skeemaversio": str(SCHEMA_VERSION), "kieli": ctx.lang, "paivays": date}
    header: dict[str, Any] = {}
    for field in form.HEADER:
        q = field.question
        loc = (form.HEADER_KEY, q.key)
        found = assigned.answers.get((form.HEADER_KEY, q.key))
        value = answer(q.kind, found.paras, loc, ctx) if found else None
        if q.key == "kunnat" and municipalities:
            if value is not None and [" ".join(v.split()) for v in value] != municipalities:
                ctx.notes.add(loc, "kunta_option", found.paras[0].where if found else None,
                              text=" / ".join(value))
            value = list(municipalities)
        placed += value is not None
        header[q.key] = value if value is not None else _placeholder(q, loc, ctx, found)
    data[form.HEADER_KEY] = header
    for sec in form.SECTIONS:
        present = [q for q in sec.questions if (sec.key, q.key) in assigned.answers]
        if not present and not sec.required:
            continue
        block: dict[str, Any] = {}
        for q in sec.questions:
            loc = (sec.key, q.key)
            found = assigned.answers.get(loc)
            paras = found.paras if found else []
            if q.kind is form.Kind.LANGUAGES and any(clean(p) for p in paras):
                block[q.key], block[q.note_key] = languages(paras, ctx.lang, loc, ctx.notes)
            elif q.kind is form.Kind.ACTORS and any(clean(p) for p in paras):
                block[q.key], block[q.note_key] = actors(paras, loc, ctx.notes)
                if block[q.key] is None:
                    block[q.note_key] = text_answer(paras, loc, ctx)
            else:
                block[q.key] = answer(q.kind, paras, loc, ctx)
            if q.note_key:
                block.setdefault(q.note_key, None)
            if block.get(q.key) is not None or (q.note_key and block.get(q.note_key) is not None):
                placed += 1
            elif q.required:
                block[q.key] = _placeholder(q, loc, ctx, found)
        if set(form.LITERACY_KEYS) <= set(block) and all(block[k] is None for k in form.LITERACY_KEYS):
            # the form asks for one of the two: the first, to be filled in
            first = sec.question(form.LITERACY_KEYS[0])
            assert first is not None
            place = (sec.key, first.key)
            block[first.key] = _placeholder(first, place, ctx, assigned.answers.get(place))
        data[sec.key] = block
    table: dict[str, Any] = {}
    for row in form.TABLE_ROWS:
        found_row = assigned.rows.get(row.key)
        cells: dict[str, str] = {}
        for column in form.TABLE_ANSWER_COLUMNS:
            paras = found_row.cells.get(column, []) if found_row else []
            text = "\n\n".join(clean(p) for p in paras if clean(p))
            placed += bool(text)
            if not text:
                ctx.notes.add((form.TABLE_KEY, row.key), "missing_cell",
                              found_row.label.where if found_row else None, placeholder=PLACEHOLDER)
            cells[column] = text or PLACEHOLDER
        table[row.key] = cells
    data[form.TABLE_KEY] = table
    return Shaped(data, placed)


def _placeholder(q: form.Question, loc: tuple[str, ...], ctx: Context, found: Answer | None) -> Any:
    """``kotodoc init``'s placeholder for an answer the form requires and the file lacks, with a note."""
    where = found.label.where if found is not None else None
    if q.kind is form.Kind.CONTACT:
        return contact([], ctx.labels, ctx.notes)
    ctx.notes.add(loc, "missing_answer", where, placeholder=PLACEHOLDER)
    return [PLACEHOLDER] if q.kind in (form.Kind.LIST, form.Kind.LANGUAGES) else PLACEHOLDER

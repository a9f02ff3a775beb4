"""Content rules beyond types: what the law and the form ask of the answers.

Each rule yields ``Finding(code, loc, params)``; :mod:`kotodoc.validate`
places them at line and column. The codes, severities and texts are in the
message catalogue, so a rule never holds a sentence of its own.

Rules on the parsed model run only when the document passed the schema; text
rules (placeholders, terms of the repealed law) run on the raw data so they
report even on a document that still has schema errors.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from kotodoc import form, refdata
from kotodoc.diagnostics import Loc
from kotodoc.model import Part, Programme
from kotodoc.wording import describe


@dataclass(frozen=True)
class Finding:
    """A rule's verdict before it is placed in the file."""

    code: str
    loc: Loc
    params: dict[str, Any] = field(default_factory=dict)


ModelRule = Callable[[Programme], Iterator[Finding]]
MODEL_RULES: list[ModelRule] = []


def model_rule(fn: ModelRule) -> ModelRule:
    """Register a rule that reads the validated model."""
    MODEL_RULES.append(fn)
    return fn


def iter_answers(prog: Programme) -> Iterator[tuple[Loc, list[Part]]]:
    """Every split-able answer of the document with its location, in form order."""
    for key in ("koordinoiva_taho", "laadinta_ja_viestinta", "kasittely_ja_hyvaksyminen"):
        yield (form.HEADER_KEY, key), getattr(prog.perustiedot, key)
    for sec in form.SECTIONS:
        block = getattr(prog, sec.key)
        if block is None:
            continue
        for q in sec.questions:
            for key in (q.note_key, q.key) if q.note_key else (q.key,):
                value = getattr(block, key)
                if (q.kind is form.Kind.TEXT or key == q.note_key) and value:
                    yield (sec.key, key), value


def _text(parts: list[Part] | None) -> str:
    return "\n".join(p.teksti for p in parts or [])


# --- target groups ----------------------------------------------------------------------------

GROUPS_REQUIRED = ("tyonhakijat", "tyovoiman_ulkopuoliset")


@model_rule
def target_groups(prog: Programme) -> Iterator[Finding]:
    """KD301/KD404: answers the form asks per target group cover both groups."""
    for sec in form.SECTIONS:
        block = getattr(prog, sec.key)
        for q in sec.questions:
            if not q.both_groups or block is None:
                continue
            parts: list[Part] = getattr(block, q.key)
            loc = (sec.key, q.key)
            groups = {p.kohderyhma for p in parts if p.kohderyhma}
            if not groups:
                yield Finding("KD404", loc, {"what": describe(loc)})
            elif "kaikki" not in groups:
                for group in GROUPS_REQUIRED:
                    if group not in groups:
                        label = f"{form.TARGET_GROUPS[group]} ({group})"
                        yield Finding("KD301", loc, {"what": describe(loc), "group": label})


@model_rule
def repeated_parts(prog: Programme) -> Iterator[Finding]:
    """KD306: one answer gives the same target group (in the same language) twice."""
    for loc, parts in iter_answers(prog):
        seen: set[tuple[str, str | None]] = set()
        for i, part in enumerate(parts):
            if part.kohderyhma is None or part.kohderyhma == "muu":
                continue
            key = (part.kohderyhma, part.kieli)
            if key in seen:
                yield Finding("KD306", (*loc, i, "kohderyhma"), {"what": describe(loc), "group": part.kohderyhma})
            seen.add(key)


@model_rule
def other_group_label(prog: Programme) -> Iterator[Finding]:
    """KD201: a part for a named group ('muu') must say which group it is."""
    for loc, parts in iter_answers(prog):
        for i, part in enumerate(parts):
            if part.kohderyhma == "muu" and not part.otsikko:
                where = (*loc, i, "otsikko")
                yield Finding("KD201", where, {"what": describe(where) + " (kohderyhmä 'muu')"})


# --- the wellbeing services county and the employment authority ------------------------------

@model_rule
def county_named(prog: Programme) -> Iterator[Finding]:
    """KD302: the multisectoral assessment and plan name the wellbeing services county."""
    for sec in form.SECTIONS:
        block = getattr(prog, sec.key)
        for q in sec.questions:
            if q.names_county and block is not None \
                    and not refdata.mentions_wellbeing_county(_text(getattr(block, q.key))):
                loc: Loc = (sec.key, q.key)
                yield Finding("KD302", loc, {"what": describe(loc), "law": ""})
    for row in form.TABLE_ROWS:
        if not row.names_county:
            continue
        cells = getattr(prog.vastuutaulukko, row.key)
        for column in ("tyonhakijat", "muut_asiakkaat"):
            if not refdata.mentions_wellbeing_county(getattr(cells, column)):
                loc = (form.TABLE_KEY, row.key, column)
                yield Finding("KD302", loc, {"what": describe(loc), "law": " (KotoL 15 ja 17 §)"})


@model_rule
def employment_authority(prog: Programme) -> Iterator[Finding]:
    """KD407/KD408: job seekers' services and the partners involve the employment authority."""
    for row in form.TABLE_ROWS:
        if row.number > 7:
            continue
        cell = getattr(prog.vastuutaulukko, row.key).tyonhakijat
        if not refdata.mentions_employment_authority(cell):
            loc = (form.TABLE_KEY, row.key, "tyonhakijat")
            yield Finding("KD407", loc, {"what": describe(loc)})
    partners = "\n".join(prog.perustiedot.yhteistyokumppanit)
    if not refdata.mentions_employment_authority(partners):
        yield Finding("KD408", (form.HEADER_KEY, "yhteistyokumppanit"))


# --- sections 3, 5 and 7 ------------------------------------------------------------------------

@model_rule
def civic_orientation(prog: Programme) -> Iterator[Finding]:
    """KD406, KD405: languages listed once; partners named when cooperation is used."""
    sec = prog.yhteiskuntaorientaatio
    seen: set[str] = set()
    for i, code in enumerate(sec.language_codes()):
        if code in seen:
            loc = ("yhteiskuntaorientaatio", "kielet", i)
            yield Finding("KD406", loc, {"what": describe(loc[:2]), "value": sec.kielet[i]})
        seen.add(code)
    if re.search(r"yhteisty", _text(sec.itsenaisesti_vai_yhteistyossa), re.IGNORECASE) \
            and not sec.yhteistyotahot:
        yield Finding("KD405", ("yhteiskuntaorientaatio", "itsenaisesti_vai_yhteistyossa"))


@model_rule
def literacy(prog: Programme) -> Iterator[Finding]:
    """KD303/KD304: section 5 describes literacy training or justifies why none is needed."""
    sec = prog.muu_koulutus
    if sec.luku_ja_kirjoitustaito is None and sec.ei_tarvetta_perustelu is None:
        yield Finding("KD303", ("muu_koulutus",))
    elif sec.luku_ja_kirjoitustaito is not None and sec.ei_tarvetta_perustelu is not None:
        yield Finding("KD304", ("muu_koulutus", "ei_tarvetta_perustelu"))


@model_rule
def other_services(prog: Programme) -> Iterator[Finding]:
    """KD305: an included section 7 describes at least one service."""
    sec = prog.muut_palvelut
    if sec is not None and not (sec.kunnan_palvelut or sec.muu_toiminta or sec.toimijat or sec.tyollistyminen):
        yield Finding("KD305", ("muut_palvelut",))


@model_rule
def swedish_services(prog: Programme) -> Iterator[Finding]:
    """KD403: a bilingual municipality describes its Swedish-language services."""
    if prog.kieli == "sv":
        return
    if any(part.kieli == "sv" for _, parts in iter_answers(prog) for part in parts):
        return
    for i, name in enumerate(prog.perustiedot.kunnat):
        if refdata.is_bilingual(name):
            yield Finding("KD403", (form.HEADER_KEY, "kunnat", i), {"kunta": name})


# --- text rules on the raw data -----------------------------------------------------------------

PLACEHOLDER = re.compile(r"\b(TODO|XXX|TBD|FIXME)\b|täydennetään|taydennetaan", re.IGNORECASE)
PLACEHOLDER_WHOLE = {"?", "??", "???", "...", "…", "-", "–", "—"}
REPEALED_TERMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"kotouttamisohjelm\w*", re.IGNORECASE), "kotoutumisohjelma"),
    (re.compile(r"alkukartoitu\w*", re.IGNORECASE), "osaamisen ja kotoutumisen palvelutarpeen arviointi"),
    (re.compile(r"\bTE-toimisto\w*", re.IGNORECASE), "työvoimaviranomainen (työllisyysalue)"),
)


def walk_strings(data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    """Every string value in a raw YAML tree with its location."""
    stack: list[tuple[Loc, Any]] = [(loc, data)]
    while stack:
        here, node = stack.pop()
        if isinstance(node, str):
            yield here, node
        elif isinstance(node, dict):
            stack.extend(((*here, k), v) for k, v in reversed(list(node.items())))
        elif isinstance(node, list):
            stack.extend(((*here, i), v) for i, v in reversed(list(enumerate(node))))


# Lower-case fragments that any KD401/KD402 match contains: a cheap test before the regexes.
_TRIGGERS = ("todo", "xxx", "tbd", "fixme", "täydennetään", "taydennetaan", "kotouttamisohjelm",
             "alkukartoitu", "te-toimisto")


def text_rules(data: Any) -> Iterator[Finding]:
    """KD401 placeholders and KD402 terms of the repealed law, anywhere in the text."""
    for loc, text in walk_strings(data):
        lowered = text.lower()
        if len(text) > 3 and not any(t in lowered for t in _TRIGGERS):
            continue  # most strings hold none of the fragments (a short one may be a lone "?")
        match = PLACEHOLDER.search(text)
        if match or text.strip() in PLACEHOLDER_WHOLE:
            found = match.group(0) if match else text.strip()
            yield Finding("KD401", loc, {"what": describe(loc), "found": found})
        for pattern, modern in REPEALED_TERMS:
            term = pattern.search(text)
            if term:
                yield Finding("KD402", loc, {"what": describe(loc), "found": term.group(0), "modern": modern})


def model_rules(prog: Programme) -> Iterator[Finding]:
    """All registered model rules, in registration order."""
    for rule in MODEL_RULES:
        yield from rule(prog)


# Rules kept in their own modules register themselves on import.
from kotodoc import approval_rules as _approval_rules  # noqa: E402, F401 - KD6xx
from kotodoc import joint_rules as _joint_rules  # noqa: E402, F401 - KD5xx

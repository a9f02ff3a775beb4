"""Content rules beyond types: what the law and the form ask of the answers.

Rules of the TEM form itself (``KD3xx`` errors, ``KD4xx`` advice) on the validated programme:
both target groups, the wellbeing services county, the employment authority, sections 3, 5 and 7,
and the Swedish-language services of a bilingual municipality.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kotodoc import form, refdata
from kotodoc.checks.findings import Finding, ModelRule, iter_answers
from kotodoc.checks.findings import parts_text as _text
from kotodoc.checks.wording import Place
from kotodoc.diagnostics import Loc
from kotodoc.messages import FormText, Law, Term
from kotodoc.schema.programme import Part, Programme

# --- target groups ----------------------------------------------------------------------------

GROUPS_REQUIRED = ("tyonhakijat", "tyovoiman_ulkopuoliset")


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
                yield Finding("KD404", loc, {"what": Place(loc)})
            elif "kaikki" not in groups:
                for group in GROUPS_REQUIRED:
                    if group not in groups:
                        yield Finding("KD301", loc, {"what": Place(loc), "group": Term("target_groups", group, True)})


def repeated_parts(prog: Programme) -> Iterator[Finding]:
    """KD306: one answer gives the same target group (in the same language) twice."""
    for loc, parts in iter_answers(prog):
        seen: set[tuple[str, str | None]] = set()
        for i, part in enumerate(parts):
            if part.kohderyhma is None or part.kohderyhma == "muu":
                continue
            key = (part.kohderyhma, part.kieli)
            if key in seen:
                yield Finding("KD306", (*loc, i, "kohderyhma"), {"what": Place(loc), "group": part.kohderyhma})
            seen.add(key)


def other_group_label(prog: Programme) -> Iterator[Finding]:
    """KD201: a part for a named group ('muu') must say which group it is."""
    for loc, parts in iter_answers(prog):
        for i, part in enumerate(parts):
            if part.kohderyhma == "muu" and not part.otsikko:
                where = (*loc, i, "otsikko")
                yield Finding("KD201", where, {"what": Place(where, note="other_group")})


# --- the wellbeing services county and the employment authority ------------------------------

def county_named(prog: Programme) -> Iterator[Finding]:
    """KD302: the multisectoral assessment and plan name the wellbeing services county."""
    for sec in form.SECTIONS:
        block = getattr(prog, sec.key)
        for q in sec.questions:
            if q.names_county and block is not None \
                    and not refdata.mentions_wellbeing_county(_text(getattr(block, q.key))):
                loc: Loc = (sec.key, q.key)
                yield Finding("KD302", loc, {"what": Place(loc), "law": Law(None)})
    for row in form.TABLE_ROWS:
        if not row.names_county:
            continue
        cells = getattr(prog.vastuutaulukko, row.key)
        for column in ("tyonhakijat", "muut_asiakkaat"):
            if not refdata.mentions_wellbeing_county(getattr(cells, column)):
                loc = (form.TABLE_KEY, row.key, column)
                yield Finding("KD302", loc, {"what": Place(loc), "law": Law(form.MULTISECTORAL_LAW)})


def employment_authority(prog: Programme) -> Iterator[Finding]:
    """KD407/KD408: job seekers' services and the partners involve the employment authority."""
    for row in form.TABLE_ROWS:
        if row.number > 7:
            continue
        cell = getattr(prog.vastuutaulukko, row.key).tyonhakijat
        if not refdata.mentions_employment_authority(cell):
            loc = (form.TABLE_KEY, row.key, "tyonhakijat")
            yield Finding("KD407", loc, {"what": Place(loc)})
    partners = "\n".join(prog.perustiedot.yhteistyokumppanit)
    if not refdata.mentions_employment_authority(partners):
        yield Finding("KD408", (form.HEADER_KEY, "yhteistyokumppanit"))


# --- sections 3, 5 and 7 ------------------------------------------------------------------------

def civic_orientation(prog: Programme) -> Iterator[Finding]:
    """KD406, KD405: languages listed once; partners named when cooperation is used."""
    sec = prog.yhteiskuntaorientaatio
    seen: set[str] = set()
    for i, code in enumerate(sec.language_codes()):
        if code in seen:
            loc = ("yhteiskuntaorientaatio", "kielet", i)
            yield Finding("KD406", loc, {"what": Place(loc[:2]), "value": sec.kielet[i]})
        seen.add(code)
    if re.search(r"yhteisty", _text(sec.itsenaisesti_vai_yhteistyossa), re.IGNORECASE) \
            and not sec.yhteistyotahot:
        yield Finding("KD405", ("yhteiskuntaorientaatio", "itsenaisesti_vai_yhteistyossa"),
                      {"number": form.SECTION_BY_KEY["yhteiskuntaorientaatio"].number,
                       "question": FormText("yhteiskuntaorientaatio", "yhteistyotahot")})


def literacy(prog: Programme) -> Iterator[Finding]:
    """KD303/KD304: section 5 describes literacy training or justifies why none is needed."""
    sec = prog.muu_koulutus
    if sec.luku_ja_kirjoitustaito is None and sec.ei_tarvetta_perustelu is None:
        yield Finding("KD303", ("muu_koulutus",), {"number": form.SECTION_BY_KEY["muu_koulutus"].number})
    elif sec.luku_ja_kirjoitustaito is not None and sec.ei_tarvetta_perustelu is not None:
        yield Finding("KD304", ("muu_koulutus", "ei_tarvetta_perustelu"),
                      {"number": form.SECTION_BY_KEY["muu_koulutus"].number})


def other_services(prog: Programme) -> Iterator[Finding]:
    """KD305: an included section 7 describes at least one service."""
    sec = prog.muut_palvelut
    if sec is not None and not (sec.kunnan_palvelut or sec.muu_toiminta or sec.toimijat or sec.tyollistyminen):
        yield Finding("KD305", ("muut_palvelut",), {"number": form.SECTION_BY_KEY["muut_palvelut"].number})


def swedish_services(prog: Programme) -> Iterator[Finding]:
    """KD403: a bilingual municipality describes its Swedish-language services."""
    if prog.kieli == "sv":
        return
    if any(part.kieli == "sv" for _, parts in iter_answers(prog) for part in parts):
        return
    for i, name in enumerate(prog.perustiedot.kunnat):
        if refdata.is_bilingual(name):
            yield Finding("KD403", (form.HEADER_KEY, "kunnat", i),
                          {"kunta": name, "instruction": FormText("", "bilingual_instruction")})


RULES: tuple[ModelRule, ...] = (
    target_groups, repeated_parts, other_group_label, county_named, employment_authority, civic_orientation,
    literacy, other_services, swedish_services,
)
"""The form's rules, in the order they report."""

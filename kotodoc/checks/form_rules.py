"""Content rules beyond types: what the law and the form ask of the answers.

Rules of the TEM form itself (``KD3xx`` errors, ``KD4xx`` advice) on the blocks that could be read: both
target groups, section 3 (languages, partners) and the Swedish-language services of a bilingual
municipality. Who provides the services (the wellbeing services county, the employment authority) is in
:mod:`~kotodoc.checks.authority_rules`; whether questions are answered in :mod:`~kotodoc.checks.answer_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kotodoc import form, refdata
from kotodoc.checks.answer_rules import answer_hollow
from kotodoc.checks.findings import Finding, ModelRule, iter_answers, parts_text
from kotodoc.checks.parts import Parts
from kotodoc.checks.substance import hollow
from kotodoc.checks.wording import LanguageName, Place
from kotodoc.messages import FormText, Term
from kotodoc.refdata.terms import is_placeholder
from kotodoc.schema.programme import Part

# --- target groups ----------------------------------------------------------------------------

JOB_SEEKERS = "tyonhakijat"
OTHERS = "tyovoiman_ulkopuoliset"
NAMED_GROUP = "muu"


def target_groups(prog: Parts) -> Iterator[Finding]:
    """KD301/KD404: answers the form asks per target group cover the job seekers and the others.

    A part for a named group (``muu``, e.g. "Kiintiöpakolaiset") may stand for either side, and kotodoc
    cannot tell which: an answer with named groups is taken to cover both.
    """
    for sec in form.SECTIONS:
        block = getattr(prog, sec.key)
        for q in sec.questions:
            if not q.both_groups or block is None:
                continue
            parts: list[Part] = getattr(block, q.key)
            loc = (sec.key, q.key)
            if answer_hollow(parts):
                continue  # unanswered: KD307 says so
            groups = {p.kohderyhma for p in parts if p.kohderyhma}
            if not groups:
                yield Finding("KD404", loc, {"what": Place(loc)})
            elif "kaikki" not in groups:
                missing = [] if NAMED_GROUP in groups else [g for g in (JOB_SEEKERS, OTHERS) if g not in groups]
                for group in missing:
                    yield Finding("KD301", loc, {"what": Place(loc), "group": Term("target_groups", group, True)})


def repeated_parts(prog: Parts) -> Iterator[Finding]:
    """KD306: one answer has two parts with the same label (target group, language and heading)."""
    for loc, parts in iter_answers(prog):
        seen: set[tuple[str, str | None, str]] = set()  # (target group, language, heading)
        for i, part in enumerate(parts):
            if part.kohderyhma is None or part.kohderyhma == NAMED_GROUP:
                continue
            key = (part.kohderyhma, part.kieli, " ".join((part.otsikko or "").split()).casefold())
            if key in seen:
                yield Finding("KD306", (*loc, i, "kohderyhma"), {
                    "what": Place(loc), "group": Term("target_groups", part.kohderyhma, True)})
            seen.add(key)


def other_group_label(prog: Parts) -> Iterator[Finding]:
    """KD201: a part for a named group ('muu') must say which group it is."""
    for loc, parts in iter_answers(prog):
        for i, part in enumerate(parts):
            if part.kohderyhma == NAMED_GROUP and not part.otsikko:
                where = (*loc, i, "otsikko")
                yield Finding("KD201", where, {"what": Place(where, note="other_group")})


# --- section 3 ----------------------------------------------------------------------------------

_COOPERATION = re.compile(r"yhteisty\w*|samarbet\w*", re.IGNORECASE)
_CLAUSE = re.compile(r"[.;:!?,\n]|\s(?:vaan|mutta|men|utan)\s", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:ei|eikä|ilman|inte|ingen|utan)\b", re.IGNORECASE)


def says_cooperation(text: str) -> bool:
    """Whether ``text`` says the service is (partly) carried out in cooperation: a clause that mentions
    cooperation without negating it ("osittain yhteistyössä", not "itsenäisesti, ei yhteistyössä")."""
    return any(_COOPERATION.search(clause) and not _NEGATION.search(clause) for clause in _CLAUSE.split(text))


def civic_orientation(prog: Parts) -> Iterator[Finding]:
    """KD406, KD210, KD405: languages listed once and spelled as kotodoc knows them; partners named."""
    sec = prog.yhteiskuntaorientaatio
    if sec is None:
        return
    seen: set[str] = set()
    for i, (written, code) in enumerate(zip(sec.kielet, sec.language_codes(), strict=True)):
        loc = ("yhteiskuntaorientaatio", "kielet", i)
        if hollow(written) is not None:
            continue  # a placeholder or a mark: KD401 or KD307 says so
        if code in seen:
            yield Finding("KD406", loc, {"what": Place(loc[:2]), "value": written})
        seen.add(code)
        if refdata.normalise_language(written) is None and not is_placeholder(written):
            suggestion = refdata.misspelt_language(written)
            meant = refdata.normalise_language(suggestion) if suggestion is not None else None
            if meant is not None:
                yield Finding("KD210", loc, {"what": Place(loc), "value": written, "suggestion": LanguageName(meant)})
    if says_cooperation(parts_text(sec.itsenaisesti_vai_yhteistyossa)) and not sec.yhteistyotahot:
        yield Finding("KD405", ("yhteiskuntaorientaatio", "itsenaisesti_vai_yhteistyossa"),
                      {"number": form.SECTION_BY_KEY["yhteiskuntaorientaatio"].number,
                       "question": FormText("yhteiskuntaorientaatio", "yhteistyotahot")})


def swedish_services(prog: Parts) -> Iterator[Finding]:
    """KD403: a bilingual municipality describes its Swedish-language services."""
    if prog.kieli == "sv" or prog.unreadable:
        return  # a Swedish-language part may be in a block that could not be read
    if any(part.kieli == "sv" for _, parts in iter_answers(prog) for part in parts):
        return
    for i, name in enumerate(prog.kunnat()):
        if refdata.is_bilingual(name):
            yield Finding("KD403", (form.HEADER_KEY, "kunnat", i),
                          {"kunta": name, "instruction": FormText("", "bilingual_instruction")})


RULES: tuple[ModelRule, ...] = (target_groups, repeated_parts, other_group_label, civic_orientation, swedish_services)
"""The form's rules, in the order they report."""

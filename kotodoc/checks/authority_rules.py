"""Who the document's municipalities are (``KD412``: a name of H1 the reference data does not know) and who
provides their services: the wellbeing services county (``KD302``, ``KD410``) and the employment authority
(``KD407``, ``KD408``, ``KD411``).

The form's intro says the multisectoral assessment and plan are made with the wellbeing services county, and
that the document covers the employment authority's services to job seekers too. Who these are depends on the
municipality (:mod:`kotodoc.refdata`): Helsinki belongs to no county (the city organises the services itself);
Helsinki, Vantaa, Lahti and Kouvola are their own employment authorities ("Lahden kaupungin
työllisyyspalvelut"); a kuntayhtymä area is named by its authority ("Kuntayhtymä Kymppi"); a county is named
officially, in Swedish, inflected or by its brand ("Siun soten", "Eksote", "VAKE"). A municipality kotodoc does
not know is checked for the general words only, never judged by a guess; KD412 says so, so that a typo in H1
("Kokola") does not switch these checks off unnoticed.
"""

from __future__ import annotations

from collections.abc import Iterator

from kotodoc import form, refdata
from kotodoc.checks.answer_rules import answer_hollow
from kotodoc.checks.findings import Finding, ModelRule, parts_text
from kotodoc.checks.parts import Parts
from kotodoc.checks.substance import hollow
from kotodoc.checks.wording import Place
from kotodoc.diagnostics import Loc
from kotodoc.messages import Hint, Items, Law, Phrase, join
from kotodoc.refdata import County, Municipality
from kotodoc.refdata.terms import is_placeholder

JOB_SEEKER_SECTIONS = ("yhteiskuntaorientaatio", "kotoutumiskoulutus", "muu_koulutus")
"""Sections 3–5: services the employment authority arranges for job seekers (KD411)."""


def municipalities(prog: Parts) -> list[Municipality | None]:
    """The municipalities of H1 as the reference data knows them (``None`` for a name it does not know)."""
    return [refdata.lookup(name) for name in prog.kunnat()]


def unknown_municipality(prog: Parts) -> Iterator[Finding]:
    """KD412: a name in H1 that is none of Finland's municipalities (Finnish or Swedish, any case, with or without
    kaupunki/kunta/stad/kommun); "tarkoititko" only when one name is close (:func:`refdata.suggest_municipality`);
    several municipalities written on one line are asked for as a list.
    A municipality merged into another is named so, and only in a document dated after the merger."""
    day = prog.document_day()
    for i, name in enumerate(prog.kunnat()):
        if not name.strip() or hollow(name) is not None or is_placeholder(name) or refdata.lookup(name) is not None:
            continue  # an unfilled slot is KD307's or KD401's
        former = refdata.former_municipality(name)
        if former is not None:
            if day is None or day < former.since:
                continue  # a municipality still when the document was written (seed 000 names Pertunmaa)
            since = former.since
            hint: Hint | Phrase = Phrase.of("municipality.former", name=former.name, merged=former.merged_into,
                                            date=f"{since.day}.{since.month}.{since.year}")
        elif len(parts := refdata.split_names(name)) > 1 and all(refdata.lookup(p) for p in parts):
            hint = Phrase.of("municipality.list", names=Items.of(parts))  # "Pori, Ulvila ja Nakkila" on one line
        else:
            hint = Hint(refdata.suggest_municipality(name))
        loc: Loc = (form.HEADER_KEY, "kunnat", i)
        yield Finding("KD412", loc, {"what": Place(loc), "kunta": name, "hint": hint})


def own_counties(prog: Parts) -> list[County] | None:
    """The counties of the document's municipalities; ``None`` when one of them is not known (then no county
    is required by name). An empty list: every municipality organises the services itself (Helsinki)."""
    found = municipalities(prog)
    if not found or any(m is None for m in found):
        return None
    return list({m.county.key: m.county for m in found if m is not None and m.county is not None}.values())


def _quoted(names: list[str]) -> str:
    return join([f"'{n}'" for n in names])


def county_example(prog: Parts) -> str:
    """The county to name in the advice: the municipality's own where known."""
    counties = own_counties(prog)
    return _quoted([c.name_fi for c in counties]) if counties else "'Keski-Pohjanmaan hyvinvointialue'"


def authority_example(prog: Parts) -> str:
    """The employment authority to name in the advice: the municipality's own where known."""
    names = [n for m in municipalities(prog) if m is not None and (n := refdata.employment_authority_name(m))]
    return _quoted(list(dict.fromkeys(names))) if names else "'kunnan työllisyysalue'"


def _county_places(prog: Parts) -> Iterator[tuple[Loc, str, Law]]:
    """The answers that must name the county: B of sections 1 and 2, rows 2 and 4 of the table."""
    for sec in form.SECTIONS:
        block = getattr(prog, sec.key)
        for q in sec.questions:
            if q.names_county and block is not None and not answer_hollow(getattr(block, q.key)):
                yield (sec.key, q.key), parts_text(getattr(block, q.key)), Law(None)
    if prog.vastuutaulukko is None:
        return
    for row in form.TABLE_ROWS:
        if row.names_county:
            cells = getattr(prog.vastuutaulukko, row.key)
            for column in form.TABLE_ANSWER_COLUMNS:
                if hollow(getattr(cells, column)) is None:
                    yield (form.TABLE_KEY, row.key, column), getattr(cells, column), Law(form.MULTISECTORAL_LAW)


def county_named(prog: Parts) -> Iterator[Finding]:
    """KD302: the multisectoral assessment and plan name the wellbeing services county (not for Helsinki);
    KD410: a county named there that is none of the municipalities'."""
    counties = own_counties(prog)
    if counties == []:
        return  # Helsinki (and Åland): no wellbeing services county
    keys = {c.key for c in counties or []}
    for loc, text, law in _county_places(prog):
        named = refdata.counties_in(text) if counties else ()
        if not named and not refdata.mentions_wellbeing_county(text):
            yield Finding("KD302", loc, {"what": Place(loc), "law": law, "example": county_example(prog)})
        elif named and not keys & {c.key for c in named}:
            yield Finding("KD410", loc, {"what": Place(loc), "found": named[0].name_fi,
                                         "kunta": join(prog.kunnat()),
                                         "county": join([c.name_fi for c in counties or []])})


def mentions_authority(found: list[Municipality | None], text: str) -> bool:
    """Whether ``text`` names the employment authority of one of the municipalities ``found``
    (:func:`municipalities`), or says "työvoimaviranomainen", "työllisyysalue" and the like."""
    if refdata.mentions_employment_authority(text):
        return True
    return any(refdata.mentions_employment_authority(text, m) for m in found if m is not None)


def employment_authority(prog: Parts) -> Iterator[Finding]:
    """KD407/KD408: the job seekers' column of the table and the partners name the employment authority."""
    found = municipalities(prog)
    if prog.vastuutaulukko is not None:
        for row in form.TABLE_ROWS:
            if not row.job_seeker_service:
                continue
            cell = getattr(prog.vastuutaulukko, row.key).tyonhakijat
            if hollow(cell) is None and not mentions_authority(found, cell):
                loc: Loc = (form.TABLE_KEY, row.key, "tyonhakijat")
                yield Finding("KD407", loc, {"what": Place(loc), "example": authority_example(prog)})
    if prog.perustiedot is not None:
        partners = "\n".join(prog.perustiedot.yhteistyokumppanit)
        if hollow(partners) is None and not mentions_authority(found, partners):
            where: Loc = (form.HEADER_KEY, "yhteistyokumppanit")
            yield Finding("KD408", where, {"what": Place(where), "example": authority_example(prog)})


def job_seekers_in_sections_3_to_5(prog: Parts) -> Iterator[Finding]:
    """KD411: sections 3–5 say how the employment authority serves job seekers (somewhere in the section)."""
    found = municipalities(prog)
    for key in JOB_SEEKER_SECTIONS:
        block = getattr(prog, key)
        if block is None:
            continue
        sec = form.SECTION_BY_KEY[key]
        texts = [parts_text(getattr(block, q.key)) for q in sec.questions if q.kind is form.Kind.TEXT
                 and getattr(block, q.key)]
        if texts and not answer_hollow_all(texts) and not mentions_authority(found, "\n".join(texts)):
            loc: Loc = (key, "vastuutaho")
            yield Finding("KD411", loc, {"what": Place((key,)), "example": authority_example(prog)})


def answer_hollow_all(texts: list[str]) -> bool:
    """Whether every one of a section's answers is unanswered (then KD307 speaks, not KD411)."""
    return all(hollow(t) is not None for t in texts)


RULES: tuple[ModelRule, ...] = (unknown_municipality, county_named, employment_authority,
                                job_seekers_in_sections_3_to_5)
"""Who provides the services, in the order they report."""

"""A new kotoutumisohjelma file, generated from the form (:mod:`kotodoc.form`).

:func:`scaffold_text` writes every field of the TEM form with the form's
question as a comment above its answer slot, so the file is the form itself;
nothing here copies the form's wording. What the reference data knows about the
municipalities (:mod:`kotodoc.repo.facts`) is filled in: Swedish-language
parts for a bilingual municipality, the wellbeing services county, the
employment area and the elinvoimakeskus; a joint programme gets its
``yhteistoiminta`` block (:mod:`kotodoc.repo.scaffold_joint`).

Every answer that still needs the coordinator's words holds the word
:data:`PLACEHOLDER` ("täydennetään"), which the content rules report as a KD401
warning ("fill this in"). The placeholders are chosen to pass the schema and the
content rules (target groups, the county, the employment authority), so a fresh
file has warnings only, and each warning points at one slot still to fill in.

The file is written with :mod:`kotodoc.repo.yaml_text`, the writer ``kotodoc import`` uses too, so both
show the form the same way. Pure: no files are read or written here (see :mod:`kotodoc.repo_init`).
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
from kotodoc.schema.programme import SCHEMA_VERSION, Contact, Header

T = form.texts("fi")
"""The language of the comments and placeholders a new file gets."""

PLACEHOLDER = "täydennetään"
"""The word in every unfilled slot; ``refdata.terms.PLACEHOLDER`` matches it (KD401)."""
PLACEHOLDER_EMAIL = "taydennetaan@kunta.invalid"
"""Passes the e-mail check; the ASCII spelling of the placeholder still gives KD401."""
DATA_FILE = "kotoutumisohjelma.yaml"
SCHEMA_FILE = "kotodoc.schema.json"

__all__ = ["DATA_FILE", "DRAFT_COMMENT", "PLACEHOLDER", "PLACEHOLDER_EMAIL", "SCHEMA_FILE", "scaffold_text"]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _proposal(text: str) -> str:
    """A prefilled answer that the coordinator still has to check."""
    return f"{_cap(text)} – {PLACEHOLDER}"


def _answer(out: Lines, key: str, text: str, indent: int, groups: bool, languages: bool) -> None:
    """A free-text answer: one text, or parts per target group and/or service language."""
    if not groups and not languages:
        out.block(key, text, indent)
        return
    pad = " " * indent
    out.lines.append(f"{pad}{key}:")
    for lang in ("fi", "sv") if languages else (None,):
        for group in ("tyonhakijat", "tyovoiman_ulkopuoliset") if groups else (None,):
            fields = ([("kohderyhma", group)] if group else []) + ([("kieli", lang)] if lang else [])
            for i, (name, val) in enumerate(fields):
                out.lines.append(f"{pad}  {'- ' if i == 0 else '  '}{name}: {val}")
            out.block("teksti", text, indent + 4)


def _example(model: type[BaseModel], key: str) -> str:
    """The first example the schema gives for a field (editors show the same)."""
    examples = model.model_fields[key].examples or [""]
    return str(examples[0])


def _header(out: Lines, facts: Facts) -> None:
    out.lines.append(f"{form.HEADER_KEY}:")
    for h in form.HEADER:
        q = h.question
        header_comments(out, h, T)
        if q.key == "kunnat":
            out.items(q.key, facts.names, 2)
        elif q.key == "yhteyshenkilo":
            out.lines.append("  yhteyshenkilo:")
            out.value("nimi", PLACEHOLDER, 4)
            out.value("nimike", PLACEHOLDER, 4)
            out.comment(f"{T.contact_fields['puhelin']} (vapaaehtoinen), esim. {_example(Contact, 'puhelin')}", 4)
            out.value("puhelin", None, 4)
            out.value("sahkoposti", PLACEHOLDER_EMAIL, 4)
        elif q.key == "laadittu_tai_paivitetty":
            out.comment(f"Esim. '{_example(Header, q.key)}'.", 2, first="   ")
            out.value(q.key, PLACEHOLDER, 2)
        elif q.key == "yhteistyokumppanit":
            partners = [_cap(p) for p in (*facts.employment_areas, *facts.counties)]
            if not facts.employment_areas:
                partners.insert(0, _proposal("työllisyysalue"))
            out.items(q.key, [*partners, PLACEHOLDER], 2)
        else:
            out.block(q.key, PLACEHOLDER, 2)


def _section_answer(out: Lines, sec: form.Section, q: form.Question, facts: Facts) -> None:
    # Swedish-language parts where the form asks for them: the A answers of sections 1 and 7.
    swedish = bool(facts.bilingual) and q.block == "A" and sec.bilingual
    if q.note_key:
        out.comment("Vapaaehtoinen lisätieto; tulostuu ennen luetteloa.", 2, first="   ")
        out.value(q.note_key, None, 2)
    if q.kind is form.Kind.LANGUAGES:
        out.comment("Kielet luettelona suomeksi (esim. arabia, ukraina) tai ISO 639 -koodeina (ar, uk).", 2,
                    first="   ")
        out.items(q.key, [PLACEHOLDER], 2)
    elif q.kind is form.Kind.LIST:
        out.comment("Luettelo; jätä tyhjäksi, jos yhteistyötahoja ei ole.", 2, first="   ")
        out.value(q.key, None, 2)
    elif q.kind is form.Kind.ACTORS:
        out.comment("Luettelo toimijoista, esimerkiksi:", 2, first="   ")
        out.lines.extend(f"  #      {line}" for line in (
            "- nimi: Yhdistys ry", "  kuvaus: Lyhyt kuvaus", "  toiminta:", "    - Ystävätoiminta"))
        out.value(q.key, None, 2)
    elif q.key == "ei_tarvetta_perustelu":
        out.comment("Jätä tyhjäksi, kun luku- ja kirjoitustaidon koulutus on kuvattu yllä (vastaa vain "
                    "toiseen näistä kahdesta).", 2, first="   ")
        out.value(q.key, None, 2)
    elif q.names_county:
        _answer(out, q.key, _proposal(join(facts.county_list())), 2, False, False)
    else:
        if q.both_groups:
            out.comment("Lomake pyytää kuvaamaan palvelun eri kohderyhmien osalta: työnhakijat ja työvoiman "
                        "ulkopuolella olevat.", 2, first="   ")
        _answer(out, q.key, PLACEHOLDER, 2, q.both_groups, swedish)


def _section(out: Lines, sec: form.Section, facts: Facts) -> None:
    section_comments(out, sec, T)
    if not sec.required:
        out.comment("Vapaaehtoinen kohta: poista koko kohta, jos kunta ei kuvaa muita palveluita.", first="   ")
    out.lines.append(f"{sec.key}:")
    for q in sec.questions:
        question_comments(out, sec, q, T)
        _section_answer(out, sec, q, facts)


def _table(out: Lines, facts: Facts) -> None:
    table_comments(out, T)
    out.lines.append(f"{form.TABLE_KEY}:")
    employment, county = facts.employment_list(), facts.county_list()
    for row in form.TABLE_ROWS:
        row_comment(out, row, T)
        out.lines.append(f"  {row.key}:")
        if row.names_county:
            job_seekers, others = [*employment, *county], [*facts.names, *county]
        elif row.job_seeker_service:  # the employment authority serves job seekers (KD407 checks these rows)
            job_seekers, others = employment, facts.names
        else:
            job_seekers = others = facts.names
        out.value("tyonhakijat", _proposal(join(job_seekers)), 4)
        out.value("muut_asiakkaat", _proposal(join(others)), 4)


def _preamble(out: Lines, facts: Facts, schema_ref: str) -> None:
    out.lines.append(f"# yaml-language-server: $schema={schema_ref}")
    out.comment("")
    out.comment(f"{T.title} – {T.subtitle.lower()}. TEM:n lomake {form.FORM_DATE}; {T.law_name}.")
    for line in (
        "Luotu komennolla: kotodoc init " + " ".join(f"--kunta {scalar(n)}" for n in facts.names),
        ("Jokaisen vastauksen yläpuolella on lomakkeen kysymys. #-merkillä alkavat rivit ovat ohjeita: "
        "ne eivät tulostu asiakirjaan."),
        (f"Korvaa jokainen '{PLACEHOLDER}' omalla tekstilläsi ja tarkista ehdotetut tiedot. Kirjoita "
        "pitkä vastaus |-merkin alle sisennettynä, kuten valmiissa kohdissa; rivinvaihdot säilyvät."),
        (f"Tarkista keskeneräinen tiedosto luonnoksena: kotodoc validate --luonnos {DATA_FILE} (varoitukset "
        "kertovat, mitä on vielä täydennettävä). Valmis asiakirja: kotodoc validate --strict."),
    ):
        out.comment(line)
    if facts.bilingual:
        out.comment("")
        out.comment(f"{join(facts.bilingual)}: kaksikielinen kunta. Lomake: '{T.bilingual_instruction}' "
                    "Kohtien 1 ja 7 kuvauksissa (A) on siksi valmiina osat suomenkielisille (kieli: fi) ja "
                    "ruotsinkielisille (kieli: sv) palveluille; muutkin vastaukset voi jakaa samoin. Jos palvelu "
                    "on molemmilla kielillä sama, kuvaa se suomenkielisessä osassa ja poista ruotsinkielinen.")
    centres = join(facts.centres) or "alueen elinvoimakeskus"
    out.comment("")
    out.comment(f"Asiakirja toimitetaan: {centres} (elinvoimakeskukset 1.1.2026 alkaen, laki 531/2025; "
                "vuosina 2024–2025 ELY-keskus).")
    out.blank()


def _approval(out: Lines, facts: Facts) -> None:
    """The approval block, commented out: the agenda item is printed from it once it is filled in."""
    title, description = T.fields["Programme.hyvaksyminen"]
    out.comment(f"{title} (vapaaehtoinen, ei TEM:n lomakkeella): {description} Ota käyttöön poistamalla "
                "#-merkit riveiltä, joilla on avain.")
    centre = join(facts.centres) or "alueen elinvoimakeskus"
    for line in ("hyvaksyminen:", f"  toimielin: {PLACEHOLDER}", "  kokouspaiva:",
                 f"  elinvoimakeskus:          # {centre}", "    maaraaika:", "    lahetetty:"):
        out.lines.append(f"# {line}")


DRAFT_COMMENT = ("Luonnos vai valmis asiakirja? Niin kauan kuin tässä ei lue false, CI ja pre-commit tarkistavat "
                 "ja tulostavat tiedoston luonnoksena (--luonnos): vastaamattomat kysymykset ovat varoituksia, ja "
                 "tulosteen jokaisella sivulla lukee LUONNOS. Kun asiakirja on valmis, kirjoita tähän false; "
                 "silloin vastaamaton kysymys on virhe.")
"""The comment above ``luonnos`` in a file kotodoc writes (``init``, ``import``)."""


def scaffold_text(names: Sequence[str], schema_ref: str = SCHEMA_FILE) -> str:
    """A new kotoutumisohjelma YAML file for the municipalities ``names`` (a name may list several,
    separated by commas); several municipalities get the joint block (:mod:`kotodoc.repo.scaffold_joint`).

    ``schema_ref`` is the JSON Schema path or URL for the editor modeline
    (relative paths are resolved from the YAML file's folder).
    """
    facts = Facts.of(names)
    if not facts.municipalities:
        raise ValueError("at least one municipality name is needed")
    out = Lines()
    _preamble(out, facts, schema_ref)
    out.comment("Tiedostomuodon versio; älä muuta.")
    out.lines.append(f"skeemaversio: {SCHEMA_VERSION}")
    out.comment("Asiakirjan kieli: fi (suomi) tai sv (ruotsi).")
    out.lines.append("kieli: fi")
    out.comment(DRAFT_COMMENT)
    out.value("luonnos", None, 0)
    out.comment("Asiakirjan päiväys, esim. 21.10.2024 (vapaaehtoinen).")
    out.value("paivays", None, 0)
    out.blank()
    _header(out, facts)
    for sec in form.SECTIONS:
        out.blank()
        _section(out, sec, facts)
    out.blank()
    _table(out, facts)
    if facts.joint:
        out.blank()
        joint_block(out, facts, PLACEHOLDER)
    out.blank()
    _approval(out, facts)
    return out.text()

"""The board's agenda item (esityslistan asia, ärende på föredragningslistan) approving the document.

``kotodoc render FILE --document agenda-item`` lays out, as in seed 001: the heading, the body's
abbreviation with the meeting date, the record number, the background, the preparers, the presenter,
the decision proposal and, once made, the decision. Everything is in the document's language
(``kieli``): the labels are kotodoc's own texts (``FormTexts.own["agenda.…"]``) and the background's
fixed wording is one Jinja template per language, ``templates/agenda_background.fi.j2`` and
``agenda_background.sv.j2``, which a municipality overrides with ``--templates DIR``; the sentences
that depend on the data (dates, the municipality, the coordinating body) are filled in from the
document. The template renders to plain text in kotodoc's one sandboxed environment
(:mod:`kotodoc.render.templating`) and sees only plain values (texts, lists, mappings); paragraphs are
separated by blank lines, and the lines of one paragraph are joined.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kotodoc import form, messages
from kotodoc.errors import DocumentFinding
from kotodoc.refdata import administration
from kotodoc.render.programme import issuer
from kotodoc.render.tree import Block, BulletList, Doc, Heading, LabeledPart, ListItem, Paragraph
from kotodoc.review.texts import Said, say
from kotodoc.schema import approval
from kotodoc.schema.approval import APPROVAL_KEY, Approval
from kotodoc.schema.dates import fi_date
from kotodoc.schema.programme import Contact, Part, Programme

DOCUMENT_NAME = "agenda-item"
BACKGROUND_TEMPLATE = "agenda_background.fi.j2"
"""The Finnish background template; a document in another language uses :func:`background_template`."""
DEFAULT_HEADING = form.texts("fi").places["agenda_heading"]
SUBJECT = form.texts("fi").own["agenda.subject"]
MAX_AGENDA_CHANGES = 40  # a longer list is cut, with a pointer to `kotodoc diff` for the rest


def background_template(lang: str) -> str:
    """The background template of a document in ``lang``: ``agenda_background.sv.j2``."""
    return f"agenda_background.{lang}.j2"


class MissingApprovalError(DocumentFinding):
    """The agenda item was asked for, but the document has no ``hyvaksyminen`` block (KD607, exit 1)."""

    def __init__(self) -> None:
        super().__init__("KD607", ("hyvaksyminen",))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _parts_text(parts: Sequence[Part]) -> str:
    return _one_line(" ".join(p.teksti for p in parts))


def _person(contact: Contact) -> str:
    return _one_line(f"{form.in_sentence(contact.nimike)} {contact.nimi}" if contact.nimike else contact.nimi)


def context(prog: Programme, block: Approval) -> dict[str, Any]:
    """What the background template may use (see the template's header comment): plain values only, the
    whole document and the approval block as mappings of texts and lists.

    ``vastaanottaja`` follows the document's date: the ELY-keskus before 2026, then the elinvoimakeskus
    of the municipalities' region (law 531/2025), named in the document's language."""
    found = block.submission()
    sent = found[1] if found else None
    day, lang = prog.document_day(), prog.kieli
    receivers = approval.receivers(day, [block.kunta] if block.kunta else prog.perustiedot.kunnat, lang)
    contacts = [_person(c) for c in prog.perustiedot.yhteyshenkilo if c.nimi.strip()]
    return {
        "ohjelma": prog.model_dump(mode="json"),
        "hyvaksyminen": block.model_dump(mode="json"),
        "tem_kirje": fi_date(sent.tem_kirje) if sent and sent.tem_kirje else "",
        "maaraaika": fi_date(sent.maaraaika) if sent and sent.maaraaika else "",
        "lahetetty": fi_date(sent.lahetetty) if sent and sent.lahetetty else "",
        "elinvoimakeskus": administration.centres_in_charge(day),
        "vastaanottaja": messages.join(list(receivers), lang),
        "vastaanottajalle": approval.to_receivers(receivers, lang),
        "toimielin": block.toimielin,
        "lyhenne": block.lyhenne or "",
        "kokous": block.when() or "",
        "kunnat": list(prog.perustiedot.kunnat),
        "koordinoiva_taho": _parts_text(prog.perustiedot.koordinoiva_taho),
        "yhteistyokumppanit": [_one_line(k) for k in prog.perustiedot.yhteistyokumppanit],
        "yhteyshenkilo": messages.join(contacts, lang),
        "yhteyshenkilot": contacts,
    }


def text_paragraphs(text: str) -> list[str]:
    """Paragraphs of rendered template text: blank lines separate, lines within are joined."""
    out: list[str] = []
    current: list[str] = []
    for line in [*text.splitlines(), ""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            out.append(" ".join(current))
            current = []
    return out


def background(prog: Programme, block: Approval, templates: Path | None = None) -> list[str]:
    """The background paragraphs from the template of the document's language (``templates`` first, then
    kotodoc's own)."""
    from kotodoc.render import templating  # Jinja only when an agenda item is built

    env = templating.environment(templates, filters={"luettelo": lambda items: messages.join(items, prog.kieli)})
    return text_paragraphs(templating.render(env, [background_template(prog.kieli)], context(prog, block)))


def build_agenda(prog: Programme, templates: Path | None = None, source: Path | None = None) -> Doc:
    """The agenda item of ``prog`` in its language; raises :class:`MissingApprovalError` without a
    ``hyvaksyminen`` block.

    ``templates`` (the ``--templates`` directory) may hold an own ``agenda_background.<kieli>.j2``. When
    the block names the previous version (``edellinen_versio``), the item lists the changes since it;
    ``source`` is the programme's file, beside which the previous version is looked for. A joint
    programme approved by each member in its own body gives one item per member, one after another,
    each under its municipality's name.
    """
    if not prog.hyvaksyminen:
        raise MissingApprovalError()
    t = form.texts(prog.kieli)
    first = prog.hyvaksyminen[0]
    many = len(prog.hyvaksyminen) > 1
    blocks: list[Block] = []
    for i, block in enumerate(prog.hyvaksyminen):
        if many:
            blocks.append(Heading(2, ": ".join(x for x in (block.kunta, _meeting(block)) if x)))
        blocks.extend(_item(prog, t, i, block, templates, source))
    kunnat = messages.join(prog.perustiedot.kunnat, prog.kieli)
    bodies = [b.toimielin for b in prog.hyvaksyminen]
    return Doc(
        title=_one_line(first.otsikko or t.places["agenda_heading"]), subtitle="" if many else _meeting(first),
        lang=t.tag, subject=t.own["agenda.subject"], date="", blocks=tuple(blocks), author=kunnat,
        keywords=(t.places["keyword"], t.own["agenda.keyword"], *dict.fromkeys(bodies), *prog.perustiedot.kunnat),
        footer=(issuer(prog, t), "" if many else _one_line(first.lyhenne or first.toimielin),
                "" if many else first.when() or ""))


def _meeting(block: Approval) -> str:
    return " ".join(x for x in (block.lyhenne or block.toimielin, block.when(), block.item_number()) if x)


def _item(prog: Programme, t: form.FormTexts, i: int, block: Approval, templates: Path | None,
          source: Path | None) -> list[Block]:
    blocks: list[Block] = []
    if block.diaarinumero:
        blocks.append(Paragraph(f"{t.own['agenda.dnro']} {_one_line(block.diaarinumero)}"))
    blocks.extend(Paragraph(p) for p in background(prog, block, templates))
    attachment = t.own["agenda.attachment"].format(number=1, name=programme_name(prog))
    blocks.append(LabeledPart(t.own["agenda.attachments"], (attachment,)))
    if block.edellinen_versio:
        blocks.extend(changes_section(prog, block.edellinen_versio, source, i))
    for key, text in (("valmistelijat", ", ".join(str(p) for p in block.valmistelijat)),
                      ("esittelija", str(block.esittelija or "")), ("paatosehdotus", block.paatosehdotus or ""),
                      ("paatos", block.paatos or "")):
        if text:
            blocks.append(_labelled(t.own[f"agenda.{key}"], text))
    return blocks


def programme_name(prog: Programme) -> str:
    """The programme document as the agenda item names its attachment: title, subtitle, whose, of when."""
    t = form.texts(prog.kieli)
    date = fi_date(prog.paivays) if prog.paivays else ""
    whose = ", ".join(x for x in (issuer(prog, t), date) if x)
    return f"{t.title} – {t.subtitle[:1].lower()}{t.subtitle[1:]} ({whose})"


def changes_section(prog: Programme, previous: str, source: Path | None, index: int = 0) -> list[Block]:
    """"Muutokset edelliseen versioon": a heading, a sentence naming the version and one item per change,
    in the document's language.

    ``index`` is the approval block's place in the list (a joint programme may have one per member).
    The comparison modules are imported here: only an agenda item that names a previous version needs them,
    and every ``kotodoc render`` would otherwise load them."""
    from kotodoc.review.compare import PREVIOUS_KEY, changes_since
    from kotodoc.review.diff_formats import agenda_lines

    lang = prog.kieli
    if source is None:
        params = {"previous": previous, "problem": Said.of("no_source")}
        raise DocumentFinding("KD609", (APPROVAL_KEY, index, PREVIOUS_KEY), params)
    changes = changes_since(previous, source, prog)
    blocks: list[Block] = [Heading(2, say("agenda_heading", lang))]
    if not changes:
        return [*blocks, Paragraph(say("agenda_none", lang, previous=previous))]
    lines = agenda_lines(changes[:MAX_AGENDA_CHANGES], lang)
    if len(changes) > MAX_AGENDA_CHANGES:
        lines.append(say("agenda_more", lang, n=len(changes) - MAX_AGENDA_CHANGES, previous=previous))
    return [*blocks, Paragraph(say("agenda_compared", lang, previous=previous)),
            BulletList(tuple(ListItem(line) for line in lines))]


def _labelled(label: str, text: str) -> LabeledPart:
    paras = tuple(p for p in (line.strip() for line in text.splitlines()) if p)
    return LabeledPart(label, paras)

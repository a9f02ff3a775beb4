"""Styles a municipality's Word template lacks, added from python-docx's default template.

pandoc's own ``reference.docx`` has no ``List Bullet``, a document saved by LibreOffice may have no
``Heading 4``–``Heading 5``: kotodoc does not refuse such a template but adds each missing paragraph style
as python-docx's default template defines it (based on the template's own ``Normal``), and says which
ones it added (:func:`add_styles` gives the names for the note). A list style brings its bullet
definition into the template's numbering part (created when the template has none), under numbers the
template does not use.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from docx import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart

W_VAL, W_NUMID, W_ABSTRACT = qn("w:val"), qn("w:numId"), qn("w:abstractNumId")
_DROPPED = ("w:link", "w:rsid")  # the default template's linked character style and revision id


def add_styles(document: Any, names: Sequence[str], normal_id: str | None) -> None:
    """Add the paragraph styles ``names`` (built-in English names, e.g. ``Heading 4``) to ``document``
    as python-docx's default template has them, based on the style ``normal_id`` (the template's Normal)."""
    default = Document()
    styles = document.styles.element
    for name in names:
        element = copy.deepcopy(default.styles[name].element)
        for tag in _DROPPED:
            for child in element.findall(qn(tag)):
                element.remove(child)
        based = element.find(qn("w:basedOn"))
        if based is not None:
            if normal_id is None:
                element.remove(based)
            else:
                based.set(W_VAL, normal_id)
        next_style = element.find(qn("w:next"))
        if next_style is not None and normal_id is not None:
            next_style.set(W_VAL, normal_id)
        num_id = element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if num_id is not None:
            num_id.set(W_VAL, _copy_numbering(default, document, num_id.get(W_VAL)))
        styles.append(element)


def _copy_numbering(default: Any, document: Any, num_id: str) -> str:
    """The default template's numbering ``num_id`` (and its abstract definition) copied into ``document``'s
    numbering part under unused numbers; the new ``numId``."""
    source = default.part.numbering_part.element
    num = next(n for n in source.findall(qn("w:num")) if n.get(W_NUMID) == num_id)
    abstract_id = num.find(qn("w:abstractNumId")).get(W_VAL)
    abstract = next(a for a in source.findall(qn("w:abstractNum")) if a.get(W_ABSTRACT) == abstract_id)
    target = _numbering(document)
    new_abstract = str(1 + max((int(a.get(W_ABSTRACT)) for a in target.findall(qn("w:abstractNum"))), default=-1))
    new_num = str(1 + max((int(n.get(W_NUMID)) for n in target.findall(qn("w:num"))), default=0))
    abstract = copy.deepcopy(abstract)
    abstract.set(W_ABSTRACT, new_abstract)
    num = copy.deepcopy(num)
    num.set(W_NUMID, new_num)
    num.find(qn("w:abstractNumId")).set(W_VAL, new_abstract)
    abstracts = target.findall(qn("w:abstractNum"))
    if abstracts:  # the schema's order: every abstractNum before every num
        abstracts[-1].addnext(abstract)
    else:
        first_num = target.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            target.append(abstract)
    nums = target.findall(qn("w:num"))
    if nums:
        nums[-1].addnext(num)
    else:
        abstract.addnext(num)
    return new_num


def _numbering(document: Any) -> Any:
    """The ``w:numbering`` element of ``document``, a new numbering part when it has none."""
    part = document.part
    try:
        return part.part_related_by(RT.NUMBERING).element
    except KeyError:
        element = parse_xml(f"<w:numbering {nsdecls('w')}/>")
        numbering = NumberingPart(PackURI("/word/numbering.xml"), CT.WML_NUMBERING, element, part.package)
        part.relate_to(numbering, RT.NUMBERING)
        return element

"""A municipality's own Word template (``--reference-docx``), read with limits and cleaned of links out.

The template may come from anyone, so before python-docx reads it :func:`read_reference` checks it as a
zip: its size on disk, the number of entries, the size every entry would unpack to and how much it is
compressed (a 2 MB "zip bomb" unpacks to gigabytes). python-docx then reads the entries at most to their
declared sizes, and zipfile's checksum refuses an entry that lies about its size.

:func:`drop_external` removes every relationship that points outside the package except web and e-mail
hyperlinks: a UNC or ``file://`` attached template, a linked picture or object, a linked frame or
sub-document. Word follows those when the document is opened (and may send the reader's Windows
credentials to a UNC server); kotodoc's output carries none of them. The element that referred to a
dropped relationship goes with it, so the package stays consistent.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from kotodoc.errors import FileReadError, os_reason
from kotodoc.messages import Phrase
from kotodoc.source.signature import file_kind, kind_phrase

MAX_FILE_BYTES = 50 * 1024 * 1024  # the .docx on disk
MAX_ENTRIES = 2000
MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # all entries unpacked
MAX_XML_BYTES = 25 * 1024 * 1024  # the XML parts python-docx parses (lxml needs several times as much memory)
MAX_RATIO = 200  # unpacked / packed, for entries over RATIO_FROM bytes
RATIO_FROM = 1024 * 1024
SAFE_SCHEMES = ("http://", "https://", "mailto:")
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
R_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_MB = 1024 * 1024


def read_reference(path: Path) -> io.BytesIO:
    """The bytes of the template at ``path`` once they pass the size and compression limits."""
    if not path.is_file():
        raise FileReadError("word.no_template", path=path)
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise FileReadError("word.unreadable_template", path=path, problem=os_reason(exc)) from None
    if len(data) > MAX_FILE_BYTES:
        _refuse(path, Phrase.of("reference.file_size", limit=MAX_FILE_BYTES // _MB))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            entries = package.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise FileReadError("word.bad_template", path=path, problem=not_word(data)) from None
    if len(entries) > MAX_ENTRIES:
        _refuse(path, Phrase.of("reference.entries", limit=MAX_ENTRIES))
    if sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        _refuse(path, Phrase.of("reference.unpacked", limit=MAX_UNPACKED_BYTES // _MB))
    if sum(e.file_size for e in entries if e.filename.endswith((".xml", ".rels"))) > MAX_XML_BYTES:
        _refuse(path, Phrase.of("reference.xml", limit=MAX_XML_BYTES // _MB))
    for entry in entries:
        if entry.file_size > RATIO_FROM and entry.file_size > MAX_RATIO * max(entry.compress_size, 1):
            _refuse(path, Phrase.of("reference.ratio", part=entry.filename))
    return io.BytesIO(data)


def not_word(data: bytes, package: bool = False) -> Phrase:
    """Why ``data`` is no Word document, in the reader's words (never the zip library's English): what kind of
    file it is, a zip ``package`` without a Word document in it, or a damaged file."""
    kind = file_kind(data)
    if kind == "zip" or package:
        return Phrase.of("reference.not_word_zip")
    if kind is not None:
        return Phrase.of("reference.kind", kind=kind_phrase(kind))
    try:
        data[:4096].decode("utf-8")
    except UnicodeDecodeError:
        return Phrase.of("reference.damaged")
    return Phrase.of("reference.kind", kind=Phrase.of("filekind.text"))


def _refuse(path: Path, why: Phrase) -> None:
    raise FileReadError("word.refused_template", path=path, why=why)


def drop_external(document: Any) -> list[str]:
    """Remove the external relationships Word would follow on opening; their targets, for the record."""
    package = document.part.package
    dropped: list[str] = []
    for owner in [package, *package.iter_parts()]:
        rels = owner.rels
        for rid, rel in list(rels.items()):
            if not rel.is_external or (rel.reltype == HYPERLINK and rel.target_ref.lower().startswith(SAFE_SCHEMES)):
                continue
            del rels[rid]
            dropped.append(rel.target_ref)
            if owner is not package:
                _drop_references(owner, rid)
    return dropped


def _drop_references(part: Any, rid: str) -> None:
    """Remove the elements of ``part`` that refer to relationship ``rid`` (``r:id``, ``r:link``, …)."""
    element = getattr(part, "_element", None)
    if element is None:  # a part python-docx keeps as bytes
        try:
            element = etree.fromstring(part.blob, etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError:
            return
        if _remove_referring(element, rid):
            part._blob = etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)
        return
    _remove_referring(element, rid)


def _remove_referring(root: Any, rid: str) -> bool:
    doomed = [el for el in root.iter() if any(k.startswith(R_NS) and v == rid for k, v in el.attrib.items())]
    for el in doomed:
        parent = el.getparent()
        if parent is not None:
            parent.remove(el)
    return bool(doomed)

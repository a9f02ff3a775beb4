"""Opening a Word file safely: what kind of file it is, zip limits, XML without entities or network.

Nothing of the file is trusted. Before a byte is decompressed the zip's directory is checked: the
number of parts, each part's size and compression ratio, and the total (a zip bomb is refused
without being unpacked, and a part never yields more than its declared size). The XML parts are
parsed by lxml with entity expansion, DTD loading and network access off, and a part that declares
a DOCTYPE or entities is refused (Word never writes one). A password-protected docx (an OLE file
holding an ``EncryptedPackage``), an ``.odt``, a legacy ``.doc`` and ``.rtf`` are told apart by
their first bytes; the last three are converted to docx by LibreOffice (:mod:`kotodoc.intake.convert`).

Every refusal is an :class:`ImportReadError`: a Finnish message, exit 2.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from lxml import etree

from kotodoc.errors import UsageError
from kotodoc.intake.texts import say

MB = 1024 * 1024
MAX_FILE = 100 * MB  # the Word file itself
MAX_ENTRIES = 5000  # parts in the zip
MAX_PART = 64 * MB  # one XML part, decompressed
MAX_TOTAL = 512 * MB  # every part together, decompressed (as declared)
MAX_RATIO = 200  # decompressed : compressed, for parts over RATIO_FLOOR; Word's XML stays well under 30
RATIO_FLOOR = 1 * MB

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ODF_TEXT = b"application/vnd.oasis.opendocument.text"
_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_STRICT_REL_TYPE = "http://purl.oclc.org/ooxml/officeDocument/relationships/"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_DTD_UTF16 = ("<!DOCTYPE".encode("utf-16-le"), "<!ENTITY".encode("utf-16-le"),
              "<!DOCTYPE".encode("utf-16-be"), "<!ENTITY".encode("utf-16-be"))


PARSER_OPTIONS = {"resolve_entities": False, "no_network": True, "load_dtd": False, "dtd_validation": False,
                  "huge_tree": False, "remove_comments": True, "remove_pis": True, "collect_ids": False}
"""lxml's parser for the parts: no entity expansion, no DTD, no network, libxml2's size and depth limits on."""


class ImportReadError(UsageError):
    """The Word file cannot be read or is refused (exit 2); the message is Finnish."""


@dataclass(frozen=True)
class Package:
    """The parts of a Word document the importer reads."""

    document: Any  # lxml root of the main document part (w:document)
    styles: Any | None  # w:styles
    numbering: Any | None  # w:numbering
    headers: tuple[Any, ...] = ()  # w:hdr of every page header (kotodoc marks a draft there)


def sniff(data: bytes) -> str:
    """What ``data`` is: ``docx``, ``odt``, ``doc``, ``rtf``, ``encrypted``, or ``not:<reason key>``."""
    if data.startswith((ZIP_MAGIC, b"PK\x05\x06")):
        return _sniff_zip(data)
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            return "encrypted"
        if "WordDocument".encode("utf-16-le") in data:
            return "doc"
        return "not:what_ole"
    if data.lstrip()[:5] == b"{\\rtf":
        return "rtf"
    if data.startswith(b"%PDF-"):
        return "not:what_pdf"
    head = data[:4096]
    if head and b"\x00" not in head:
        try:
            head.decode("utf-8")
            return "not:what_text"
        except UnicodeDecodeError:
            pass
    return "not:what_unknown"


def _sniff_zip(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                mime = zf.read("mimetype") if info.file_size < 200 else b""
                return "odt" if mime.startswith(ODF_TEXT) else "not:what_other_odf"
            if "[Content_Types].xml" in names:
                return "docx"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError):
        return "docx"  # a zip that does not open: reported as a corrupt Word file when opened
    return "not:what_zip"


def check_zip(zf: zipfile.ZipFile, name: str) -> None:
    """Refuse a zip whose directory promises a bomb: too many parts, too large, too compressed."""
    infos = zf.infolist()
    if len(infos) > MAX_ENTRIES:
        _bomb(name, say("bomb_entries", count=len(infos), limit=MAX_ENTRIES))
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_PART:
            _bomb(name, say("bomb_size", part=info.filename, size=info.file_size // MB, limit=MAX_PART // MB))
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            _bomb(name, say("bomb_ratio", part=info.filename, ratio=info.file_size // max(info.compress_size, 1),
                            limit=MAX_RATIO))
    if total > MAX_TOTAL:
        _bomb(name, say("bomb_total", size=total // MB, limit=MAX_TOTAL // MB))


def _bomb(name: str, reason: str) -> None:
    raise ImportReadError(say("bomb", name=name, reason=reason))


def open_docx(data: bytes, name: str) -> Package:
    """The main document, styles and numbering of the docx ``data``; :class:`ImportReadError` when refused."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise ImportReadError(say("corrupt", name=name, reason=str(exc) or type(exc).__name__)) from None
    with zf:
        check_zip(zf, name)
        main = _target(zf, name, "_rels/.rels", "officeDocument") or "word/document.xml"
        folder = posixpath.dirname(main)
        rels = posixpath.join(folder, "_rels", posixpath.basename(main) + ".rels")
        styles = _target(zf, name, rels, "styles", folder)
        numbering = _target(zf, name, rels, "numbering", folder)
        document = _xml(zf, name, main, required=True)
        headers = tuple(_xml(zf, name, part) for part in dict.fromkeys(_targets(zf, name, rels, "header", folder)))
        return Package(document, _xml(zf, name, styles) if styles else None,
                       _xml(zf, name, numbering) if numbering else None, headers)


def _target(zf: zipfile.ZipFile, name: str, rels: str, kind: str, folder: str = "") -> str | None:
    """The part a relationship of type ``kind`` in ``rels`` points to (internal targets only)."""
    return next(_targets(zf, name, rels, kind, folder), None)


def _targets(zf: zipfile.ZipFile, name: str, rels: str, kind: str, folder: str = "") -> Iterator[str]:
    """Every part a relationship of type ``kind`` in ``rels`` points to (internal targets only)."""
    root = _xml(zf, name, rels)
    if root is None:
        return
    for rel in root.iter(_PKG_REL):
        rel_type = rel.get("Type", "")
        if rel_type not in (_REL_TYPE + kind, _STRICT_REL_TYPE + kind) or rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        if path in zf.namelist():
            yield path


def _xml(zf: zipfile.ZipFile, name: str, part: str, required: bool = False) -> Any | None:
    """The parsed XML part ``part``; ``None`` when it is missing and not ``required``."""
    try:
        info = zf.getinfo(part)
    except KeyError:
        if required:
            raise ImportReadError(say("corrupt", name=name, reason=say("no_part", part=part))) from None
        return None
    try:
        raw = zf.read(info)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, ValueError, OSError, EOFError) as exc:
        # RuntimeError: a zip-level password ("encrypted file"); the others: damage, unknown compression
        raise ImportReadError(say("corrupt", name=name, reason=f"{part}: {exc}")) from None
    return parse_xml(raw, name, part)


def parse_xml(raw: bytes, name: str, part: str) -> Any:
    """Parse one XML part with entities, DTDs and the network off; a DOCTYPE or ENTITY is refused."""
    if _DTD.search(raw) or any(marker in raw for marker in _DTD_UTF16):
        raise ImportReadError(say("xml_dtd", name=name, part=part))
    parser = etree.XMLParser(**PARSER_OPTIONS)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as exc:
        raise ImportReadError(say("corrupt", name=name, reason=say("xml_error", part=part, detail=exc.msg))) from None
    if root.getroottree().docinfo.doctype:
        raise ImportReadError(say("xml_dtd", name=name, part=part))
    return root

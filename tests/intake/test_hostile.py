"""Files that are not a filled form, or are built to harm: a Finnish message, exit 2, no traceback, nothing written.

Covers what is not a Word document at all, a password-protected and a damaged docx, zip bombs (by ratio, by
size, by number of parts, a part that lies about its size) and XML entity tricks (billion laughs, an external
entity reading a local file, a DOCTYPE in another part or in UTF-16).
"""

from __future__ import annotations

import io
import os
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree
from msoffcrypto.format.ooxml import OOXMLFile

from kotodoc.intake.package import MAX_ENTRIES, PARSER_OPTIONS
from tests.intake.layouts import LAYOUTS, document_with, seed_lines
from tests.intake.support import RunCli

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
BODY = f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>{{text}}</w:t></w:r></w:p></w:body></w:document>'
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                    for i in range(1, 10))
          + f']>{BODY.format(text="&lol9;")}')
XXE = ('<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
       + BODY.format(text="&xxe;"))


@pytest.fixture(scope="module")
def form_docx() -> bytes:
    """A real filled form (Kokkola, bold labels): the base every hostile variant is made from."""
    return LAYOUTS["bold"](seed_lines())


def replaced(docx: bytes, part: str, content: bytes, **extra: bytes) -> bytes:
    """``docx`` with ``part`` replaced by ``content`` (and parts ``extra`` added)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, content if info.filename == part else source.read(info.filename))
        for name, data in extra.items():
            target.writestr(name, data)
    return out.getvalue()


def lying_sizes(docx: bytes, part: str, size: int) -> bytes:
    """``docx`` whose headers say ``part`` is ``size`` bytes when it is larger (a bomb that hides its size)."""
    data = bytearray(docx)
    with zipfile.ZipFile(io.BytesIO(docx)) as zf:
        info = zf.getinfo(part)
    struct.pack_into("<I", data, info.header_offset + 22, size)  # local file header: uncompressed size
    name = part.encode()
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46:central + 46 + name_length]) == name:
            struct.pack_into("<I", data, central + 24, size)  # central directory: uncompressed size
            break
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def zip_of(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return out.getvalue()


def encrypted(docx: bytes) -> bytes:
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(docx)).encrypt("salasana", out)
    return out.getvalue()


CASES: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "pdf": (lambda _: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "tiedosto on PDF"),
    "text": (lambda _: b"Kunta tai kunnat: Kokkola\n", "ei ole Word-asiakirja (tiedosto näyttää tekstiltä)"),
    "png": (lambda _: b"\x89PNG\r\n\x1a\n" + bytes(200), "tiedostomuotoa ei tunnistettu"),
    "other zip": (lambda _: zip_of({"kuva.txt": b"x"}), "zip-paketti, jossa ei ole Word-asiakirjaa"),
    "spreadsheet": (lambda _: zip_of({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
                    "OpenDocument-tiedosto, mutta ei tekstiasiakirja"),
    "no document part": (lambda _: zip_of({"[Content_Types].xml": b"<Types/>"}), "osa word/document.xml puuttuu"),
    "truncated": (lambda d: d[: len(d) // 2], "vioittunut tai keskeneräinen Word-tiedosto"),
    "password": (encrypted, "on suojattu salasanalla"),
    "broken xml": (lambda d: replaced(d, "word/document.xml", b"<w:document><w:body>"), "XML on virheellinen"),
    "bomb by ratio": (lambda d: replaced(d, "word/document.xml", BODY.format(text=" " * (20 << 20)).encode()),
                      "pakattu suhteessa"),
    "bomb by size": (lambda d: _declared(d, 1, 65 << 20), "65 Mt purettuna, enintään 64 Mt"),
    "bomb by total size": (lambda d: _declared(d, 9, 60 << 20), "yhteensä 5"),
    "bomb by parts": (lambda _: zip_of({"[Content_Types].xml": b"<Types/>",
                                        **{f"word/osa{i}.xml": b"" for i in range(MAX_ENTRIES + 1)}}),
                      "osaa, enintään"),
    "part lying about its size": (lambda d: lying_sizes(d, "word/document.xml", 100),
                                  "vioittunut tai keskeneräinen Word-tiedosto"),
    "billion laughs": (lambda d: replaced(d, "word/document.xml", LAUGHS.encode()), "DOCTYPE/ENTITY"),
    "external entity": (lambda d: replaced(d, "word/document.xml", XXE.encode()), "DOCTYPE/ENTITY"),
    "doctype in styles": (lambda d: replaced(d, "word/styles.xml", b'<?xml version="1.0"?><!DOCTYPE x []><x/>'),
                          "osassa word/styles.xml on XML-määrittelyjä"),
    "doctype in utf-16": (lambda d: replaced(d, "word/document.xml", XXE.replace('<?xml version="1.0"?>', "")
                                             .encode("utf-16")), "DOCTYPE/ENTITY"),
    "a letter, not the form": (lambda _: document_with([("p", "Hyvä vastaanottaja,"), ("p", "Kiitos viestistä.")]),
                               "ei löytynyt kotoutumisohjelman lomakkeen kysymyksiä"),
}


def _declared(docx: bytes, parts: int, size: int) -> bytes:
    """``docx`` with ``parts`` extra parts that each declare ``size`` bytes (built by declaring, not writing)."""
    names = [f"word/media/kuva{i}.bin" for i in range(parts)]
    # random bytes do not compress, so each part's ratio stays under the limit and the size checks are what refuse
    data = replaced(docx, "", b"", **{name: os.urandom(size // 150) for name in names})
    for name in names:
        data = lying_sizes(data, name, size)
    return data


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_file_is_refused_in_finnish(run_cli: RunCli, tmp_path: Path, form_docx: bytes, case: str) -> None:
    make, message = CASES[case]
    source = tmp_path / "lomake.docx"
    source.write_bytes(make(form_docx))
    result = run_cli("import", str(source))
    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert message in result.stderr, result.stderr
    assert result.stderr.startswith("kotodoc: ") and "Traceback" not in result.output + result.stderr
    assert "root:" not in result.stderr  # nothing of /etc/passwd
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lomake.docx"]


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: p, "Tiedostoa ei löydy"),
    (lambda p: p.parent, "on hakemisto, ei tiedosto"),
    (lambda p: (p.write_bytes(b""), p)[1], "on tyhjä tiedosto"),
])
def test_file_that_cannot_be_read(run_cli: RunCli, tmp_path: Path, make: Callable[[Path], Path],
                                  message: str) -> None:
    path = make(tmp_path / "lomake.docx")
    result = run_cli("import", str(path), "-o", str(tmp_path / "ulos.yaml"))
    assert result.exit_code == 2 and message in result.stderr
    assert not (tmp_path / "ulos.yaml").exists()


def test_the_parser_never_expands_entities_or_reads_files() -> None:
    """Behind the DOCTYPE refusal, the parser itself neither expands entities nor opens files."""
    root = etree.fromstring(XXE.encode(), etree.XMLParser(**PARSER_OPTIONS))
    assert "root:" not in etree.tostring(root, encoding="unicode")
    try:  # libxml2 either leaves the entities unexpanded or stops at its amplification limit
        laughs = etree.fromstring(LAUGHS.encode(), etree.XMLParser(**PARSER_OPTIONS))
    except etree.XMLSyntaxError as exc:
        assert "amplification" in str(exc)
    else:
        assert len(etree.tostring(laughs)) < 10_000

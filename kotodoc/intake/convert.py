"""Reading the file from disk, and turning .odt, .doc and .rtf into docx with LibreOffice.

:func:`read_package` is the one entry: it reads the file (with a size limit), tells what it is
(:func:`kotodoc.intake.package.sniff`) and gives the docx parts to read. An OpenDocument file is
checked like a docx (zip limits) before LibreOffice sees it. LibreOffice runs headless with a private
profile and a time limit (:func:`kotodoc.render.pdf.convert`); its docx output is then read with
the same checks as any other docx.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

from kotodoc.intake.package import MAX_FILE, MB, ImportReadError, Package, check_zip, open_docx, sniff
from kotodoc.intake.texts import say
from kotodoc.render.pdf import DEBIAN_PACKAGE, convert
from kotodoc.source import loader

CONVERTED = {"odt": ("OpenDocument", "odt"), "doc": ("Word 97–2003", "doc"), "rtf": ("RTF", "rtf")}
"""Kinds LibreOffice converts: the name in messages and the suffix given to LibreOffice."""
TIMEOUT = 120.0


def read_file(path: Path) -> bytes:
    """The bytes of ``path``; :class:`ImportReadError` for a missing, unreadable, empty or too large file."""
    name = str(path)
    try:
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if size > MAX_FILE:
                raise ImportReadError(say("too_big", name=name, size=size // MB, limit=MAX_FILE // MB))
            data = stream.read(MAX_FILE + 1)
    except FileNotFoundError:
        raise ImportReadError(say("missing", name=name)) from None
    except IsADirectoryError:
        raise ImportReadError(say("directory", name=name)) from None
    except OSError as exc:
        raise ImportReadError(say("unreadable", name=name, reason=exc.strerror or exc)) from None
    if len(data) > MAX_FILE:
        raise ImportReadError(say("too_big", name=name, size=len(data) // MB, limit=MAX_FILE // MB))
    if not data:
        raise ImportReadError(say("empty", name=name))
    return data


def read_package(data: bytes, name: str) -> Package:
    """The docx parts of ``data`` (converted first when it is .odt, .doc or .rtf)."""
    kind = sniff(data)
    refuse_yaml(data, name, kind)
    if kind.startswith("not:"):
        raise ImportReadError(say("not_word", name=name, what=say(kind[4:])))
    if kind == "encrypted":
        raise ImportReadError(say("encrypted", name=name))
    if kind in CONVERTED:
        data = to_docx(data, name, kind)
    return open_docx(data, name)


def refuse_yaml(data: bytes, name: str, kind: str | None = None) -> None:
    """:class:`ImportReadError` in the reader's language when ``data`` is a YAML file (a text named ``.yaml`` or
    ``.yml``, or one that reads as a programme: a mapping with ``skeemaversio``): import reads Word files."""
    if (kind or sniff(data)) != "not:what_text":
        return
    if Path(name).suffix.lower() not in (".yaml", ".yml"):
        loaded = loader.load_bytes(data, name)
        if not (loaded.ok and isinstance(loaded.data, dict) and "skeemaversio" in loaded.data):
            return
    raise ImportReadError("import.yaml_file", name=name)


def to_docx(data: bytes, name: str, kind: str) -> bytes:
    """``data`` of ``kind`` converted to docx by LibreOffice."""
    if kind == "odt":
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            check_zip(zf, name)
    label, suffix = CONVERTED[kind]
    missing = say("soffice_missing", name=name, kind=label, package=DEBIAN_PACKAGE)
    converted, run = convert(data, f"lomake.{suffix}", "docx:MS Word 2007 XML", "lomake.docx", TIMEOUT,
                        missing=missing, prefix="kotodoc-import-")
    if sniff(converted) != "docx":
        if run.code != 0:  # LibreOffice itself failed: its words, not a guess about the file
            raise ImportReadError(say("soffice_crashed", name=name, code=run.code, words=run.last_words or "–"))
        raise ImportReadError(say("soffice_failed", name=name))
    return converted

"""PDF from the Word document through LibreOffice (``soffice --headless``), and other LibreOffice conversions.

Each run gets its own LibreOffice profile directory (parallel runs sharing one
profile silently drop conversions), the PDF is tagged (headings, table
headers, document language) with bookmarks, and the run has a time limit.
LibreOffice exits 0 even when it fails, so the result is checked: it must
exist, be non-empty and start like a PDF. PDFs are not byte-reproducible
(LibreOffice stamps the creation time and a random /ID).

Starting and stopping LibreOffice is most of a conversion's time (about a
second here; the conversion itself a tenth of that), so :func:`convert_files`
converts any number of documents in one run: ``kotodoc render *.yaml --format
pdf`` starts LibreOffice once.

A LibreOffice kept running as an unoserver (``pip install unoserver``, then
``unoserver`` in the background) saves even that start: with
``KOTODOC_UNOSERVER=127.0.0.1:2003`` each document goes to that server through
its ``unoconvert`` client instead, with the same filter options.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from kotodoc.errors import OutputError, ToolMissingError, UsageError, os_reason

DEBIAN_PACKAGE = "libreoffice-writer-nogui"
UNOSERVER_ENV = "KOTODOC_UNOSERVER"
TIMEOUT_SECONDS = 120.0
FILTER_OPTIONS = {
    "UseTaggedPDF": {"type": "boolean", "value": "true"},
    "ExportBookmarks": {"type": "boolean", "value": "true"},
    "ExportNotes": {"type": "boolean", "value": "false"},
}


def find_soffice(missing: str | None = None) -> str:
    """The LibreOffice program; :class:`ToolMissingError` (``missing``, or the PDF message) when it is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if missing is not None:
        raise ToolMissingError(missing)
    raise ToolMissingError("pdf.missing", package=DEBIAN_PACKAGE)


def unoserver() -> tuple[str, str] | None:
    """(host, port) of the unoserver named by ``KOTODOC_UNOSERVER``, None when it is not set."""
    value = os.environ.get(UNOSERVER_ENV, "").strip()
    if not value:
        return None
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit():
        raise UsageError("pdf.unoserver_address", env=UNOSERVER_ENV, value=value)
    return host, port


def find_converter() -> str:
    """The program that will convert: ``unoconvert`` when an unoserver is named, else LibreOffice."""
    if unoserver() is None:
        return find_soffice()
    found = shutil.which("unoconvert")
    if found is None:
        raise ToolMissingError("pdf.unoconvert_missing", env=UNOSERVER_ENV)
    return found


def docx_to_pdf(docx: bytes, timeout: float | None = None) -> bytes:
    """Convert Word bytes to PDF bytes with a private LibreOffice profile."""
    with tempfile.TemporaryDirectory(prefix="kotodoc-pdf-") as tmp:
        source = Path(tmp) / "asiakirja.docx"
        source.write_bytes(docx)
        [result] = convert_files([source], Path(tmp) / "out", timeout)
        return read_pdf(result)


def convert(data: bytes, source_name: str, target: str, result_name: str, timeout: float | None = None, *,
            missing: str | None = None, prefix: str = "kotodoc-soffice-") -> bytes:
    """``data`` (saved as ``source_name``) converted by LibreOffice to ``target`` (``--convert-to``); the bytes of
    ``result_name``, or ``b""`` when LibreOffice wrote nothing (it exits 0 even when it fails)."""
    soffice = find_soffice(missing)
    limit = timeout if timeout is not None else float(os.environ.get("KOTODOC_PDF_TIMEOUT", TIMEOUT_SECONDS))
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        work = Path(tmp)
        source = work / source_name
        source.write_bytes(data)
        profile = (work / "profile").as_uri()
        command = [soffice, "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                   f"-env:UserInstallation={profile}", "--convert-to", target, "--outdir", str(work / "out"),
                   str(source)]
        _run(command, limit, work)
        result = work / "out" / result_name
        return result.read_bytes() if result.is_file() else b""


def convert_files(sources: Sequence[Path], outdir: Path, timeout: float | None = None) -> list[Path]:
    """Convert Word files to PDF in one LibreOffice run; where each PDF should now be (``outdir/<stem>.pdf``).

    The sources' names must differ (LibreOffice names its output after the input). The time limit
    is for the whole run: ``KOTODOC_PDF_TIMEOUT`` (default 120 s) for the first document and a tenth
    of it for each further one. A missing or broken result is found by :func:`read_pdf`.
    """
    base = timeout if timeout is not None else float(os.environ.get("KOTODOC_PDF_TIMEOUT", TIMEOUT_SECONDS))
    server = unoserver()
    if server is not None:
        return _convert_with_unoserver(find_converter(), server, sources, outdir, base)
    soffice = find_soffice()
    limit = base * (1 + (len(sources) - 1) / 10)
    with tempfile.TemporaryDirectory(prefix="kotodoc-pdf-") as tmp:
        work = Path(tmp)
        profile = (work / "profile").as_uri()
        target = "pdf:writer_pdf_Export:" + json.dumps(FILTER_OPTIONS, separators=(",", ":"))
        command = [soffice, "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                   f"-env:UserInstallation={profile}", "--convert-to", target, "--outdir", str(outdir),
                   *map(str, sources)]
        _run(command, limit, work)
    return [outdir / f"{source.stem}.pdf" for source in sources]


def _convert_with_unoserver(unoconvert: str, server: tuple[str, str], sources: Sequence[Path], outdir: Path,
                            limit: float) -> list[Path]:
    """Each document through a running unoserver (its ``unoconvert`` client), with the same filter options."""
    outdir.mkdir(parents=True, exist_ok=True)
    options = [f"--filter-option={name}={spec['value']}" for name, spec in FILTER_OPTIONS.items()]
    results = []
    for source in sources:
        target = outdir / f"{source.stem}.pdf"
        code, err = _run([unoconvert, "--host", server[0], "--port", server[1], "--convert-to", "pdf",
                          "--filter", "writer_pdf_Export", *options, str(source), str(target)], limit, outdir)
        if code != 0:
            last = (err.decode("utf-8", "replace").strip().splitlines() or ["?"])[-1]
            raise OutputError("pdf.unoserver_failed", host=server[0], port=server[1], problem=last,
                              env=UNOSERVER_ENV)
        results.append(target)
    return results


def read_pdf(path: Path) -> bytes:
    """The PDF LibreOffice wrote at ``path``; :class:`OutputError` when it wrote none or not a PDF."""
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(b"%PDF-"):
        raise OutputError("pdf.failed")
    return data


def _run(command: list[str], limit: float, work: Path) -> tuple[int, bytes]:
    """Run a converter with a time limit; its exit code and what it wrote to stderr."""
    try:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=work,
                                   start_new_session=True)
    except OSError as exc:
        raise ToolMissingError("pdf.cannot_start", program=command[0], problem=os_reason(exc)) from None
    try:
        _, err = process.communicate(timeout=limit)
        return process.returncode, err
    except subprocess.TimeoutExpired:
        _kill(process)
        raise OutputError("pdf.timeout", limit=f"{limit:g}") from None
    except BaseException:
        _kill(process)
        raise


def _kill(process: subprocess.Popen[bytes]) -> None:
    """Stop LibreOffice and whatever it started (it runs in its own session)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()

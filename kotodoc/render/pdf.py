"""PDF from the Word document through LibreOffice (``soffice --headless``), and other LibreOffice conversions.

Each run gets its own LibreOffice profile directory (parallel runs sharing one
profile silently drop conversions), the PDF is tagged (headings, table
headers, document language) with bookmarks, and the run has a time limit.
LibreOffice exits 0 even when it fails, so the result is checked: it must
exist, be non-empty and start like a PDF. PDFs are not byte-reproducible
(LibreOffice stamps the creation time and a random /ID).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from kotodoc.errors import OutputError, ToolMissingError

DEBIAN_PACKAGE = "libreoffice-writer-nogui"
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
    raise ToolMissingError(missing or (
        "PDF-muunnokseen tarvitaan LibreOffice (komento soffice), mutta sitä ei löytynyt. "
        f"Asenna se: sudo apt-get install {DEBIAN_PACKAGE}. Voit myös tulostaa docx-muodon "
        "ja tallentaa sen PDF:ksi Wordissa."))


def docx_to_pdf(docx: bytes, timeout: float | None = None) -> bytes:
    """Convert Word bytes to PDF bytes with a private LibreOffice profile."""
    target = "pdf:writer_pdf_Export:" + json.dumps(FILTER_OPTIONS, separators=(",", ":"))
    data = convert(docx, "asiakirja.docx", target, "asiakirja.pdf", timeout, prefix="kotodoc-pdf-")
    if not data.startswith(b"%PDF-"):
        raise OutputError("LibreOffice ei tuottanut PDF-tiedostoa (muunnos epäonnistui); "
                          "kokeile docx-muotoa ja tallenna se PDF:ksi Wordissa")
    return data


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


def _run(command: list[str], limit: float, work: Path) -> None:
    try:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=work,
                                   start_new_session=True)
    except OSError as exc:
        raise ToolMissingError(f"LibreOfficea ({command[0]}) ei voi käynnistää: {exc.strerror}") from None
    try:
        process.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        _kill(process)
        raise OutputError(f"LibreOffice-muunnos ei valmistunut {limit:g} sekunnissa; LibreOffice pysäytettiin"
                          ) from None
    except BaseException:
        _kill(process)
        raise


def _kill(process: subprocess.Popen[bytes]) -> None:
    """Stop LibreOffice and whatever it started (it runs in its own session)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()

"""PDF from the Word document through LibreOffice (``soffice --headless``).

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


def find_soffice() -> str:
    """The LibreOffice program; :class:`ToolMissingError` when it is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise ToolMissingError(
        "PDF-muunnokseen tarvitaan LibreOffice (komento soffice), mutta sitä ei löytynyt. "
        f"Asenna se: sudo apt-get install {DEBIAN_PACKAGE}. Voit myös tulostaa docx-muodon "
        "ja tallentaa sen PDF:ksi Wordissa.")


def docx_to_pdf(docx: bytes, timeout: float | None = None) -> bytes:
    """Convert Word bytes to PDF bytes with a private LibreOffice profile."""
    soffice = find_soffice()
    limit = timeout if timeout is not None else float(os.environ.get("KOTODOC_PDF_TIMEOUT", TIMEOUT_SECONDS))
    with tempfile.TemporaryDirectory(prefix="kotodoc-pdf-") as tmp:
        work = Path(tmp)
        source = work / "asiakirja.docx"
        source.write_bytes(docx)
        profile = (work / "profile").as_uri()
        target = "pdf:writer_pdf_Export:" + json.dumps(FILTER_OPTIONS, separators=(",", ":"))
        command = [soffice, "--headless", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                   f"-env:UserInstallation={profile}", "--convert-to", target, "--outdir", str(work / "out"),
                   str(source)]
        _run(command, limit, work)
        result = work / "out" / "asiakirja.pdf"
        data = result.read_bytes() if result.is_file() else b""
    if not data.startswith(b"%PDF-"):
        raise OutputError("LibreOffice ei tuottanut PDF-tiedostoa (muunnos epäonnistui); "
                          "kokeile docx-muotoa ja tallenna se PDF:ksi Wordissa")
    return data


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
        raise OutputError(f"PDF-muunnos ei valmistunut {limit:g} sekunnissa; LibreOffice pysäytettiin") from None
    except BaseException:
        _kill(process)
        raise


def _kill(process: subprocess.Popen[bytes]) -> None:
    """Stop LibreOffice and whatever it started (it runs in its own session)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate()

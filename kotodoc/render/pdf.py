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

LibreOffice runs with a cleaned environment (:func:`converter_environment`): when kotodoc's own
virtual environment is first on ``PATH`` (as the coordinator's guide says to set it up), LibreOffice's
Python (the linguistic service, pyuno) would find that environment's ``python3`` and crash with
``std::bad_alloc``. When a conversion fails, the message gives LibreOffice's exit code and its last
words on stderr.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kotodoc import messages
from kotodoc.errors import OutputError, ToolMissingError, UsageError, os_reason

DEBIAN_PACKAGE = "libreoffice-writer-nogui"
UNOSERVER_ENV = "KOTODOC_UNOSERVER"
TIMEOUT_SECONDS = 120.0
PYTHON_VARIABLES = ("VIRTUAL_ENV", "PYTHONHOME", "PYTHONPATH", "PYTHONSTARTUP", "PYTHONSAFEPATH")
"""Variables that point a Python at another installation; LibreOffice's own Python must not see them."""
FILTER_OPTIONS = {
    "UseTaggedPDF": {"type": "boolean", "value": "true"},
    "ExportBookmarks": {"type": "boolean", "value": "true"},
    "ExportNotes": {"type": "boolean", "value": "false"},
}


@dataclass(frozen=True)
class Run:
    """How a converter run ended: its exit code and its last words on stderr ("" when it said nothing)."""

    code: int
    last_words: str

    def failure(self) -> messages.Phrase | str:
        """Why the run failed, for a message (``LibreOffice päättyi koodilla 134: …``); "" for a clean exit."""
        if self.code == 0 and not self.last_words:
            return ""
        return messages.Phrase.of("pdf.run_ended", code=self.code, words=self.last_words or "–")


CLEAN_RUN = Run(0, "")


def converter_environment(environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """``environ`` (default: this process's) for LibreOffice: no Python variables (:data:`PYTHON_VARIABLES`)
    and no virtual environment's ``bin`` directory on ``PATH`` (a directory whose parent holds
    ``pyvenv.cfg``, and this interpreter's own when it runs in one)."""
    env = {name: value for name, value in (os.environ if environ is None else environ).items()
           if name not in PYTHON_VARIABLES}
    ours = Path(sys.prefix) / "bin" if sys.prefix != sys.base_prefix else None
    kept = []
    for entry in env.get("PATH", "").split(os.pathsep):
        folder = Path(entry or ".")
        if (ours is not None and _same_folder(folder, ours)) or (folder.parent / "pyvenv.cfg").is_file():
            continue
        kept.append(entry)
    if "PATH" in env:
        env["PATH"] = os.pathsep.join(kept)
    return env


def _same_folder(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False


def last_words(err: bytes) -> str:
    """The telling line of what a converter wrote on stderr: a C++ exception's ``what()`` when LibreOffice
    crashed, else its last line before any stack dump; "" when it wrote nothing."""
    lines = [line.strip() for line in err.decode("utf-8", "replace").splitlines()]
    if "Stack:" in lines:
        lines = lines[:lines.index("Stack:")]
    lines = [line for line in lines if line]
    for line in reversed(lines):
        if line.startswith("what():"):
            return " ".join(line.split())
    return lines[-1] if lines else ""


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
        [result], run = convert_files([source], Path(tmp) / "out", timeout)
        return read_pdf(result, run)


def convert(data: bytes, source_name: str, target: str, result_name: str, timeout: float | None = None, *,
            missing: str | None = None, prefix: str = "kotodoc-soffice-") -> tuple[bytes, Run]:
    """``data`` (saved as ``source_name``) converted by LibreOffice to ``target`` (``--convert-to``): the bytes of
    ``result_name``, or ``b""`` when LibreOffice wrote nothing (it exits 0 even when it fails), and how the
    run ended."""
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
        run = _run(command, limit, work)
        result = work / "out" / result_name
        return (result.read_bytes() if result.is_file() else b""), run


def convert_files(sources: Sequence[Path], outdir: Path, timeout: float | None = None) -> tuple[list[Path], Run]:
    """Convert Word files to PDF in one LibreOffice run: where each PDF should now be (``outdir/<stem>.pdf``),
    and how the run ended.

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
        run = _run(command, limit, work)
    return [outdir / f"{source.stem}.pdf" for source in sources], run


def _convert_with_unoserver(unoconvert: str, server: tuple[str, str], sources: Sequence[Path], outdir: Path,
                            limit: float) -> tuple[list[Path], Run]:
    """Each document through a running unoserver (its ``unoconvert`` client), with the same filter options."""
    outdir.mkdir(parents=True, exist_ok=True)
    options = [f"--filter-option={name}={spec['value']}" for name, spec in FILTER_OPTIONS.items()]
    results = []
    for source in sources:
        target = outdir / f"{source.stem}.pdf"
        run = _run([unoconvert, "--host", server[0], "--port", server[1], "--convert-to", "pdf",
                    "--filter", "writer_pdf_Export", *options, str(source), str(target)], limit, outdir)
        if run.code != 0:
            raise OutputError("pdf.unoserver_failed", host=server[0], port=server[1], problem=run.last_words or "?",
                              env=UNOSERVER_ENV)
        results.append(target)
    return results, CLEAN_RUN


def read_pdf(path: Path, run: Run = CLEAN_RUN) -> bytes:
    """The PDF LibreOffice wrote at ``path``; :class:`OutputError` when it wrote none or not a PDF (with how
    the ``run`` ended)."""
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(b"%PDF-"):
        raise OutputError("pdf.failed", why=run.failure())
    return data


def _run(command: list[str], limit: float, work: Path) -> Run:
    """Run a converter with a time limit and a cleaned environment; how it ended."""
    try:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=work,
                                   start_new_session=True, env=converter_environment())
    except OSError as exc:
        raise ToolMissingError("pdf.cannot_start", program=command[0], problem=os_reason(exc)) from None
    try:
        _, err = process.communicate(timeout=limit)
        return Run(process.returncode, last_words(err))
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

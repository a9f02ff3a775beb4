"""PDF through LibreOffice: a tagged, titled, Finnish PDF; private profiles; failures LibreOffice hides."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from kotodoc import form
from kotodoc.errors import OutputError, ToolMissingError, UsageError
from kotodoc.render.pdf import DEBIAN_PACKAGE, converter_environment, docx_to_pdf, find_soffice
from kotodoc.render.pipeline import render_file, render_files
from tests.render.support import KOKKOLA, norm, pdf_text

T = form.texts("fi")


def fake_soffice(directory: Path, body: str) -> str:
    """A PATH holding only a fake ``soffice`` shell script (and the shell it needs)."""
    script = directory / "soffice"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(0o755)
    return f"{directory}:/bin:/usr/bin" if Path("/bin/sh").exists() else str(directory)


@pytest.mark.slow
def test_pdf_is_tagged_titled_finnish_and_parallel_safe(tmp_path: Path) -> None:
    """Two conversions at once, each with its own LibreOffice profile, both produce the PDF."""
    targets = [tmp_path / "yksi.pdf", tmp_path / "kaksi.pdf"]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda t: render_file(KOKKOLA, "pdf", t), targets))
    assert [r.output for r in results] == targets
    data = targets[0].read_bytes()
    assert data.startswith(b"%PDF-") and targets[1].read_bytes().startswith(b"%PDF-")
    info = subprocess.run(["pdfinfo", str(targets[0])], capture_output=True, text=True, check=True).stdout
    assert "Tagged:          yes" in info
    assert "Title:           Kunnan kotoutumisohjelma – Kokkola" in info
    assert "(A4)" in info
    assert b"/Lang(fi-FI)" in data
    assert data.count(b"/S/TH") == len(form.TABLE_COLUMNS) and b"/S/H1" in data and b"/S/H5" in data
    text = norm(pdf_text(data, tmp_path))
    assert T.heading(form.SECTIONS[5]) in text and "Kotoutumisen vastuukoordinaattori" in text


def test_missing_libreoffice_is_a_finnish_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ToolMissingError) as err:
        find_soffice()
    assert DEBIAN_PACKAGE in str(err.value) and err.value.exit_code == 2


def test_libreoffice_that_writes_nothing_is_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", fake_soffice(tmp_path, 'echo "Error: source file could not be loaded"; exit 0'))
    with pytest.raises(OutputError, match="LibreOffice ei tuottanut PDF-tiedostoa"):
        docx_to_pdf(b"PK")


def test_libreoffice_that_writes_garbage_is_an_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    body = 'for a; do out="$prev"; prev="$a"; done\nmkdir -p "$out"; printf "" > "$out/asiakirja.pdf"'
    monkeypatch.setenv("PATH", fake_soffice(tmp_path, body))
    with pytest.raises(OutputError, match="LibreOffice ei tuottanut PDF-tiedostoa"):
        docx_to_pdf(b"PK")


def test_libreoffice_that_hangs_is_stopped(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    marker = tmp_path / "pid"
    monkeypatch.setenv("PATH", fake_soffice(tmp_path, f'echo $$ > "{marker}"; exec sleep 30'))
    with pytest.raises(OutputError, match=r"ei valmistunut 0\.5 sekunnissa"):
        docx_to_pdf(b"PK", timeout=0.5)
    pid = int(marker.read_text(encoding="utf-8"))
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_the_filter_asks_for_a_tagged_pdf_with_a_private_profile(monkeypatch: pytest.MonkeyPatch,
                                                                   tmp_path: Path) -> None:
    log = tmp_path / "args"
    body = f'printf "%s\\n" "$@" > "{log}"'
    monkeypatch.setenv("PATH", fake_soffice(tmp_path, body))
    with pytest.raises(OutputError):
        docx_to_pdf(b"PK")
    args = log.read_text(encoding="utf-8").splitlines()
    assert "--headless" in args and "--norestore" in args
    profile = next(a for a in args if a.startswith("-env:UserInstallation=file:///"))
    assert "kotodoc-pdf-" in profile and not Path(profile.split("file://")[1]).exists()
    assert any('"UseTaggedPDF":{"type":"boolean","value":"true"}' in a for a in args)


def test_many_documents_are_converted_in_one_libreoffice_run(monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    """One soffice start for all documents: each source gets its own PDF, written in place."""
    log = tmp_path / "runs"
    body = (f'echo run >> "{log}"\n'
            'while [ "$1" != "--outdir" ]; do shift; done; out="$2"; shift 2; mkdir -p "$out"\n'
            'for f; do b=$(basename "$f" .docx); printf "%%PDF-1.7 %s" "$b" > "$out/$b.pdf"; done')
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", fake_soffice(bin_dir, body))
    sources = []
    for name in ("kokkola", "pietarsaari", "narpio"):
        folder = tmp_path / name
        folder.mkdir()
        sources.append(Path(shutil.copy(KOKKOLA, folder / f"{name}.yaml")))
    results = list(render_files(sources, "pdf"))
    assert log.read_text(encoding="utf-8").splitlines() == ["run"]
    assert [r.output for r in results] == [s.with_suffix(".pdf") for s in sources]
    assert all(s.with_suffix(".pdf").read_bytes().startswith(b"%PDF-1.7 ") for s in sources)


def test_a_document_libreoffice_could_not_convert_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    body = ('while [ "$1" != "--outdir" ]; do shift; done; out="$2"; shift 2; mkdir -p "$out"\n'
            'b=$(basename "$1" .docx); printf "%%PDF-1.7" > "$out/$b.pdf"')  # only the first one
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", fake_soffice(bin_dir, body))
    first = Path(shutil.copy(KOKKOLA, tmp_path / "eka.yaml"))
    second = Path(shutil.copy(KOKKOLA, tmp_path / "toka.yaml"))
    results = render_files([first, second], "pdf")
    with pytest.raises(OutputError, match=r"toka\.yaml"):
        list(results)
    assert first.with_suffix(".pdf").exists() and not second.with_suffix(".pdf").exists()


@pytest.mark.slow
def test_three_real_pdfs_in_one_call(tmp_path: Path) -> None:
    sources = []
    for i, name in enumerate(("Henkilö Yksi", "Henkilö Kaksi", "Henkilö Kolme")):
        path = tmp_path / f"kunta{i}.yaml"
        path.write_text(KOKKOLA.read_text(encoding="utf-8").replace("Pia Salonen", name), encoding="utf-8")
        sources.append(path)
    results = list(render_files(sources, "pdf"))
    for source, result, name in zip(sources, results, ("Yksi", "Kaksi", "Kolme"), strict=True):
        assert result.output == source.with_suffix(".pdf")
        assert f"Henkilö {name}" in norm(pdf_text(source.with_suffix(".pdf").read_bytes(), tmp_path))


def test_a_running_unoserver_is_used_when_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """KOTODOC_UNOSERVER: each document goes to the server's client (here a stand-in), soffice is not needed."""
    log = tmp_path / "calls"
    script = tmp_path / "unoconvert"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" >> "{log}"\n'
                      'for a; do out="$a"; done; printf "%%PDF-1.7" > "$out"\n', encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setattr(shutil, "which", lambda name: str(script) if name == "unoconvert" else None)  # no soffice
    monkeypatch.setenv("KOTODOC_UNOSERVER", "127.0.0.1:2003")
    sources = [Path(shutil.copy(KOKKOLA, tmp_path / f"{n}.yaml")) for n in ("eka", "toka")]
    results = list(render_files(sources, "pdf"))
    assert [r.output for r in results] == [s.with_suffix(".pdf") for s in sources]
    args = log.read_text(encoding="utf-8").splitlines()
    assert args.count("--host") == 2 and "2003" in args and "--filter-option=UseTaggedPDF=true" in args


def test_an_unoserver_that_is_not_running_is_a_finnish_error(monkeypatch: pytest.MonkeyPatch,
                                                             tmp_path: Path) -> None:
    script = tmp_path / "unoconvert"
    script.write_text("#!/bin/sh\necho 'ConnectionRefusedError: [Errno 111] Connection refused' >&2\nexit 1\n",
                      encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setattr(shutil, "which", lambda name: str(script) if name == "unoconvert" else None)
    monkeypatch.setenv("KOTODOC_UNOSERVER", "127.0.0.1:2003")
    with pytest.raises(OutputError, match=r"unoserver \(127\.0\.0\.1:2003\).*Connection refused.*käynnissä"):
        docx_to_pdf(b"PK")
    monkeypatch.setenv("KOTODOC_UNOSERVER", "2003")
    with pytest.raises(UsageError, match=r"127\.0\.0\.1:2003"):
        docx_to_pdf(b"PK")


def a_virtual_environment(tmp_path: Path) -> Path:
    """A fresh virtual environment (no pip): its ``bin`` holds a ``python3`` LibreOffice must not find."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    return venv


def test_libreoffice_gets_no_virtual_environment(tmp_path: Path) -> None:
    """No venv bin on PATH (one named by its pyvenv.cfg, and kotodoc's own), no Python variables."""
    venv = tmp_path / "elsewhere"
    (venv / "bin").mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    plain = tmp_path / "plain"
    plain.mkdir()
    ours = str(Path(sys.prefix) / "bin")
    environ = {"PATH": os.pathsep.join([ours, str(venv / "bin"), str(plain), "/usr/bin"]), "HOME": "/root",
               "VIRTUAL_ENV": str(venv), "PYTHONHOME": "/x", "PYTHONPATH": "/y", "PYTHONSTARTUP": "/z",
               "PYTHONSAFEPATH": "1", "LANG": "fi_FI.UTF-8"}
    env = converter_environment(environ)
    kept = [str(plain), "/usr/bin"] if sys.prefix != sys.base_prefix else [ours, str(plain), "/usr/bin"]
    assert env == {"PATH": os.pathsep.join(kept), "HOME": "/root", "LANG": "fi_FI.UTF-8"}


def test_a_crashed_libreoffice_is_reported_with_its_exit_code(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    """A LibreOffice that crashes: its exit code and its C++ exception in the message, in every language; it ran
    without the virtual environment that was first on PATH."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "pyvenv.cfg").write_text("home = /usr/bin\n", encoding="utf-8")
    log = tmp_path / "env"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    body = (f'env > "{log}"\n'
            "echo \"terminate called after throwing an instance of 'std::bad_alloc'\" >&2\n"
            'echo "  what():  std::bad_alloc" >&2; echo "Fatal exception: Signal 6" >&2; echo "Stack:" >&2\n'
            'echo "/usr/lib/libreoffice/program/libuno_sal.so.3(+0x37722)[0x7f71a5b3d722]" >&2; exit 134')
    monkeypatch.setenv("PATH", f"{venv / 'bin'}{os.pathsep}{fake_soffice(bin_dir, body)}")
    monkeypatch.setenv("VIRTUAL_ENV", str(venv))
    with pytest.raises(OutputError) as err:
        docx_to_pdf(b"PK")
    assert "LibreOffice päättyi koodilla 134: what(): std::bad_alloc" in str(err.value)
    assert "LibreOffice avslutades med kod 134: what(): std::bad_alloc" in err.value.localize("sv")
    assert "LibreOffice exited with code 134: what(): std::bad_alloc" in err.value.localize("en")
    seen = log.read_text(encoding="utf-8")
    assert "VIRTUAL_ENV=" not in seen and str(venv) not in seen and str(bin_dir) in seen


@pytest.mark.slow
def test_pdf_with_a_virtual_environment_first_on_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """docs/koordinaattorille.md puts kotodoc's venv first on PATH: LibreOffice's Python would find that python3
    and crash (std::bad_alloc) unless kotodoc starts it without the venv."""
    venv = a_virtual_environment(tmp_path)
    monkeypatch.setenv("PATH", f"{venv / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("VIRTUAL_ENV", str(venv))
    target = tmp_path / "kokkola.pdf"
    assert render_file(KOKKOLA, "pdf", target).output == target
    assert T.heading(form.SECTIONS[5]) in norm(pdf_text(target.read_bytes(), tmp_path))

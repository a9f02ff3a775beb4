"""The one atomic writer: it replaces only regular files, never an input, and leaves nothing half-written."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import Result

from kotodoc.errors import Interrupted, OutputError, os_reason
from kotodoc.messages import Phrase
from kotodoc.output import checked_target, source_input, write_atomic
from tests.conftest import ROOT

MINIMAL = ROOT / "tests" / "cases" / "valid" / "minimal.yaml"
RunCli = Callable[..., Result]


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_writes_and_replaces_a_regular_file(tmp_path: Path) -> None:
    target = tmp_path / "a.md"
    write_atomic(target, b"yksi")
    write_atomic(target, b"kaksi")
    assert target.read_bytes() == b"kaksi" and leftovers(tmp_path) == []
    assert oct(target.stat().st_mode & 0o777) == "0o644"


def test_refuses_a_fifo(tmp_path: Path) -> None:
    fifo = tmp_path / "putki"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match=r"nimetty putki \(FIFO\), ei tavallinen tiedosto"):
        write_atomic(fifo, b"x")
    assert fifo.is_fifo() and leftovers(tmp_path) == []


def test_refuses_dev_null_without_touching_it() -> None:
    with pytest.raises(OutputError, match="on laite"):
        checked_target(Path("/dev/null"))
    assert Path("/dev/null").is_char_device()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mknod needs root")
def test_refuses_a_device_even_as_root(tmp_path: Path) -> None:
    device = tmp_path / "null"
    os.mknod(device, 0o666 | 0o020000, os.makedev(1, 3))  # S_IFCHR: a copy of /dev/null
    with pytest.raises(OutputError, match="on laite"):
        write_atomic(device, b"x")
    assert device.is_char_device()


def test_refuses_a_link_to_a_special_file(tmp_path: Path) -> None:
    fifo = tmp_path / "putki"
    os.mkfifo(fifo)
    link = tmp_path / "out.md"
    link.symlink_to(fifo)
    with pytest.raises(OutputError, match="ei tavallinen tiedosto"):
        write_atomic(link, b"x")
    assert link.is_symlink() and fifo.is_fifo()


def test_refuses_a_link_to_standard_output(tmp_path: Path) -> None:
    """``-o`` at a link to ``/proc/self/fd/1``: standard output is a pipe in the child, so nothing is written."""
    source = Path(shutil.copy(MINIMAL, tmp_path / "ohjelma.yaml"))
    link = tmp_path / "out.md"
    link.symlink_to("/proc/self/fd/1")
    if not Path("/proc/self/fd/1").exists():
        pytest.skip("no /proc on this system")
    result = subprocess.run([sys.executable, "-c", "from kotodoc.cli import main; main()", "render", str(source),
                             "-f", "md", "-o", str(link)], capture_output=True, text=True, check=False)
    assert result.returncode == 2, result.stderr
    assert "ei tavallinen tiedosto" in result.stderr and result.stdout == ""
    assert link.is_symlink() and sorted(p.name for p in tmp_path.iterdir()) == ["ohjelma.yaml", "out.md"]


def test_refuses_a_link_whose_target_is_not_there_any_more(tmp_path: Path) -> None:
    deleted = tmp_path / "poistettu.md"
    with deleted.open("w") as handle:
        deleted.unlink()
        link = tmp_path / "out.md"
        link.symlink_to(f"/proc/self/fd/{handle.fileno()}")
        if not link.exists():
            pytest.skip("no /proc on this system")
        with pytest.raises(OutputError, match="symbolinen linkki"):
            write_atomic(link, b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.md"]


def test_follows_a_link_to_a_regular_file(tmp_path: Path) -> None:
    real = tmp_path / "oikea.md"
    real.write_bytes(b"vanha")
    link = tmp_path / "linkki.md"
    link.symlink_to(real)
    write_atomic(link, b"uusi")
    assert link.is_symlink() and real.read_bytes() == b"uusi"


def test_refuses_a_dangling_link(tmp_path: Path) -> None:
    link = tmp_path / "linkki.md"
    link.symlink_to(tmp_path / "ei-ole")
    with pytest.raises(OutputError, match="symbolinen linkki"):
        write_atomic(link, b"x")


def test_refuses_an_input(tmp_path: Path) -> None:
    source = tmp_path / "ohjelma.yaml"
    source.write_bytes(b"lahde")
    templates = tmp_path / "mallit"
    templates.mkdir()
    template = templates / "ohjelma.md.j2"
    template.write_bytes(b"malli")
    inputs = [source_input(source), (Phrase.of("input.templates"), templates)]
    with pytest.raises(OutputError, match="sama tiedosto kuin lähdetiedosto"):
        write_atomic(source, b"x", inputs)
    with pytest.raises(OutputError, match="korvaisi tiedoston hakemistossa"):
        write_atomic(template, b"x", inputs)
    write_atomic(templates / "uusi.md", b"ok", inputs)  # a new file there replaces nothing
    assert source.read_bytes() == b"lahde" and template.read_bytes() == b"malli"


@pytest.mark.parametrize(("code", "words"), [
    (errno.ENOSPC, "levy on täynnä"), (errno.EACCES, "ei käyttöoikeutta"),
    (errno.EROFS, "vain luku"), (errno.ENAMETOOLONG, "nimi on liian pitkä"),
])
def test_os_errors_are_finnish_and_leave_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, code: int,
                                                 words: str) -> None:
    def failing_fsync(fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", failing_fsync)
    target = tmp_path / "a.md"
    target.write_bytes(b"vanha")
    with pytest.raises(OutputError, match=words) as info:
        write_atomic(target, b"uusi")
    assert os.strerror(code) not in str(info.value)
    assert target.read_bytes() == b"vanha" and leftovers(tmp_path) == []


def test_unknown_os_error_names_the_errno_not_english() -> None:
    assert os_reason(OSError(errno.ECONNRESET, "Connection reset by peer")) == "käyttöjärjestelmän virhe ECONNRESET"


def test_signal_during_fsync_removes_the_temporary_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def fsync_then_terminate(fd: int) -> None:
        os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(os, "fsync", fsync_then_terminate)
    target = tmp_path / "a.md"
    previous = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Interrupted) as info:
        write_atomic(target, b"uusi")
    assert info.value.exit_code == 128 + signal.SIGTERM
    assert not target.exists() and leftovers(tmp_path) == []
    assert signal.getsignal(signal.SIGTERM) == previous


def test_sigterm_to_a_render_in_fsync_leaves_nothing(tmp_path: Path) -> None:
    """A real process killed by SIGTERM while fsync blocks: no temporary file, exit 128 + 15."""
    script = (
        "import os, sys, time\n"
        "from kotodoc import output\n"
        "from kotodoc.cli import main\n"
        "real = os.fsync\n"
        "source, ready, target = sys.argv[1:4]\n"
        "def slow(fd):\n"
        "    open(ready, 'w').close()\n"
        "    time.sleep(30)\n"
        "    real(fd)\n"
        "os.fsync = slow\n"
        "sys.argv = ['kotodoc', 'render', source, '-f', 'md', '-o', target]\n"
        "main()\n"
    )
    source = Path(shutil.copy(MINIMAL, tmp_path / "ohjelma.yaml"))
    ready, target = tmp_path / "valmis", tmp_path / "out" / "ohjelma.md"
    target.parent.mkdir()
    process = subprocess.Popen([sys.executable, "-c", script, str(source), str(ready), str(target)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while not ready.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert ready.exists(), process.stderr.read() if process.stderr else ""
    assert leftovers(target.parent), "the temporary file exists while fsync runs"
    process.send_signal(signal.SIGTERM)
    started = time.monotonic()
    _, stderr = process.communicate(timeout=30)
    assert time.monotonic() - started < 10, "the signal interrupts fsync; it does not wait for it"
    assert process.returncode == 128 + signal.SIGTERM, stderr
    assert "keskeytetty (signaali SIGTERM)" in stderr and "Traceback" not in stderr
    assert list(target.parent.iterdir()) == []
    assert source.read_bytes() == MINIMAL.read_bytes()


def test_render_refuses_special_targets_through_the_cli(run_cli: RunCli, tmp_path: Path) -> None:
    source = Path(shutil.copy(MINIMAL, tmp_path / "ohjelma.yaml"))
    fifo = tmp_path / "putki.md"
    os.mkfifo(fifo)
    result = run_cli("render", str(source), "-f", "md", "-o", str(fifo))
    assert result.exit_code == 2 and "ei tavallinen tiedosto" in result.stderr
    assert fifo.is_fifo()
    result = run_cli("render", str(source), "-f", "md", "-o", "/dev/null")
    assert result.exit_code == 2 and "on laite" in result.stderr
    assert Path("/dev/null").is_char_device()


def test_render_refuses_the_reference_docx_as_output(run_cli: RunCli, tmp_path: Path) -> None:
    source = Path(shutil.copy(MINIMAL, tmp_path / "ohjelma.yaml"))
    reference = tmp_path / "pohja.docx"
    assert run_cli("render", str(source), "-o", str(reference)).exit_code == 0
    before = reference.read_bytes()
    result = run_cli("render", str(source), "--reference-docx", str(reference), "-o", str(reference))
    assert result.exit_code == 2 and "sama tiedosto kuin mallipohja" in result.stderr
    assert reference.read_bytes() == before


def test_ctrl_c_during_fsync_removes_the_temporary_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "a.md", b"uusi")
    assert list(tmp_path.iterdir()) == []

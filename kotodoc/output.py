"""Writing output files atomically: a temporary file beside the target, then a rename.

An interrupted or failed write leaves no partial file, and an existing good file is replaced only by a
complete new one. The one writer of every file kotodoc produces, so its refusals hold everywhere:

* only a regular file (or nothing) is replaced: a FIFO, a device (``-o /dev/null``, even as root), a
  socket or a directory is refused, and so is a symbolic link to one (``/proc/self/fd/1``); a link to a
  regular file is followed, and the file it points to is replaced;
* an output that is one of the command's inputs (the source, ``--reference-docx``, a file in the
  ``--templates`` directory) is refused;
* SIGTERM and SIGHUP during the write stop it like Ctrl+C does: the temporary file is removed, then the
  command ends with :class:`~kotodoc.errors.Interrupted`. (SIGKILL cannot be caught: a ``.NAME.*.tmp``
  file may then stay beside the target.)
* operating-system failures (a full disk, no permission, a read-only disk, a name too long) are
  :class:`~kotodoc.errors.OutputError` in Finnish.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType

from kotodoc.errors import Interrupted, OutputError, os_reason
from kotodoc.messages import Phrase

Input = tuple[Phrase, Path]
"""An input of the command and what it is called in a message: ``(Phrase.of("input.source"), path)``."""



def source_input(path: Path) -> Input:
    """``path`` as the command's source file, for ``inputs``."""
    return Phrase.of("input.source"), path


_CAUGHT = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


def write_atomic(target: Path, data: bytes, inputs: Sequence[Input] = ()) -> None:
    """Write ``data`` to ``target`` so that readers see either the old or the new file.

    ``inputs`` are the files (or directories) the command read; none of them is ever replaced.
    """
    final = checked_target(target, inputs)
    with _signals_interrupt():
        tmp: str | None = None
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            Path(tmp).chmod(0o644)
            checked_target(final, inputs)  # nothing became a device or a link while we wrote
            Path(tmp).replace(final)
            tmp = None
        except OSError as exc:
            raise OutputError("output.cannot_write", target=target, problem=os_reason(exc)) from None
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    Path(tmp).unlink()


def checked_target(target: Path, inputs: Sequence[Input] = ()) -> Path:
    """The regular file ``target`` names (a symbolic link followed), or :class:`OutputError` saying why
    it must not be written."""
    try:
        info = target.lstat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError("output.cannot_write", target=target, problem=os_reason(exc)) from None
    final = target
    link = info is not None and stat.S_ISLNK(info.st_mode)
    if link:
        try:
            info = target.stat()
        except OSError:
            raise OutputError("output.dangling_link", target=target) from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OutputError("output.special_file", target=target, kind=_kind(info.st_mode))
    if link and info is not None:
        final = Path(os.path.realpath(target))
        try:
            same = os.path.samestat(final.stat(), info)
        except OSError:
            same = False
        if not same:  # e.g. /proc/self/fd/3 of a deleted file: "/tmp/x (deleted)" is not that file
            raise OutputError("output.link_elsewhere", target=target)
    directory = final.parent if str(final.parent) else Path()
    if not directory.is_dir():
        raise OutputError("output.no_directory", directory=directory)
    if info is not None:
        _refuse_inputs(target, final, inputs)
    return final


def _kind(mode: int) -> Phrase:
    if stat.S_ISDIR(mode):
        return Phrase.of("output.kind.directory")
    if stat.S_ISFIFO(mode):
        return Phrase.of("output.kind.fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Phrase.of("output.kind.device")
    if stat.S_ISSOCK(mode):
        return Phrase.of("output.kind.socket")
    return Phrase.of("output.kind.other")


def _refuse_inputs(target: Path, final: Path, inputs: Sequence[Input]) -> None:
    """An existing ``final`` that is one of ``inputs`` (or lies in an input directory) is refused."""
    for role, path in inputs:
        with contextlib.suppress(OSError):
            if path.is_dir():
                if final.resolve().is_relative_to(path.resolve()):
                    raise OutputError("output.in_input_directory", target=target, path=path, role=role)
            elif final.samefile(path):
                raise OutputError("output.same_as_input", target=target, path=path, role=role)


def _raise_interrupted(signum: int, _frame: FrameType | None) -> None:
    signal.signal(signum, signal.SIG_IGN)  # a second signal must not cut the clean-up short
    raise Interrupted(signum)


@contextlib.contextmanager
def _signals_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP raise :class:`Interrupted` inside the block, so that ``finally`` clauses run.

    Only the main thread can set signal handlers; elsewhere the block runs unchanged.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, _raise_interrupted) for signum in _CAUGHT}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, signal.SIG_DFL if handler is None else handler)

"""Writing output files atomically: a temporary file beside the target, then a rename.

An interrupted or failed write leaves no partial file, and an existing good
file is replaced only by a complete new one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kotodoc.errors import OutputError


def write_atomic(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` so that readers see either the old or the new file."""
    directory = target.parent if str(target.parent) else Path()
    if target.is_dir():
        raise OutputError("output.is_directory", target=target)
    if not directory.is_dir():
        raise OutputError("output.no_directory", directory=directory)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError("output.cannot_write", target=target, problem=exc.strerror) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).chmod(0o644)
        Path(tmp).replace(target)
    except OSError as exc:
        raise OutputError("output.cannot_write", target=target, problem=exc.strerror) from None
    finally:
        Path(tmp).unlink(missing_ok=True)

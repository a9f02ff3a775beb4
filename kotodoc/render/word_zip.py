"""Reproducible Office packages: the document's timestamp and a normalised zip.

python-docx stamps every zip entry with the current time, so two saves of the
same document differ. :func:`normalise_zip` rewrites the package with fixed
entry times, a fixed order (``[Content_Types].xml`` first, then the order
python-docx wrote, which follows the document's relationships), fixed
permissions and one compression setting.

The timestamp (:func:`document_time`) follows reproducible-builds.org:
``SOURCE_DATE_EPOCH`` when set; otherwise the document's own date (its
``paivays``, d.m.yyyy) at 00:00 UTC; otherwise none (the core properties then
have no created/modified dates and zip entries get 1980-01-01 00:00). Zip
times are clamped to 1980-01-01 or later, the earliest the format can hold.

Byte-identical output across machines assumes the same zlib deflate
implementation (stock zlib; zlib-ng compresses differently).
"""

from __future__ import annotations

import io
import os
import zipfile
from datetime import datetime, timezone

from kotodoc.schema.dates import read_date

ZIP_EPOCH = datetime(1980, 1, 1, tzinfo=timezone.utc)
_CONTENT_TYPES = "[Content_Types].xml"


def document_time(date_text: str, environ: dict[str, str] | None = None) -> datetime | None:
    """The time to stamp on the output: ``SOURCE_DATE_EPOCH``, else the document's date, else None."""
    env = os.environ if environ is None else environ
    epoch = env.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        try:
            return datetime.fromtimestamp(int(epoch), tz=timezone.utc)
        except (OverflowError, OSError, ValueError):
            pass
    day = read_date(date_text)
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc) if day else None


def zip_time(when: datetime | None) -> tuple[int, int, int, int, int, int]:
    """A zip entry time for ``when`` (UTC), clamped to the zip epoch and to the format's last year."""
    stamp = max(when, ZIP_EPOCH) if when else ZIP_EPOCH
    stamp = min(stamp, datetime(2107, 12, 31, 23, 59, 58, tzinfo=timezone.utc))
    return (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second - stamp.second % 2)


def normalise_zip(data: bytes, when: datetime | None) -> bytes:
    """``data`` (a zip) rewritten with fixed entry times, order, attributes and compression."""
    date_time = zip_time(when)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        names = source.namelist()
        names.sort(key=lambda n: n != _CONTENT_TYPES)  # stable: only moves [Content_Types].xml first
        with zipfile.ZipFile(out, "w") as target:
            for name in names:
                info = zipfile.ZipInfo(name, date_time=date_time)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.create_system = 3  # unix, whatever machine renders
                info.external_attr = 0o644 << 16
                target.writestr(info, source.read(name), compresslevel=6)
    return out.getvalue()

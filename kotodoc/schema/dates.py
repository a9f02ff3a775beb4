"""Dates as written in a kotodoc file: ``13.11.2024`` or ``2024-11-13``, read in one place.

The loader keeps every value as text; :func:`read_date` is the one reader of a date, used by the
schema (:data:`Date`, ``KD211`` for anything else) and by whatever needs the document's own date
(the timestamp of a rendered file). :func:`fi_date` writes a date the Finnish (and Finland-Swedish)
way, without leading zeros.
"""


import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BeforeValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

_FI_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")
PATTERN = r"^(\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})$"
"""What an editor accepts (the same as :func:`read_date`, but for impossible days like 31.2.)."""


def read_date(value: object) -> dt.date | None:
    """The date ``value`` stands for (``d.m.yyyy`` or ``yyyy-mm-dd``, or a date), else ``None``."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    text = value if isinstance(value, str) else ""
    fi, iso = _FI_DATE.match(text), _ISO_DATE.match(text)
    try:
        if fi:
            return dt.date(int(fi.group(3)), int(fi.group(2)), int(fi.group(1)))
        if iso:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    except ValueError:
        pass  # 31.2.2024 and the like
    return None


def date_problem(value: object) -> str:
    """Why ``value`` is no date: ``date_day`` (the format is right, the day does not exist: 31.2.2024)
    or ``date_format`` (anything else)."""
    text = value if isinstance(value, str) else ""
    return "date_day" if _FI_DATE.match(text) or _ISO_DATE.match(text) else "date_format"


def parse_date(value: Any) -> dt.date:
    """The date of ``value``; anything else raises ``KD211`` (with what is wrong: the format or the day)."""
    day = read_date(value)
    if day is None:
        raise PydanticCustomError("KD211", "date", {"value": value, "problem": date_problem(value)})
    return day


def fi_date(day: dt.date) -> str:
    """A date as written in Finnish documents: ``5.12.2024`` (no leading zeros)."""
    return f"{day.day}.{day.month}.{day.year}"


Date = Annotated[
    dt.date,
    BeforeValidator(parse_date),
    WithJsonSchema({"type": "string", "pattern": PATTERN, "examples": ["13.11.2024"]}),
]
"""A date field of the schema."""

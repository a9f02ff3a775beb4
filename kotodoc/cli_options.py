"""The values the command line's options accept, and :func:`choice`, which reads one in any letter case.

Options with a fixed set of values are declared ``str`` in :mod:`kotodoc.cli` and read through
:func:`choice`, so a wrong value is refused in the reader's language with the nearest allowed one (an
:class:`~kotodoc.errors.OptionError`), not in the command-line library's English.
"""

from __future__ import annotations

from enum import Enum

from kotodoc.errors import OptionError


class Kieli(str, Enum):
    """Languages of the messages."""

    fi = "fi"
    sv = "sv"
    en = "en"


class ReportFormat(str, Enum):
    """Output formats of ``validate``."""

    text = "text"
    json = "json"
    github = "github"
    gitlab = "gitlab"


class CiKind(str, Enum):
    """CI services ``init --ci`` writes files for."""

    github = "github"
    gitlab = "gitlab"


class CostFormat(str, Enum):
    """Output formats of ``costs``."""

    table = "table"
    csv = "csv"
    json = "json"


class DiffFormat(str, Enum):
    """Output formats of ``diff``."""

    text = "text"
    md = "md"
    html = "html"
    json = "json"


class ColorChoice(str, Enum):
    """When ``diff`` colours its text output."""

    auto = "auto"
    always = "always"
    never = "never"


class SummaryFormat(str, Enum):
    """Output formats of ``summary``."""

    csv = "csv"
    xlsx = "xlsx"
    html = "html"
    json = "json"


class SummaryView(str, Enum):
    """The table ``summary --format csv`` writes."""

    programmes = "programmes"
    languages = "languages"
    services = "services"


def choice(option: str, value: str | None, allowed: type[Enum]) -> str | None:
    """``value`` of ``option`` as one of the ``allowed`` enum's values, in any letter case; a usage error
    with the nearest allowed value otherwise."""
    if value is None:
        return None
    names = [str(member.value) for member in allowed]
    folded = value.strip().lower()
    if folded in names:
        return folded
    raise OptionError.unknown(option, value, names)

"""The reviewer tools' own words in each language, and how to look them up.

Each language module beside this one (:mod:`kotodoc.review.fi`, later others) holds one ``TEXTS``
table: ``str.format`` templates keyed by a short name. The form's own labels are never written
there: they come from :func:`kotodoc.form.texts`. A language that lacks a text falls back to Finnish.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from kotodoc.review import fi

_MODULES: dict[str, ModuleType] = {"fi": fi}


def say(key: str, lang: str = "fi", **params: Any) -> str:
    """The text ``key`` in ``lang`` with ``params`` filled in."""
    table: dict[str, str] = _MODULES.get(lang, fi).TEXTS
    return table.get(key, fi.TEXTS[key]).format(**params)

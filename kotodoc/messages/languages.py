"""Which language modules the messages exist in, and how to pick one."""

from __future__ import annotations

from types import ModuleType

from kotodoc.messages import fi

LANGUAGES: tuple[str, ...] = ("fi",)
"""Languages the messages exist in; Finnish is the default and the fallback."""

_MODULES: dict[str, ModuleType] = {"fi": fi}


def module(lang: str) -> ModuleType:
    """The message module of ``lang``; Finnish for a language the messages do not exist in."""
    return _MODULES.get(lang, fi)

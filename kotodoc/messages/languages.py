"""Which language modules the messages exist in, and which language a run speaks.

The reader's language is, in this order: the ``--kieli`` option, the ``KOTODOC_KIELI`` environment
variable, then the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``: ``sv_FI.UTF-8`` is Swedish,
``en_GB.UTF-8`` English); Finnish when none of them names a language kotodoc speaks.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import ModuleType

from kotodoc.messages import fi

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
"""Languages the messages exist in; Finnish is the default and the fallback."""
DEFAULT = "fi"
ENV_VAR = "KOTODOC_KIELI"
LOCALE_VARS: tuple[str, ...] = ("LC_ALL", "LC_MESSAGES", "LANG")
"""The locale variables, in POSIX precedence: the first one that is set decides."""

_MODULES: dict[str, ModuleType] = {"fi": fi}
"""The language modules loaded so far (``kotodoc.messages.<lang>``): one is imported when it is first
asked for, so choosing a language costs only that language's texts."""


def module(lang: str) -> ModuleType:
    """The message module of ``lang``; Finnish for a language the messages do not exist in."""
    found = _MODULES.get(lang)
    if found is None:
        if lang not in LANGUAGES:
            return fi
        found = _MODULES[lang] = importlib.import_module(f"kotodoc.messages.{lang}")
    return found


def known(lang: str | None) -> str | None:
    """``lang`` as one of :data:`LANGUAGES` (``SV`` -> ``sv``), or ``None``."""
    code = (lang or "").strip().lower()
    return code if code in LANGUAGES else None


def from_locale(value: str) -> str | None:
    """The language of a locale name: ``sv_FI.UTF-8`` -> ``sv``, ``fi`` -> ``fi``; ``C``, ``POSIX`` -> ``None``."""
    return known(value.split(".", 1)[0].split("@", 1)[0].replace("-", "_").split("_", 1)[0])


def resolve(option: str | None, environ: Mapping[str, str]) -> str:
    """The reader's language from the ``--kieli`` option, ``KOTODOC_KIELI`` and the locale (see the module)."""
    chosen = known(option) or known(environ.get(ENV_VAR))
    if chosen:
        return chosen
    for name in LOCALE_VARS:
        value = environ.get(name)
        if value:  # the first variable that is set decides, even when kotodoc does not speak its language
            return from_locale(value) or DEFAULT
    return DEFAULT

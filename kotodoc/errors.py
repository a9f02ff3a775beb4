"""Exceptions of the kotodoc core. The CLI maps them to exit codes in one place.

Problems *inside* a document are not exceptions: they are
:class:`kotodoc.diagnostics.Diagnostic` values. Exceptions are for what stops a
command: a file that cannot be opened, a bad option, a missing tool. An error is
raised with a key of the command-line texts and its values
(``UsageError("render.same_file", target=path)``) and worded when it is shown, in
the reader's language (:meth:`KotodocError.localize`); ``str(err)`` is Finnish.
"""

from __future__ import annotations

import errno
import signal
from typing import Any

from kotodoc import messages


class KotodocError(Exception):
    """Base of every kotodoc error: a key of :func:`kotodoc.messages.ui` and its values, or a text that words
    itself (anything with ``localize(lang)``, e.g. the reviewer tools' own texts), or a text already worded
    (a sentence, in Finnish, from a part of kotodoc whose words have no other language yet)."""

    exit_code = 1

    def __init__(self, key: str | messages.Localized, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def localize(self, lang: str) -> str:
        """The error in ``lang``'s words."""
        if isinstance(self.key, messages.Localized):
            return self.key.localize(lang)
        if " " in self.key:  # already a sentence, not a key
            return self.key
        return messages.ui(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.localize("fi")


class UsageError(KotodocError):
    """Wrong use of a command, or an input file that cannot be read at all (exit 2)."""

    exit_code = 2


class OptionError(UsageError):
    """An option has a value it does not take (exit 2); the command's help tells the allowed ones."""

    @classmethod
    def unknown(cls, option: str, value: str, allowed: list[str], key: str = "usage.unknown_value") -> OptionError:
        """``value`` is not one of ``allowed`` (any letter case): the error names the nearest ones."""
        return cls(key, **messages.unknown_choice(option, value, allowed))


class FileReadError(UsageError):
    """An input file is missing, is a directory or cannot be opened."""


class DocumentFinding(KotodocError):
    """A document builder found the input unfit for that document (exit 1).

    Carries a catalogue code and the location it concerns, so the caller reports it at
    file:line:col like any validation finding.
    """

    def __init__(self, code: str, loc: tuple[str | int, ...] = (), params: dict[str, Any] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.loc = loc
        self.params = params or {}

    def localize(self, lang: str) -> str:
        """The finding's message in ``lang``."""
        return messages.render(self.code, self.params, lang)


class OutputError(KotodocError):
    """Output could not be written (exit 2)."""

    exit_code = 2


class WorkerLost(KotodocError):
    """A worker process of a batch ended before sending its results: the system stopped it (memory ran out, a
    signal) (exit 2). Not a fault in a document, and not kotodoc's own: running again may well succeed."""

    exit_code = 2


class ToolMissingError(KotodocError):
    """An external program (LibreOffice for PDF) is not installed (exit 2)."""

    exit_code = 2


class Interrupted(KotodocError):
    """A signal (SIGTERM, SIGHUP) stopped the command; raised by a handler so that clean-up runs (exit 128+N)."""

    def __init__(self, signum: int) -> None:
        try:
            name = signal.Signals(signum).name
        except ValueError:
            name = str(signum)
        super().__init__("output.interrupted", signal=name)
        self.exit_code = 128 + signum


OS_REASONS = ("ENOSPC", "EDQUOT", "EACCES", "EPERM", "EROFS", "ENAMETOOLONG", "ENOENT", "ENOTDIR", "EISDIR", "EEXIST",
              "ELOOP", "EMFILE", "ENFILE", "EIO", "EFBIG", "EBUSY", "ETXTBSY", "EXDEV", "EINVAL", "EPIPE", "ENOMEM",
              "ENXIO")
"""The operating-system errors kotodoc words itself (``os.ENOSPC`` … in the catalogue's phrases)."""


def os_reason(exc: OSError) -> messages.Phrase:
    """Why an operating-system call failed, in the reader's language (``levy on täynnä``); the errno's name when
    kotodoc has no words for it, never the system's English text."""
    name = errno.errorcode.get(exc.errno, "") if exc.errno is not None else ""
    if name in OS_REASONS:
        return messages.Phrase.of(f"os.{name}")
    return messages.Phrase.of("os.other", name=name or type(exc).__name__)

"""Exceptions of the kotodoc core. The CLI maps them to exit codes in one place.

Problems *inside* a document are not exceptions: they are
:class:`kotodoc.diagnostics.Diagnostic` values. Exceptions are for what stops a
command: a file that cannot be opened, a bad option, a missing tool.
"""

from __future__ import annotations


class KotodocError(Exception):
    """Base of every kotodoc error; ``str(err)`` is a Finnish message for the user."""

    exit_code = 1


class UsageError(KotodocError):
    """Wrong use of a command, or an input file that cannot be read at all (exit 2)."""

    exit_code = 2


class OptionError(UsageError):
    """An option has a value it does not take (exit 2); the command's help tells the allowed ones."""


class FileReadError(UsageError):
    """An input file is missing, is a directory or cannot be opened."""


class DocumentFinding(KotodocError):
    """A document builder found the input unfit for that document (exit 1).

    Carries a catalogue code and the location it concerns, so the caller reports it at
    file:line:col like any validation finding.
    """

    def __init__(self, code: str, loc: tuple[str | int, ...] = (), params: dict[str, str] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.loc = loc
        self.params = params or {}


class InvalidDocumentError(KotodocError):
    """The document has errors; the diagnostics have been reported (exit 1)."""


class OutputError(KotodocError):
    """Output could not be written (exit 2)."""

    exit_code = 2


class ToolMissingError(KotodocError):
    """An external program (LibreOffice for PDF) is not installed (exit 2)."""

    exit_code = 2

"""Help screens in the reader's language: the command group and command classes the command line is built from.

The help texts are not written in :mod:`kotodoc.cli`: :class:`LocalizedGroup` fills them in from the
command-line texts (``help.<command>.<parameter>``, ``short.<command>``, ``metavar.<parameter>``) in the
reader's language before the command-line library parses anything, so ``--help`` and usage errors are in it
too; :func:`localized_help` swaps the library's own English words (``Usage:``, ``Options``) on the screen.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from typing import Any

from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from kotodoc import messages


def language_in(args: Sequence[str]) -> str:
    """The reader's language for a command line ``args`` (its ``--kieli``, else the environment)."""
    option = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--kieli" and i + 1 < len(args):
            option = args[i + 1]
        elif arg.startswith("--kieli="):
            option = arg.split("=", 1)[1]
    return messages.resolve_language(option, os.environ)


def command_named(args: Sequence[str]) -> str | None:
    """The command a command line ``args`` names: its first word that is not an option before the command
    (``--kieli`` and its value, ``--version``); None when there is none or help is asked before it."""
    value_next = False
    for arg in args:
        if value_next:
            value_next = False
        elif arg == "--kieli":
            value_next = True
        elif arg in ("--help", "-h", "--"):
            return None
        elif not arg.startswith("-"):
            return arg
    return None


def localized_help(text: str, lang: str) -> str:
    """A help screen with the command-line library's English words in ``lang``; columns stay aligned."""

    def swap(english: str, ours: str) -> Callable[[re.Match[str]], str]:
        def replace(match: re.Match[str]) -> str:
            gap = match.group(1)
            if len(gap) >= 2:  # padding up to the help column: keep the column where it was
                gap = " " * max(2, len(gap) - (len(ours) - len(english)))
            return ours + gap
        return replace

    for english, ours in messages.module(lang).HELP_WORDS:
        text = re.sub(re.escape(english) + "( *)", swap(english, ours), text)
    return text


_FINNISH_UI = messages.module("fi").UI  # the keys every language has (a test checks)
_READER: dict[str, str] = {}
"""The language of the command line being run, found by :class:`LocalizedGroup` before parsing (so that
``kotodoc --kieli sv validate`` reaches the command too)."""


def reader_language(kieli: str | None) -> str:
    """The reader's language: the command's ``--kieli`` (any letter case), else the one found before parsing
    (``kotodoc --kieli sv …``), else the environment (a ``--kieli`` kotodoc does not speak is refused by
    :func:`kotodoc.cli_errors.guard`, in the environment's language)."""
    if kieli is None and "lang" in _READER:
        return _READER["lang"]
    return messages.resolve_language(kieli, os.environ)


class LocalizedGroup(TyperGroup):
    """The command group whose help screens, help texts and metavars are worded in the reader's language."""

    lang = messages.languages.DEFAULT

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        # click's Context (typer >= 0.16 vendors its own click, so the type is not named here)
        self.localize(language_in(args))
        return super().make_context(info_name, args, parent, **extra)

    def localize(self, lang: str) -> None:
        """Word every help text and metavar of the group, its commands and their parameters in ``lang``."""
        self.lang = _READER["lang"] = lang
        self.help = messages.ui("help.app", lang)
        for param in self.params:
            if isinstance(param, TyperOption) and f"help.{param.name}" in _FINNISH_UI:
                param.help = messages.ui(f"help.{param.name}", lang)
        for name, command in self.commands.items():
            command.help = messages.ui(f"help.{name}", lang)
            command.short_help = messages.ui(f"short.{name}", lang)
            if isinstance(command, LocalizedCommand):
                command.lang = lang
            for param in command.params:
                if type(param) is TyperArgument:
                    param.__class__ = NamedArgument  # typer takes no class for arguments
                key = f"help.{name}.{param.name}"
                help_key = key if key in _FINNISH_UI else f"help.{param.name}"
                if help_key in _FINNISH_UI and isinstance(param, (TyperOption, TyperArgument)):
                    param.help = messages.ui(help_key, lang)
                if f"metavar.{param.name}" in _FINNISH_UI:
                    param.metavar = messages.ui(f"metavar.{param.name}", lang)

    def get_help(self, ctx: Any) -> str:
        return localized_help(super().get_help(ctx), self.lang)


class LocalizedCommand(TyperCommand):
    """A command whose help screen is worded in the reader's language (its texts set by the group)."""

    lang = messages.languages.DEFAULT

    def get_help(self, ctx: Any) -> str:
        return localized_help(super().get_help(ctx), self.lang)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)
        except Exception as exc:
            # the option parser raises without the context ("-f needs a value"): give it the command's, so
            # the message points to `kotodoc <command> --help`, not to `kotodoc --help`
            if hasattr(exc, "ctx") and exc.ctx is None:
                exc.ctx = ctx
            raise


class NamedArgument(TyperArgument):
    """An argument shown by its name alone (``TIEDOSTO...``, ``[HAKEMISTO]``): the name says what it takes,
    where typer would add its Python type (``TIEDOSTO <list[str]>``) and braces (``{TIEDOSTO}...``)."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def _usage_display_name(self) -> str:
        name = self.display_name_raw if self.required else f"[{self.display_name_raw}]"
        return f"{name}..." if self.nargs != 1 else name

"""The command line: a thin typer layer over the kotodoc library.

Commands parse options, call one core function and map the outcome to an exit
code: 0 ok, 1 invalid document, 2 usage error or unreadable file, 3 internal
error. Heavy modules (python-docx, Jinja) are imported inside the commands that
need them, so ``kotodoc validate`` in a pre-commit hook starts fast.

File arguments are declared ``str``, not ``Path``: typer builds a pydantic
TypeAdapter and calls ``os.stat`` for every ``Path`` value (about 50 µs each,
half a second over 10,000 files); the core takes the names as they are.

Every command speaks the reader's language: ``--kieli fi|sv|en``, else
``KOTODOC_KIELI``, else the locale (:func:`kotodoc.messages.resolve_language`).
The help texts are not written here: :class:`_LocalizedGroup` fills them in from
the command-line texts (``help.<command>.<parameter>``, ``short.<command>``,
``metavar.<parameter>``) in that language before the command-line library parses
anything, so ``--help`` and usage errors are in it too.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption

from kotodoc import __version__, messages
from kotodoc.errors import KotodocError, OptionError, os_reason

T = TypeVar("T")


def _language_in(args: Sequence[str]) -> str:
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


def localized_help(text: str, lang: str) -> str:
    """A help screen with the command-line library's English words in ``lang``; columns stay aligned."""
    import re

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
"""The language of the command line being run, found by :class:`_LocalizedGroup` before parsing (so that
``kotodoc --kieli sv validate`` reaches the command too)."""


class _LocalizedGroup(TyperGroup):
    """The command group whose help screens, help texts and metavars are worded in the reader's language."""

    lang = messages.languages.DEFAULT

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        # click's Context (typer >= 0.16 vendors its own click, so the type is not named here)
        self.localize(_language_in(args))
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
            if isinstance(command, _LocalizedCommand):
                command.lang = lang
            for param in command.params:
                key = f"help.{name}.{param.name}"
                help_key = key if key in _FINNISH_UI else f"help.{param.name}"
                if help_key in _FINNISH_UI and isinstance(param, (TyperOption, TyperArgument)):
                    param.help = messages.ui(help_key, lang)
                if f"metavar.{param.name}" in _FINNISH_UI:
                    param.metavar = messages.ui(f"metavar.{param.name}", lang)

    def get_help(self, ctx: Any) -> str:
        return localized_help(super().get_help(ctx), self.lang)


class _LocalizedCommand(TyperCommand):
    lang = messages.languages.DEFAULT

    def get_help(self, ctx: Any) -> str:
        return localized_help(super().get_help(ctx), self.lang)


app = typer.Typer(
    name="kotodoc",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=_LocalizedGroup,
)


def _command(name: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """``@app.command`` with the help screen in the reader's language (texts filled in by the group)."""
    return app.command(name, cls=_LocalizedCommand)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(messages.ui("cli.version", version=__version__))
        raise typer.Exit()


class Kieli(str, Enum):
    """Languages of the messages."""

    fi = "fi"
    sv = "sv"
    en = "en"


@app.callback()
def _options(
    version: Annotated[bool, typer.Option("--version", is_eager=True, callback=_show_version)] = False,
    kieli: Annotated[Kieli | None, typer.Option("--kieli", case_sensitive=False, metavar="<fi|sv|en>",
                                                show_default=False)] = None,
) -> None:
    """Options before the command: ``--version``, and ``--kieli`` (also accepted after the command)."""


KieliOption = Annotated[str | None, typer.Option("--kieli", metavar="<fi|sv|en>", show_default=False)]


def _lang(kieli: str | None) -> str:
    """The reader's language: the command's ``--kieli`` (any letter case), else the one found before parsing
    (``kotodoc --kieli sv …``), else the environment (a ``--kieli`` kotodoc does not speak is refused by
    :func:`_guard`, in the environment's language)."""
    if kieli is None and "lang" in _READER:
        return _READER["lang"]
    return messages.resolve_language(kieli, os.environ)


def choice(option: str, value: str | None, allowed: Enum | type[Enum]) -> str | None:
    """``value`` of ``option`` as one of the ``allowed`` enum's values, in any letter case; a usage error
    with the nearest allowed value otherwise."""
    if value is None:
        return None
    names = [str(member.value) for member in allowed]  # type: ignore[union-attr]
    folded = value.strip().lower()
    if folded in names:
        return folded
    raise OptionError.unknown(option, value, names)


def _say(key: str, lang: str, **params: Any) -> None:
    """A line of the command's own on stderr, in ``lang``."""
    typer.echo(messages.ui(key, lang, **params), err=True)


def _guard(action: Callable[[], T], lang: str, command: str = "", kieli: str | None = None) -> T:
    """Run a command body: a message in ``lang`` and an exit code for every failure, never a traceback."""
    try:
        choice("--kieli", kieli, Kieli)
        return action()
    except KotodocError as exc:
        typer.echo(f"kotodoc: {exc.localize(lang)}", err=True)
        if isinstance(exc, OptionError):
            _say("usage.help", lang, command=f"kotodoc {command}".strip())
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        typer.echo(f"kotodoc: {messages.ui('cli.interrupted', lang)}", err=True)
        raise typer.Exit(130) from None
    except (typer.Exit, typer.Abort):
        raise
    except OSError as exc:  # the system refused (a full disk, a closed pipe, …): not a bug, said in words
        where = f" ({exc.filename})" if exc.filename else ""
        typer.echo(f"kotodoc: {os_reason(exc).localize(lang)}{where}", err=True)
        raise typer.Exit(2) from None
    except Exception as exc:
        if os.environ.get("KOTODOC_DEBUG"):
            raise
        error = f"{type(exc).__name__}: {exc}"
        typer.echo(f"kotodoc: {messages.ui('cli.internal', lang, error=error)}", err=True)
        raise typer.Exit(3) from None


class ReportFormat(str, Enum):
    """Output formats of ``validate``."""

    text = "text"
    json = "json"
    github = "github"
    gitlab = "gitlab"


@_command("validate")
def validate(
    files: Annotated[list[str], typer.Argument(show_default=False)],
    format: Annotated[str | None, typer.Option("--format", "-f", metavar="<text|json|github|gitlab>",
                                               show_default=False)] = None,
    strict: Annotated[bool, typer.Option("--strict")] = False,
    luonnos: Annotated[bool, typer.Option("--luonnos")] = False,
    kieli: KieliOption = None,
) -> None:
    """Check integration programme files (help text: messages.ui("help.validate"))."""
    from kotodoc.checks.batch import check_files
    from kotodoc.checks.report import stream_report

    lang = _lang(kieli)

    def run() -> int:
        asked = choice("--format", format, ReportFormat)
        chosen = asked or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
        return stream_report(check_files(files, luonnos), chosen, strict, sys.stdout.write, lang)

    raise typer.Exit(_guard(run, lang, "validate", kieli))


SCHEMA_IN_SOURCE = Path("schemas") / "kotodoc.schema.json"  # kotodoc's own repository
SCHEMA_FROM_INIT = Path("kotodoc.schema.json")  # a municipality's repository, as kotodoc init lays it out


def schema_target(output: str | None, here: Path, lang: str = "fi") -> Path | None:
    """Where ``kotodoc schema`` writes: ``-o``, else the schema this directory already keeps (in kotodoc's
    own repository, the one of ``lang``'s document language); None for stdout."""
    from kotodoc.schema.export import schema_path

    if output == "-":
        return None
    if output is not None:
        return Path(output)
    if (here / SCHEMA_IN_SOURCE.parent).is_dir():
        return Path(schema_path(lang))
    if (here / SCHEMA_FROM_INIT).is_file():
        return SCHEMA_FROM_INIT
    raise OptionError("schema.no_target", init_file=SCHEMA_FROM_INIT)


@_command("schema")
def schema(
    output: Annotated[str | None, typer.Option("--output", "-o", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    kieli: KieliOption = None,
) -> None:
    """Write the editor schema (help text: messages.ui("help.schema"))."""
    from kotodoc.schema.export import schema_text, write_schema

    lang = _lang(kieli)

    def run() -> None:
        target = schema_target(output, Path(), lang)
        text = schema_text(lang)
        if target is None:
            sys.stdout.write(text)
        else:
            write_schema(target, text, force)
            _say("cli.written", lang, path=target)

    _guard(run, lang, "schema", kieli)


class CiKind(str, Enum):
    """CI services ``init --ci`` writes files for."""

    github = "github"
    gitlab = "gitlab"


@_command("init")
def init(
    directory: Annotated[Path, typer.Argument(show_default=False)] = Path(),
    kunta: Annotated[list[str], typer.Option("--kunta", show_default=False)] = [],  # noqa: B006
    ci: Annotated[str | None, typer.Option("--ci", metavar="<github|gitlab>", show_default=False)] = None,
    asennus: Annotated[str | None, typer.Option("--asennus", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    kieli: KieliOption = None,
) -> None:
    """Create a municipality's repository (help text: messages.ui("help.init"))."""
    from kotodoc.repo import init as repo_init

    lang = _lang(kieli)

    def run() -> None:
        planned = repo_init.plan(kunta, choice("--ci", ci, CiKind), asennus, lang)
        for path in repo_init.write(directory, planned.files, force):
            _say("cli.written", lang, path=path)
        for note in planned.notes:
            typer.echo(f"kotodoc: {messages.ui('cli.note', lang, note=note)}", err=True)
        typer.echo(repo_init.next_steps(directory, lang), err=True)

    _guard(run, lang, "init", kieli)


@_command("render")
def render(
    files: Annotated[list[str], typer.Argument(show_default=False)],
    format: Annotated[str | None, typer.Option("--format", "-f", metavar="<docx|md|html|pdf>",
                                               show_default=False)] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", show_default=False)] = None,
    document: Annotated[str, typer.Option("--document", metavar="<ohjelma|agenda-item>", show_default=False)]
    = "ohjelma",
    reference_docx: Annotated[Path | None, typer.Option("--reference-docx", show_default=False)] = None,
    templates: Annotated[Path | None, typer.Option("--templates", show_default=False)] = None,
    luonnos: Annotated[bool, typer.Option("--luonnos")] = False,
    kieli: KieliOption = None,
) -> None:
    """Render the programme (help text: messages.ui("help.render"))."""
    from kotodoc.checks import report
    from kotodoc.render.pipeline import render_files

    lang = _lang(kieli)

    def run() -> int:
        code = 0
        for result in render_files([Path(f) for f in files], format, output, document=document,
                                   reference_docx=reference_docx, templates=templates, draft=luonnos):
            if result.report.diagnostics or result.output is None:
                typer.echo(report.text_report([result.report], False, lang), err=True)
            if result.output is None:
                code = 1
            elif str(result.output) != "-":  # -o -: the document went to stdout
                _say("cli.written", lang, path=result.output)
            for note in result.notes:
                typer.echo(f"kotodoc: {messages.ui('cli.note', lang, note=note)}", err=True)
        return code

    raise typer.Exit(_guard(run, lang, "render", kieli))


@_command("import")
def import_(
    file: Annotated[Path, typer.Argument(show_default=False)],
    output: Annotated[Path | None, typer.Option("--output", "-o", show_default=False)] = None,
    kunta: Annotated[list[str], typer.Option("--kunta", show_default=False)] = [],  # noqa: B006
    force: Annotated[bool, typer.Option("--force")] = False,
    kieli: KieliOption = None,
) -> None:
    """Import a Word form (help text: messages.ui("help.import")). The importer's own notes are Finnish."""
    from kotodoc.checks import report
    from kotodoc.intake.run import import_file, report_lines

    lang = _lang(kieli)

    def run() -> int:
        outcome = import_file(file, output, municipalities=kunta, force=force)
        for line in report_lines(outcome, file):
            typer.echo(line, err=True)
        typer.echo(report.text_report([outcome.report], False, lang), err=True)
        return 0 if outcome.report.passed() else 1

    raise typer.Exit(_guard(run, lang, "import", kieli))


class CostFormat(str, Enum):
    """Output formats of ``costs``."""

    table = "table"
    csv = "csv"
    json = "json"


@_command("costs")
def costs(
    file: Annotated[Path, typer.Argument(show_default=False)],
    format: Annotated[str, typer.Option("--format", "-f", metavar="<table|csv|json>", show_default=False)]
    = "table",
    kieli: KieliOption = None,
) -> None:
    """Compute the cost split (help text: messages.ui("help.costs"))."""
    from kotodoc import form
    from kotodoc.checks import report
    from kotodoc.costs.tables import format_split, split_file

    lang = _lang(kieli)

    def run() -> int:
        chosen = choice("--format", format, CostFormat) or "table"
        result = split_file(file)
        if result.report.diagnostics:
            typer.echo(report.text_report([result.report], False, lang), err=True)
        if result.split is None:
            return 1
        text = format_split(result.split, chosen, result.note, form.texts(lang))
        typer.echo(text, nl=not text.endswith("\n"))
        return 0

    raise typer.Exit(_guard(run, lang, "costs", kieli))


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


@_command("diff")
def diff(
    old: Annotated[str, typer.Argument(show_default=False)],
    new: Annotated[str, typer.Argument(show_default=False)],
    format: Annotated[DiffFormat, typer.Option("--format", "-f")] = DiffFormat.text,
    color: Annotated[ColorChoice, typer.Option("--color")] = ColorChoice.auto,
    kieli: KieliOption = None,
) -> None:
    """Show the changes between two versions (help text: messages.ui("help.diff"))."""
    from kotodoc.checks import report
    from kotodoc.review.compare import diff_versions
    from kotodoc.review.diff_formats import wants_color

    lang = _lang(kieli)

    def run() -> int:
        coloured = wants_color(color.value, sys.stdout.isatty(), os.environ)
        outcome = diff_versions(old, new, format.value, color=coloured, lang=lang)
        for bad in outcome.unusable:
            typer.echo(report.text_report([bad], False, lang), err=True)
        for note in outcome.notes:
            typer.echo(f"kotodoc: {note}", err=True)
        if outcome.output:
            typer.echo(outcome.output, nl=False, color=coloured or None)
        return outcome.exit_code

    raise typer.Exit(_guard(run, lang, "diff", kieli))


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


@_command("summary")
def summary(
    paths: Annotated[list[Path], typer.Argument(show_default=False)],
    format: Annotated[SummaryFormat, typer.Option("--format", "-f")] = SummaryFormat.csv,
    view: Annotated[SummaryView, typer.Option("--view")] = SummaryView.programmes,
    output: Annotated[Path | None, typer.Option("--output", "-o", show_default=False)] = None,
    kieli: KieliOption = None,
) -> None:
    """An overview of many programmes (help text: messages.ui("help.summary"))."""
    from kotodoc.review.summary_formats import write_summary

    lang = _lang(kieli)

    def run() -> None:
        text = write_summary(paths, format.value, view.value, output, lang)
        if text is None:
            _say("cli.written", lang, path=output)
        else:
            typer.echo(text, nl=False)

    _guard(run, lang, "summary", kieli)


def usage_error(exc: Exception, lang: str = "fi") -> str:
    """A command-line usage error (from the library inside typer) in ``lang``, with a "did you mean" hint."""
    import difflib
    import re

    name = type(exc).__name__
    detail = str(getattr(exc, "message", "") or exc)
    quoted = [a or b for a, b in re.findall(r"'([^']*)'|\(([^()]*)\)\.?$", detail)]
    first, last = (quoted[0], quoted[-1]) if quoted else ("", "")
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "kotodoc"

    def hint(candidates: list[str]) -> messages.DidYouMean:
        return messages.DidYouMean(tuple(candidates))

    def ui(key: str, **params: Any) -> str:
        return messages.ui(key, lang, **params)

    if name == "NoSuchOption":
        option = str(getattr(exc, "option_name", "") or first)
        lead = ui("usage.unknown_option", option=option, hint=hint(list(getattr(exc, "possibilities", None) or [])))
    elif name in ("MissingParameter", "NoArgsIsHelpError"):
        param = getattr(exc, "param", None)
        what = getattr(param, "metavar", None) or getattr(param, "name", None)
        lead = ui("usage.missing_part", what=what) if what else ui("usage.missing")
    elif "No such command" in detail and ctx is not None:
        known = sorted(getattr(ctx.command, "commands", {}) or {})
        lead = ui("usage.unknown_command", command=first,
                  hint=hint(difflib.get_close_matches(first, known, n=2, cutoff=0.5)))
    elif "requires an argument" in detail:
        lead = ui("usage.needs_value", option=first)
    elif "unexpected extra argument" in detail:
        lead = ui("usage.extra_argument", value=last)
    elif name == "BadParameter":
        hint_text = getattr(exc, "param_hint", None) or getattr(getattr(exc, "param", None), "name", "")
        lead = ui("usage.bad_value", option=hint_text, value=first)
    else:
        lead = ui("usage.bad_command")
    return f"kotodoc: {lead}\n{ui('usage.help', command=command)}"


def main() -> None:
    """Console-script entry point: usage errors in the reader's language, exit codes as documented."""
    # pydantic looks for plugins by scanning every installed distribution on the first model
    # build (~10 ms per run, paid on every pre-commit call); kotodoc uses none. A user who
    # wants plugins can still set PYDANTIC_DISABLE_PLUGINS themselves.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    lang = _language_in(sys.argv[1:])
    try:
        code = app(prog_name="kotodoc", standalone_mode=False)
    except typer.Abort:
        typer.echo(f"kotodoc: {messages.ui('cli.interrupted', lang)}", err=True)
        sys.exit(130)
    except Exception as exc:
        if not hasattr(exc, "exit_code") or not hasattr(exc, "format_message"):
            raise  # not a usage error: _guard already handled everything a command raises
        if type(exc).__name__ == "NoArgsIsHelpError" and getattr(exc, "ctx", None) is not None:
            typer.echo(exc.ctx.get_help())  # type: ignore[attr-defined]
        else:
            typer.echo(usage_error(exc, lang), err=True)
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)

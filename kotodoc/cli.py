"""The command line: a thin typer layer over the kotodoc library.

Commands parse options, call one core function and map the outcome to an exit
code: 0 ok, 1 invalid document, 2 usage error or unreadable file, 3 internal
error (:func:`kotodoc.cli_errors.guard`). Heavy modules (python-docx, Jinja) are
imported inside the commands that need them, so ``kotodoc validate`` in a
pre-commit hook starts fast.

File arguments are declared ``str``, not ``Path``: typer builds a pydantic
TypeAdapter and calls ``os.stat`` for every ``Path`` value (about 50 µs each,
half a second over 10,000 files); the core takes the names as they are.

Every command speaks the reader's language: ``--kieli fi|sv|en``, else
``KOTODOC_KIELI``, else the locale (:func:`kotodoc.messages.resolve_language`).
The help texts are not written here but filled in by
:class:`kotodoc.cli_help.LocalizedGroup`; option values are read by
:func:`kotodoc.cli_options.choice`; the library's usage errors are worded by
:func:`kotodoc.cli_errors.usage_error`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from kotodoc import __version__, messages
from kotodoc.cli_errors import guard, say, usage_error
from kotodoc.cli_help import LocalizedCommand, LocalizedGroup, command_named, language_in, reader_language
from kotodoc.cli_options import (
    CiKind,
    ColorChoice,
    CostFormat,
    DiffFormat,
    Kieli,
    ReportFormat,
    SummaryFormat,
    SummaryView,
    choice,
)

_SETTINGS: dict[str, Any] = {"name": "kotodoc", "add_completion": False, "no_args_is_help": True,
                              "pretty_exceptions_enable": False, "rich_markup_mode": None, "cls": LocalizedGroup}
app = typer.Typer(**_SETTINGS)


def _command(name: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """``@app.command`` with the help screen in the reader's language (texts filled in by the group)."""
    return app.command(name, cls=LocalizedCommand)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(messages.ui("cli.version", version=__version__))
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[bool, typer.Option("--version", is_eager=True, callback=_show_version)] = False,
    kieli: Annotated[Kieli | None, typer.Option("--kieli", case_sensitive=False, metavar="<fi|sv|en>",
                                                show_default=False)] = None,
) -> None:
    """Options before the command: ``--version``, and ``--kieli`` (also accepted after the command)."""


KieliOption = Annotated[str | None, typer.Option("--kieli", metavar="<fi|sv|en>", show_default=False)]


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

    lang = reader_language(kieli)

    def run() -> int:
        asked = choice("--format", format, ReportFormat)
        chosen = asked or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
        return stream_report(check_files(files, luonnos), chosen, strict, sys.stdout.write, lang)

    raise typer.Exit(guard(run, lang, "validate", kieli))


@_command("schema")
def schema(
    output: Annotated[str | None, typer.Option("--output", "-o", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force")] = False,
    kieli: KieliOption = None,
) -> None:
    """Write the editor schema (help text: messages.ui("help.schema"))."""
    from kotodoc.schema.export import schema_target, schema_text, write_schema

    lang = reader_language(kieli)

    def run() -> None:
        target = schema_target(output, Path(), lang)
        text = schema_text(lang)
        if target is None:
            sys.stdout.write(text)
        else:
            write_schema(target, text, force)
            say("cli.written", lang, path=target)

    guard(run, lang, "schema", kieli)


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

    lang = reader_language(kieli)

    def run() -> None:
        planned = repo_init.plan(kunta, choice("--ci", ci, CiKind), asennus, lang)
        for path in repo_init.write(directory, planned.files, force):
            say("cli.written", lang, path=path)
        for note in planned.notes:
            typer.echo(f"kotodoc: {messages.ui('cli.note', lang, note=note)}", err=True)
        typer.echo(repo_init.next_steps(directory, lang), err=True)

    guard(run, lang, "init", kieli)


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

    lang = reader_language(kieli)

    def run() -> int:
        code = 0
        for result in render_files([Path(f) for f in files], format, output, document=document,
                                   reference_docx=reference_docx, templates=templates, draft=luonnos):
            if result.report.diagnostics or result.output is None:
                typer.echo(report.text_report([result.report], False, lang), err=True)
            if result.output is None:
                code = 1
            elif str(result.output) != "-":  # -o -: the document went to stdout
                say("cli.written", lang, path=result.output)
            for note in result.notes:
                typer.echo(f"kotodoc: {messages.ui('cli.note', lang, note=note)}", err=True)
        return code

    raise typer.Exit(guard(run, lang, "render", kieli))


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

    lang = reader_language(kieli)

    def run() -> int:
        outcome = import_file(file, output, municipalities=kunta, force=force)
        for line in report_lines(outcome, file):
            typer.echo(line, err=True)
        typer.echo(report.text_report([outcome.report], False, lang), err=True)
        return 0 if outcome.report.passed() else 1

    raise typer.Exit(guard(run, lang, "import", kieli))


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

    lang = reader_language(kieli)

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

    raise typer.Exit(guard(run, lang, "costs", kieli))


@_command("diff")
def diff(
    old: Annotated[str, typer.Argument(show_default=False)],
    new: Annotated[str, typer.Argument(show_default=False)],
    format: Annotated[str, typer.Option("--format", "-f", metavar="<text|md|html|json>")] = "text",
    color: Annotated[str, typer.Option("--color", metavar="<auto|always|never>")] = "auto",
    kieli: KieliOption = None,
) -> None:
    """Show the changes between two versions (help text: messages.ui("help.diff"))."""
    from kotodoc.checks import report
    from kotodoc.review.compare import diff_versions
    from kotodoc.review.diff_formats import wants_color

    lang = reader_language(kieli)

    def run() -> int:
        chosen = choice("--format", format, DiffFormat) or "text"
        coloured = wants_color(choice("--color", color, ColorChoice) or "auto", sys.stdout.isatty(), os.environ)
        outcome = diff_versions(old, new, chosen, color=coloured, lang=lang)
        for bad in outcome.unusable:
            typer.echo(report.text_report([bad], False, lang), err=True)
        for note in outcome.notes:
            typer.echo(f"kotodoc: {note}", err=True)
        if outcome.output:
            typer.echo(outcome.output, nl=False, color=coloured or None)
        return outcome.exit_code

    raise typer.Exit(guard(run, lang, "diff", kieli))


@_command("summary")
def summary(
    paths: Annotated[list[Path], typer.Argument(show_default=False)],
    format: Annotated[str | None, typer.Option("--format", "-f", metavar="<csv|xlsx|html|json>",
                                               show_default=False)] = None,
    view: Annotated[str, typer.Option("--view", metavar="<programmes|languages|services>")] = "programmes",
    output: Annotated[Path | None, typer.Option("--output", "-o", show_default=False)] = None,
    kieli: KieliOption = None,
) -> None:
    """An overview of many programmes (help text: messages.ui("help.summary"))."""
    from kotodoc.review.summary_formats import write_summary

    lang = reader_language(kieli)

    def run() -> None:
        chosen = choice("--format", format, SummaryFormat)
        text = write_summary(paths, chosen, choice("--view", view, SummaryView) or "programmes", output, lang)
        if text is None:
            say("cli.written", lang, path=output)
        else:
            typer.echo(text, nl=False)

    guard(run, lang, "summary", kieli)


def main() -> None:
    """Console-script entry point: usage errors in the reader's language, exit codes as documented."""
    # pydantic looks for plugins by scanning every installed distribution on the first model
    # build (~10 ms per run, paid on every pre-commit call); kotodoc uses none. A user who
    # wants plugins can still set PYDANTIC_DISABLE_PLUGINS themselves.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    lang = language_in(sys.argv[1:])
    try:
        code = _app_for(sys.argv[1:])(prog_name="kotodoc", standalone_mode=False)
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


def _app_for(args: list[str]) -> typer.Typer:
    """The app with only the command that ``args`` names registered: typer builds the parser of every
    registered command on each start (most of a millisecond each, paid by every pre-commit call). The
    whole app when the line names no command of it (help, a mistyped command, no command)."""
    name = command_named(args)
    named = [info for info in app.registered_commands if info.name == name]
    if not named:
        return app
    lean = typer.Typer(**_SETTINGS)
    lean.registered_callback = app.registered_callback
    lean.registered_commands = named
    return lean

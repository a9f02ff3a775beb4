"""The command line: a thin typer layer over the kotodoc library.

Commands parse options, call one core function and map the outcome to an exit
code: 0 ok, 1 invalid document, 2 usage error or unreadable file, 3 internal
error. Heavy modules (python-docx, Jinja) are imported inside the commands that
need them, so ``kotodoc validate`` in a pre-commit hook starts fast.

File arguments are declared ``str``, not ``Path``: typer builds a pydantic
TypeAdapter and calls ``os.stat`` for every ``Path`` value (about 50 µs each,
half a second over 10,000 files); the core takes the names as they are.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from typer.core import TyperCommand, TyperGroup

from kotodoc import __version__
from kotodoc.errors import KotodocError, OptionError
from kotodoc.messages import usage_fi


def finnish_help(text: str) -> str:
    """A help screen with the command-line library's English words in Finnish; columns stay aligned."""
    import re

    def swap(english: str, finnish: str) -> Callable[[re.Match[str]], str]:
        def replace(match: re.Match[str]) -> str:
            gap = match.group(1)
            if len(gap) >= 2:  # padding up to the help column: keep the column where it was
                gap = " " * max(2, len(gap) - (len(finnish) - len(english)))
            return finnish + gap
        return replace

    for english, finnish in usage_fi.HELP_WORDS:
        text = re.sub(re.escape(english) + "( *)", swap(english, finnish), text)
    return text


class _FinnishGroup(TyperGroup):
    def get_help(self, ctx: Any) -> str:
        return finnish_help(super().get_help(ctx))


class _FinnishCommand(TyperCommand):
    def get_help(self, ctx: Any) -> str:
        return finnish_help(super().get_help(ctx))


app = typer.Typer(
    name="kotodoc",
    help="Kunnan kotoutumisohjelma YAML-tiedostona: tarkista ja tulosta TEM:n lomakkeelle.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=_FinnishGroup,
)

T = TypeVar("T")


def _command(name: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """``@app.command`` with the Finnish help screen and a one-line summary that ``--help`` does not cut."""
    return app.command(name, cls=_FinnishCommand, short_help=usage_fi.SHORT_HELP[name])


def _show_version(value: bool) -> None:
    if value:
        typer.echo(usage_fi.VERSION.format(version=__version__))
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[bool, typer.Option("--version", help=usage_fi.VERSION_HELP, is_eager=True,
                                          callback=_show_version)] = False,
) -> None:
    pass


def choice(option: str, value: str | None, allowed: Enum | type[Enum]) -> str | None:
    """``value`` of ``option`` as one of the ``allowed`` enum's values, in any letter case; a Finnish usage
    error with the nearest allowed value otherwise."""
    from kotodoc import messages

    if value is None:
        return None
    names = [str(member.value) for member in allowed]  # type: ignore[union-attr]
    folded = value.strip().lower()
    if folded in names:
        return folded
    raise OptionError(messages.unknown_choice(option, value, names))


def _guard(action: Callable[[], T], command: str = "") -> T:
    """Run a command body: Finnish message and exit code for every failure, never a traceback."""
    try:
        return action()
    except KotodocError as exc:
        typer.echo(f"kotodoc: {exc}", err=True)
        if isinstance(exc, OptionError):
            typer.echo(usage_fi.SEE_HELP.format(command=f"kotodoc {command}".strip()), err=True)
        raise typer.Exit(exc.exit_code) from None
    except KeyboardInterrupt:
        typer.echo("kotodoc: keskeytetty", err=True)
        raise typer.Exit(130) from None
    except (typer.Exit, typer.Abort):
        raise
    except Exception as exc:
        if os.environ.get("KOTODOC_DEBUG"):
            raise
        typer.echo(f"kotodoc: sisäinen virhe ({type(exc).__name__}: {exc}). "
                   "Ilmoita tästä kotodocin kehittäjille; KOTODOC_DEBUG=1 näyttää lisätiedot.", err=True)
        raise typer.Exit(3) from None


class ReportFormat(str, Enum):
    """Output formats of ``validate``."""

    text = "text"
    json = "json"
    github = "github"
    gitlab = "gitlab"


@_command("validate")
def validate(
    files: Annotated[list[str], typer.Argument(help="Tarkistettavat YAML-tiedostot.", show_default=False,
                                               metavar="TIEDOSTO")],
    format: Annotated[str | None, typer.Option(
        "--format", "-f", help="text, json, github tai gitlab (GitLab Code Quality; oletus: github, kun GITHUB_ACTIONS "
        "on asetettu, muuten text).", metavar="<text|json|github|gitlab>",
        show_default=False)] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Myös varoitukset epäonnistuvat.")] = False,
    luonnos: Annotated[bool, typer.Option(
        "--luonnos", help="Tarkista luonnoksena: vastaamattomat kysymykset ovat varoituksia (paitsi tiedostossa, "
        "jossa lukee luonnos: false).")] = False,
) -> None:
    """Tarkista kotoutumisohjelman YAML-tiedostot lain vähimmäissisältöä vastaan."""
    from kotodoc.checks.batch import check_files
    from kotodoc.checks.report import stream_report

    def run() -> int:
        asked = choice("--format", format, ReportFormat)
        chosen = asked or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
        return stream_report(check_files(files, luonnos), chosen, strict, sys.stdout.write)

    raise typer.Exit(_guard(run, "validate"))


SCHEMA_IN_SOURCE = Path("schemas") / "kotodoc.schema.json"  # kotodoc's own repository
SCHEMA_FROM_INIT = Path("kotodoc.schema.json")  # a municipality's repository, as kotodoc init lays it out


def schema_target(output: str | None, here: Path) -> Path | None:
    """Where ``kotodoc schema`` writes: ``-o``, else the schema this directory already keeps; None for stdout."""
    if output == "-":
        return None
    if output is not None:
        return Path(output)
    if (here / SCHEMA_IN_SOURCE.parent).is_dir():
        return SCHEMA_IN_SOURCE
    if (here / SCHEMA_FROM_INIT).is_file():
        return SCHEMA_FROM_INIT
    raise OptionError(usage_fi.SCHEMA_NO_TARGET.format(init_file=SCHEMA_FROM_INIT))


@_command("schema")
def schema(
    output: Annotated[str | None, typer.Option("--output", "-o", help=usage_fi.SCHEMA_OUTPUT_HELP,
                                               show_default=False)] = None,
) -> None:
    """Kirjoita mallin JSON Schema (editorien täydennystä ja tarkistusta varten)."""
    from kotodoc.output import write_atomic
    from kotodoc.schema.export import schema_text

    def run() -> None:
        target = schema_target(output, Path())
        text = schema_text()
        if target is None:
            sys.stdout.write(text)
        else:
            write_atomic(target, text.encode("utf-8"))
            typer.echo(usage_fi.WRITTEN.format(path=target), err=True)

    _guard(run, "schema")


class CiKind(str, Enum):
    """CI services ``init --ci`` writes files for."""

    github = "github"
    gitlab = "gitlab"


@_command("init")
def init(
    directory: Annotated[Path, typer.Argument(help="Hakemisto (oletus: nykyinen).", show_default=False,
                                               metavar="[HAKEMISTO]")]
    = Path(),
    kunta: Annotated[list[str], typer.Option(
        "--kunta", help="Kunnan nimi suomeksi tai ruotsiksi; yhteisohjelmassa valitsin toistetaan tai nimet "
        "erotetaan pilkulla (--kunta \"Pori, Ulvila, Nakkila\").", metavar="<nimi>",
        show_default=False)] = [],  # noqa: B006
    ci: Annotated[str | None, typer.Option(
        "--ci", help="Lisää CI-tiedosto (github tai gitlab) ja .pre-commit-config.yaml.", metavar="<github|gitlab>",
        show_default=False)] = None,
    asennus: Annotated[str | None, typer.Option(
        "--asennus", help="pip-asennusmääre CI:lle ja pre-commitille (oletus: kotodoc==VERSIO).",
        metavar="<määre>", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Korvaa olemassa olevat tiedostot.")] = False,
) -> None:
    """Luo kunnan kotoutumisohjelman pohja (lomakkeen kysymykset kommentteina), skeema ja CI-tiedostot."""
    from kotodoc.repo import init as repo_init

    def run() -> None:
        planned = repo_init.plan(kunta, choice("--ci", ci, CiKind), asennus)
        for path in repo_init.write(directory, planned.files, force):
            typer.echo(f"Kirjoitettu {path}", err=True)
        for note in planned.notes:
            typer.echo(f"kotodoc: huomautus: {note}", err=True)
        typer.echo(repo_init.next_steps(directory), err=True)

    _guard(run, "init")


@_command("render")
def render(
    files: Annotated[list[str], typer.Argument(help="Kotoutumisohjelman YAML-tiedostot (yksi tai useampi).",
                                               show_default=False, metavar="TIEDOSTO")],
    format: Annotated[str | None, typer.Option("--format", "-f", help=usage_fi.RENDER_FORMAT_HELP,
                                               metavar="<docx|md|html|pdf>", show_default=False)] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Kohdetiedosto tai, usealle tiedostolle, hakemisto (oletus: lähdetiedoston nimi "
        "uudella päätteellä, sen viereen).",
        show_default=False)] = None,
    document: Annotated[str, typer.Option(
        "--document", help=usage_fi.DOCUMENT_HELP, metavar="<ohjelma|agenda-item>", show_default=False)]
    = "ohjelma",
    reference_docx: Annotated[Path | None, typer.Option(
        "--reference-docx", help="Kunnan oma Word-mallipohja (tyylit, sivuasetukset, ylä- ja alatunniste).",
        show_default=False)] = None,
    templates: Annotated[Path | None, typer.Option(
        "--templates", help="Hakemisto, jonka Jinja-mallit korvaavat md- ja html-muodon oletusmallit "
        "(agenda-item: myös perustelujen mallin agenda_background.fi.j2 kaikissa muodoissa).",
        show_default=False)] = None,
    luonnos: Annotated[bool, typer.Option(
        "--luonnos", help="Tulosta luonnoksena: vastaamattomat kysymykset eivät estä tulostusta, ja jokaisella "
        "sivulla lukee LUONNOS (paitsi tiedostosta, jossa lukee luonnos: false).")] = False,
) -> None:
    """Tulosta kotoutumisohjelma TEM:n lomakkeen muodossa: docx, md, html tai pdf.

    Monta tiedostoa tulostuu yhdellä kutsulla; PDF-muunnos tehdään niille kaikille yhdellä LibreOffice-ajolla.
    """
    from kotodoc.checks import report
    from kotodoc.render.pipeline import render_files

    def run() -> int:
        code = 0
        for result in render_files([Path(f) for f in files], format, output, document=document,
                                   reference_docx=reference_docx, templates=templates, draft=luonnos):
            if result.report.diagnostics or result.output is None:
                typer.echo(report.text_report([result.report], False), err=True)
            if result.output is None:
                code = 1
            else:
                typer.echo(usage_fi.WRITTEN.format(path=result.output), err=True)
        return code

    raise typer.Exit(_guard(run, "render"))


@_command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="Täytetty lomake: .docx (tai .odt, .doc, .rtf, kun LibreOffice on "
                                              "asennettu).", show_default=False, metavar="TIEDOSTO")],
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Kohdetiedosto (oletus: Word-tiedoston nimi .yaml-päätteellä, sen viereen).",
        show_default=False)] = None,
    kunta: Annotated[list[str], typer.Option(
        "--kunta", help="Kunnan nimi, jos lomakkeella ei ole sitä tai se on toisin; yhteisohjelmassa toistetaan.",
        metavar="<nimi>", show_default=False)] = [],  # noqa: B006
    force: Annotated[bool, typer.Option("--force", help="Korvaa olemassa oleva kohdetiedosto.")] = False,
) -> None:
    """Tuo Wordissa täytetty lomake YAML-tiedostoksi ja tarkista se."""
    from kotodoc.checks import report
    from kotodoc.intake.run import import_file, report_lines

    def run() -> int:
        outcome = import_file(file, output, municipalities=kunta, force=force)
        for line in report_lines(outcome, file):
            typer.echo(line, err=True)
        typer.echo(report.text_report([outcome.report], False), err=True)
        return 0 if outcome.report.passed() else 1

    raise typer.Exit(_guard(run))


class CostFormat(str, Enum):
    """Output formats of ``costs``."""

    table = "table"
    csv = "csv"
    json = "json"


@_command("costs")
def costs(
    file: Annotated[Path, typer.Argument(help="Yhteistoiminnan YAML-tiedosto.", show_default=False,
                                          metavar="TIEDOSTO")],
    format: Annotated[str, typer.Option(
        "--format", "-f", help="table (taulukko, oletus), csv (taulukkolaskentaan: ; ja desimaalipilkku) tai json.",
        metavar="<table|csv|json>", show_default=False)] = "table",
) -> None:
    """Laske yhteisen kotoutumispalvelun kustannusten jako jäsenkunnille (euroina ja prosentteina)."""
    from kotodoc.checks import report
    from kotodoc.costs.tables import format_split, split_file

    def run() -> int:
        chosen = choice("--format", format, CostFormat) or "table"
        result = split_file(file)
        if result.report.diagnostics:
            typer.echo(report.text_report([result.report], False), err=True)
        if result.split is None:
            return 1
        text = format_split(result.split, chosen, result.note)
        typer.echo(text, nl=not text.endswith("\n"))
        return 0

    raise typer.Exit(_guard(run, "costs"))


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
    old: Annotated[str, typer.Argument(help="Vanha versio: tiedosto tai git-versio (HEAD~1, v2024:kunta.yaml).",
                                       show_default=False, metavar="VANHA")],
    new: Annotated[str, typer.Argument(help="Uusi versio: tiedosto tai VERSIO:TIEDOSTO.", show_default=False,
                                       metavar="UUSI")],
    format: Annotated[DiffFormat, typer.Option("--format", "-f", help="text, md, html tai json.")] = DiffFormat.text,
    color: Annotated[ColorChoice, typer.Option(
        "--color", help="Värit tekstimuodossa: auto (päätteellä, ellei NO_COLOR ole asetettu), always tai never.")]
    = ColorChoice.auto,
) -> None:
    """Näytä muutokset kahden version välillä lomakkeen kohdittain (0 samat, 1 eroavat, 2 virheellinen syöte)."""
    from kotodoc.checks import report
    from kotodoc.review.compare import diff_versions
    from kotodoc.review.diff_formats import wants_color

    def run() -> int:
        coloured = wants_color(color.value, sys.stdout.isatty(), os.environ)
        outcome = diff_versions(old, new, format.value, color=coloured)
        for bad in outcome.unusable:
            typer.echo(report.text_report([bad], False), err=True)
        for note in outcome.notes:
            typer.echo(f"kotodoc: {note}", err=True)
        if outcome.output:
            typer.echo(outcome.output, nl=False, color=coloured or None)
        return outcome.exit_code

    raise typer.Exit(_guard(run))


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
    paths: Annotated[list[Path], typer.Argument(help="Ohjelmien YAML-tiedostot tai hakemisto.", show_default=False,
                                                metavar="TIEDOSTO|HAKEMISTO")],
    format: Annotated[SummaryFormat, typer.Option(
        "--format", "-f", help="csv (taulukkolaskentaan: ; ja desimaalipilkku), xlsx, html tai json.")]
    = SummaryFormat.csv,
    view: Annotated[SummaryView, typer.Option(
        "--view", help="csv:n taulukko: programmes (ohjelmat), languages (kielet) tai services (yhteiset palvelut).")]
    = SummaryView.programmes,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Kohdetiedosto (xlsx: pakollinen; muuten oletus tulostaa).", show_default=False)]
    = None,
) -> None:
    """Yhteenveto monesta ohjelmasta: rivi ohjelmaa kohden ja koko alueen luvut (elinvoimakeskuksen tarkastajalle)."""
    from kotodoc.review.summary_formats import write_summary

    def run() -> None:
        text = write_summary(paths, format.value, view.value, output)
        if text is None:
            typer.echo(f"Kirjoitettu {output}", err=True)
        else:
            typer.echo(text, nl=False)

    _guard(run)


def usage_error_fi(exc: Exception) -> str:
    """A command-line usage error (from the library inside typer) in Finnish, with a "tarkoititko" hint."""
    import difflib
    import re

    name = type(exc).__name__
    detail = str(getattr(exc, "message", "") or exc)
    quoted = [a or b for a, b in re.findall(r"'([^']*)'|\(([^()]*)\)\.?$", detail)]
    first, last = (quoted[0], quoted[-1]) if quoted else ("", "")
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "kotodoc"

    def hint(candidates: list[str]) -> str:
        return usage_fi.DID_YOU_MEAN.format(candidates=usage_fi.OR.join(candidates)) if candidates else ""

    if name == "NoSuchOption":
        option = str(getattr(exc, "option_name", "") or first)
        lead = usage_fi.UNKNOWN_OPTION.format(option=option, hint=hint(list(getattr(exc, "possibilities", None) or [])))
    elif name in ("MissingParameter", "NoArgsIsHelpError"):
        param = getattr(exc, "param", None)
        what = getattr(param, "metavar", None) or getattr(param, "name", None)
        lead = f"{usage_fi.MISSING_PART_GENERIC}: {what}" if what else usage_fi.MISSING_PART_GENERIC
    elif "No such command" in detail and ctx is not None:
        known = sorted(getattr(ctx.command, "commands", {}) or {})
        lead = usage_fi.UNKNOWN_COMMAND.format(command=first, hint=hint(
            difflib.get_close_matches(first, known, n=2, cutoff=0.5)))
    elif "requires an argument" in detail:
        lead = usage_fi.OPTION_NEEDS_VALUE.format(option=first)
    elif "unexpected extra argument" in detail:
        lead = usage_fi.EXTRA_ARGUMENT.format(value=last)
    elif name == "BadParameter":
        hint_text = getattr(exc, "param_hint", None) or getattr(getattr(exc, "param", None), "name", "")
        lead = usage_fi.UNKNOWN_VALUE.format(option=hint_text, value=first, allowed="", hint="").replace(
            " (sallitut: )", "")
    else:
        lead = usage_fi.BAD_USAGE
    return f"kotodoc: {lead}\n{usage_fi.SEE_HELP.format(command=command)}"


def main() -> None:
    """Console-script entry point: usage errors in Finnish, exit codes as documented."""
    # pydantic looks for plugins by scanning every installed distribution on the first model
    # build (~10 ms per run, paid on every pre-commit call); kotodoc uses none. A user who
    # wants plugins can still set PYDANTIC_DISABLE_PLUGINS themselves.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        code = app(prog_name="kotodoc", standalone_mode=False)
    except typer.Abort:
        typer.echo("kotodoc: keskeytetty", err=True)
        sys.exit(130)
    except Exception as exc:
        if not hasattr(exc, "exit_code") or not hasattr(exc, "format_message"):
            raise  # not a usage error: _guard already handled everything a command raises
        if type(exc).__name__ == "NoArgsIsHelpError" and getattr(exc, "ctx", None) is not None:
            typer.echo(exc.ctx.get_help())  # type: ignore[attr-defined]
        else:
            typer.echo(usage_error_fi(exc), err=True)
        sys.exit(2)
    sys.exit(code if isinstance(code, int) else 0)

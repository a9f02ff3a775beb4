"""The command line: a thin typer layer over the kotodoc library.

Commands parse options, call one core function and map the outcome to an exit
code: 0 ok, 1 invalid document, 2 usage error or unreadable file, 3 internal
error. Heavy modules (python-docx, Jinja) are imported inside the commands that
need them, so ``kotodoc validate`` in a pre-commit hook starts fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from kotodoc.errors import KotodocError

app = typer.Typer(
    name="kotodoc",
    help="Kunnan kotoutumisohjelma YAML-tiedostona: tarkista ja tulosta TEM:n lomakkeelle.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

T = TypeVar("T")


def _guard(action: Callable[[], T]) -> T:
    """Run a command body: Finnish message and exit code for every failure, never a traceback."""
    try:
        return action()
    except KotodocError as exc:
        typer.echo(f"kotodoc: {exc}", err=True)
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


@app.command()
def validate(
    files: Annotated[list[Path], typer.Argument(help="Tarkistettavat YAML-tiedostot.", show_default=False,
                                                metavar="TIEDOSTO")],
    format: Annotated[ReportFormat | None, typer.Option(
        "--format", "-f", help="text, json, github tai gitlab (GitLab Code Quality; oletus: github, kun GITHUB_ACTIONS "
        "on asetettu, muuten text).",
        show_default=False)] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Myös varoitukset epäonnistuvat.")] = False,
) -> None:
    """Tarkista kotoutumisohjelman YAML-tiedostot lain vähimmäissisältöä vastaan."""
    from kotodoc.checks import report
    from kotodoc.checks.validate import validate_file
    from kotodoc.errors import FileReadError

    def run() -> int:
        chosen = format.value if format else ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
        results: list[report.Result] = []
        for path in files:
            try:
                results.append(validate_file(path))
            except FileReadError as exc:
                results.append(report.Unreadable(str(path), str(exc)))
        typer.echo(report.REPORTERS[chosen](results, strict))
        return report.exit_code(results, strict)

    raise typer.Exit(_guard(run))


@app.command()
def schema(
    output: Annotated[str, typer.Option("--output", "-o", help="Kohdetiedosto; '-' tulostaa.")]
    = "schemas/kotodoc.schema.json",
) -> None:
    """Kirjoita mallin JSON Schema (editorien täydennystä ja tarkistusta varten)."""
    from kotodoc.output import write_atomic
    from kotodoc.schema.export import schema_text

    def run() -> None:
        text = schema_text()
        if output == "-":
            sys.stdout.write(text)
        else:
            write_atomic(Path(output), text.encode("utf-8"))
            typer.echo(f"Kirjoitettu {output}", err=True)

    _guard(run)


class CiKind(str, Enum):
    """CI services ``init --ci`` writes files for."""

    github = "github"
    gitlab = "gitlab"


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="Hakemisto (oletus: nykyinen).", show_default=False,
                                               metavar="[HAKEMISTO]")]
    = Path(),
    kunta: Annotated[list[str], typer.Option(
        "--kunta", help="Kunnan nimi; yhteisohjelmassa valitsin toistetaan.", metavar="<nimi>",
        show_default=False)] = [],  # noqa: B006
    ci: Annotated[CiKind | None, typer.Option(
        "--ci", help="Lisää CI-tiedosto (github tai gitlab) ja .pre-commit-config.yaml.",
        show_default=False)] = None,
    asennus: Annotated[str | None, typer.Option(
        "--asennus", help="pip-asennusmääre CI:lle ja pre-commitille (oletus: kotodoc==VERSIO).",
        metavar="<määre>", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help="Korvaa olemassa olevat tiedostot.")] = False,
) -> None:
    """Luo kunnan kotoutumisohjelman pohja (lomakkeen kysymykset kommentteina), skeema ja CI-tiedostot."""
    from kotodoc.repo import init as repo_init

    def run() -> None:
        planned = repo_init.plan(kunta, ci.value if ci else None, asennus)
        for path in repo_init.write(directory, planned.files, force):
            typer.echo(f"Kirjoitettu {path}", err=True)
        for note in planned.notes:
            typer.echo(f"kotodoc: huomautus: {note}", err=True)
        typer.echo(repo_init.next_steps(directory), err=True)

    _guard(run)


class RenderFormat(str, Enum):
    """Output formats of ``render``."""

    docx = "docx"
    md = "md"
    html = "html"
    pdf = "pdf"


@app.command()
def render(
    file: Annotated[Path, typer.Argument(help="Kotoutumisohjelman YAML-tiedosto.", show_default=False,
                                          metavar="TIEDOSTO")],
    format: Annotated[RenderFormat, typer.Option("--format", "-f", help="docx, md, html tai pdf.")]
    = RenderFormat.docx,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Kohdetiedosto (oletus: lähdetiedoston nimi uudella päätteellä, sen viereen).",
        show_default=False)] = None,
    document: Annotated[str, typer.Option(
        "--document", help="Tulostettava asiakirja (oletus: ohjelma, lomake täytettynä).")] = "ohjelma",
    reference_docx: Annotated[Path | None, typer.Option(
        "--reference-docx", help="Kunnan oma Word-mallipohja (tyylit, sivuasetukset, ylä- ja alatunniste).",
        show_default=False)] = None,
    templates: Annotated[Path | None, typer.Option(
        "--templates", help="Hakemisto, jonka Jinja-mallit korvaavat md- ja html-muodon oletusmallit "
        "(agenda-item: myös perustelujen mallin agenda_background.fi.j2 kaikissa muodoissa).",
        show_default=False)] = None,
) -> None:
    """Tulosta kotoutumisohjelma TEM:n lomakkeen muodossa: docx, md, html tai pdf."""
    from kotodoc.checks import report
    from kotodoc.render.pipeline import render_file

    def run() -> int:
        result = render_file(file, format.value, output, document=document, reference_docx=reference_docx,
                             templates=templates)
        if result.report.diagnostics or result.output is None:
            typer.echo(report.text_report([result.report], False), err=True)
        if result.output is None:
            return 1
        typer.echo(f"Kirjoitettu {result.output}", err=True)
        return 0

    raise typer.Exit(_guard(run))


class CostFormat(str, Enum):
    """Output formats of ``costs``."""

    table = "table"
    csv = "csv"
    json = "json"


@app.command()
def costs(
    file: Annotated[Path, typer.Argument(help="Yhteistoiminnan YAML-tiedosto.", show_default=False,
                                          metavar="TIEDOSTO")],
    format: Annotated[CostFormat, typer.Option(
        "--format", "-f", help="table (taulukko), csv (taulukkolaskentaan: ; ja desimaalipilkku) tai json.")]
    = CostFormat.table,
) -> None:
    """Laske yhteisen kotoutumispalvelun kustannusten jako jäsenkunnille (euroina ja prosentteina)."""
    from kotodoc.checks import report
    from kotodoc.costs.tables import format_split, split_file

    def run() -> int:
        result = split_file(file)
        if result.report.diagnostics:
            typer.echo(report.text_report([result.report], False), err=True)
        if result.split is None:
            return 1
        text = format_split(result.split, format.value, result.note)
        typer.echo(text, nl=not text.endswith("\n"))
        return 0

    raise typer.Exit(_guard(run))


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


@app.command()
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


@app.command()
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
    """Yhteenveto monesta ohjelmasta: rivi ohjelmaa kohden ja koko alueen luvut (ELY-keskuksen tarkastajalle)."""
    from kotodoc.review.summary_formats import write_summary

    def run() -> None:
        text = write_summary(paths, format.value, view.value, output)
        if text is None:
            typer.echo(f"Kirjoitettu {output}", err=True)
        else:
            typer.echo(text, nl=False)

    _guard(run)


def usage_error_fi(exc: Exception) -> str:
    """A command-line usage error (from click, inside typer) in Finnish; click's own text follows."""
    name = type(exc).__name__
    detail = str(getattr(exc, "message", "") or exc)
    if name == "NoSuchOption":
        options = getattr(exc, "possibilities", None) or []
        hint = f"; tarkoititko {' tai '.join(options)}?" if options else ""
        lead = f"tuntematon valitsin {getattr(exc, 'option_name', '')}{hint}"
    elif name in ("MissingParameter", "NoArgsIsHelpError"):
        lead = "komennosta puuttuu tiedosto tai muu pakollinen osa"
    elif name in ("BadParameter", "BadOptionUsage", "BadArgumentUsage"):
        lead = "virheellinen arvo"
    else:
        lead = "virheellinen komento"
    ctx = getattr(exc, "ctx", None)
    command = ctx.command_path if ctx is not None else "kotodoc"
    return f"kotodoc: {lead} ({detail})\nOhje: {command} --help"


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

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

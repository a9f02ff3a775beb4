"""The command line in Finnish, Swedish and English: --kieli, KOTODOC_KIELI and the locale, on every command."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
from typer.testing import Result

from kotodoc import messages
from kotodoc.cli import app
from kotodoc.cli_help import LocalizedGroup
from kotodoc.messages import fi as finnish
from kotodoc.repo.scaffold import DATA_FILE, SCHEMA_FILE
from tests.conftest import ROOT

RunCli = Callable[..., Result]
COMMANDS = ("validate", "schema", "init", "render", "import", "costs", "diff", "summary")
INVALID = ROOT / "tests" / "cases" / "invalid" / "yhteystiedot.yaml"
WARNS = ROOT / "tests" / "cases" / "valid" / "vanhat_termit.yaml"
MIKKELI = ROOT / "examples" / "mikkeli.yaml"


def flat(text: str) -> str:
    return " ".join(text.split())


def group() -> LocalizedGroup:
    command = typer.main.get_command(app)
    assert isinstance(command, LocalizedGroup)
    return command


def test_every_command_has_the_language_option() -> None:
    commands = group().commands
    assert set(commands) == set(COMMANDS)
    for name, command in commands.items():
        option = next((p for p in command.params if p.name == "kieli"), None)
        assert option is not None and "--kieli" in option.opts, name


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_help_text_exists_in_every_language(lang: str) -> None:
    g = group()
    g.localize(lang)
    assert g.help == messages.ui("help.app", lang)
    for name, command in g.commands.items():
        assert command.help == messages.ui(f"help.{name}", lang)
        for param in command.params:
            help_text = getattr(param, "help", None)
            assert help_text, (name, param.name)
            if lang != "fi":
                assert help_text not in finnish.UI.values(), (name, param.name, lang)


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_in_the_chosen_language(run_cli: RunCli, command: str, lang: str) -> None:
    result = run_cli(command, "--help", "--kieli", lang)
    assert result.exit_code == 0
    assert flat(messages.ui(f"help.{command}", lang)) in flat(result.stdout)
    assert flat(messages.ui(f"help.{command}", "fi")) not in flat(result.stdout)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("command", COMMANDS)
def test_help_names_values_in_words_not_python_types(run_cli: RunCli, command: str, lang: str) -> None:
    """Arguments are shown by their names (``TIEDOSTO...``, ``[HAKEMISTO]``), never with typer's Python types
    (``<list[str]>``) or doubled brackets; every file option names its value as a path."""
    text = run_cli(command, "--help", "--kieli", lang).stdout
    for python in ("list[", "<str>", "<text>", "<teksti>", "[[", "]]", "{", "}"):
        assert python not in text, (python, text)
    usage = text.splitlines()[0]
    for param in group().commands[command].params:
        if param.param_type_name == "argument":
            name = messages.ui(f"metavar.{param.name}", lang)
            assert (name if param.required else f"[{name}]") in [w.removesuffix("...") for w in usage.split()], usage
        if param.name == "output":
            assert f"--output {messages.ui('metavar.output', lang)}" in text


def test_option_values_are_explained_in_the_help() -> None:
    """Every value of a fixed-choice option appears in its help text with words saying what it gives."""
    for lang in ("fi", "sv", "en"):
        for key, values in (("help.diff.format", "text md html json"), ("help.summary.format", "csv xlsx html json"),
                            ("help.summary.view", "programmes languages services"),
                            ("help.diff.color", "auto always never")):
            text = messages.ui(key, lang)
            for value in values.split():
                assert value in text, (lang, key, value)
            if key != "help.diff.color":
                assert text.count("(") >= len(values.split()), (lang, key)


def test_environment_chooses_the_language(run_cli: RunCli) -> None:
    swedish = run_cli("validate", str(INVALID), str(WARNS), env={"KOTODOC_KIELI": "sv"})
    assert swedish.exit_code == 1
    assert f"{INVALID}:8:14: fel KD209: H3 «Kontaktperson och kontaktuppgifter" in swedish.stdout
    assert " varning KD402: " in swedish.stdout
    assert swedish.stdout.rstrip().endswith("Kontrollerade 2 filer: 1 godkändes inte; 2 fel, 2 varningar.")
    english = run_cli("validate", str(INVALID), str(WARNS), env={"KOTODOC_KIELI": "en"})
    assert f"{INVALID}:8:14: error KD209: H3 «Kotoutumisohjelmaa kuvaavan asiakirjan" in english.stdout
    assert " warning KD402: " in english.stdout
    assert english.stdout.rstrip().endswith("Checked 2 files: 1 did not pass; 2 errors, 2 warnings.")


def test_locale_chooses_the_language_and_the_option_wins(run_cli: RunCli) -> None:
    assert "fel KD209" in run_cli("validate", str(INVALID), env={"LANG": "sv_FI.UTF-8"}).stdout
    assert "error KD209" in run_cli("validate", str(INVALID), env={"LC_ALL": "en_GB.UTF-8"}).stdout
    chosen = run_cli("validate", "--kieli", "fi", str(INVALID), env={"KOTODOC_KIELI": "sv", "LANG": "en_US.UTF-8"})
    assert "virhe KD209" in chosen.stdout and "Tarkistettu 1 tiedosto" in chosen.stdout
    unknown = run_cli("validate", str(INVALID), env={"LANG": "de_DE.UTF-8"})
    assert "virhe KD209" in unknown.stdout


def test_machine_readable_output_keeps_its_keys(run_cli: RunCli) -> None:
    doc = json.loads(run_cli("validate", "-f", "json", "--kieli", "sv", str(INVALID)).stdout)
    first = doc["files"][0]["diagnostics"][0]
    assert first["severity"] == "error" and first["code"] == "KD209"
    assert first["message"].startswith("H3 «Kontaktperson") and doc["summary"].startswith("Kontrollerade")
    finnish_gitlab = json.loads(run_cli("validate", "-f", "gitlab", str(INVALID)).stdout)
    swedish_gitlab = json.loads(run_cli("validate", "-f", "gitlab", "--kieli", "sv", str(INVALID)).stdout)
    assert [i["fingerprint"] for i in finnish_gitlab] == [i["fingerprint"] for i in swedish_gitlab]
    assert swedish_gitlab[0]["description"].startswith("KD209: H3 «Kontaktperson")


def test_unreadable_file_in_swedish(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("validate", "--kieli", "sv", str(tmp_path / "saknas.yaml"))
    assert result.exit_code == 2
    assert f"{tmp_path / 'saknas.yaml'}: fel: Filen hittas inte: " in result.stdout
    render = run_cli("render", "--kieli", "en", str(tmp_path / "missing.yaml"))
    assert render.exit_code == 2 and "kotodoc: File not found: " in render.stderr


@pytest.mark.parametrize(("args", "env", "words"), [
    (["validate", "--strictt", "--kieli", "sv", "x.yaml"], {}, ("okänd väljare --strictt; menade du --strict?",
                                                               "Hjälp: kotodoc validate --help")),
    (["render", "x.yaml", "--format", "odt"], {"KOTODOC_KIELI": "en"}, ("invalid value", "Help: kotodoc render")),
    (["render"], {"LANG": "sv_FI.UTF-8"}, ("kommandot saknar en fil", "Hjälp: kotodoc render --help")),
    (["render", "x.yaml", "-f"], {}, ("valitsin -f tarvitsee arvon", "Ohje: kotodoc render --help")),
    (["summary", "x.yaml", "--view"], {"KOTODOC_KIELI": "en"}, ("--view", "Help: kotodoc summary --help")),
    (["--kieli", "sv", "diff", "a", "b", "--color"], {}, ("--color", "Hjälp: kotodoc diff --help")),
])
def test_usage_errors_in_the_reader_s_language(args: list[str], env: dict[str, str], words: tuple[str, ...]) -> None:
    import os

    proc = subprocess.run([sys.executable, "-m", "kotodoc", *args], capture_output=True, text=True, check=False,
                          cwd=ROOT, env={**os.environ, **env})
    assert proc.returncode == 2
    for word in words:
        assert word in proc.stderr
    assert "Traceback" not in proc.stderr


def test_swedish_validate_stays_light() -> None:
    """--kieli costs nothing heavy on the pre-commit path: no python-docx, Jinja or lxml."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "kotodoc", "validate", "--kieli", "sv",
                           str(WARNS)], capture_output=True, text=True, check=False, cwd=ROOT)
    assert proc.returncode == 0 and "Kontrollerade 1 fil" in proc.stdout
    imported = {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if "|" in line}
    for heavy in ("docx", "jinja2", "lxml"):
        assert not any(m == heavy or m.startswith(heavy + ".") for m in imported), heavy


# --- init, schema and costs ----------------------------------------------------------------------------------

def test_init_in_swedish(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("init", str(tmp_path), "--kunta", "Pietarsaari", "--kieli", "sv", "--ci", "github")
    assert result.exit_code == 0, result.output
    text = (tmp_path / DATA_FILE).read_text(encoding="utf-8")
    assert "kieli: sv\n" in text and "# A. Hur ordnas tjänsterna i kommunen?" in text
    assert "täydennetään" not in text and "kompletteras" in text
    assert "Skrev " in result.stderr and "Nästa steg: öppna" in result.stderr
    assert "tvåspråkig kommun, finskspråkiga delar tillagda" in result.stderr
    schema = json.loads((tmp_path / SCHEMA_FILE).read_text(encoding="utf-8"))
    assert schema["properties"]["arviointi"]["title"].endswith("(14 och 15 § i integrationslagen)")
    assert 'KOTODOC_KIELI: "sv"' in (tmp_path / ".github" / "workflows" / "kotodoc.yml").read_text(encoding="utf-8")
    check = run_cli("validate", "--luonnos", str(tmp_path / DATA_FILE), env={"KOTODOC_KIELI": "sv"})
    assert check.exit_code == 0 and "varning KD401" in check.stdout and "; 0 fel, " in check.stdout
    assert "Kontrollerade 1 fil som utkast: " in check.stdout
    final = run_cli("validate", str(tmp_path / DATA_FILE), env={"KOTODOC_KIELI": "sv"})
    assert final.exit_code == 1 and "fel KD307" in final.stdout and "frågan har inte besvarats" in final.stdout


def test_init_in_english_writes_a_finnish_file(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("init", str(tmp_path), "--kunta", "Oulun", "--kieli", "en")
    assert result.exit_code == 0
    assert "is not in the list of Finland's municipalities" in result.stderr and "Did you mean 'Oulu'?" in result.stderr
    assert "Next: open" in result.stderr
    assert "kieli: fi\n" in (tmp_path / DATA_FILE).read_text(encoding="utf-8")


def test_schema_in_swedish(run_cli: RunCli, tmp_path: Path) -> None:
    out = tmp_path / "s.json"
    assert run_cli("schema", "--kieli", "sv", "-o", str(out)).exit_code == 0
    committed = ROOT / "schemas" / "kotodoc.sv.schema.json"
    assert committed.read_text(encoding="utf-8") == out.read_text(encoding="utf-8"), \
        "schemas/kotodoc.sv.schema.json is stale: run `kotodoc schema --kieli sv`"
    english = json.loads(run_cli("schema", "--kieli", "en", "-o", "-").stdout)
    assert english == json.loads((ROOT / "schemas" / "kotodoc.schema.json").read_text(encoding="utf-8"))


def test_costs_in_swedish_and_english(run_cli: RunCli) -> None:
    swedish = run_cli("costs", str(MIKKELI), "--kieli", "sv")
    assert swedish.exit_code == 0
    assert "Årskostnad 600 000,00 €." in swedish.stdout and "Kostnadsfördelning" in swedish.stdout
    assert "varning KD402" in swedish.stderr
    english = run_cli("costs", str(MIKKELI), "--kieli", "en")
    assert "Annual cost 600,000.00 €." in english.stdout and "255,445.96" in english.stdout
    csv = run_cli("costs", str(MIKKELI), "--kieli", "sv", "-f", "csv").stdout
    assert csv.lstrip("\ufeff").startswith("Kommun;Invånarantal;Flyktingar;")
    assert ";255445,96;" in csv  # the CSV is for Finnish spreadsheet settings in every language
    data = json.loads(run_cli("costs", str(MIKKELI), "--kieli", "en", "-f", "json").stdout)
    assert data["menetelma"].startswith("Method:") and data["vuosikustannus_senttia"] == 60_000_000


def test_language_before_the_command(run_cli: RunCli) -> None:
    """``kotodoc --kieli sv validate …`` reaches the command; the help screen of the group is Swedish too."""
    result = run_cli("--kieli", "sv", "validate", str(INVALID))
    assert "fel KD209" in result.stdout and "Kontrollerade 1 fil" in result.stdout
    group_help = run_cli("--kieli", "sv", "--help").stdout
    assert "Användning: kotodoc [VÄLJARE] KOMMANDO" in group_help and "Kommandon:" in group_help
    assert "Usage:" not in group_help and "Options:" not in group_help
    english = run_cli("--help", "--kieli", "en").stdout
    assert "Usage: kotodoc [OPTIONS] COMMAND" in english and "Käyttö" not in english


def test_unknown_language_is_a_usage_error(run_cli: RunCli) -> None:
    result = run_cli("validate", "--kieli", "de", str(INVALID))
    assert result.exit_code == 2
    assert "virheellinen arvo valitsimelle --kieli: 'de' (sallitut: fi, sv, en)" in result.stderr
    assert "fel" not in result.stdout

"""Messages in Finnish, Swedish and English: every code, phrase and command-line text in every language."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from kotodoc import messages
from kotodoc.checks.report import format_line, summary
from kotodoc.checks.validate import validate_bytes
from kotodoc.errors import FileReadError, UsageError
from kotodoc.messages import CODES, LANGUAGES, module, resolve_language
from kotodoc.messages import fi as finnish
from tests.conftest import ROOT

OTHERS = [lang for lang in LANGUAGES if lang != "fi"]
DROPS_A_FIELD = {("en", "PHRASES", "word.style")}  # English Word's style names are the names themselves
CASES = sorted((ROOT / "tests" / "cases").glob("*valid/*.yaml"))


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_has_a_text_and_advice_in_every_language(code: str, lang: str) -> None:
    """Fails when a code lacks a language: add its text to kotodoc/messages/<lang>.py."""
    text = module(lang).MESSAGES.get(code)
    assert text is not None, f"{code} has no {lang} text in kotodoc/messages/{lang}.py"
    assert text.text and text.help
    assert fields(text.text) == fields(finnish.MESSAGES[code].text), (code, lang)


@pytest.mark.parametrize("lang", OTHERS)
def test_no_language_has_codes_the_catalogue_lacks(lang: str) -> None:
    assert set(module(lang).MESSAGES) <= set(CODES)


@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize("table", ["PHRASES", "UI", "WORDS", "FAMILIES", "SEVERITY"])
def test_every_text_of_finnish_exists_in_every_language(lang: str, table: str) -> None:
    ours, theirs = getattr(module(lang), table), getattr(finnish, table)
    assert set(ours) == set(theirs), (lang, table)
    for key, template in theirs.items():
        if (lang, table, key) in DROPS_A_FIELD:
            assert fields(ours[key]) < fields(template)
        else:
            assert fields(ours[key]) == fields(template), (lang, table, key)


def test_severity_words() -> None:
    assert [(messages.severity_label("error", lang), messages.severity_label("warning", lang))
            for lang in ("fi", "sv", "en")] == [("virhe", "varoitus"), ("fel", "varning"), ("error", "warning")]


@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_finding_of_the_cases_is_worded_in_every_language(case: Path, lang: str) -> None:
    report = validate_bytes(case.read_bytes(), case.name)
    for d in report.diagnostics:
        text = d.message(lang)
        assert "{" not in text.replace("{{", "") or "{" in case.read_text(encoding="utf-8"), text
        assert text != d.message("fi"), (d.code, text)
        line = format_line(d, lang)
        assert f" {messages.severity_label(d.severity.value, lang)} {d.code}: " in line


def test_places_are_worded_in_the_reader_s_language() -> None:
    case = ROOT / "tests" / "cases" / "valid" / "vanhat_termit.yaml"
    report = validate_bytes(case.read_bytes(), "x.yaml")
    d = next(d for d in report.diagnostics if d.loc == ("kotoutumiskoulutus", "muut"))
    assert d.message("fi").startswith("kohta 4 A «Miten kunnassanne järjestetään kotoutumiskoulutus muille")
    assert d.message("sv").startswith("punkt 4 A «Hur ordnas integrationsutbildningen i er kommun för andra")
    assert "(26 och 27 § i integrationslagen)" in d.message("sv")
    assert d.message("en").startswith("section 4 A «Miten kunnassanne järjestetään kotoutumiskoulutus muille")


def test_summary_line_in_three_languages() -> None:
    report = validate_bytes((ROOT / "tests" / "cases" / "invalid" / "yhteystiedot.yaml").read_bytes(), "x.yaml")
    assert summary([report], False, "fi") == \
        "Tarkistettu 1 tiedosto: 1 ei läpäissyt tarkistusta; 2 virhettä, 0 varoitusta."
    assert summary([report], False, "sv") == "Kontrollerade 1 fil: 1 godkändes inte; 2 fel, 0 varningar."
    assert summary([report], False, "en") == "Checked 1 file: 1 did not pass; 2 errors, 0 warnings."
    assert summary([], False, "en") == "Checked 0 files: all passed; 0 errors, 0 warnings."


def test_errors_are_worded_when_shown() -> None:
    missing = FileReadError("file.missing", name="a.yaml")
    assert str(missing) == "Tiedostoa ei löydy: a.yaml"
    assert missing.localize("sv") == "Filen hittas inte: a.yaml"
    assert missing.localize("en") == "File not found: a.yaml"
    assert UsageError("render.templates_only").localize("sv") == "--templates gäller bara formaten md och html"


def test_phrases_are_finnish_text_and_reworded_when_printed() -> None:
    phrase = messages.Phrase.of("encoding.bad_byte", byte="E4", line=3, col=10,
                                latin1=messages.Phrase.of("encoding.latin1", guess="ä"))
    assert phrase == "virheellinen tavu 0xE4 kohdassa 3:10; tiedosto on ehkä Latin-1/Windows-1252-merkistössä ('ä')"
    assert phrase.localize("sv").startswith("felaktig byte 0xE4 på plats 3:10; filen är kanske")
    assert phrase.localize("en").startswith("invalid byte 0xE4 at 3:10; the file may be")


@pytest.mark.parametrize(("option", "environ", "lang"), [
    (None, {}, "fi"),
    ("sv", {"KOTODOC_KIELI": "en", "LANG": "fi_FI.UTF-8"}, "sv"),
    (None, {"KOTODOC_KIELI": "en", "LANG": "sv_FI.UTF-8"}, "en"),
    (None, {"KOTODOC_KIELI": "SV"}, "sv"),
    (None, {"LANG": "sv_FI.UTF-8"}, "sv"),
    (None, {"LANG": "en_GB.UTF-8"}, "en"),
    (None, {"LANG": "fi_FI"}, "fi"),
    (None, {"LANG": "C.UTF-8"}, "fi"),
    (None, {"LANG": "de_DE.UTF-8"}, "fi"),
    (None, {"LC_ALL": "sv_SE.UTF-8", "LANG": "en_US.UTF-8"}, "sv"),
    (None, {"LC_MESSAGES": "en_US.UTF-8", "LANG": "sv_FI.UTF-8"}, "en"),
    (None, {"LC_ALL": "C", "LANG": "sv_FI.UTF-8"}, "fi"),  # the first locale variable that is set decides
    ("de", {"KOTODOC_KIELI": "xx", "LANG": "sv_FI@euro"}, "sv"),
])
def test_the_reader_s_language(option: str | None, environ: dict[str, str], lang: str) -> None:
    assert resolve_language(option, environ) == lang

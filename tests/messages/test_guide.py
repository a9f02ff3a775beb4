"""docs/virhekoodit.md: generated from the message catalogue and committed; the two must agree."""

from __future__ import annotations

import re
import string

from kotodoc.messages import CODES, message
from kotodoc.messages import guide as catalogue_doc
from kotodoc.messages.guide import PARAMS, catalogue_markdown, template_text
from tests.conftest import ROOT

PAGE = ROOT / catalogue_doc.OUTPUT


def test_committed_page_is_up_to_date() -> None:
    assert PAGE.read_text(encoding="utf-8") == catalogue_markdown(), (
        "docs/virhekoodit.md is stale: run  python -m kotodoc.messages.guide docs/virhekoodit.md")


def test_every_code_has_its_own_section_in_order() -> None:
    headings = re.findall(r"^### (KD\d{3})$", catalogue_markdown(), re.MULTILINE)
    assert headings == sorted(CODES)


def test_every_section_has_severity_text_and_help() -> None:
    page = catalogue_markdown()
    for code, entry in CODES.items():
        text = message(code)
        section = page.split(f"### {code}\n", 1)[1].split("\n### ", 1)[0]
        assert {"error": "*virhe*", "warning": "*varoitus*"}[entry.severity] in section, code
        assert "> " + template_text(text.text) in section, code
        if text.help:
            assert "**Mitä tehdä:**" in section, code


def test_every_parameter_has_a_finnish_name() -> None:
    """A new parameter name in the catalogue needs a label here, or the page shows the raw name."""
    used = {f for c in CODES for _, f, _, _ in string.Formatter().parse(message(c).text) if f}
    assert used - set(PARAMS) - set(catalogue_doc.OPTIONAL_PARAMS) == set()


def test_template_text() -> None:
    assert template_text("{what}: tuntematon kieli '{value}'{hint}") == \
        "‹kohta›: tuntematon kieli '‹arvo›' (tarkoititko …?)"
    assert template_text("kanssa{law}") == "kanssa ‹lainkohta›"
    assert template_text("a_b *c* <d>") == "a\\_b \\*c\\* \\<d\\>"


def test_main_writes_the_file(tmp_path: object) -> None:
    from pathlib import Path

    target = Path(str(tmp_path)) / "koodit.md"
    assert catalogue_doc.main([str(target)]) == 0
    assert target.read_text(encoding="utf-8") == catalogue_markdown()


def test_committed_swedish_page_is_up_to_date() -> None:
    page = ROOT / catalogue_doc.OUTPUTS["sv"]
    assert page.read_text(encoding="utf-8") == catalogue_markdown("sv"), (
        "docs/felkoder.md is stale: run  python -m kotodoc.messages.guide --kieli sv docs/felkoder.md")


def test_swedish_page_has_every_code_in_swedish() -> None:
    page = catalogue_markdown("sv")
    assert re.findall(r"^### (KD\d{3})$", page, re.MULTILINE) == sorted(CODES)
    for code, entry in CODES.items():
        section = page.split(f"### {code}\n", 1)[1].split("\n### ", 1)[0]
        assert {"error": "*fel*", "warning": "*varning*"}[entry.severity] in section, code
        assert "> " + template_text(message(code, "sv").text, "sv") in section and "**Vad göra:**" in section
    used = {f for c in CODES for _, f, _, _ in string.Formatter().parse(message(c, "sv").text) if f}
    assert used - set(catalogue_doc.PARAMS_SV) - set(catalogue_doc.OPTIONAL_PARAMS_SV) == set()
    assert "## KD5xx – Samarbete mellan flera kommuner" in page


def test_main_writes_the_swedish_page(tmp_path: object) -> None:
    from pathlib import Path

    target = Path(str(tmp_path)) / "koder.md"
    assert catalogue_doc.main(["--kieli", "sv", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == catalogue_markdown("sv")
    assert catalogue_doc.main(["--kieli", "en", str(target)]) == 2

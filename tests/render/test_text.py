"""Markdown and HTML through the Jinja templates: structure, escaping, template lookup and errors."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from pathlib import Path

import markdown_it
import pytest

from kotodoc import form
from kotodoc.checks.validate import validate_file
from kotodoc.errors import UsageError
from kotodoc.render import tree as layout
from kotodoc.render.programme import build_programme
from kotodoc.render.text import md_escape, render_text
from kotodoc.render.tree import Doc, LabeledPart, Paragraph
from tests.render.support import KOKKOLA, ROOT, html_text, norm

T = form.texts("fi")


@pytest.fixture(scope="module")
def kokkola() -> Doc:
    report = validate_file(KOKKOLA)
    assert report.programme is not None
    return build_programme(report.programme)


def commonmark(text: str) -> str:
    """Markdown to HTML by a CommonMark parser (with GFM tables)."""
    return str(markdown_it.MarkdownIt("commonmark").enable("table").render(text))


def heading_levels(html: str) -> list[int]:
    return [int(level) for level in re.findall(r"<h([1-6])\b", html)]


def small_doc(*blocks: layout.Block, lang: str = "fi-FI") -> Doc:
    return Doc("Otsikko", "Alaotsikko", lang, "Aihe", "", tuple(blocks))


# --- HTML -------------------------------------------------------------------------------------------------------

def test_html_is_a_standalone_accessible_page(kokkola: Doc) -> None:
    html = render_text(kokkola, "html").decode("utf-8")
    assert html.startswith("<!DOCTYPE html>\n<html lang=\"fi-FI\">")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert "<title>Kunnan kotoutumisohjelma – Kokkola</title>" in html
    assert "<style>" in html and "<link" not in html and "<script" not in html and "src=" not in html
    levels = heading_levels(html)
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))
    assert html.count('<th scope="col">') == 3 and html.count('<th scope="row">') == len(form.TABLE_ROWS)
    assert f"<caption>{T.table_title}</caption>" in html
    assert f"<h2>{T.heading(form.SECTIONS[0])}</h2>" in html


def test_html_escapes_the_text() -> None:
    doc = small_doc(Paragraph("<script>alert('x')</script> & \"lainaus\" {{ 7*7 }}"))
    html = render_text(doc, "html").decode("utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert "{{ 7*7 }}" in html and "49" not in html
    assert "<script>alert('x')</script> & \"lainaus\" {{ 7*7 }}" in html_text(html.encode())


def test_html_marks_other_languages() -> None:
    doc = small_doc(LabeledPart("Ruotsinkieliset palvelut", ("Tjänster på svenska",), "sv-FI"),
                    Paragraph("Suomeksi"))
    html = render_text(doc, "html").decode("utf-8")
    assert '<div class="part" lang="sv-FI">' in html
    assert '<p class="answer">Suomeksi</p>' in html


# --- Markdown ---------------------------------------------------------------------------------------------------

def test_markdown_has_the_form_structure(kokkola: Doc) -> None:
    md = render_text(kokkola, "md").decode("utf-8")
    html = commonmark(md)
    html_page = render_text(kokkola, "html").decode("utf-8")
    assert heading_levels(html) == heading_levels(html_page)
    assert html.count("<tr>") == 1 + len(form.TABLE_ROWS)
    assert "<li>Keski-Pohjanmaan hyvinvointialue Soite</li>" in html
    assert md.startswith("21.10.2024\n\n# Kunnan kotoutumisohjelma\n")
    assert f"\n## {T.heading(form.SECTIONS[0])}\n" in md


PANDOC_STRUCTURE = [  # what pandoc's markdown (not CommonMark) reads as structure
    "#. ei numeroitu", "(@) ei esimerkki", "(@nimi) ei esimerkki", "::: ei div", ":::", ": ei määritelmä",
    "Katso @nimi ja [@doe, s. 3]", "Otsikko {#tunnus .luokka}", "2^3^ ja H~2~O", "% ei otsikkolohko",
    "| ei rivilohko", "<!-- ei kommentti -->", "\\(ei matematiikkaa\\)", "$x$", "[^1] ei alaviite",
]


@pytest.mark.parametrize("text", [
    "- ei luettelo", "1. ei numeroitu", "12) ei tämäkään", "# ei otsikko", "> ei lainaus", "---", "- - -",
    "+ plus", "*tähti* ja _alaviiva_", "**lihava**", "`koodi`", "[linkki](http://example.fi)",
    "<b>tagi</b>", "<http://example.fi>", "&amp; &copy; &#65;", "a \\ b \\* c", "| pipe |", "~~yli~~",
    "Kosek; palvelee 100 % ja 5 $", "K-P:n työllisyysalue", "Čáhcesuolu ŋ đ ŧ ž å 🙂", "    sisennetty",
    *PANDOC_STRUCTURE,
])
def test_markdown_escape_keeps_the_text_literal(text: str) -> None:
    html = commonmark(md_escape(text) + "\n")
    assert norm(html_text(html.encode())) == norm(text)
    assert html.startswith("<p>")


@pytest.mark.slow
def test_pandoc_reads_the_escaped_text_literally() -> None:
    """Users convert kotodoc's Markdown with pandoc: its own extensions must not turn text into structure.
    (Typographic quotes and dashes are pandoc's "smart" extension, left to the user: -f markdown-smart.)"""
    texts = [t for t in PANDOC_STRUCTURE if "\\" not in t] + ["maija.meikalainen@example.fi", "- ei luettelo"]
    source = "\n\n".join(md_escape(t) for t in texts) + "\n"
    result = subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "plain", "--wrap=none"], input=source,
                            capture_output=True, text=True, check=True)
    got = [p.strip() for p in result.stdout.split("\n\n") if p.strip()]
    assert got == texts


def test_markdown_escape_only_where_needed() -> None:
    assert md_escape("21.10.2024") == "21.10.2024"
    assert md_escape("K-P:n työllisyysalue (Soite)") == "K-P:n työllisyysalue (Soite)"
    assert md_escape("1. kohta") == "1\\. kohta" and md_escape("1. kohta", line_start=False) == "1. kohta"
    assert md_escape("a) kohta") == "a\\) kohta"  # pandoc's fancy lists
    assert md_escape("#. kohta") == "#\\. kohta" and md_escape("(@) x") == "(\\@) x"
    assert md_escape("maija@example.fi") == "maija@example.fi"  # an address is no citation


def test_markdown_table_cells_keep_pipes_and_paragraphs() -> None:
    table = layout.Table("T", ("A", "B|C"), ((("rivi",), ("yksi", "kaksi | kolme")),))
    html = commonmark(render_text(small_doc(table), "md").decode("utf-8"))
    assert "<th>B|C</th>" in html and "<td>yksi<br>kaksi | kolme</td>" in html


def test_text_output_is_reproducible(kokkola: Doc) -> None:
    again = validate_file(KOKKOLA).programme
    assert again is not None
    for fmt in ("md", "html"):
        assert render_text(kokkola, fmt) == render_text(build_programme(again), fmt)


# --- templates ------------------------------------------------------------------------------------------------

def test_document_specific_template_or_the_generic_one(kokkola: Doc, tmp_path: Path) -> None:
    generic = render_text(kokkola, "html", "testi")
    assert generic == render_text(kokkola, "html", "ohjelma")
    (tmp_path / "testi.md.j2").write_text("ERITYINEN {{ doc.title }} / {{ document }}\n", encoding="utf-8")
    assert render_text(kokkola, "md", "testi", tmp_path) == b"ERITYINEN Kunnan kotoutumisohjelma / testi\n"


def test_user_templates_override_the_builtin_ones(kokkola: Doc, tmp_path: Path) -> None:
    (tmp_path / "ohjelma.html.j2").write_text(
        '{% extends "document.html.j2" %}\n{% block style %}body { font-family: "Kunnan fontti"; }{% endblock %}\n',
        encoding="utf-8")
    html = render_text(kokkola, "html", user_dir=tmp_path).decode("utf-8")
    assert 'body { font-family: "Kunnan fontti"; }' in html and "max-width: 48rem" not in html
    assert f"<h2>{T.table_title}</h2>" in html


def test_template_syntax_error_names_file_and_line(kokkola: Doc, tmp_path: Path) -> None:
    broken = tmp_path / "ohjelma.md.j2"
    broken.write_text("# {{ doc.title }}\n\n{% if %}\n", encoding="utf-8")
    with pytest.raises(UsageError, match=rf"{re.escape(str(broken))}:3:1: virhe KD608: .*syntaksivirhe"):
        render_text(kokkola, "md", user_dir=tmp_path)


def test_undefined_name_names_file_and_line(kokkola: Doc, tmp_path: Path) -> None:
    broken = tmp_path / "ohjelma.md.j2"
    broken.write_text("# {{ doc.title }}\n{{ doc.kunta }}\n", encoding="utf-8")
    with pytest.raises(UsageError, match=rf"{re.escape(str(broken))}:2:1: virhe KD608: .*tuntematon tieto"):
        render_text(kokkola, "md", user_dir=tmp_path)


def test_missing_template_directory(kokkola: Doc, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"mallihakemistoa .* ei löydy"):
        render_text(kokkola, "md", user_dir=tmp_path / "puuttuu")


@pytest.mark.slow
def test_templates_ship_in_the_wheel(tmp_path: Path, kokkola: Doc) -> None:
    wheels, site = tmp_path / "wheels", tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(ROOT)], check=True, capture_output=True)
    (wheel,) = wheels.glob("kotodoc-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(site), str(wheel)], check=True,
                   capture_output=True)
    script = (
        "import sys, kotodoc.render.text as rt\n"
        "from pathlib import Path\n"
        "from kotodoc.render.pipeline import render_file\n"
        "print(rt.template_dirs())\n"
        "for fmt in ('md', 'html'):\n"
        "    render_file(Path(sys.argv[1]), fmt, Path(f'out.{fmt}'))\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(KOKKOLA)], cwd=tmp_path, capture_output=True,
                            text=True, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}, check=True)
    assert result.stdout.strip() == f"[PosixPath('{site / 'kotodoc' / 'templates'}')]"
    assert (tmp_path / "out.md").read_bytes() == render_text(kokkola, "md")
    assert (tmp_path / "out.html").read_bytes() == render_text(kokkola, "html")
    # The reference data ships too (kotodoc/refdata/data/*.csv), and the installed package reads it.
    data = sorted(p.name for p in (site / "kotodoc" / "refdata" / "data").iterdir())
    assert data == ["county_brands.csv", "elinvoimakeskukset.csv", "employment_areas.csv", "municipalities.csv"]
    lookup = "import kotodoc.refdata as r; m = r.lookup('Jakobstad'); print(m.name_fi, len(r.municipalities()))"
    found = subprocess.run([sys.executable, "-c", lookup], cwd=tmp_path, capture_output=True, text=True,
                           env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"}, check=True)
    assert found.stdout.split() == ["Pietarsaari", "308"]

"""Helpers for the render tests: text out of each format, the strings a document must show, random documents."""

from __future__ import annotations

import copy
import io
import random
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml
from docx import Document

from kotodoc import form
from kotodoc.refdata.languages import LANGUAGES, language_name, normalise_language
from kotodoc.schema.programme import Programme
from kotodoc.source import loader

ROOT = Path(__file__).resolve().parent.parent.parent
KOKKOLA = ROOT / "examples" / "kokkola.yaml"
NARPES = ROOT / "examples" / "narpes.yaml"
MINIMAL = ROOT / "tests" / "cases" / "valid" / "minimal.yaml"
FORM_KEYS = ("paivays", form.HEADER_KEY, *(s.key for s in form.SECTIONS), form.TABLE_KEY)
# Everything the official document prints: the form and the joint-programme appendix. (The approval
# block, ``hyvaksyminen``, is printed by the agenda item; tests/test_agenda.py checks it.)
DOCUMENT_KEYS = (*FORM_KEYS, "yhteistoiminta")
# Codes, printed as labels (checked elsewhere): the form's and the joint block's.
CODE_KEYS = {"skeemaversio", "kieli", "kohderyhma", "malli", "vastuu", "yhteistyossa", "ryhma", "tehtava"}
KEEP_KEYS = CODE_KEYS | {"puhelin", "sahkoposti", "kielet"}  # values random text would make invalid
# Characters that break naive renderers: markup, quotes, emoji, Sámi and Swedish letters.
TRICKY = ("<", ">", "&", "&amp;", '"', "'", "*", "_", "`", "[", "]", "|", "\\", "#", "$", "~", "^",
          "🙂", "Čáhcesuolu", "ŋ", "đ", "ŧ", "ž", "å", "Å", "ä", "ö", "–", "§", "{{ x }}", "{% if %}", "<br>")
STARTS = ("- ", "1. ", "# ", "> ", "+ ", "a) ", "---", ": ", "(1) ", "* ")


def norm(text: str) -> str:
    """Whitespace collapsed to single spaces."""
    return " ".join(text.split())


LIST_MARKER = re.compile(r"^[-*•–]\s+(?=\S)")  # a line typed as a list item: rendered as a list, without the marker


def paragraphs(text: str) -> list[str]:
    """The paragraphs of a model string, as the renderers split it, whitespace-normalised."""
    return [norm(LIST_MARKER.sub("", line.strip())) for line in text.splitlines() if line.strip()]


def language_shown(value: str, lang: str) -> str:
    """A language of section 3 as a document in ``lang`` shows it: a name of that language as the table
    spells it, any other name or code by its name in ``lang``, an unknown value as written."""
    code = normalise_language(value)
    if not code or code not in LANGUAGES:
        return value
    names = getattr(LANGUAGES[code], lang)
    return next((n for n in names if n.casefold() == norm(value).casefold()), language_name(code, lang))


def expected_strings(prog: Programme, keys: tuple[str, ...] = DOCUMENT_KEYS) -> list[str]:
    """Every paragraph of every string under ``keys`` of ``prog``, as it must appear when rendered."""
    data = prog.model_dump(include=set(keys), exclude_none=True)
    found: list[str] = []
    stack: list[tuple[str, Any]] = [("", data)]
    while stack:
        key, node = stack.pop()
        if isinstance(node, dict):
            stack.extend((k, v) for k, v in node.items() if k not in CODE_KEYS)
        elif isinstance(node, list):
            stack.extend((key, v) for v in node)
        elif isinstance(node, str):
            if key == "kielet":
                found.append(language_shown(node, prog.kieli))
            else:
                found.extend(paragraphs(node))
    return found


def missing(expected: list[str], rendered: str) -> list[str]:
    """The expected strings not found in the rendered text (both whitespace-normalised)."""
    text = norm(rendered)
    return [s for s in expected if s not in text]


def docx_text(data: bytes) -> str:
    """Body paragraphs and table cells of a .docx, read back with python-docx."""
    document = Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(cell.text for cell in row.cells)
    return "\n".join(lines)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skip += tag in ("style", "script")
        self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("style", "script")
        self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.chunks.append(data)


def html_text(data: bytes) -> str:
    """The text of an HTML page, entities unescaped, tags as line breaks."""
    parser = _Text()
    parser.feed(data.decode("utf-8"))
    parser.close()
    return "".join(parser.chunks)


def md_text(data: bytes) -> str:
    """Markdown with its backslash escapes undone and table line breaks as spaces."""
    text = data.decode("utf-8").replace("<br>", "\n")
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text)


def pdf_text(data: bytes, tmp: Path) -> str:
    """The text of a PDF by pdftotext."""
    path = tmp / "teksti.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def kokkola_data(path: Path = KOKKOLA) -> dict[str, Any]:
    """The Kokkola example (or another file) as the loader reads it (a plain tree)."""
    result = loader.load_file(path)
    assert isinstance(result.data, dict)
    return result.data


def garble(data: dict[str, Any], snippets: list[str], rng: random.Random) -> dict[str, Any]:
    """A copy of ``data`` with tricky text added to every free-text value of the form."""
    out = copy.deepcopy(data)
    counter = iter(range(10**9))

    def text() -> str:
        n = next(counter)
        words = [snippets[(n + i) % len(snippets)] for i in range(3)] + [rng.choice(TRICKY) for _ in range(3)]
        rng.shuffle(words)
        lead = rng.choice(STARTS) if n % 3 == 0 else ""
        return lead + " ".join(w for w in words if w.strip()) + f" n{n}"

    def visit(node: Any, key: str) -> Any:
        if isinstance(node, dict):
            return {k: v if k in KEEP_KEYS else visit(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [visit(v, key) for v in node]
        if isinstance(node, str):
            extra = text()
            if key == "teksti" or rng.random() < 0.3:
                extra += "\n\n" + text()
            return f"{node} {extra}"
        return node

    for key in FORM_KEYS[1:]:
        if key in out:
            out[key] = visit(out[key], key)
    return out


def write_yaml(data: dict[str, Any], path: Path) -> Path:
    """``data`` as a YAML file."""
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
    return path

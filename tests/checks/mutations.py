"""Hostile documents for the fuzz suite (tests/checks/test_fuzz.py) and its long run (tests/checks/fuzz_long.py).

:func:`make_case` turns a seed into one mutated document, reproducibly: a valid source (the examples,
the valid cases, the agenda seed) changed by one to three mutations of the kinds that broke kotodoc
before (issue 13): random bytes and lines, escapes no encoding can write or beyond Unicode, hostile
values (markup, pandoc structure, template and formula text, forged report lines, megabyte texts,
30 and 4 400 digits, lists and mappings where text belongs), floods of unknown keys, and joint
programmes of many municipalities with long board names. :func:`check_case` runs a document through
validation and, when it is valid, every document in every text format (and the cost split),
asserting a clean verdict and that nothing of the input is lost.
"""

from __future__ import annotations

import copy
import csv
import io
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kotodoc.checks.report import format_line
from kotodoc.checks.validate import Report, validate_bytes
from kotodoc.costs.split import split_of
from kotodoc.costs.tables import format_split
from kotodoc.errors import KotodocError
from kotodoc.messages import CODES
from kotodoc.refdata.municipalities import municipalities
from kotodoc.render.documents import DOCUMENTS
from kotodoc.render.pipeline import render_doc
from kotodoc.source import loader
from tests.render.support import KEEP_KEYS, docx_text, expected_strings, html_text, md_text, missing, norm

ROOT = Path(__file__).resolve().parent.parent.parent
SOURCES = sorted([*(ROOT / "examples").glob("*.yaml"), *(ROOT / "tests" / "cases" / "valid").glob("*.yaml"),
                  ROOT / "tests" / "cases" / "agenda" / "seed001.yaml"])
EXTRACT: dict[str, Callable[[bytes], str]] = {"md": md_text, "html": html_text, "docx": docx_text}
UNFILLED = re.compile(r"\{[a-z_]+\}")
ENGLISH = ("Input should", "Value error", "Field required", "Extra inputs", "should be a valid", "Assertion")
MAX_MESSAGE = 2500  # characters of one report line: each value is shortened to 300

SNIPPETS = [b":", b": ", b"- ", b"\t", b"  ", b"\n", b"'", b'"', b"&a ", b"*a", b"!!", b"? ", b"{", b"[", b"]",
            b"---\n", b"~", b"null", b"\xef\xbb\xbf", b"\r\n", b"\x00", b"\xe4", "ä".encode(), "🙂".encode(),
            b"\\x0b", b"%YAML 1.1\n", b"#", b"|", b">-", b"<<: *a", b"kohderyhma: muu", b"9" * 30,
            b'"\\ud800"', b'"\\U00110000"', b'"\\udfff\\ud800"', b'"\\UFFFFFFFF"', b"\xed\xa0\x80", b"\xf4\x90\x80\x80"]
ESCAPES = ["\\ud800", "\\udfff", "\\ud83d\\ude42", "\\ude42\\ud83d", "\\U00110000", "\\UFFFFFFFF", "\\U0010FFFF",
           "\\x0b", "\\0", "\\uFFFE", "\\x85", "\\u2028", "\\e", "\\N", "\\_", "\\L", "\\P", "\\t", "\\n", "\\\\",
           "\\x", "\\u12", "\\q"]
FREE_TEXT = [  # hostile, yet valid wherever free text belongs
    "#. ei numeroitu", "(@) esimerkki", "(@nimi) toinen", "::: div", ":::", ": määritelmä", "Katso @nimi ja [@doe]",
    "Otsikko {#tunnus .luokka}", "- viiva", "1. yksi", "a) kirjain", "# risuaita", "> lainaus", "---", "| a | b |",
    "<b>lihava</b> & &amp; &#65;", "`koodi` *tähti* _alaviiva_ ~~yli~~ 2^3^ H~2~O $x$ \\(y\\)", "<!-- kommentti -->",
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}", "{% include '/etc/passwd' %}", "{# x #}",
    '=HYPERLINK("http://x";"klikkaa")', "+1+1", "-2+3", "@SUM(A1)", "\ttab ensin",
    "🙂 Čáhcesuolu ŋ đ ŧ ž Å", "e\u0301 yhdistetty", "nolla\u200bleveä", "\u202eoikealta", "sitova\u00a0väli",
    "ﬁ ligatuuri ℌ", "\ufeffBOM keskellä", "rivi\u2028erotin", "NEL\x85rivinvaihto",
    "x\nfoo.yaml:1:1: virhe KD999: väärennetty rivi", "viimeinen rivi\n", "  välilyönnit reunoilla  ",
    "'yksinkertaiset' ja \"kaksinkertaiset\" lainausmerkit", "C:\\polku\\tiedosto.docx", "kokkola.fi/ä?x=1&y=2",
]
SHAPES: list[Any] = [None, "", " ", [], {}, ["a", {"b": "c"}], {"x": ["y"]}, "9" * 30, "9" * 4400, "-5", "1e5",
                     "12,345", "0", "10000001", "1000000000,01", "100,01", "250 000 €", "true", "~", "2024-13-45",
                     "31.2.2024", "ei", "ä" * 300, "x" * 100_000]
NUMBERS = ["0", "1", "40", "37,5", "62.5", "100", "250000,50", "1000000000", "1000000000,01", "999999999999999999999",
           "9" * 4400, "10000000", "10000001", "-1", "00012", "1_000", "+4", " 7 "]


@dataclass
class Case:
    """One mutated document and how it was made."""

    seed: int
    source: str
    raw: bytes
    how: list[str] = field(default_factory=list)

    def where(self) -> str:
        return f"seed {self.seed} ({self.source}): {self.how}"


# --- mutations of the text -----------------------------------------------------------------------------

def byte_mutation(raw: bytes, rng: random.Random) -> tuple[bytes, str]:
    """One random change of bytes or lines of ``raw`` and a short description of it."""
    kind = rng.randrange(7)
    pos = rng.randrange(len(raw) + 1)
    if kind == 0:
        b = rng.randrange(256)
        return raw[:pos] + bytes([b]) + raw[pos + 1:], f"set byte {pos} to {b}"
    if kind == 1:
        n = rng.randrange(1, 40)
        return raw[:pos] + raw[pos + n:], f"delete {n} at {pos}"
    if kind == 2:
        s = rng.choice(SNIPPETS)
        return raw[:pos] + s + raw[pos:], f"insert {s!r} at {pos}"
    lines = raw.split(b"\n")
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    if kind == 3:
        lines[i], lines[j] = lines[j], lines[i]
        return b"\n".join(lines), f"swap lines {i},{j}"
    if kind == 4:
        lines.insert(i, lines[j])
        return b"\n".join(lines), f"duplicate line {j} at {i}"
    if kind == 5:
        lines[i] = b" " * rng.randrange(0, 9) + lines[i].lstrip()
        return b"\n".join(lines), f"reindent line {i}"
    del lines[i]
    return b"\n".join(lines), f"drop line {i}"


_VALUE_LINE = re.compile(rb"^( *(?:- )?[A-Za-z_\xc3\xa4\xc3\xb6]+: )(\S.*)$", re.MULTILINE)


def escape_mutation(raw: bytes, rng: random.Random) -> tuple[bytes, str]:
    """A value rewritten as a double-quoted string with escapes (lone surrogates, beyond Unicode, …)."""
    lines = list(_VALUE_LINE.finditer(raw))
    if not lines:
        return byte_mutation(raw, rng)
    m = rng.choice(lines)
    escapes = "".join(rng.choice(ESCAPES) for _ in range(rng.randrange(1, 3)))
    value = f'"teksti {escapes} loppu"'.encode()
    return raw[: m.start(2)] + value + raw[m.end(2):], f"escape {escapes} at byte {m.start(2)}"


def flood_mutation(raw: bytes, rng: random.Random) -> tuple[bytes, str]:
    """Many unknown keys (or one key many times) beside a random key of the document."""
    lines = list(_VALUE_LINE.finditer(raw))
    if not lines:
        return byte_mutation(raw, rng)
    m = rng.choice(lines)
    indent = re.match(rb" *", m.group(1)).group()  # type: ignore[union-attr]
    n = rng.choice([5, 101, 150, 1500])
    same = rng.random() < 0.3
    extra = b"".join(indent + (b"toistuva" if same else b"tuntematon_%d" % i) + b": x\n" for i in range(n))
    pos = m.end() + 1
    return raw[:pos] + extra + raw[pos:], f"flood {n} {'same' if same else 'unknown'} keys at byte {pos}"


def unclosed_quote_mutation(raw: bytes, rng: random.Random) -> tuple[bytes, str]:
    lines = list(_VALUE_LINE.finditer(raw))
    if not lines:
        return byte_mutation(raw, rng)
    m = rng.choice(lines)
    quote = rng.choice([b'"', b"'"])
    return raw[: m.start(2)] + quote + raw[m.start(2):], f"unclosed {quote!r} at byte {m.start(2)}"


# --- mutations of the tree -------------------------------------------------------------------------------

def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    if isinstance(node, dict):
        return [leaf for k, v in node.items() for leaf in _leaves(v, (*path, k))]
    if isinstance(node, list):
        return [leaf for i, v in enumerate(node) for leaf in _leaves(v, (*path, i))]
    return [(path, node)]


def _set(tree: Any, path: tuple[Any, ...], value: Any) -> None:
    for part in path[:-1]:
        tree = tree[part]
    tree[path[-1]] = value


def hostile_text(rng: random.Random) -> str:
    pieces = rng.sample(FREE_TEXT, rng.randrange(1, 4))
    if rng.random() < 0.05:
        pieces.append("pitkä sana " * rng.choice([1000, 30_000]))
    return rng.choice([" ", "\n", "\n\n"]).join(pieces)


def leaf_mutation(data: dict[str, Any], rng: random.Random) -> str:
    """A random leaf replaced: hostile free text (usually still valid), or a value of the wrong kind."""
    leaves = _leaves(data)
    path, _ = rng.choice(leaves)
    key = next((p for p in reversed(path) if isinstance(p, str)), "")
    if rng.random() < 0.85 and key not in KEEP_KEYS and not re.search(r"osuus|kustannus|asukasluku|painot", key):
        value: Any = hostile_text(rng)
    elif re.search(r"osuus|kustannus|asukasluku|pakolaiset|ilman_huoltajaa|peraiset|ulkopuoliset", key):
        value = rng.choice(NUMBERS)
    else:
        value = copy.deepcopy(rng.choice(SHAPES))
    _set(data, path, value)
    return f"leaf {'/'.join(map(str, path))} = {str(value)[:40]!r}"


def joint_mutation(data: dict[str, Any], rng: random.Random) -> str:
    """Many municipalities (up to 60) and a long board name: legal, and long in every list and title."""
    n = rng.choice([2, 12, 23, 40, 60])
    known = sorted(m.name_fi for m in municipalities())
    names = rng.sample(known, min(n, len(known))) + [f"Kuntala {i}" for i in range(max(0, n - len(known)))]
    info = data.setdefault("perustiedot", {})
    if isinstance(info, dict):
        info["kunnat"] = names
    joint = data.get("yhteistoiminta")
    if isinstance(joint, dict) and isinstance(joint.get("jasenet"), list) and joint["jasenet"]:
        template = joint["jasenet"][0]
        joint["jasenet"] = [{**copy.deepcopy(template), "kunta": name,
                             "asukasluku": str(rng.randrange(1, 700_000))} if isinstance(template, dict) else name
                            for name in names]
        joint["koordinoiva_kunta"] = names[0]
    approval = data.get("hyvaksyminen")
    if isinstance(approval, dict):
        approval["toimielin"] = "Yhteisen kotoutumispalvelun johtokunta ja sen jaosto " * rng.randrange(1, 8)
    return f"joint of {n}"


def tree_mutation(raw: bytes, rng: random.Random) -> tuple[bytes, str]:
    """Mutate the document as a tree (keeping it YAML), then write it back."""
    result = loader.load_bytes(raw, "x.yaml")
    if not isinstance(result.data, dict):
        return byte_mutation(raw, rng)
    data = copy.deepcopy(result.data)
    steps = [joint_mutation(data, rng)] if rng.random() < 0.25 else []
    steps += [leaf_mutation(data, rng) for _ in range(rng.randrange(1, 5))]
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's emitter: fifty times faster
    text = yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=rng.choice([80, 10_000]))
    return text.encode("utf-8"), "; ".join(steps)


MUTATIONS: list[tuple[int, Callable[[bytes, random.Random], tuple[bytes, str]]]] = [
    (24, byte_mutation), (10, escape_mutation), (5, flood_mutation), (4, unclosed_quote_mutation),
    (57, tree_mutation),
]


def make_case(seed: int) -> Case:
    """The document of ``seed``: a source and one to three mutations, the same every time."""
    rng = random.Random(seed)
    source = rng.choice(SOURCES)
    case = Case(seed, source.name, source.read_bytes())
    weights = [w for w, _ in MUTATIONS]
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        (mutation,) = rng.choices([m for _, m in MUTATIONS], weights)
        case.raw, step = mutation(case.raw, rng)
        case.how.append(f"{mutation.__name__}: {step}")
    return case


# --- checking one case ----------------------------------------------------------------------------------

def check_report(report: Report, case: Case) -> int:
    """The verdict's exit code (0 or 1) after checking every finding is a clean catalogue message."""
    where = case.where()
    for d in report.diagnostics:
        assert d.code in CODES and d.line >= 1 and d.column >= 1, where
        line = format_line(d)
        line.encode("utf-8")
        assert "\n" not in line and "\r" not in line, where
        assert not UNFILLED.search(d.message()), (where, line)
        assert not any(word in line for word in ENGLISH[:-1]), (where, line)
        assert len(line) < MAX_MESSAGE, (where, line[:200])
    assert len(report.diagnostics) <= 100 * len(CODES), where
    if report.programme is None:
        assert report.errors, f"no model and no error: {where}"
    return 0 if report.passed() else 1


@dataclass
class Outcome:
    """What one case gave: the exit code of ``validate``, the codes reported and the documents rendered."""

    exit_code: int
    codes: list[str]
    renders: int = 0


def check_case(case: Case, formats: tuple[str, ...] = ("md", "html", "docx")) -> Outcome:
    """Validate ``case`` and, when valid, render every document in ``formats``, checking each step."""
    report = validate_bytes(case.raw, "fuzz.yaml")
    outcome = Outcome(check_report(report, case), [d.code for d in report.diagnostics])
    prog = report.programme
    if outcome.exit_code or prog is None:
        return outcome
    for name, document in DOCUMENTS.items():
        try:
            doc = document.build(prog, None, None)
        except KotodocError as exc:  # e.g. KD607: no approval block for the agenda item
            assert exc.exit_code in (1, 2), case.where()
            continue
        # whitespace as the renderers lay it out: a paragraph separator (U+2029) in a language name is a space
        expected = [norm(s) for s in expected_strings(prog)] if name == "ohjelma" else []
        for fmt in formats:
            data = render_doc(doc, fmt, document=name)
            outcome.renders += 1
            assert missing(expected, EXTRACT[fmt](data)) == [], f"{fmt} lost text: {case.where()}"
    joint = prog.yhteistoiminta
    if joint is not None and joint.kustannukset is not None and not report.errors:
        split = split_of(joint)
        if split is None:  # no cost data
            return outcome
        assert sum(m.total_cents for m in split.members) == split.total_cents, case.where()
        rows = list(csv.reader(io.StringIO(format_split(split, "csv").lstrip("\ufeff")), delimiter=";"))
        assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row), case.where()
        format_split(split, "json")
        format_split(split, "table")
    return outcome

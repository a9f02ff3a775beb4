"""Tests of kotodoc.loader: decoding, string-only YAML, keys, limits, positions, robustness."""

from __future__ import annotations

import random
import re
import string
import time
from pathlib import Path

import pytest

from kotodoc.diagnostics import Diagnostic
from kotodoc.errors import FileReadError
from kotodoc.messages import CODES, message
from kotodoc.source import loader
from kotodoc.source.loader import LoadResult, Positions, load_bytes, load_file, normalise_key

PATH = "kunta.yaml"


def load(text: str | bytes) -> LoadResult:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    result = load_bytes(raw, PATH)
    for diag in result.diagnostics:
        assert_well_formed(diag)
    return result


def assert_well_formed(diag: Diagnostic) -> None:
    assert diag.code in CODES
    assert diag.path == PATH
    assert diag.line >= 1 and diag.column >= 1
    fields = {f for _, f, _, _ in string.Formatter().parse(message(diag.code).text) if f}
    assert fields <= diag.params.keys(), (diag.code, diag.params)


def codes(result: LoadResult) -> list[str]:
    return [d.code for d in result.diagnostics]


def only(result: LoadResult, code: str) -> Diagnostic:
    assert codes(result) == [code], result.diagnostics
    return result.diagnostics[0]


# --- scalars stay text ----------------------------------------------------------------------------

@pytest.mark.parametrize("written", [
    "00100", "040 8065698", "on", "off", "yes", "NO", "8:30", "3.10", "2025-01-01", "true", "1", "0o17",
    "0x1F", "1e3", ".inf", "-.nan", "=", "<<",
])
def test_plain_scalars_stay_exactly_as_written(written: str) -> None:
    result = load(f"arvo: {written}\n")
    assert result.ok
    assert result.data == {"arvo": written}
    assert type(result.data["arvo"]) is str


def test_null_forms_and_quoted_text() -> None:
    result = load(
        "tyhja:\ntilde: ~\nn1: null\nn2: Null\nn3: NULL\nsekoitus: nulL\nlainattu: \"\"\n"
        "lainattu_tilde: '~'\nlainattu_null: \"null\"\nstr_tagi: !!str null\nnull_tagi: !!null\n"
        "lista: [~, '', a]\n"
    )
    assert result.ok, result.diagnostics
    assert result.data == {
        "tyhja": None, "tilde": None, "n1": None, "n2": None, "n3": None, "sekoitus": "nulL",
        "lainattu": "", "lainattu_tilde": "~", "lainattu_null": "null", "str_tagi": "null",
        "null_tagi": None, "lista": [None, "", "a"],
    }


def test_block_scalars_and_nfc_values() -> None:
    result = load("a: |\n  rivi 1\n  rivi 2\nb: >\n  taitettu\n  teksti\nc: \"e\u0301\"\n")
    assert result.data == {"a": "rivi 1\nrivi 2\n", "b": "taitettu teksti\n", "c": "\u00e9"}


def test_allowed_standard_tags() -> None:
    result = load("a: !!str 5\nb: !!seq [x]\nc: !!map {d: e}\nf: !!null ''\n")
    assert result.ok
    assert result.data == {"a": "5", "b": ["x"], "c": {"d": "e"}, "f": None}


# --- keys -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "expected"), [
    ("työnhakijat", "tyonhakijat"),
    ("  Työvoiman_ulkopuoliset ", "Tyovoiman_ulkopuoliset"),
    ("ÄÖÅäöå", "AOAaoa"),
    ("ta\u0308ma\u0308", "tama"),  # decomposed ä (NFD) is composed first
    ("kieli", "kieli"),
])
def test_normalise_key(key: str, expected: str) -> None:
    assert normalise_key(key) == expected


def test_keys_are_normalised_values_are_not() -> None:
    result = load("työnhakijat: Työnhakijät\nkohderyhmä:\n  - Å\n")
    assert result.data == {"tyonhakijat": "Työnhakijät", "kohderyhma": ["Å"]}
    assert result.positions.keys[("kohderyhma",)] == (2, 1)


def test_duplicate_keys_report_both_lines_and_keep_first() -> None:
    result = load("a: 1\nb: 2\na: 3\nc:\n  a: eri taso\na: 4\n")
    assert result.data == {"a": "1", "b": "2", "c": {"a": "eri taso"}}
    assert codes(result) == ["KD102", "KD102"]
    first, second = result.diagnostics
    assert (first.line, first.column, first.loc) == (3, 1, ("a",))
    assert first.params == {"key": "a", "first_line": 1}
    assert (second.line, second.params["first_line"]) == (6, 1)
    assert "rivillä 1" in first.message()
    assert not result.ok


def test_duplicate_after_umlaut_normalisation() -> None:
    result = load("kunta: X\ntyönhakijat: eka\ntyonhakijat: toka\n")
    diag = only(result, "KD102")
    assert (diag.line, diag.column) == (3, 1)
    assert diag.params == {"key": "tyonhakijat", "first_line": 2}
    assert result.data == {"kunta": "X", "tyonhakijat": "eka"}


def test_non_text_keys() -> None:
    result = load("? [a]\n: 1\n? {b: 2}\n: 3\n'': 4\n' ': 5\n~: 6\nok: 7\n")
    assert codes(result) == ["KD111"] * 5
    assert [d.params["found"] for d in result.diagnostics] == [
        "luettelo", "avain–arvo-rakenne", "tyhjä", "tyhjä", "tyhjä"]
    assert [d.line for d in result.diagnostics] == [1, 3, 5, 6, 7]
    assert result.data == {"ok": "7"}
    assert not result.ok


# --- decoding -------------------------------------------------------------------------------------

def test_utf8_bom_is_stripped() -> None:
    result = load(b"\xef\xbb\xbfkunta: Kokkola\n")
    assert result.ok
    assert result.data == {"kunta": "Kokkola"}
    assert result.positions.keys[("kunta",)] == (1, 1)
    assert result.positions.values[("kunta",)] == (1, 8)


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_endings(newline: str) -> None:
    text = "a: 1\nb:\n  c: \"x\n   y\"\n  d: |\n    l1\n    l2\ne: loppu\n".replace("\n", newline)
    result = load(text)
    assert result.ok, result.diagnostics
    assert result.data == {"a": "1", "b": {"c": "x y", "d": "l1\nl2\n"}, "e": "loppu"}
    assert result.positions.keys[("b", "d")] == (5, 3)
    assert result.positions.values[("e",)] == (8, 4)


def test_latin1_file() -> None:
    result = load("kunta: Kokkola\nkieli: fi\nvastuu: päivähoito\n".encode("latin-1"))
    diag = only(result, "KD103")
    assert (diag.line, diag.column) == (3, 10)
    assert "0xE4" in diag.params["detail"] and "3:10" in diag.params["detail"]
    assert "UTF-8" in diag.message()
    assert result.data is None


@pytest.mark.parametrize(("raw", "name"), [
    ("kunta: Kokkola\n".encode("utf-16"), "UTF-16"),
    ("kunta: Kokkola\n".encode("utf-16-be"), "UTF-16"),
    ("kunta: Kokkola\n".encode("utf-32"), "UTF-32"),
    (b"\x00\x00\xfe\xff" + "a: b\n".encode("utf-32-be"), "UTF-32"),
])
def test_utf16_and_utf32(raw: bytes, name: str) -> None:
    diag = only(load(raw), "KD103")
    assert name in diag.params["detail"]
    assert (diag.line, diag.column) == (1, 1)


# --- document shape -------------------------------------------------------------------------------

def test_multi_document() -> None:
    result = load("kunta: A\n---\nkunta: B\n")
    diag = only(result, "KD104")
    assert (diag.line, diag.column) == (2, 1)
    assert result.data is None


@pytest.mark.parametrize("text", ["", "   \n\n", "# vain kommentti\n  # toinen\n", "---\n", "\n---\n# x\n"])
def test_empty_file(text: str) -> None:
    result = load(text)
    only(result, "KD112")
    assert result.data is None and not result.ok


@pytest.mark.parametrize(("text", "found"), [
    ("- a\n- b\n", "luettelo"),
    ("pelkkää tekstiä\n", "teksti"),
    ("'00100'\n", "teksti"),
    ("~\n", "tyhjä arvo"),
])
def test_root_must_be_a_mapping(text: str, found: str) -> None:
    result = load(text)
    assert only(result, "KD105").params == {"found": found}
    assert result.data is None and not result.ok


def test_disallowed_tags_are_reported_never_constructed() -> None:
    result = load("a: !!python/object/apply:os.system [echo pwned]\nb: !paikallinen arvo\nc: !!int 5\n")
    assert codes(result) == ["KD110"] * 3
    assert [d.params["tag"] for d in result.diagnostics] == [
        "!!python/object/apply:os.system", "!paikallinen", "!!int"]
    assert [(d.line, d.column, d.loc) for d in result.diagnostics] == [
        (1, 4, ("a",)), (2, 4, ("b",)), (3, 4, ("c",))]
    assert result.data == {"a": ["echo pwned"], "b": "arvo", "c": "5"}
    assert not result.ok


# --- limits ---------------------------------------------------------------------------------------

def billion_laughs() -> bytes:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 10):
        name, prev = chr(ord("a") + level), chr(ord("a") + level - 1)
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 10)}]")
    return ("\n".join(lines) + "\n").encode()


def test_billion_laughs_is_refused_fast() -> None:
    start = time.perf_counter()
    result = load(billion_laughs())
    assert time.perf_counter() - start < 1.0
    diag = only(result, "KD108")
    assert "100" in diag.params["detail"]
    assert result.data is None


def test_aliases_within_limits_expand() -> None:
    result = load("oletus: &o\n  kieli: fi\nosat:\n  - *o\n  - *o\n")
    assert result.ok
    assert result.data == {"oletus": {"kieli": "fi"}, "osat": [{"kieli": "fi"}, {"kieli": "fi"}]}
    assert result.positions.values[("osat", 1, "kieli")] == (2, 10)


def test_too_many_nodes_through_aliases() -> None:
    items = ", ".join(["x"] * 2500)
    result = load(f"a: &a [{items}]\nb: [{', '.join(['*a'] * 90)}]\n")
    diag = only(result, "KD108")
    assert str(loader.MAX_NODES) in diag.params["detail"]
    assert result.data is None


@pytest.mark.parametrize("text", ["a: &a [*a]\n", "a: &a {b: [1, *a]}\n", "a:\n  - &x\n    - *x\n"])
def test_recursive_alias(text: str) -> None:
    result = load(text)
    diag = only(result, "KD108")
    assert "itseensä" in diag.params["detail"]
    assert result.data is None


def test_recursive_alias_in_a_key_is_never_expanded() -> None:
    result = load("? &k [*k]\n: 1\n")
    assert only(result, "KD111").params == {"found": "luettelo"}


@pytest.mark.parametrize("bomb", [
    "[" * 10_000, "[" * 10_000 + "]" * 10_000, "{a: " * 5_000, "- " * 10_000 + "x",
])
def test_depth_bomb(bomb: str) -> None:
    start = time.perf_counter()
    result = load(bomb if bomb.startswith("-") else "a: " + bomb)
    assert time.perf_counter() - start < 2.0
    assert codes(result) == ["KD107"]
    assert result.diagnostics[0].params == {"limit": loader.MAX_DEPTH}
    assert result.data is None


def test_depth_limit_is_exact() -> None:
    # the root mapping is level 1, so 39 brackets make 40 levels and 40 brackets make 41
    assert load("a: " + "[" * 39 + "]" * 39 + "\n").ok
    assert codes(load("a: " + "[" * 40 + "]" * 40 + "\n")) == ["KD107"]


def test_depth_through_aliases() -> None:
    deep = "[" * 30 + "x" + "]" * 30
    result = load(f"a: &a {deep}\nb: {'[' * 20}*a{']' * 20}\n")
    diag = only(result, "KD107")
    assert diag.loc[0] == "b"


def test_file_over_one_mebibyte() -> None:
    raw = b"a: " + b"x" * loader.MAX_BYTES
    result = load(raw)
    assert only(result, "KD106").params == {"size": len(raw), "limit": 1024 * 1024}
    assert result.data is None
    assert load(b"a: " + b"x" * (loader.MAX_BYTES - 4) + b"\n").ok


# --- characters that would break a .docx ----------------------------------------------------------

@pytest.mark.parametrize(("raw", "char", "where"), [
    (b"a: 1\nb: rivi\x0bvaihto\n", "U+000B", (2, 8)),
    (b"a: \x00\n", "U+0000", (1, 4)),
    (b"a: x\xc2\x80\n", "U+0080", (1, 5)),
    (b"a: 1\r\nb: \x07\r\n", "U+0007", (2, 4)),
])
def test_raw_control_characters(raw: bytes, char: str, where: tuple[int, int]) -> None:
    result = load(raw)
    diag = only(result, "KD109")
    assert diag.params == {"char": char}
    assert (diag.line, diag.column) == where
    assert result.data is None


def test_raw_control_characters_are_all_reported_up_to_a_cap() -> None:
    result = load(b"a: " + b"\x01" * 500 + b"\n")
    assert codes(result) == ["KD109"] * loader.MAX_CHAR_REPORTS
    assert [d.column for d in result.diagnostics[:3]] == [4, 5, 6]


def test_escaped_control_characters_keep_data_but_fail() -> None:
    result = load('a: ok\nb: "rivi\\x0bvaihto"\n"avain\\0": 1\nc: "\\uFFFE"\nd: "\\ud800"\ne: "\\t\\n\\r"\n')
    assert [(d.code, d.line, d.column, d.params["char"]) for d in result.diagnostics] == [
        ("KD109", 2, 4, "U+000B"), ("KD109", 3, 1, "U+0000"),
        ("KD109", 4, 4, "U+FFFE"), ("KD113", 5, 4, "U+D800"),  # a lone surrogate has its own code
    ]
    assert result.data is not None and result.data["b"] == "rivi\x0bvaihto" and result.data["e"] == "\t\n\r"
    assert not result.ok


def test_control_character_through_alias_reported_once() -> None:
    result = load('a: &a "x\\x0b"\nb: [*a, *a]\n')
    assert codes(result) == ["KD109"]


# --- syntax errors --------------------------------------------------------------------------------

def assert_finnish_only(problem: str, english: str) -> None:
    """A problem kotodoc explains is in Finnish alone: PyYAML's English is not appended (QA #6)."""
    assert english not in problem and "scanning" not in problem and "found" not in problem
    assert any(ch in problem for ch in "äö")


def test_tab_indentation() -> None:
    diag = only(load("kunta: A\nosat:\n\t- yksi\n"), "KD101")
    assert (diag.line, diag.column) == (3, 1)
    assert "sarkainmerkki" in diag.params["problem"]
    assert_finnish_only(diag.params["problem"], "while scanning for the next token")
    assert diag.message().startswith("YAML-syntaksivirhe: sisennyksessä on sarkainmerkki")


def test_unclosed_quote() -> None:
    diag = only(load('kunta: A\nkuvaus: "alkaa mutta\nmuut: 1\n'), "KD101")
    assert (diag.line, diag.column) == (2, 9)  # the opening quote, not the end of the file
    assert "lainausmerkki" in diag.params["problem"] and "rivillä 2" in diag.params["problem"]
    assert_finnish_only(diag.params["problem"], "while scanning a quoted scalar")


@pytest.mark.parametrize(("text", "where", "finnish", "english"), [
    ("kello: klo 8: 30\n", (1, 13), "kaksoispiste", "mapping values are not allowed here"),
    ("a: 1\nb\nc: 2\n", (3, 1), "kaksoispiste", "could not find expected ':'"),
    ("a:\n    b: 1\n  c: 2\n", (3, 3), "sisennys ei täsmää", "expected <block end>"),
    ("a: *puuttuu\n", (1, 4), "ankkuria", "found undefined alias"),
    ("a: @kunta\n", (1, 4), "ei voi aloittaa", "found character '@' that cannot start any token"),
    ('a: "C:\\polku"\n', (1, 8), "kenoviiva", "found unknown escape character"),
    ("a: [1, 2\nb: 3\n", (2, 2), "hakasulkeissa", "expected ',' or ']'"),
    ("a: 1\n- b\n", (2, 1), "luettelon rivi", "expected <block end>, but found '-'"),
])
def test_common_syntax_errors_in_finnish(
    text: str, where: tuple[int, int], finnish: str, english: str
) -> None:
    result = load(text)
    diag = only(result, "KD101")
    assert (diag.line, diag.column) == where
    assert finnish in diag.params["problem"]
    assert english not in diag.params["problem"]  # explained: PyYAML's English is left out
    assert result.data is None
    for lang in ("sv", "en"):
        assert english not in diag.message(lang)


def test_unknown_problem_gets_generic_finnish_lead() -> None:
    diag = only(load("%YAML 1.1\n%YAML 1.1\n---\na: 1\n"), "KD101")
    assert diag.params["problem"].startswith("tiedostoa ei voi lukea YAML-muodossa")
    assert "(found duplicate YAML directive)" in diag.params["problem"]  # no words of kotodoc's: the clue stays
    assert "(found duplicate YAML directive)" in diag.message("sv")


# --- positions ------------------------------------------------------------------------------------

DOC = """\
kunta: Kokkola
kohta3:
  kuvaus: jotain
  osat:
    - kieli: fi
      teksti: yksi
    - teksti: kaksi
tyhja:
"""


def test_positions_of_values_and_keys() -> None:
    pos = load(DOC).positions
    assert pos.value_pos(("kunta",)) == (1, 8)
    assert pos.key_pos(("kunta",)) == (1, 1)
    assert pos.value_pos(["kohta3", "kuvaus"]) == (3, 11)
    assert pos.key_pos(("kohta3", "kuvaus")) == (3, 3)
    assert pos.value_pos(("kohta3", "osat", 1, "teksti")) == (7, 15)
    assert pos.value_pos(("kohta3", "osat", 1)) == (7, 7)
    assert pos.key_pos(("kohta3", "osat", 1)) == (7, 7)  # a list item has no key
    assert pos.value_pos(("tyhja",)) == (8, 7)  # an empty value sits right after its colon


def test_positions_of_missing_locations() -> None:
    pos = load(DOC).positions
    assert pos.value_pos(("kohta3", "puuttuu")) == (2, 1)  # parent's key
    assert pos.value_pos(("kohta3", "osat", 1, "kieli")) == (7, 7)  # list item: its value
    assert pos.key_pos(("kohta3", "puuttuu")) == (2, 1)
    assert pos.value_pos(("kohta3", "osat", 9)) == (4, 3)
    assert pos.value_pos(("eiole",)) == (1, 1)
    assert pos.value_pos(()) == (1, 1)
    assert Positions().value_pos(("a", 1)) == (1, 1)


def test_positions_ignore_union_tags_in_locs() -> None:
    pos = load(DOC).positions
    # pydantic puts union member names into locs; the deepest existing location counts
    assert pos.value_pos(("kohta3", "osat", "list[Osa]", 0, "teksti")) == (6, 15)
    assert pos.value_pos(("kohta3", "osat", 0, "str")) == (5, 7)  # last element unknown: like a missing one
    assert pos.value_pos(("kohta3", "osat", 0, "str", "puuttuu")) == (5, 7)
    assert pos.key_pos(("kohta3", "kuvaus", "str")) == (3, 3)


# --- LoadResult.ok --------------------------------------------------------------------------------

def test_ok_needs_a_mapping_and_no_errors() -> None:
    assert LoadResult(PATH, {"a": 1}, Positions(), []).ok
    assert not LoadResult(PATH, None, Positions(), []).ok
    assert not LoadResult(PATH, {"a": 1}, Positions(), [Diagnostic("KD109", PATH, 1, 1)]).ok


# --- load_file ------------------------------------------------------------------------------------

def test_load_file(tmp_path: Path) -> None:
    path = tmp_path / "kokkola.yaml"
    path.write_bytes(b"kunta: Kokkola\r\nkieli: ruotsi\r\n")
    result = load_file(path)
    assert result.ok and result.path == str(path)
    assert result.data == {"kunta": "Kokkola", "kieli": "ruotsi"}
    assert load_file(str(path)).data == result.data


def test_load_file_large_is_refused_without_parsing(tmp_path: Path) -> None:
    path = tmp_path / "iso.yaml"
    path.write_bytes(b"a: " + b"x" * (3 * loader.MAX_BYTES))
    result = load_file(path)
    assert codes(result) == ["KD106"] and result.diagnostics[0].params["size"] == 3 * loader.MAX_BYTES + 3


def test_load_file_missing(tmp_path: Path) -> None:
    with pytest.raises(FileReadError, match="ei löydy") as info:
        load_file(tmp_path / "puuttuu.yaml")
    assert "puuttuu.yaml" in str(info.value)


def test_load_file_dash_is_an_ordinary_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileReadError, match="ei löydy"):
        load_file("-")


def test_load_file_directory(tmp_path: Path) -> None:
    with pytest.raises(FileReadError, match="hakemisto"):
        load_file(tmp_path)


@pytest.mark.parametrize(("error", "words"), [
    (PermissionError(13, "Permission denied"), "lukuoikeutta"),
    (OSError(5, "Input/output error"), "levyn luku- tai kirjoitusvirhe"),  # in Finnish, not the system's English
])
def test_load_file_other_read_errors(monkeypatch: pytest.MonkeyPatch, error: OSError, words: str) -> None:
    def failing_open(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(loader, "open", failing_open, raising=False)
    with pytest.raises(FileReadError, match=words) as info:
        load_file("kunta.yaml")
    assert "Tiedostoa kunta.yaml ei voi lukea" in str(info.value)


def test_reader_error_fallback_computes_position(monkeypatch: pytest.MonkeyPatch) -> None:
    # without the pre-scan PyYAML's reader refuses the character itself; its position is an index
    monkeypatch.setattr(loader, "_YAML_UNPRINTABLE", re.compile("(?!)"))
    diag = only(load(b"a: 1\r\nb: x\x0by\n"), "KD109")
    assert (diag.line, diag.column, diag.params["char"]) == (2, 5, "U+000B")


# --- fuzz -----------------------------------------------------------------------------------------

SEED_DOC = """\
skeemaversio: 1
kunta: Kokkola  # kommentti
hyväksytty: 5.12.2024
yhteystiedot: &yt
  nimi: "Maija Meikäläinen"
  puhelin: 040 1234567
kohta3:
  kuvaus: |
    Yhteiskuntaorientaatio järjestetään
    yhteistyössä.
  kielet: [fi, sv, 'ar']
  osat:
    - kohderyhmä: työnhakijat
      teksti: >
        taitettu
        teksti
    - {kohderyhmä: muut, teksti: "lainaus \\"x\\""}
varalla: *yt
"""
INSERTS = [
    b":", b"-", b" ", b"\t", b"\n", b"\r", b"[", b"]", b"{", b"}", b'"', b"'", b"&a", b"*a", b"*yt", b"!",
    b"!!python/name:os.system", b"#", b"|", b">", b"?", b"%", b"@", b"`", b",", b"\\", b"\\x0b", b"\x0b",
    b"\x00", b"\xe4", b"\xc3", b"\xef\xbb\xbf", b"---\n", b"...\n", b"~", b"\xff\xfe", b"\x85",
]


def mutate(rng: random.Random, doc: bytes) -> bytes:
    data = bytearray(doc)
    for _ in range(rng.randint(1, 4)):
        choice = rng.randrange(5)
        at = rng.randrange(len(data) + 1)
        if choice == 0 and data:
            data[min(at, len(data) - 1)] = rng.randrange(256)
        elif choice == 1:
            data[at:at] = rng.choice(INSERTS)
        elif choice == 2:
            del data[at:at + rng.randint(1, 8)]
        elif choice == 3:
            lines = bytes(data).split(b"\n")
            rng.shuffle(lines)
            data = bytearray(b"\n".join(lines))
        else:
            lines = bytes(data).split(b"\n")
            i = rng.randrange(len(lines))
            lines[i] = b" " * rng.randint(0, 6) + lines[i].lstrip()
            data = bytearray(b"\n".join(lines))
    return bytes(data)


def test_seed_document_is_valid() -> None:
    result = load(SEED_DOC)
    assert result.ok, result.diagnostics
    assert result.data is not None and result.data["varalla"] == result.data["yhteystiedot"]


def test_fuzz_never_raises() -> None:
    rng = random.Random(20250101)
    seed = SEED_DOC.encode()
    outcomes: dict[str, int] = {}
    start = time.perf_counter()
    for _ in range(5000):
        raw = mutate(rng, seed)
        result = load(raw)  # checks every diagnostic's path, line, column and params
        assert result.data is not None or result.diagnostics, raw
        assert result.data is None or isinstance(result.data, dict), raw
        assert result.ok == (not result.diagnostics), raw
        key = result.diagnostics[0].code if result.diagnostics else "ok"
        outcomes[key] = outcomes.get(key, 0) + 1
    assert time.perf_counter() - start < 15
    # the mutations really reach the different paths of the loader
    assert {"ok", "KD101", "KD103", "KD109"} <= outcomes.keys(), outcomes


def test_fast_and_pure_python_parsers_build_the_same_tree() -> None:
    """libyaml does the parsing when present; its nodes and positions must equal PyYAML's own."""
    from kotodoc.source import nodes as _yaml_nodes

    if _yaml_nodes.FastLoader is None:
        pytest.skip("PyYAML without libyaml: only one parser exists")
    for example in sorted(Path(__file__).resolve().parent.parent.parent.glob("examples/*.yaml")):
        raw = example.read_bytes() + "\nx: 'ääö'  # ä\ny: [ä, \"ö\", ~, '', *a]\nz: &a {q: 1}\n".encode()
        fast = load(raw)
        saved = _yaml_nodes.FastLoader
        try:
            loader.FastLoader = None  # type: ignore[attr-defined]
            slow = load(raw)
        finally:
            loader.FastLoader = saved  # type: ignore[attr-defined]
        assert fast.data == slow.data
        assert fast.positions.values == slow.positions.values
        assert fast.positions.keys == slow.positions.keys
        assert [d.code for d in fast.diagnostics] == [d.code for d in slow.diagnostics]


def test_character_classes_are_the_exact_complements_of_the_standards() -> None:
    """The fast small classes match exactly what XML 1.0 and PyYAML's reader refuse."""
    from kotodoc.source import nodes as _yaml_nodes

    xml_ok = re.compile("[\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    yaml_ok = re.compile("[\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    points = [*range(0x10000), 0x10000, 0x1F642, 0x10FFFF]
    for cp in points:
        ch = chr(cp)
        assert bool(_yaml_nodes.XML_ILLEGAL.match(ch)) != bool(xml_ok.match(ch)), hex(cp)
        assert bool(loader._YAML_UNPRINTABLE.match(ch)) != bool(yaml_ok.match(ch)), hex(cp)


def test_repeated_keys_do_not_flood_the_report() -> None:
    from kotodoc.source.nodes import MAX_DUPLICATE_REPORTS

    result = load(b"a: 1\n" * 5000)
    duplicates = [d for d in result.diagnostics if d.code == "KD102"]
    assert len(duplicates) == MAX_DUPLICATE_REPORTS
    assert duplicates[0].line == 2 and duplicates[0].params["first_line"] == 1

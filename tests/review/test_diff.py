"""`kotodoc diff`: changes named at their places in the form, formatting is no change, exit codes as diff(1)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from typer.testing import Result

from kotodoc.errors import UsageError
from kotodoc.review.compare import diff_versions
from kotodoc.review.diff import compare
from kotodoc.review.diff_formats import summary_line, wants_color
from kotodoc.schema.programme import Programme
from kotodoc.source import loader
from tests.conftest import ROOT

RunCli = Callable[..., Result]
KOKKOLA = ROOT / "examples" / "kokkola.yaml"
MIKKELI = ROOT / "examples" / "mikkeli.yaml"
CASES = Path(__file__).parent / "cases"
PHONE_PLACE = "H3 «Kotoutumisohjelmaa kuvaavan asiakirjan yhteyshenkilö ja yhteystiedot», puhelin"
LANGUAGES_PLACE = ("Kohta 3 A «Millä kielillä kunnassa on tarve järjestää yhteiskuntaorientaatio?» "
                   "(KotoL 25 §)")


def edited(tmp_path: Path, source: Path, *replacements: tuple[str, str], name: str = "uusi.yaml") -> Path:
    """A copy of ``source`` with each (old, new) text replaced exactly once."""
    text = source.read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    target = tmp_path / name
    target.write_text(text, encoding="utf-8")
    return target


LANGUAGE_AND_PHONE = (
    ("kielet: [venäjä, ukraina, persia, swahili, arabia, thai, viro, englanti]",
     "kielet: [venäjä, ukraina, persia, swahili, arabia, thai, viro, englanti, somali]"),
    ("puhelin: 040 8065698", "puhelin: 040 1234567"),
)


def programme(path: Path) -> Programme:
    return Programme.model_validate(loader.load_file(path).data)


# --- the example ---------------------------------------------------------------------------

def test_language_added_and_phone_changed_exit_1_at_their_places(run_cli: RunCli, tmp_path: Path) -> None:
    new = edited(tmp_path, KOKKOLA, *LANGUAGE_AND_PHONE)
    result = run_cli("diff", str(KOKKOLA), str(new))
    assert result.exit_code == 1, result.stderr
    lines = result.stdout.splitlines()
    assert f"{PHONE_PLACE}: 040 8065698 → 040 1234567" in lines
    assert f"{LANGUAGES_PLACE}: lisätty somali" in lines
    assert lines[-1] == "2 muutosta."
    golden = (CASES / "kieli_ja_puhelin.expected.txt").read_text(encoding="utf-8")
    assert result.stdout.replace(str(KOKKOLA), "VANHA").replace(str(new), "UUSI") == golden


def test_same_file_exits_0(run_cli: RunCli) -> None:
    result = run_cli("diff", str(KOKKOLA), str(KOKKOLA))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == "Ei muutoksia: versiot ovat sisällöltään samat."


def test_formatting_is_not_a_change(run_cli: RunCli, tmp_path: Path) -> None:
    """Comments, key order, quoting, folding, ä in code values and trailing spaces: no change."""
    data = loader.load_file(KOKKOLA).data
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=True, default_style='"', width=50)
    text = text.replace('"kohderyhma": "tyonhakijat"', '"kohderyhmä": "työnhakijat"')
    assert "työnhakijat" in text and "#" not in text
    reformatted = tmp_path / "muotoiltu.yaml"
    reformatted.write_text(text, encoding="utf-8")
    assert loader.load_file(reformatted).data != data  # the key ä is folded, the text is not the same
    result = run_cli("diff", str(KOKKOLA), str(reformatted))
    assert result.exit_code == 0, result.stdout
    spaced = edited(tmp_path, KOKKOLA,
                    ("koordinoiva_taho: Kotoutumispalvelut", "koordinoiva_taho: '  Kotoutumispalvelut  '"),
                    name="valit.yaml")
    assert run_cli("diff", str(KOKKOLA), str(spaced)).exit_code == 0


# --- what a change looks like ------------------------------------------------------------------

def test_long_text_changes_word_by_word(run_cli: RunCli, tmp_path: Path) -> None:
    new = edited(tmp_path, KOKKOLA, ("työttömille työnhakijoille työntekijä tekee asiakkaille",
                                     "työttömille työnhakijoille asiakkaille"),
                 ("        kotoutumisen palvelutarpeen arviointi, johon kutsutaan hyvinvointialue Soiten työntekijä",
                  ("        kotoutumisen palvelutarpeen arviointi, johon kutsutaan hyvinvointialue Soiten "
                  "sosiaalityöntekijä")))
    result = run_cli("diff", str(KOKKOLA), str(new))
    assert result.exit_code == 1
    out = result.stdout
    assert "Kohta 1 A «Miten palvelut järjestetään kunnassa?» (KotoL 14 ja 15 §), Työttömät työnhakijat: " \
           "tekstiä muutettu:" in out
    words = out.splitlines()[2]
    assert "työnhakijoille [-työntekijä tekee-] asiakkaille" in words
    assert "Soiten [-työntekijä-]{+sosiaalityöntekijä+} mukaan." in words  # as git diff --word-diff
    assert words.startswith("    Työvoimaviranomainen") and "…" in words  # context cut, not the whole answer


def test_table_row_and_column_named(tmp_path: Path) -> None:
    new = edited(tmp_path, KOKKOLA, ("Soite\n    muut_asiakkaat: Kotoutumispalvelut ja K-P:n hyvinvointialue Soite\n",
                                     "Soite\n    muut_asiakkaat: Kotoutumispalvelut ja Soite\n"))
    changes = compare(programme(KOKKOLA), programme(new))
    assert [c.place() for c in changes] == [
        ("Vastuutaulukko, rivi 2 «Monialaisen osaamisen ja kotoutumisen palvelutarpeen arviointi», "
        "sarake «Muiden kotoutuja-asiakkaiden palvelut tuottava taho»")]
    assert summary_line(changes[0]) == \
        "Kotoutumispalvelut ja K-P:n hyvinvointialue Soite → Kotoutumispalvelut ja Soite"


def test_section_and_part_added_and_removed(tmp_path: Path) -> None:
    new = edited(tmp_path, KOKKOLA,
                 ("  luku_ja_kirjoitustaito: Ohjelmaa kirjoittaessa Kpedu järjestänyt Kälviällä koulutusta.\n",
                  "  ei_tarvetta_perustelu: Koulutusta ei tarvita.\n"))
    changes = compare(programme(KOKKOLA), programme(new))
    described = {c.place(): summary_line(c) for c in changes}
    literacy = "Kohta 5 A «Miten kunnassanne järjestetään luku- ja kirjoitustaidon koulutus?»"
    reasons = "Kohta 5 A «Jos luku- ja kirjoitustaidon koulutukselle ei ole tarvetta, esitä perustelut.»"
    assert described == {literacy: "poistettu: Ohjelmaa kirjoittaessa Kpedu järjestänyt Kälviällä koulutusta.",
                         reasons: "lisätty: Koulutusta ei tarvita."}


def test_joint_members_by_name_and_levels_by_label(tmp_path: Path) -> None:
    new = edited(tmp_path, MIKKELI,
                 ("    - kunta: Juva\n      asukasluku: 6000\n", "    - kunta: Juva\n      asukasluku: 6100\n"),
                 ("      vastaanotto_ja_varautuminen: yhteinen_palvelu\n      ohjaus_ja_neuvonta",
                  "      vastaanotto_ja_varautuminen: kunta\n      ohjaus_ja_neuvonta"))
    lines = [f"{c.place()}: {summary_line(c)}" for c in compare(programme(MIKKELI), programme(new))]
    assert "Yhteistoiminta › Jäsenkunnat › Juva › Asukasluku: 6000 → 6100" in lines
    assert ("Yhteistoiminta › Tehtävänjako asiakasryhmittäin › Pakolaiset › Vastaanotto ja varautuminen › "
            "Vastuutaso: Seudullinen/maakunnallinen palvelu → Kunta itse") in lines, lines


def test_member_removed_is_named(tmp_path: Path) -> None:
    member = ("    - kunta: Enonkoski\n      asukasluku: 1300\n      asiakkaat: {pakolaiset: 0, ilman_huoltajaa: 0, "
              "tyo_ja_koulutusperaiset: 2, tyovoiman_ulkopuoliset: 1}\n")
    new = edited(tmp_path, MIKKELI, (member, ""),
                 ("    - Enonkoski\n", ""))
    lines = [f"{c.place()}: {summary_line(c)}" for c in compare(programme(MIKKELI), programme(new))]
    assert any(line.startswith("H1 «Kunta tai kunnat»: poistettu Enonkoski") for line in lines), lines
    assert any(line.startswith("Yhteistoiminta › Jäsenkunnat › Enonkoski: poistettu: Enonkoski") for line in lines)


# --- formats -------------------------------------------------------------------------------------

def test_formats_md_html_json(tmp_path: Path) -> None:
    new = edited(tmp_path, KOKKOLA, *LANGUAGE_AND_PHONE, ("työttömille työnhakijoille työntekijä tekee asiakkaille",
                                                          "työttömille työnhakijoille asiakkaille"))
    md = diff_versions(str(KOKKOLA), str(new), "md").output
    assert f"- **{PHONE_PLACE}**: ~~040 8065698~~ → **040 1234567**" in md
    assert "~~työntekijä tekee~~" in md
    data = json.loads(diff_versions(str(KOKKOLA), str(new), "json").output)
    assert data["equal"] is False and len(data["changes"]) == 3
    items = next(c for c in data["changes"] if c["kind"] == "items")
    assert items["loc"] == ["yhteiskuntaorientaatio", "kielet"] and items["added"] == ["somali"]
    words = next(c for c in data["changes"] if "words" in c)["words"]
    assert {"op": "removed", "text": " työntekijä tekee"} in words
    page = diff_versions(str(KOKKOLA), str(new), "html").output
    parsed = _Tags()
    parsed.feed(page)
    assert parsed.tags["html"] == [{"lang": "fi"}] and len(parsed.tags["del"]) == 2 and len(parsed.tags["ins"]) == 1
    assert '<del><span class="visually-hidden">poistettu: </span>040 8065698</del>' in page
    assert "Content-Security-Policy" in page and "<script" not in page


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: dict[str, list[dict[str, str | None]]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.setdefault(tag, []).append(dict(attrs))


def test_colour_on_terminal_only_and_never_with_no_color(run_cli: RunCli, tmp_path: Path) -> None:
    assert wants_color("auto", True, {}) is True
    assert wants_color("auto", True, {"NO_COLOR": "1"}) is False
    assert wants_color("auto", True, {"TERM": "dumb"}) is False
    assert wants_color("auto", False, {}) is False
    assert wants_color("always", False, {"NO_COLOR": "1"}) is True
    new = edited(tmp_path, KOKKOLA, *LANGUAGE_AND_PHONE)
    plain = run_cli("diff", str(KOKKOLA), str(new)).stdout  # CliRunner is no terminal
    assert "\033[" not in plain
    coloured = run_cli("diff", "--color", "always", str(KOKKOLA), str(new)).stdout
    assert "\033[31m040 8065698\033[0m → \033[32m040 1234567\033[0m" in coloured
    assert re.sub(r"\033\[\d+m", "", coloured) == plain


# --- bad input -----------------------------------------------------------------------------------

def test_missing_file_and_broken_yaml_exit_2(run_cli: RunCli, tmp_path: Path) -> None:
    missing = run_cli("diff", str(tmp_path / "ei-ole.yaml"), str(KOKKOLA))
    assert missing.exit_code == 2 and "Tiedostoa ei löydy" in missing.stderr
    broken = tmp_path / "rikki.yaml"
    broken.write_text("skeemaversio: 1\nperustiedot: [\n", encoding="utf-8")
    result = run_cli("diff", str(KOKKOLA), str(broken))
    assert result.exit_code == 2 and result.stdout == ""
    assert f"{broken}:" in result.stderr and "KD101" in result.stderr
    assert "tiedostoa ei voi verrata" in result.stderr
    assert run_cli("diff", str(tmp_path), str(KOKKOLA)).exit_code == 2  # a directory


def test_rule_errors_do_not_stop_the_comparison(run_cli: RunCli) -> None:
    """A file with content errors (KD302) but a sound structure is compared; its errors are validate's business."""
    broken = ROOT / "tests" / "cases" / "invalid" / "hyvinvointialue_puuttuu.yaml"
    result = run_cli("diff", str(KOKKOLA), str(broken))
    assert result.exit_code == 1 and "Vastuutaulukko, rivi 2" in result.stdout


@pytest.mark.parametrize("bad", ["-x", "--output=/tmp/x", "HEAD:", ":kunta.yaml"])
def test_option_like_or_half_revisions_are_refused(run_cli: RunCli, bad: str) -> None:
    result = run_cli("diff", "--", bad, str(KOKKOLA))
    assert result.exit_code == 2, result.stdout
    assert result.stderr.startswith("kotodoc: ") and "Traceback" not in result.stderr


def test_own_heading_of_a_part_named_after_the_part(tmp_path: Path) -> None:
    new = edited(tmp_path, KOKKOLA, ("      otsikko: Työttömät työnhakijat\n", ""))
    lines = [f"{c.place()}: {summary_line(c)}" for c in compare(programme(KOKKOLA), programme(new))]
    assert lines == [("Kohta 1 A «Miten palvelut järjestetään kunnassa?» (KotoL 14 ja 15 §), Työnhakijat, otsikko: "
                     "poistettu: Työttömät työnhakijat")]


@pytest.mark.parametrize("other", sorted((ROOT / "tests" / "cases").rglob("*.yaml")), ids=lambda p: p.name)
def test_every_case_compares_or_is_refused_cleanly(other: Path) -> None:
    """Every test case against the example, both ways and in every format: exit 0, 1 or 2, never a crash."""
    for fmt in ("text", "md", "html", "json"):
        for old, new in ((KOKKOLA, other), (other, KOKKOLA)):
            try:
                outcome = diff_versions(str(old), str(new), fmt)
            except UsageError:
                continue
            assert outcome.exit_code in (0, 1, 2)
            if fmt == "json" and outcome.exit_code != 2:
                assert json.loads(outcome.output)["equal"] is (outcome.exit_code == 0)


@pytest.mark.parametrize(("args", "words"), [
    (["--color", "sometimes"], ("--color", "auto, always, never")),
    (["--color", "alwys"], ("--color", "tarkoititko always")),
    (["-f", "xml"], ("--format", "text, md, html, json")),
    (["-f", "htm"], ("--format", "tarkoititko html")),
])
def test_option_values_are_named_with_their_option_and_choices(run_cli: RunCli, args: list[str],
                                                                words: tuple[str, ...]) -> None:
    result = run_cli("diff", str(KOKKOLA), str(KOKKOLA), *args)
    assert result.exit_code == 2 and not result.stdout
    assert all(word in result.stderr for word in words), result.stderr
    assert "Ohje: kotodoc diff --help" in result.stderr


def test_option_values_in_any_letter_case(run_cli: RunCli) -> None:
    result = run_cli("diff", str(KOKKOLA), str(KOKKOLA), "-f", "JSON", "--color", "Never")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["equal"] is True and data["changes"] == []


@pytest.mark.parametrize(("lang", "changed", "added"), [
    ("fi", "Luonnos: ei → kyllä", "Luonnos: lisätty: kyllä"),
    ("sv", "ei → kyllä".replace("ei", "nej").replace("kyllä", "ja"), ": ja"),
    ("en", "no → yes", ": yes"),
])
def test_the_draft_flag_is_yes_or_no_in_words(run_cli: RunCli, tmp_path: Path, lang: str, changed: str,
                                              added: str) -> None:
    text = KOKKOLA.read_text(encoding="utf-8")
    assert "\nluonnos:" not in text
    unset = tmp_path / "ei.yaml"
    unset.write_text(text + "luonnos: false\n", encoding="utf-8")
    draft = tmp_path / "kylla.yaml"
    draft.write_text(text + "luonnos: true\n", encoding="utf-8")
    result = run_cli("diff", str(unset), str(draft), "--kieli", lang)
    assert result.exit_code == 1 and changed in result.stdout, result.stdout
    first = run_cli("diff", str(KOKKOLA), str(draft), "--kieli", lang)
    assert first.exit_code == 1 and first.stdout.splitlines()[1].endswith(added), first.stdout
    for output in (result.stdout, first.stdout, run_cli("diff", str(unset), str(draft), "-f", "json").stdout):
        assert "True" not in output and "False" not in output


LITERACY = ("Kunnassa järjestetään kotoutujille suunnattua luku- ja kirjoitustaidon koulutusta sekä muuta "
            "kielikoulutusta yhdessä oppilaitosten kanssa, ja koulutus on maksutonta.")
HEALTH_SV = ("Ny mening börjar. Tjänster: hälso- och sjukvård ordnas av välfärdsområdet, som också "
             "ansvarar för familjegrupphem och allt annat viktigt.")


@pytest.mark.parametrize(("old", "new", "whole"), [
    (LITERACY, LITERACY.replace("yhdessä", "yksin"), "luku- ja kirjoitustaidon"),
    (LITERACY, LITERACY.replace("Kunnassa", "Kaupungissa"), "luku- ja kirjoitustaidon"),
    (HEALTH_SV, HEALTH_SV.replace("Ny mening", "Ny sats"), "hälso- och sjukvård"),
    (HEALTH_SV, HEALTH_SV.replace("viktigt", "nödvändigt"), "hälso- och sjukvård"),
])
@pytest.mark.parametrize("context", [2, 3, 4, 6])
def test_word_context_is_cut_between_words_never_inside_a_compound(old: str, new: str, whole: str,
                                                                   context: int) -> None:
    """QA #19: "… - ja kirjoitustaidon koulutus": the context starts at a word, and a compound with a shared
    part (``luku- ja kirjoitustaidon``) is shown whole or not at all."""
    from kotodoc.review.words import KEEP, excerpt, word_ops

    ops = excerpt(word_ops(old, new), context=context)
    pieces = [p.strip() for op, text in ops if op == KEEP and "…" in text for p in text.split("…") if p.strip()]
    assert pieces, ops  # the context was cut
    words = set(old.split()) | set(new.split())
    shared, rest = whole.split(" ", 1)
    for piece in pieces:
        assert piece.split()[0] in words and piece.split()[-1] in words, (piece, ops)
        assert (shared in piece) == (rest in piece), (piece, ops)

"""The agenda item (`kotodoc render --document agenda-item`): every fact of seed 001, in a readable order."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from typer.testing import Result

from kotodoc import messages
from kotodoc.checks.validate import validate_file
from kotodoc.render import agenda
from kotodoc.render.documents import DOCUMENTS
from kotodoc.render.pipeline import documents, render_file
from kotodoc.render.tree import Heading, LabeledPart, Paragraph
from kotodoc.schema.approval import Approval

RunCli = Callable[..., Result]
ROOT = Path(__file__).resolve().parent.parent.parent
SEED001 = ROOT / "tests" / "cases" / "agenda" / "seed001.yaml"
KOKKOLA = ROOT / "examples" / "kokkola.yaml"

# Seed 001 (/work/shared/seeds/001_*), as written there, typos included.
SEED_HEADING = "Kunnan kotoutumishjelma eli kotoutumisen alkuvaiheen palveluita kuvaava asiakirja"
SEED_MEETING = "HYVOLTK 13.11.2024"
SEED_RECORD = "442/14.07.00/2024"
SEED_BACKGROUND = """\
TEM on lähettänyt kunnille 19.6.24 päivätyn kirjeen kotoutumishjelman järjestämisestä ja kotoutumislain mukaisten korvausten maksatuksen edellytyksistä. Kyseisessä kirjeessä kuntia pyydettiin toimittamaan kotoutumishjelmaa kuvaava asiakirja alueensa ELY-keskukselle 5.12.2024 mennessä, jotta tammikuun laskennallisten korvausten maksatus pystytään toteuttamaan mahdollisimman sujuvasti,

Kotoutumislaki ei edellytä, että kotoutumishjelmaa kuvaava asiakirja hyväksytään kunnanvaltuustossa. Kotoutumishjelma on kunnan järjestämä kotoutumisen alkuvaiheen palvelukokonaisuus.

Työvoimaviranomainen vastaa kotoutumishjelmaan sisältyvien palveluiden järjestämisestä työnhakijana olevalle maahanmuuttajalle ja kotoutuja-asiakkaalle. Kunta vastaa muiden maahanmuuttajien ja kotoutuja-asiakkaiden palveluiden järjestämisestä. Kunnat voivat valita itse, miten ne järjestävät työvoiman ulkopuolella olevien kotoutumishjelmaan sisältyvät palvelut. Kotoutumishjelmassa on otettava huomioon monialaisuus sekä yhteistyö kolmannen sektorin toimijoiden ja työnantajien kanssa. Koska työllistymisen tukeminen on keskeinen osa kotoutumisen edistämistä, myös yhteistyö työnantajien kanssa on keskeistä palveluiden järjestämisessä. Kotoutumishjelmassa tulisi myös huomioida ja tehdä näkyväksi kotoutumista edistävä palvelutarjonta ja muu toiminta.

Kunta vastaa siitä, että kotoutumishjelmaan sisältyvät ja muut kunnan järjestämisvastuulla olevat kotoutumista edistävät palvelut järjestetään sisällöltään ja laajuudeltaan sellaisina kuin kunnassa on tarvetta. Kunta vastaa myös siitä, että kotoutumishjelmasta ja muista palveluista muodostuu johdonmukainen ja tarpeita vastaava palvelukokonaisuus.

Kotoutumishjelmaa käytetään kotoutumisen alkuvaiheen asiakastyön välineenä. Palveluihin osallistumisesta sovitaan asiakkaan yksilöllisessä kotoutumissuunnitelmassa.
"""  # noqa: E501 - the seed's paragraphs, one per line
SEED_ROWS = {
    "Valmistelija": "Hyvinvointikoordinaattori Koivisto Marja, työllisyysvastaava Toivonen Minna",
    "Esittelijä": "Hyvinvointijohtaja Kettunen Matti",
    "Päätösehdotus": "Hyvinvointilautakunta hyväksyy kunnan kotoutumishjelman ja sitä kuvaavan asiakirjan.",
}


def corrected(text: str) -> str:
    """The seed as kotodoc prints it: its typo fixed (as kotodoc.form does), its dates written out in full."""
    return (text.replace("otoutumishjelm", "otoutumisohjelm").replace("19.6.24 ", "19.6.2024 ")
            .replace("sujuvasti,", "sujuvasti."))


def seed_paragraphs() -> list[str]:
    return [corrected(p.strip()) for p in SEED_BACKGROUND.split("\n\n")]


def seed_facts() -> list[str]:
    """Every fact of seed 001 in the order the seed gives them (each background sentence is one)."""
    facts = [corrected(SEED_HEADING), SEED_MEETING, SEED_RECORD]
    for para in seed_paragraphs():
        facts += [s if s.endswith(".") else s + "." for s in para.split(". ")]
    for label, value in SEED_ROWS.items():
        facts += [label, corrected(value)]
    return facts


def docx_text(data: bytes) -> str:
    return "\n".join(p.text for p in Document(io.BytesIO(data)).paragraphs)


def md_plain(data: bytes) -> str:
    return re.sub(r"\\(.)", r"\1", data.decode("utf-8")).replace("**", "")


def in_order(text: str, facts: list[str]) -> list[str]:
    """The facts missing from ``text`` or out of order (empty when all are there, in order)."""
    problems, pos = [], 0
    for fact in facts:
        found = text.find(fact, pos)
        if found < 0:
            problems.append(fact if fact not in text else f"järjestys: {fact}")
        else:
            pos = found + len(fact)
    return problems


def render(tmp_path: Path, source: Path, fmt: str, templates: Path | None = None) -> bytes:
    out = tmp_path / f"asia.{fmt}"
    result = render_file(source, fmt, out, document=agenda.DOCUMENT_NAME, templates=templates)
    assert result.output == out, [d.message() for d in result.report.diagnostics]
    return out.read_bytes()


@pytest.fixture(scope="module")
def seed_docx(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return render(tmp_path_factory.mktemp("docx"), SEED001, "docx")


@pytest.fixture(scope="module")
def seed_md(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return render(tmp_path_factory.mktemp("md"), SEED001, "md")


# --- every fact of seed 001 ---------------------------------------------------------------------------

def test_facts_list_is_the_whole_seed() -> None:
    facts = seed_facts()
    assert len(facts) == 3 + (2 + 2 + 6 + 2 + 2) + 2 * 3  # heading lines, 14 sentences, 3 labelled rows
    assert "19.6.2024" in facts[3] and "5.12.2024" in facts[4]
    assert not any("shjelm" in f for f in facts)


def test_docx_holds_every_fact_of_seed_001_in_order(seed_docx: bytes) -> None:
    assert in_order(docx_text(seed_docx), seed_facts()) == []


def test_md_holds_every_fact_of_seed_001_in_order(seed_md: bytes) -> None:
    assert in_order(md_plain(seed_md), seed_facts()) == []


def test_html_holds_every_fact_too(tmp_path: Path) -> None:
    text = re.sub(r"<[^>]+>", "", render(tmp_path, SEED001, "html").decode("utf-8"))
    assert in_order(" ".join(text.split()), [" ".join(f.split()) for f in seed_facts()]) == []


def test_background_paragraphs_are_the_seed_paragraphs(seed_docx: bytes) -> None:
    paras = [p.text for p in Document(io.BytesIO(seed_docx)).paragraphs]
    for para in seed_paragraphs():
        assert para in paras  # one paragraph each, not merged or split


def test_docx_structure(seed_docx: bytes) -> None:
    paras = Document(io.BytesIO(seed_docx)).paragraphs
    style = paras[0].style
    assert (style.name if style else None, paras[0].text) == ("Heading 1", corrected(SEED_HEADING))
    assert paras[1].text == SEED_MEETING
    assert paras[2].text == f"Dnro {SEED_RECORD}"
    rows = {p.runs[0].text: "".join(r.text for r in p.runs[1:]) for p in paras if p.runs and p.runs[0].bold
            and p.runs[0].text.endswith(": ")}
    # The seed has no attachments line; the agenda item names the programme document it approves.
    assert rows.pop("Liitteet: ") == ("Liite 1 Kunnan kotoutumisohjelma – kotoutumisen alkuvaiheen palveluita "
                                      "kuvaava asiakirja (Kokkola, 21.10.2024)")
    assert rows == {f"{k}: ": corrected(v) for k, v in SEED_ROWS.items()}
    assert not any(p.text.startswith("Päätös:") for p in paras)  # not decided yet


def test_data_dependent_sentence_comes_from_the_document(seed_md: bytes) -> None:
    text = md_plain(seed_md)
    # QA 5: H2's answer stands alone after its lead, never pasted into a sentence ("… (Kokkola).")
    assert "\n\nKotoutumisohjelmaa koordinoiva taho: Kotoutumispalvelut\n\n" in text
    assert "yhteyshenkilö on kotoutumisen vastuukoordinaattori Pia Salonen." in text


# --- the data changes the text ------------------------------------------------------------------------

def variant(tmp_path: Path, old: str, new: str, source: Path = SEED001) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "muunnos.yaml"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def test_decision_is_printed_after_the_proposal(tmp_path: Path) -> None:
    path = variant(tmp_path, "  # päätös: tyhjä, kunnes lautakunta on päättänyt\n",
                   "  paatos: Hyväksyttiin päätösehdotuksen mukaisesti.\n  pykala: 45\n")
    text = docx_text(render(tmp_path, path, "docx"))
    assert in_order(text, ["HYVOLTK 13.11.2024 § 45", "Päätösehdotus: ",
                           "Päätös: Hyväksyttiin päätösehdotuksen mukaisesti."]) == []


def test_other_deadline_and_letter(tmp_path: Path) -> None:
    path = variant(tmp_path, "    tem_kirje: 19.6.2024\n    maaraaika: 5.12.2024\n",
                   "    tem_kirje: 2026-03-02\n    maaraaika: 30.9.2026\n")
    text = md_plain(render(tmp_path, path, "md"))
    assert "TEM on lähettänyt kunnille 2.3.2026 päivätyn kirjeen" in text
    assert "ELY-keskukselle 30.9.2026 mennessä" in text
    assert "5.12.2024" not in text and "19.6.2024" not in text


def test_no_letter_no_letter_sentence(tmp_path: Path) -> None:
    path = variant(tmp_path, "    tem_kirje: 19.6.2024\n", "")
    text = md_plain(render(tmp_path, path, "md"))
    assert "TEM on lähettänyt" not in text
    assert "Kotoutumisohjelmaa kuvaava asiakirja toimitetaan alueen ELY-keskukselle 5.12.2024 mennessä." in text


def test_kokkola_gets_only_what_seed_003_says(tmp_path: Path) -> None:
    text = docx_text(render(tmp_path, KOKKOLA, "docx"))
    assert "Kaupunginhallitus marraskuussa 2024" in text
    for invented in ("Dnro", "ELY-keskukselle", "TEM on lähettänyt", "Valmistelija", "Esittelijä", "Päätös"):
        assert invented not in text
    assert "ei edellytä, että kotoutumisohjelmaa kuvaava asiakirja hyväksytään kunnanvaltuustossa" in text


def test_joint_programme_names_every_municipality() -> None:
    report = validate_file(SEED001)
    assert report.programme is not None
    header = report.programme.perustiedot.model_copy(update={"kunnat": ["Kokkola", "Kruunupyy", "Kannus"]})
    prog = report.programme.model_copy(update={"perustiedot": header})
    doc = agenda.build_agenda(prog)
    # QA 5: the members in a sentence of their own, no longer in parentheses after H2's answer
    assert any("Kokkola, Kruunupyy ja Kannus." in b.text for b in doc.blocks if isinstance(b, Paragraph))
    assert doc.author == "Kokkola, Kruunupyy ja Kannus"


# --- errors --------------------------------------------------------------------------------------------

def test_without_approval_block_is_a_finnish_error(tmp_path: Path, run_cli: RunCli) -> None:
    text = SEED001.read_text(encoding="utf-8")
    text = text[: text.index("\nhyvaksyminen:")].replace(
        "  # H7 puuttuu tarkoituksella: se kirjoitetaan hyvaksyminen-lohkosta.\n",
        "  kasittely_ja_hyvaksyminen: Hyvinvointilautakunta käsittelee.\n")
    source = tmp_path / "ilman.yaml"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "asia.docx"
    result = run_cli("render", str(source), "--document", "agenda-item", "-o", str(out))
    assert result.exit_code == 1
    assert f"{source}:1:1: virhe KD607:" in result.stderr and "hyvaksyminen" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert not out.exists()
    # the same file renders as the programme
    assert run_cli("render", str(source), "-o", str(tmp_path / "ohjelma.docx")).exit_code == 0


def test_registered_as_a_document() -> None:
    assert DOCUMENTS[agenda.DOCUMENT_NAME].build is agenda.build_agenda
    assert agenda.DOCUMENT_NAME in documents()


# --- the template a municipality can override ----------------------------------------------------------

def test_own_template_is_used_in_docx_and_md(tmp_path: Path) -> None:
    own = tmp_path / "omat"
    own.mkdir()
    (own / agenda.BACKGROUND_TEMPLATE).write_text(
        "Oma perustelu: määräaika {{ maaraaika }},\nkokous {{ kokous }}.\n\n"
        "{% if lahetetty %}Lähetetty.{% endif %}Toinen kappale ({{ kunnat | luettelo }}).\n",
        encoding="utf-8")
    for fmt, to_text in (("docx", docx_text), ("md", md_plain)):
        text = to_text(render(tmp_path, SEED001, fmt, templates=own))
        assert "Oma perustelu: määräaika 5.12.2024, kokous 13.11.2024." in text
        assert "Toinen kappale (Kokkola)." in text
        assert "kunnanvaltuustossa" not in text  # the default background is replaced
        assert "Valmistelija" in text  # the rest of the item is not the template's


def test_template_dir_without_the_file_falls_back(tmp_path: Path) -> None:
    own = tmp_path / "omat"
    own.mkdir()
    text = docx_text(render(tmp_path, SEED001, "docx", templates=own))
    assert "kunnanvaltuustossa" in text


@pytest.mark.parametrize(("template", "line", "words"), [
    ("Hyvä.\n\n{% if maaraaika %}\nei loppua\n", 4, "endif"),
    ("Rivi.\n\nRivi {{ maaraika }}.\n", 3, "maaraika"),
    ("Rivi.\n{{ kunnat | luettelo | int / 0 }}\n", 2, "division"),
])
def test_template_errors_name_the_file_and_line(tmp_path: Path, run_cli: RunCli, template: str,
                                                 line: int, words: str) -> None:
    own = tmp_path / "omat"
    own.mkdir()
    (own / agenda.BACKGROUND_TEMPLATE).write_text(template, encoding="utf-8")
    out = tmp_path / "asia.docx"
    result = run_cli("render", str(SEED001), "--document", "agenda-item", "--templates", str(own), "-o", str(out))
    assert result.exit_code == 2, result.stderr
    assert f"{own / agenda.BACKGROUND_TEMPLATE}:{line}:1: virhe KD608" in result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_missing_template_dir_is_a_usage_error(tmp_path: Path, run_cli: RunCli) -> None:
    result = run_cli("render", str(SEED001), "--document", "agenda-item", "--templates", str(tmp_path / "ei"),
                     "-o", str(tmp_path / "a.docx"))
    assert result.exit_code == 2 and "ei löydy" in result.stderr


# --- pieces ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("values", "joined"), [
    ([], ""), (["A"], "A"), (["A", "B"], "A ja B"), (["A", " B ", "C"], "A, B ja C"), (["A", " "], "A"),
])
def test_finnish_list(values: list[str], joined: str) -> None:
    assert messages.join(values) == joined


def test_text_paragraphs_join_lines_and_split_at_blank_lines() -> None:
    assert agenda.text_paragraphs("\n\n a\nb \n\n\n c\n\n") == ["a b", "c"]


def test_minimal_block_builds() -> None:
    report = validate_file(KOKKOLA)
    assert report.programme is not None
    prog = report.programme.model_copy(update={"hyvaksyminen": [Approval(toimielin="Kunnanhallitus")]})
    doc = agenda.build_agenda(prog)
    assert doc.subtitle == "Kunnanhallitus"
    assert doc.title == agenda.DEFAULT_HEADING
    assert not any(isinstance(b, Heading | LabeledPart) for b in doc.blocks if getattr(b, "label", "") != "Liitteet")
    assert [b.label for b in doc.blocks if isinstance(b, LabeledPart)] == ["Liitteet"]

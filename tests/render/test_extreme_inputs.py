"""Rendering what is legal but extreme, and templates and reference files from anyone.

A joint programme of 23 municipalities and a long board name fit the Word file's 255-character core
properties; a reference docx is read within limits and loses its links out of the package; a
template cannot reach Python's internals.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml

from kotodoc.errors import FileReadError, UsageError
from kotodoc.render import agenda, word_reference
from kotodoc.render.pipeline import render_file
from kotodoc.render.templating import TemplateProblem
from kotodoc.render.word import MAX_PROPERTY, fit_property
from tests.conftest import ROOT

MINIMAL = ROOT / "tests" / "cases" / "valid" / "minimal.yaml"
SEED001 = ROOT / "tests" / "cases" / "agenda" / "seed001.yaml"
PIRKANMAA = ["Akaa", "Hämeenkyrö", "Ikaalinen", "Juupajoki", "Kangasala", "Kihniö", "Kuhmoinen", "Lempäälä",
             "Mänttä-Vilppula", "Nokia", "Orivesi", "Parkano", "Pirkkala", "Punkalaidun", "Pälkäne", "Ruovesi",
             "Sastamala", "Tampere", "Urjala", "Valkeakoski", "Vesilahti", "Virrat", "Ylöjärvi"]
LONG_BOARD = "Pirkanmaan kuntien yhteisen kotoutumispalvelun johtokunta ja sen alainen jaosto " * 4
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def joint(tmp_path: Path, source: Path = MINIMAL) -> Path:
    text = source.read_text(encoding="utf-8")
    members = "".join(f"    - {name}\n" for name in PIRKANMAA)
    text = re.sub(r"  kunnat:.*?\n(    - .*\n)*", "  kunnat:\n" + members, text, count=1)
    text = re.sub(r"toimielin: .*", f"toimielin: {LONG_BOARD}", text, count=1)
    path = tmp_path / "pirkanmaa.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def core(data: bytes) -> dict[str, str]:
    xml = zipfile.ZipFile(io.BytesIO(data)).read("docProps/core.xml").decode()
    return dict(re.findall(r"<(?:dc|cp):(\w+)>([^<]*)<", xml))


def test_fit_property() -> None:
    assert fit_property("lyhyt") == "lyhyt"
    long = ", ".join(PIRKANMAA) * 2
    fitted = fit_property(long)
    assert len(fitted) <= MAX_PROPERTY and fitted.endswith("…") and long.startswith(fitted[:-1])
    assert not fitted[:-1].endswith((",", " "))
    assert len(fit_property("x" * 1000)) == MAX_PROPERTY


@pytest.mark.parametrize(("source", "document"), [(MINIMAL, "ohjelma"), (SEED001, agenda.DOCUMENT_NAME)])
def test_23_municipalities_and_a_long_board_name_become_a_word_file(tmp_path: Path, source: Path,
                                                                      document: str) -> None:
    path = joint(tmp_path, source)
    out = tmp_path / "out.docx"
    result = render_file(path, "docx", out, document=document)
    assert result.output == out, [d.message() for d in result.report.errors]
    props = core(out.read_bytes())
    assert all(len(v) <= MAX_PROPERTY for v in props.values())
    assert props["title"].endswith("…") or props["keywords"].endswith("…")
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert "Ylöjärvi" in text  # the document itself keeps every name


# --- reference docx ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ref") / "pohja.docx"
    assert render_file(MINIMAL, "docx", path).output == path
    return path


def repacked(reference: Path, target: Path, extra: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(reference) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            out.writestr(info, src.read(info.filename))
        for name, data in extra.items():
            out.writestr(name, data, compresslevel=9)
    return target


def test_zip_bomb_is_refused_before_it_is_unpacked(reference: Path, tmp_path: Path) -> None:
    bomb = repacked(reference, tmp_path / "pommi.docx", {"word/media/image1.png": bytes(150 * 1024 * 1024)})
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(FileReadError, match="purettuina yli 100 Mt"):
        word_reference.read_reference(bomb)
    result_out = tmp_path / "out.docx"
    with pytest.raises(FileReadError):
        render_file(MINIMAL, "docx", result_out, reference_docx=bomb)
    assert not result_out.exists()


def test_highly_compressed_part_is_refused(reference: Path, tmp_path: Path) -> None:
    dense = repacked(reference, tmp_path / "tiivis.docx", {"word/media/image1.png": bytes(20 * 1024 * 1024)})
    with pytest.raises(FileReadError, match="zip-pommi"):
        word_reference.read_reference(dense)


def test_not_a_zip_is_a_finnish_error(tmp_path: Path) -> None:
    fake = tmp_path / "pohja.docx"
    fake.write_bytes(b"ei zip")
    with pytest.raises(FileReadError, match="ei voi avata Word-asiakirjana"):
        word_reference.read_reference(fake)


def test_external_relationships_are_dropped(reference: Path, tmp_path: Path) -> None:
    doc = Document(str(reference))
    settings = doc.part._settings_part
    template_rel = settings.relate_to("file://\\\\palvelin.example\\jako\\malli.dotm",
                                      f"{R}/attachedTemplate", is_external=True)
    settings.element.insert(0, parse_xml(f'<w:attachedTemplate xmlns:w="{W}" xmlns:r="{R}" r:id="{template_rel}"/>'))
    header = doc.sections[0].header
    image_rel = header.part.relate_to("file:///etc/passwd", RT.IMAGE, is_external=True)
    link_rel = header.part.relate_to("https://kunta.example/", RT.HYPERLINK, is_external=True)
    paragraph = header.paragraphs[0]._p
    paragraph.append(parse_xml(f'<w:r xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="{R}">'
                               f'<w:pict><v:shape><v:imagedata r:id="{image_rel}"/></v:shape></w:pict></w:r>'))
    paragraph.append(parse_xml(f'<w:hyperlink xmlns:w="{W}" xmlns:r="{R}" r:id="{link_rel}">'
                               "<w:r><w:t>kunta.example</w:t></w:r></w:hyperlink>"))
    crafted = tmp_path / "ulkoiset.docx"
    doc.save(str(crafted))
    out = tmp_path / "out.docx"
    assert render_file(MINIMAL, "docx", out, reference_docx=crafted).output == out
    package = zipfile.ZipFile(out)
    everything = "".join(package.read(n).decode("utf-8", "replace") for n in package.namelist())
    assert "palvelin.example" not in everything and "/etc/passwd" not in everything
    assert "attachedTemplate" not in everything and "imagedata" not in everything
    assert 'Target="https://kunta.example/"' in everything and "w:hyperlink" in everything  # a web link stays
    Document(str(out))  # still a package python-docx (and Word) opens


# --- sandboxed templates ---------------------------------------------------------------------------------

PAYLOADS = [
    "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ doc.full_title.__globals__ }}",
    "{{ self._TemplateReference__context }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ doc.blocks.__class__ }}",
    "{{ 'x' * 100000000 }}",
    "{{ 9 ** 99999999 }}",
    "{{ range(10 ** 9) | list }}",
    "{% include '/etc/passwd' %}",
    "{% include '../../../../../../etc/passwd' %}",
    "{{ open('/etc/passwd').read() }}",
    "{{ '{0.__class__}'.format(doc) }}",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_templates_cannot_reach_python(tmp_path: Path, payload: str) -> None:
    own = tmp_path / "omat"
    own.mkdir()
    (own / "ohjelma.md.j2").write_text(f"alku\n{payload}\n", encoding="utf-8")
    out = tmp_path / "out.md"
    with pytest.raises(UsageError) as info:
        render_file(MINIMAL, "md", out, templates=own)
    assert isinstance(info.value, TemplateProblem)
    assert re.match(rf"{re.escape(str(own / 'ohjelma.md.j2'))}:2:1: virhe KD608: ", str(info.value)), info.value
    assert "root:" not in str(info.value) and not out.exists()


@pytest.mark.parametrize("payload", PAYLOADS[:6])
def test_agenda_background_is_sandboxed_too(tmp_path: Path, payload: str) -> None:
    own = tmp_path / "omat"
    own.mkdir()
    (own / agenda.BACKGROUND_TEMPLATE).write_text(f"alku\n\n{payload}\n", encoding="utf-8")
    with pytest.raises(TemplateProblem, match=r"agenda_background\.fi\.j2:3:1: virhe KD608"):
        render_file(SEED001, "md", tmp_path / "asia.md", document=agenda.DOCUMENT_NAME, templates=own)


def test_agenda_template_sees_plain_data(tmp_path: Path) -> None:
    own = tmp_path / "omat"
    own.mkdir()
    (own / agenda.BACKGROUND_TEMPLATE).write_text(
        "{{ ohjelma.perustiedot.kunnat | luettelo }} / {{ hyvaksyminen.toimielin }} / "
        "{{ ohjelma.model_dump is defined }} {{ hyvaksyminen.when is defined }}\n", encoding="utf-8")
    out = tmp_path / "asia.md"
    render_file(SEED001, "md", out, document=agenda.DOCUMENT_NAME, templates=own)
    text = out.read_text(encoding="utf-8")
    assert "Kokkola / HYVOLTK" not in text and "Kokkola / " in text
    assert "False False" in text  # mappings of values, not the models with their methods


def test_large_xml_is_refused(reference: Path, tmp_path: Path) -> None:
    padded = repacked(reference, tmp_path / "iso.docx", {"customXml/item9.xml": b"<a>" + b" " * (30 * 1024 * 1024)
                                                         + b"</a>"})
    with pytest.raises(FileReadError, match="XML-osat"):
        word_reference.read_reference(padded)


@pytest.mark.parametrize("target", ["/etc/passwd", "/proc/self/environ"])
def test_a_template_cannot_link_out_of_its_directory(tmp_path: Path, target: str) -> None:
    own = tmp_path / "omat"
    own.mkdir()
    (own / "ohjelma.md.j2").symlink_to(target)
    with pytest.raises(TemplateProblem, match="virhe KD608") as info:
        render_file(MINIMAL, "md", tmp_path / "out.md", templates=own)
    assert "root:" not in str(info.value) and not (tmp_path / "out.md").exists()
    (own / "ohjelma.md.j2").unlink()
    (own / "_osa.md.j2").write_text("oma osa", encoding="utf-8")
    (own / "ohjelma.md.j2").symlink_to(own / "_osa.md.j2")  # a link inside the directory is fine
    render_file(MINIMAL, "md", tmp_path / "out.md", templates=own)
    assert (tmp_path / "out.md").read_text(encoding="utf-8") == "oma osa\n"

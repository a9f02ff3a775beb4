"""Labels, not YAML codes, in the official document, written the way running text writes them (QA 9, 15).

Each holds in Finnish and in Swedish documents, for a bilingual Swedish-majority town and a joint programme of
twenty as ``kotodoc init`` writes them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kotodoc import form
from kotodoc.render.pipeline import render_file
from kotodoc.schema.joint import level_label
from tests.render.scaffolded import KINDS, scaffolded
from tests.render.support import md_text


def rendered(tmp_path: Path, source: Path, fmt: str = "md") -> str:
    out = render_file(source, fmt, tmp_path / f"out.{fmt}", draft=True).output
    assert out is not None
    return md_text(out.read_bytes()) if fmt == "md" else out.read_text(encoding="utf-8")


def appendix(text: str, lang: str) -> str:
    title = form.texts(lang).own["appendix.title"]
    assert title in text
    return text[text.index(title):]


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_appendix_shows_levels_by_label_only(tmp_path: Path, lang: str) -> None:
    """QA 9: "Vastuutasot: Kunta itse; Seudullinen palvelu; …", not "Kunta itse (kunta); …"."""
    text = appendix(rendered(tmp_path, scaffolded(tmp_path, KINDS["twenty"], lang)), lang)
    levels = form.texts(lang).joint["levels"]
    for code in levels:
        assert f"({code})" not in text and f"({code.replace('_', chr(92) + '_')})" not in text
    legend = next(line for line in text.splitlines() if form.texts(lang).own["appendix.legend"][:10] in line)
    joint = form.texts(lang).joint
    shown = [level_label(code, "seudullinen", joint) for code in levels]  # the joint service named by its model
    assert legend.count(";") == len(levels) - 1 and all(label in legend for label in shown), legend


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_employment_area_is_spelled_the_same_in_h5_and_the_appendix(tmp_path: Path, lang: str) -> None:
    text = rendered(tmp_path, scaffolded(tmp_path, KINDS["twenty"], lang))
    assert "työllisyysalue (Läntinen Pirkanmaa)" not in text
    before, after = text.split(form.texts(lang).own["appendix.title"])
    assert "Työllisyysalue (Läntinen Pirkanmaa)" in before and "Työllisyysalue (Läntinen Pirkanmaa)" in after


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_removing_the_division_placeholder_leaves_no_note(tmp_path: Path, lang: str) -> None:
    """QA 9: init's note on the division is the placeholder alone, so once removed nothing of it is printed."""
    path = scaffolded(tmp_path, KINDS["twenty"], lang)
    placeholder = form.texts(lang).own["init.placeholder"]
    source = path.read_text(encoding="utf-8")
    assert f"    huomautus: {placeholder}\n" in source
    path.write_text(source.replace(f"    huomautus: {placeholder}\n", "    huomautus:\n"), encoding="utf-8")
    text = appendix(rendered(tmp_path, path), lang)
    assert form.texts(lang).own["appendix.note"] + ":" not in text
    assert form.texts("fi").own["appendix.division"] + " –" not in text


@pytest.mark.parametrize(("kind", "lang"), [("narpes", "fi"), ("narpes", "sv"), ("jakobstad", "sv"),
                                            ("helsinki", "fi")])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_part_labels_write_the_second_label_in_lower_case(tmp_path: Path, kind: str, lang: str, fmt: str) -> None:
    """QA 15: "Työnhakijat, ruotsinkieliset palvelut:" ("Arbetssökande, finskspråkiga tjänster:"), from the
    form's own labels."""
    t = form.texts(lang)
    text = rendered(tmp_path, scaffolded(tmp_path, KINDS[kind], lang), fmt)
    for group in ("tyonhakijat", "tyovoiman_ulkopuoliset"):
        for service in form.SERVICE_LANGUAGES:
            label = f"{t.target_groups[group]}, {t.service_languages[service]}"
            right = f"{t.target_groups[group]}, {form.in_sentence(t.service_languages[service])}"
            assert label not in text and right in text, (label, right)

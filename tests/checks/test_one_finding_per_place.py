"""After the loader has reported a place (KD1xx), the schema says nothing more about it (QA #21)."""

from __future__ import annotations

from kotodoc.checks.validate import validate_bytes
from tests.conftest import ROOT

MIKKELI = ROOT / "examples" / "mikkeli.yaml"
TAG = "!!python/object/apply:os.system [x]"


def findings(text: str) -> list[tuple[str, tuple[str | int, ...]]]:
    return [(d.code, d.loc) for d in validate_bytes(text.encode("utf-8"), "m.yaml").diagnostics]


def test_a_tag_is_reported_once_at_its_place_and_other_places_still_are() -> None:
    text = MIKKELI.read_text(encoding="utf-8")
    assert text.count("      asukasluku: 2500\n") == 1 and text.count("  koordinoiva_taho: ") == 1
    tagged = text.replace("      asukasluku: 2500\n", f"      asukasluku: {TAG}\n")
    place = ("yhteistoiminta", "jasenet", 11, "asukasluku")
    assert [code for code, loc in findings(tagged) if loc == place] == ["KD110"]
    # a schema error elsewhere in the same file is still reported
    broken = tagged.replace("      asukasluku: 1300\n", "      asukasluku: [1, 2]\n", 1)
    assert broken != tagged
    assert "KD204" in [code for code, loc in findings(broken) if loc != place]


def test_a_tag_on_a_list_covers_its_items() -> None:
    text = MIKKELI.read_text(encoding="utf-8")
    old = "  kielet: ["
    assert text.count(old) == 1
    tagged = text.replace(old, "  kielet: !!python/object/apply:os.system [", 1)
    codes = findings(tagged)
    tag = next(loc for code, loc in codes if code == "KD110")
    assert [code for code, loc in codes if loc[: len(tag)] == tag] == ["KD110"]

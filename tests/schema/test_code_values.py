"""Code values (``kieli``, ``kohderyhma``, the joint block's levels) are read in any letter case, everywhere.

QA #20: ``kieli: FI`` and ``kieli: SV`` were treated differently at the top level and in a part. Every
code value is folded the same way (ä/ö/å as a/o/a, any letter case), so an upper-case spelling checks,
renders and compares exactly like the lower-case one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kotodoc.checks.validate import validate_bytes
from tests.conftest import ROOT

NARPES = ROOT / "examples" / "narpes.yaml"
MIKKELI = ROOT / "examples" / "mikkeli.yaml"


def spelled(text: str, old: str, new: str) -> str:
    assert old in text, old
    return text.replace(old, new)


@pytest.mark.parametrize(("source", "old", "new"), [
    pytest.param(NARPES, "\nkieli: sv\n", "\nkieli: SV\n", id="top-level-SV"),
    pytest.param(NARPES, "\nkieli: sv\n", "\nkieli: Sv\n", id="top-level-Sv"),
    pytest.param(NARPES, "    - kieli: sv\n", "    - kieli: SV\n", id="part-SV"),
    pytest.param(NARPES, "    - kieli: fi\n", "    - kieli: FI\n", id="part-FI"),
    pytest.param(MIKKELI, "    - kohderyhma: tyonhakijat\n", "    - kohderyhma: Työnhakijat\n", id="group"),
    pytest.param(MIKKELI, "        vastuu: kunta\n", "        vastuu: Kunta\n", id="joint-level"),
    pytest.param(MIKKELI, "      vastaanotto_ja_varautuminen: yhteinen_palvelu\n",
                 "      vastaanotto_ja_varautuminen: YHTEINEN_PALVELU\n", id="joint-cell"),
])
def test_any_letter_case_reads_like_the_lower_case_value(source: Path, old: str, new: str) -> None:
    text = source.read_text(encoding="utf-8")
    canonical = validate_bytes(text.encode("utf-8"), "a.yaml")
    other = validate_bytes(spelled(text, old, new).encode("utf-8"), "a.yaml")
    assert [d.code for d in other.diagnostics] == [d.code for d in canonical.diagnostics]
    assert other.programme is not None and other.programme == canonical.programme

"""The HTML documents in a real browser (tests/browser.py): axe-core finds no accessibility violation."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kotodoc.checks.validate import validate_file
from kotodoc.render.documents import DOCUMENTS
from kotodoc.render.pipeline import render_doc
from tests.browser import Browser, BrowserMissing
from tests.render.support import KOKKOLA, ROOT

CASES = {
    "kokkola": (KOKKOLA, "ohjelma"),
    "mikkeli": (ROOT / "examples" / "mikkeli.yaml", "ohjelma"),
    "agenda-item": (ROOT / "tests" / "cases" / "agenda" / "seed001.yaml", "agenda-item"),
}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    try:
        started = Browser()
    except BrowserMissing as exc:
        pytest.fail(str(exc))
    with started:
        yield started


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(CASES))
def test_html_has_no_accessibility_violations(browser: Browser, tmp_path: Path, case: str) -> None:
    path, document = CASES[case]
    report = validate_file(path)
    assert report.programme is not None
    page = tmp_path / f"{case}.html"
    doc = DOCUMENTS[document].build(report.programme, None, path)
    page.write_bytes(render_doc(doc, "html", document=document))
    assert browser.open(page).axe() == []


@pytest.mark.slow
def test_the_check_finds_violations_in_a_bad_page(browser: Browser, tmp_path: Path) -> None:
    page = tmp_path / "huono.html"
    page.write_text("<!DOCTYPE html><html><head><title>x</title></head><body><img src='a.png'></body></html>",
                    encoding="utf-8")
    found = {v["id"] for v in browser.open(page).axe()}
    assert {"html-has-lang", "image-alt"} <= found

"""Review pages in a real browser (headless Chromium): the summary sorts, filters and prints; axe finds nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kotodoc.review.summary import expand
from kotodoc.review.summary_formats import write_summary
from tests.browser import Browser, BrowserMissing, Page
from tests.conftest import ROOT

SOURCES = [ROOT / "examples", ROOT / "tests" / "cases"]
ROWS = "#t-programmes tbody tr"


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Page]:
    target = tmp_path_factory.mktemp("summary") / "yhteenveto.html"
    write_summary(SOURCES, "html", output=target)
    try:
        browser = Browser()
    except BrowserMissing as exc:
        pytest.fail(str(exc))
    with browser:
        yield browser.open(target)


def column(page: Page, label: str) -> int:
    """The 1-based position of the programmes table's column headed ``label``."""
    index: int = page.evaluate(
        "Array.prototype.findIndex.call(document.querySelectorAll('#t-programmes thead th'),"
        f" function (th) {{ return th.querySelector('button').firstChild.textContent === {label!r}; }}) + 1")
    assert index > 0, label
    return index


def visible_cells(page: Page, n: int) -> list[str]:
    cells: list[str] = page.evaluate(
        f"Array.prototype.filter.call(document.querySelectorAll('{ROWS}'), function (r) {{ return !r.hidden; }})"
        f".map(function (r) {{ return r.cells[{n - 1}].textContent; }})")
    return cells


@pytest.mark.slow
def test_page_shows_every_file_and_axe_finds_no_violations(page: Page) -> None:
    assert page.evaluate("document.documentElement.lang") == "fi"
    assert page.evaluate(f"document.querySelectorAll('{ROWS}').length") == len(list(expand(SOURCES)))
    assert page.axe() == []


@pytest.mark.slow
def test_sorting_by_a_column_with_the_mouse(page: Page) -> None:
    errors = column(page, "Virheet")
    button = f"#t-programmes thead th:nth-child({errors}) button"
    page.click(button)
    up = [int(x) for x in visible_cells(page, errors)]
    assert up == sorted(up) and up[0] < up[-1]
    assert page.evaluate(f"document.querySelector('#t-programmes thead th:nth-child({errors})')"
                         ".getAttribute('aria-sort')") == "ascending"
    page.click(button)
    down = [int(x) for x in visible_cells(page, errors)]
    assert down == sorted(down, reverse=True)
    files = column(page, "Tiedosto")
    visible_cells_before = visible_cells(page, files)
    page.click(f"#t-programmes thead th:nth-child({files}) button")
    names = visible_cells(page, files)
    assert names != visible_cells_before and sorted(names) == sorted(visible_cells_before)
    # In Finnish alphabetical order (the browser's collation: "_" sorts before "." there, unlike in Python).
    assert page.evaluate(f"(function (n) {{ var c = new Intl.Collator('fi', {{numeric: true}});"
                         f" return n.every(function (x, i) {{ return i === 0 || c.compare(n[i - 1], x) <= 0; }}); }}"
                         f"({json.dumps(names)}))") is True
    assert [Path(n).name for n in names[:2]] == ["kokkola.yaml", "mikkeli.yaml"]
    assert page.evaluate(f"document.querySelector('#t-programmes thead th:nth-child({errors})')"
                         ".hasAttribute('aria-sort')") is False  # one sorted column at a time


@pytest.mark.slow
def test_filtering_by_typing(page: Page) -> None:
    total = len(list(expand(SOURCES)))
    page.type("#t-programmes-filter", "Mikkeli")
    municipalities = visible_cells(page, column(page, "Kunta tai kunnat"))
    assert 0 < len(municipalities) < total
    assert all("mikkeli" in m.casefold() for m in municipalities)
    shown = page.evaluate("document.getElementById('t-programmes-shown').textContent")
    assert shown == f"Näkyvissä {len(municipalities)}/{total} riviä"
    page.evaluate("(function (i) { i.value = ''; i.dispatchEvent(new Event('input')); }("
                  "document.getElementById('t-programmes-filter')))")
    assert len(visible_cells(page, 1)) == total


@pytest.mark.slow
def test_print_hides_the_controls_and_repeats_the_header(page: Page, tmp_path: Path) -> None:
    page.media("print")
    try:
        assert page.evaluate("getComputedStyle(document.querySelector('.controls')).display") == "none"
        assert page.evaluate("getComputedStyle(document.querySelector('#t-programmes thead')).display") == \
            "table-header-group"
        pdf = page.send("Page.printToPDF", {"landscape": True})["data"]
        assert len(pdf) > 1000
    finally:
        page.media("screen")


@pytest.mark.slow
def test_diff_page_has_no_axe_violations(tmp_path: Path) -> None:
    from kotodoc.review.compare import diff_versions
    from tests.review.test_diff import KOKKOLA, LANGUAGE_AND_PHONE, edited

    new = edited(tmp_path, KOKKOLA, *LANGUAGE_AND_PHONE, ("työttömille työnhakijoille työntekijä tekee asiakkaille",
                                                          "työttömille työnhakijoille asiakkaille"))
    target = tmp_path / "muutokset.html"
    target.write_text(diff_versions(str(KOKKOLA), str(new), "html").output, encoding="utf-8")
    try:
        browser = Browser()
    except BrowserMissing as exc:
        pytest.fail(str(exc))
    with browser:
        page = browser.open(target)
        assert page.evaluate("document.querySelectorAll('ul.changes > li').length") == 3
        assert page.evaluate("document.querySelector('del').textContent") == "poistettu: 040 8065698"
        assert page.axe() == []
        page.screenshot(tmp_path / "muutokset.png", full_page=False)

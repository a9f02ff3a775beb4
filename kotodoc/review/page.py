"""One self-contained HTML page around the reviewer tools' content: styles, an optional script, no requests.

The page loads nothing from anywhere (a Content-Security-Policy says so, allowing only its own inline
style and, by hash, its own script), prints on A4 in landscape with the table header repeated, and
keeps the contrast and focus outlines WCAG asks for.
"""

from __future__ import annotations

import base64
import hashlib
import html

CSS = """\
:root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #b8b8b8; --head: #e8eef5;
  --accent: #0b4f8a; --ins: #d6f5dc; --ins-ink: #0a4b19; --del: #fde2e1; --del-ink: #8a1111; }
body { font-family: system-ui, "Segoe UI", Arial, sans-serif; color: var(--ink); background: #fff;
  margin: 1.5rem; line-height: 1.45; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.skip:not(:focus) { position: absolute; left: -9999px; }
.place { font-weight: 600; }
ul.changes li { margin: .4rem 0; }
p.words { margin: .2rem 0 .6rem 1.2rem; }
ins { background: var(--ins); color: var(--ins-ink); text-decoration: underline; }
del { background: var(--del); color: var(--del-ink); text-decoration: line-through; }
.controls { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: .5rem 0; }
.controls label { display: block; font-weight: 600; }
.controls input { font: inherit; padding: .3rem .5rem; border: 1px solid var(--muted); border-radius: 3px;
  min-width: 18rem; }
.hint { color: var(--muted); font-size: .9rem; margin: .2rem 0; }
.scroll { overflow-x: auto; max-width: 100%; border: 1px solid var(--line); }
.scroll:focus { outline: 3px solid var(--accent); }
table { border-collapse: collapse; font-size: .875rem; }
caption { text-align: left; font-weight: 600; padding: .4rem; }
th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
thead th { background: var(--head); position: sticky; top: 0; min-width: 7rem; }
tbody th { font-weight: 600; background: #fafafa; }
th button { all: unset; cursor: pointer; display: block; width: 100%; font-weight: 600; }
th button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid var(--accent);
  outline-offset: 2px; }
th button .arrow { color: var(--muted); margin-left: .25rem; }
tr.error td.status, td.status-errors { color: var(--del-ink); font-weight: 600; }
@media print {
  @page { size: A4 landscape; margin: 12mm; }
  body { margin: 0; font-size: 9pt; }
  .controls, .skip, .arrow, .noprint { display: none !important; }
  .scroll { overflow: visible; border: 0; }
  thead { display: table-header-group; }
  thead th { position: static; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def page(title: str, body: str, lang: str = "fi", script: str = "") -> str:
    """A whole HTML document: ``body`` is markup already escaped; ``script`` is inline JavaScript."""
    script_src = _hash(script) if script else "'none'"
    policy = f"default-src 'none'; style-src {_hash(CSS)}; script-src {script_src}; img-src data:"
    script_tag = f"<script>{script}</script>\n" if script else ""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<main>\n{body}</main>\n{script_tag}</body>\n</html>\n"
    )

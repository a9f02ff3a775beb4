"""The change list as text (coloured on a terminal), Markdown, HTML or JSON, and as the agenda's lines.

Every format names a place in the form's words (:meth:`Change.place`) and says what happened there:
``Kohta 3 A «Millä kielillä …?» (KotoL 25 §): lisätty somali``, ``H3 «…», puhelin: 040 8065698 →
040 1234567``; a long text shows its changed words with a few words around them.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from kotodoc import messages
from kotodoc.review.diff import Change, word
from kotodoc.review.page import page
from kotodoc.review.texts import say
from kotodoc.review.words import ADDED, KEEP, REMOVED, changed_fragments, excerpt

EXCERPT = 300  # characters of an added or removed block shown in text and Markdown

_ANSI = {"place": "\033[1m", REMOVED: "\033[31m", ADDED: "\033[32m", "end": "\033[0m"}


def _short(text: str, limit: int = EXCERPT) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _inline(text: str, op: str) -> str:
    """A piece of a word diff on one line: a paragraph break is ``¶`` where it is the change itself."""
    if op != KEEP and not text.strip() and "\n" in text:
        return "¶"
    return text.replace("\n", " ")


def summary_line(change: Change, lang: str = "fi") -> str:
    """What happened at the place, in one line without markup (``lisätty somali``)."""
    if change.kind == "items":
        bits = []
        if change.added:
            bits.append(f"{say('added', lang)} {messages.join([word(v, lang) for v in change.added], lang)}")
        if change.removed:
            bits.append(f"{say('removed', lang)} {messages.join([word(v, lang) for v in change.removed], lang)}")
        return "; ".join(bits)
    if change.kind in ("added", "removed"):
        value = word(change.new if change.kind == "added" else change.old, lang)
        return f"{say(change.kind, lang)}: {_short(value)}" if value else say(change.kind, lang)
    if change.kind == "reordered":
        return f"{say('reordered', lang)}: {say('arrow', lang, old=word(change.old, lang), new=word(change.new, lang))}"
    if change.words:
        removed, added = changed_fragments(change.words)
        bits = [f"{say('removed_words', lang)} «{_short(' … '.join(removed), 120)}»"] if removed else []
        bits += [f"{say('added_words', lang)} «{_short(' … '.join(added), 120)}»"] if added else []
        return f"{say('changed_text', lang)}: {'; '.join(bits)}"
    return say("arrow", lang, old=word(change.old, lang), new=word(change.new, lang))


# --- text --------------------------------------------------------------------------------------

def text_report(changes: Sequence[Change], old: str, new: str, color: bool = False, lang: str = "fi") -> str:
    """Plain text, one change per line (a long text's words on an indented line); ANSI colours with ``color``."""

    def paint(key: str, text: str) -> str:
        return f"{_ANSI[key]}{text}{_ANSI['end']}" if color and text else text

    lines = [f"{say('title', lang)}: {say('compared', lang, old=old, new=new)}"]
    for change in changes:
        place = paint("place", change.place(lang))
        if change.words:
            lines.append(f"{place}: {say('changed_text', lang)}:")
            lines.append("    " + "".join(_marked(op, _inline(t, op), paint) for op, t in excerpt(change.words)))
        elif change.kind == "changed":
            lines.append(f"{place}: {paint(REMOVED, word(change.old, lang))} → {paint(ADDED, word(change.new, lang))}")
        else:
            lines.append(f"{place}: {summary_line(change, lang)}")
    lines.append(_count(changes, lang))
    if any(c.words for c in changes):
        lines.append(say("legend", lang))
    return "\n".join(lines) + "\n"


def _marked(op: str, text: str, paint: Callable[[str, str], str]) -> str:
    core, lead, trail = _split_space(text)
    if op == KEEP or not core:
        return text
    return lead + (paint(REMOVED, f"[-{core}-]") if op == REMOVED else paint(ADDED, f"{{+{core}+}}")) + trail


def _split_space(text: str) -> tuple[str, str, str]:
    """``" a b "`` -> ``("a b", " ", " ")``: markers go around the words, not the spaces."""
    core = text.strip()
    if not core:
        return "", text, ""
    return core, text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]


def wants_color(choice: str, isatty: bool, environ: Mapping[str, str]) -> bool:
    """Colour for ``--color auto|always|never``: auto means a terminal, no ``NO_COLOR`` and not ``TERM=dumb``."""
    if choice in ("always", "never"):
        return choice == "always"
    return isatty and not environ.get("NO_COLOR") and environ.get("TERM") != "dumb"


def _count(changes: Sequence[Change], lang: str) -> str:
    if not changes:
        return say("no_changes", lang)
    return say("count_one", lang) if len(changes) == 1 else say("count_many", lang, n=len(changes))


# --- Markdown ----------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_report(changes: Sequence[Change], old: str, new: str, lang: str = "fi") -> str:
    """Markdown for a pull request comment: a list of places, removed words struck out, added in bold."""
    lines = [f"## {_md(say('title', lang))}: {_md(say('compared', lang, old=old, new=new))}", ""]
    for change in changes:
        place = f"**{_md(change.place(lang))}**"
        if change.words:
            body = "".join(_md_op(op, _inline(t, op)) for op, t in excerpt(change.words))
            lines.append(f"- {place}: {_md(say('changed_text', lang))}: {body}")
        elif change.kind == "changed":
            lines.append(f"- {place}: ~~{_md(word(change.old, lang))}~~ → **{_md(word(change.new, lang))}**")
        else:
            lines.append(f"- {place}: {_md(summary_line(change, lang))}")
    lines += ["", _md(_count(changes, lang))]
    return "\n".join(lines) + "\n"


def _md_op(op: str, text: str) -> str:
    core, lead, trail = _split_space(text)
    if op == KEEP or not core:
        return _md(text)
    mark = "~~" if op == REMOVED else "**"
    return f"{lead}{mark}{_md(core)}{mark}{trail}"


# --- HTML --------------------------------------------------------------------------------------

def html_report(changes: Sequence[Change], old: str, new: str, lang: str = "fi") -> str:
    """One self-contained HTML page: a list of places; removed and added words marked for every reader."""
    esc = html.escape
    items = []
    for change in changes:
        place = f'<span class="place">{esc(change.place(lang))}</span>'
        if change.words:
            body = "".join(_html_op(op, _inline(t, op), lang) for op, t in excerpt(change.words, 12))
            items.append(f"<li>{place}: {esc(say('changed_text', lang))}:<p class=\"words\">{body}</p></li>")
        elif change.kind == "changed":
            items.append(f"<li>{place}: {_html_op(REMOVED, word(change.old, lang), lang)} → "
                         f"{_html_op(ADDED, word(change.new, lang), lang)}</li>")
        else:
            items.append(f"<li>{place}: {esc(summary_line(change, lang))}</li>")
    title = f"{say('title', lang)}: {say('compared', lang, old=old, new=new)}"
    body = f"<h1>{esc(title)}</h1>\n"
    body += f"<ul class=\"changes\">\n{chr(10).join(items)}\n</ul>\n" if items else ""
    body += f"<p>{esc(_count(changes, lang))}</p>\n"
    return page(title, body, lang)


def _html_op(op: str, text: str, lang: str) -> str:
    esc = html.escape
    if op == KEEP:
        return esc(text)
    core, lead, trail = _split_space(text)
    if not core:
        return esc(text)
    tag, key = ("del", "removed_words") if op == REMOVED else ("ins", "added_words")
    hidden = f'<span class="visually-hidden">{esc(say(key, lang))}: </span>'
    return f"{esc(lead)}<{tag}>{hidden}{esc(core)}</{tag}>{esc(trail)}"


# --- JSON --------------------------------------------------------------------------------------

def change_dict(change: Change, lang: str = "fi") -> dict[str, Any]:
    """One change as plain data: the place in words and as a key path, the kind, the values."""
    out: dict[str, Any] = {"place": change.place(lang), "loc": [str(p) for p in change.loc], "kind": change.kind,
                           "summary": summary_line(change, lang)}
    if change.old is not None:
        out["old"] = word(change.old, lang)
    if change.new is not None:
        out["new"] = word(change.new, lang)
    if change.kind == "items":
        out["added"] = [word(v, lang) for v in change.added]
        out["removed"] = [word(v, lang) for v in change.removed]
    if change.words:
        out["words"] = [{"op": _JSON_OPS[op], "text": t} for op, t in change.words]
    return out


_JSON_OPS = {KEEP: "equal", REMOVED: "removed", ADDED: "added"}


def json_report(changes: Sequence[Change], old: str, new: str, lang: str = "fi") -> str:
    """``{"old", "new", "equal", "changes": [...]}``."""
    data = {"old": old, "new": new, "equal": not changes, "changes": [change_dict(c, lang) for c in changes]}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


FORMATS = ("text", "md", "html", "json")


def format_changes(changes: Sequence[Change], old: str, new: str, fmt: str, *, color: bool = False,
                   lang: str = "fi") -> str:
    """The change list in one of :data:`FORMATS`."""
    if fmt == "md":
        return md_report(changes, old, new, lang)
    if fmt == "html":
        return html_report(changes, old, new, lang)
    if fmt == "json":
        return json_report(changes, old, new, lang)
    return text_report(changes, old, new, color, lang)


def agenda_lines(changes: Sequence[Change], lang: str = "fi") -> list[str]:
    """The change list for the board: ``place: what happened`` per change, without markup."""
    return [f"{c.place(lang)}: {summary_line(c, lang)}" for c in changes]


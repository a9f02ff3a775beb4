"""What changed between two versions of a programme, place by place in the form's order.

Two validated :class:`~kotodoc.schema.programme.Programme` objects are compared, never their YAML
text, so comments, key order, quoting, line folding and ``työnhakijat``/``tyonhakijat`` are not
changes; a text is compared as it is printed (:func:`kotodoc.review.words.normalise`). Each
:class:`Change` keeps its place as a key path (``loc``) and its values as plain text or as markers
worded when printed (a language name, a label of the joint block), so the change list is printed in
the reader's language (:mod:`kotodoc.review.diff_formats`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel

from kotodoc import form, refdata
from kotodoc.checks.wording import describe
from kotodoc.diagnostics import Loc
from kotodoc.messages import Localized, Term
from kotodoc.review.texts import say
from kotodoc.review.words import Op, is_long, normalise, word_ops
from kotodoc.schema.dates import fi_date
from kotodoc.schema.programme import Part, Programme
from kotodoc.schema.quantities import fi_decimal

Kind = Literal["added", "removed", "changed", "items", "reordered"]
Value = str | Localized
PartKey = tuple[str | None, str | None, str | None]
"""A part of a split answer: (target group, service language, own heading)."""


@dataclass(frozen=True)
class LanguageName:
    """An orientation language, named in the reader's language when printed."""

    code: str

    def localize(self, lang: str) -> str:
        """The language's name (``so`` -> ``somali``); the text as written when it is no known language."""
        return refdata.language_name(self.code, lang) if refdata.normalise_language(self.code) else self.code


@dataclass(frozen=True)
class YesNo:
    """A yes-or-no value (``luonnos``), worded in the reader's language when printed: kyllä/ei, ja/nej."""

    value: bool

    def localize(self, lang: str) -> str:
        """``kyllä`` or ``ei`` in ``lang``."""
        return say("yes" if self.value else "no", lang)


@dataclass(frozen=True)
class Change:
    """One change at one place of the document."""

    loc: Loc  # the place: in the new version, in the old one for a removal
    kind: Kind
    old: Value | None = None  # changed: the old value; removed: an excerpt of what went
    new: Value | None = None  # changed: the new value; added: an excerpt of what came
    words: tuple[Op, ...] = ()  # changed long text: the word-level operations
    added: tuple[Value, ...] = ()  # items: list entries added
    removed: tuple[Value, ...] = ()  # items: list entries removed
    part: PartKey | None = None  # a part of a split answer
    names: tuple[tuple[int, str], ...] = ()  # list entries named by their key: (index in loc, name)
    field: str = ""  # a field of the part that changed (``otsikko``), named after the part

    def place(self, lang: str = "fi") -> str:
        """The place in the form's words, capitalised: ``Kohta 3 A «Millä kielillä …?» (KotoL 25 §)``."""
        text = _named_place(self.loc, dict(self.names), lang)
        if self.part is not None:
            group, service_language, heading = self.part
            label = heading or form.texts(lang).part_label(group, service_language)
            if label:
                text += f", {label}"
        if self.field:
            text += f", {form.texts(lang).answer_fields.get(self.field, self.field)}"
        return text[:1].upper() + text[1:]


def word(value: Value | None, lang: str) -> str:
    """A value of a change in ``lang``."""
    if value is None:
        return ""
    return value.localize(lang) if isinstance(value, Localized) else value


def _named_place(loc: Loc, names: dict[int, str], lang: str) -> str:
    """:func:`describe`, with the list entries in ``names`` called by their names instead of their numbers."""
    if not names:
        return describe(loc, lang)
    first = min(names)
    if isinstance(loc[0], str) and (loc[0] in form.SECTION_BY_KEY or loc[0] == form.HEADER_KEY):
        t = form.texts(lang)
        tail = [names.get(n, t.answer_fields.get(str(k), str(k))) for n, k in enumerate(loc) if n >= first]
        return ", ".join([describe(loc[:first], lang), *tail])
    pieces = describe(loc, lang).split(form.texts(lang).places["separator"])
    if len(pieces) != len(loc):  # not one piece per step: leave the numbers
        return describe(loc, lang)
    return form.texts(lang).places["separator"].join(names.get(n, p) for n, p in enumerate(pieces))


# --- comparing -----------------------------------------------------------------------------------

_TERM_FIELDS = {"vastuu": "levels", "yhteistyossa": "levels", "ryhma": "client_groups", "tehtava": "tasks",
                "malli": "arrangements"}
"""Code values of the joint block, printed by their labels."""
_KEYS: dict[str, tuple[str, ...]] = {"Member": ("kunta",), "Actor": ("nimi",), "Deviation": ("ryhma", "tehtava")}
"""Lists of blocks whose entries are matched by these fields rather than by position."""
LANGUAGES_LOC: Loc = ("yhteiskuntaorientaatio", "kielet")
ONE_OR_MANY: frozenset[Loc] = frozenset({("perustiedot", "yhteyshenkilo"), ("hyvaksyminen",)})
"""Lists usually written as one block: with one block on both sides, its place has no number."""


def compare(old: Programme, new: Programme, skip: Sequence[Loc] = ()) -> list[Change]:
    """Every change from ``old`` to ``new`` in the document's order; places in ``skip`` are left out."""
    return [c for c in _node(old, new, ()) if not any(c.loc[: len(s)] == s for s in skip)]


def _node(old: Any, new: Any, loc: Loc, names: tuple[tuple[int, str], ...] = ()) -> Iterator[Change]:
    if old is None and new is None:
        return
    if old is None or new is None:
        given = new if old is None else old
        value: Value = YesNo(given) if isinstance(given, bool) else _excerpt(given)
        yield Change(loc, "added" if old is None else "removed", old=None if old is None else value,
                     new=value if old is None else None, names=names)
        return
    if isinstance(old, BaseModel) and isinstance(new, BaseModel):
        for field in type(new).model_fields:
            yield from _node(getattr(old, field), getattr(new, field), (*loc, field), names)
        return
    if isinstance(old, list) and isinstance(new, list):
        yield from _list(old, new, loc, names)
        return
    yield from _scalar(old, new, loc, names)


def _list(old: list[Any], new: list[Any], loc: Loc, names: tuple[tuple[int, str], ...]) -> Iterator[Change]:
    items = old or new
    if all(isinstance(x, Part) for x in items):
        yield from _parts(old, new, loc, names)
    elif all(isinstance(x, BaseModel) for x in items):
        yield from _blocks(old, new, loc, names)
    else:
        yield from _entries(old, new, loc, names)


def _entries(old: list[Any], new: list[Any], loc: Loc, names: tuple[tuple[int, str], ...]) -> Iterator[Change]:
    """A list of short texts (municipalities, partners, languages): what was added, removed or reordered."""
    as_value = _language if loc == LANGUAGES_LOC else _value_maker(loc)
    before, after = [_key_text(x, loc) for x in old], [_key_text(x, loc) for x in new]
    added = tuple(as_value(x) for x, k in zip(new, after, strict=True) if k not in before)
    removed = tuple(as_value(x) for x, k in zip(old, before, strict=True) if k not in after)
    if added or removed:
        yield Change(loc, "items", added=_unique(added), removed=_unique(removed), names=names)
    elif before != after:
        yield Change(loc, "reordered", old=", ".join(_plain(x) for x in old),
                     new=", ".join(_plain(x) for x in new), names=names)


def _unique(values: tuple[Value, ...]) -> tuple[Value, ...]:
    return tuple(dict.fromkeys(values))


def _key_text(value: Any, loc: Loc) -> str:
    if loc == LANGUAGES_LOC:
        return refdata.normalise_language(str(value)) or normalise(str(value)).casefold()
    return normalise(_plain(value))


def _language(value: Any) -> Value:
    return LanguageName(refdata.normalise_language(str(value)) or str(value))


def _parts(old: list[Part], new: list[Part], loc: Loc, names: tuple[tuple[int, str], ...]) -> Iterator[Change]:
    """A split answer: parts matched by target group and service language (or own heading)."""
    before, after = [_part_key(p) for p in old], [_part_key(p) for p in new]
    if len(set(before)) < len(before) or len(set(after)) < len(after):  # keys repeat: match by position
        pairs = [(old[i] if i < len(old) else None, new[i] if i < len(new) else None)
                 for i in range(max(len(old), len(new)))]
    else:
        by_key = dict(zip(before, old, strict=True))
        pairs = [(by_key.get(k), p) for k, p in zip(after, new, strict=True)]
        pairs += [(p, None) for k, p in zip(before, old, strict=True) if k not in after]
    for was, now in pairs:
        shown = now or was
        assert shown is not None
        key: PartKey | None = (shown.kohderyhma, shown.kieli, shown.otsikko)
        if key == (None, None, None):
            key = None
        if was is None or now is None:
            text = normalise(shown.teksti)
            yield Change(loc, "added" if was is None else "removed", old=text if now is None else None,
                         new=text if was is None else None, part=key, names=names)
            continue
        if was.otsikko != now.otsikko:
            kind: Kind = "added" if was.otsikko is None else "removed" if now.otsikko is None else "changed"
            yield Change(loc, kind, old=was.otsikko, new=now.otsikko, part=key, names=names, field="otsikko")
        for change in _scalar(was.teksti, now.teksti, loc, names):
            yield Change(change.loc, change.kind, change.old, change.new, change.words, part=key, names=names)


def _part_key(part: Part) -> tuple[str | None, str | None, str | None]:
    if part.kohderyhma not in (None, "muu"):
        return (part.kohderyhma, part.kieli, None)
    return (part.kohderyhma, part.kieli, normalise(part.otsikko or "").casefold() or None)


def _blocks(old: list[Any], new: list[Any], loc: Loc, names: tuple[tuple[int, str], ...]) -> Iterator[Change]:
    """A list of blocks (members, organisations, preparers): matched by their key field, else by position."""
    fields = _KEYS.get(type((old or new)[0]).__name__)

    def key(block: Any, n: int) -> tuple[str, ...]:
        return tuple(normalise(_plain(getattr(block, f))).casefold() for f in fields) if fields else (str(n),)

    before = {key(b, n): (n, b) for n, b in enumerate(old)}
    after = {key(b, n): (n, b) for n, b in enumerate(new)}
    if len(before) < len(old) or len(after) < len(new):  # a key repeats: by position
        before = {(str(n),): (n, b) for n, b in enumerate(old)}
        after = {(str(n),): (n, b) for n, b in enumerate(new)}
        fields = None
    order = [*after, *(k for k in before if k not in after)]
    for k in order:
        n, block = after[k] if k in after else before[k]
        name = ((len(loc), " ".join(_plain(getattr(block, f)) for f in fields)),) if fields else ()
        was, now = before.get(k, (0, None))[1], after.get(k, (0, None))[1]
        single = loc in ONE_OR_MANY and len(old) <= 1 and len(new) <= 1
        yield from _node(was, now, loc if single else (*loc, n), (*names, *name))


def _scalar(old: Any, new: Any, loc: Loc, names: tuple[tuple[int, str], ...]) -> Iterator[Change]:
    if isinstance(old, bool) or isinstance(new, bool):
        if old != new:
            yield Change(loc, "changed", old=_yes_no(old), new=_yes_no(new), names=names)
        return
    if isinstance(old, str) and isinstance(new, str):
        a, b = normalise(old), normalise(new)
        if a == b:
            return
        if is_long(a, b):
            yield Change(loc, "changed", old=a, new=b, words=word_ops(a, b), names=names)
        else:
            yield Change(loc, "changed", old=_value_maker(loc)(old), new=_value_maker(loc)(new), names=names)
        return
    if _plain(old) != _plain(new):
        make = _value_maker(loc)
        yield Change(loc, "changed", old=make(old), new=make(new), names=names)


def _yes_no(value: Any) -> Value:
    return YesNo(value) if isinstance(value, bool) else _plain(value)


def _value_maker(loc: Loc) -> Any:
    table = _TERM_FIELDS.get(str(loc[-1])) if loc and loc[0] == "yhteistoiminta" else None
    if table is None and len(loc) > 1 and loc[0] == "yhteistoiminta" and isinstance(loc[-1], int):
        table = _TERM_FIELDS.get(str(loc[-2]))
    if table is None:
        return _plain
    return lambda value: Term(table, str(value))


def _plain(value: Any) -> str:
    """A scalar as the document prints it: dates and decimals the Finnish way."""
    if isinstance(value, dt.date):
        return fi_date(value)
    if isinstance(value, Decimal):
        return fi_decimal(value)
    if isinstance(value, str):
        return normalise(value).replace("\n", " ")
    return str(value)


def _excerpt(value: Any) -> str:
    """Everything a block says, as one line: what was added or removed with it."""
    texts: list[str] = []

    def collect(node: Any) -> None:
        if isinstance(node, Part):
            texts.extend(_plain(t) for t in (node.otsikko, node.teksti) if t)
        elif isinstance(node, BaseModel):
            for field in type(node).model_fields:
                collect(getattr(node, field))
        elif isinstance(node, list):
            for item in node:
                collect(item)
        elif node is not None:
            texts.append(_plain(node))

    collect(value)
    return " · ".join(t for t in texts if t)

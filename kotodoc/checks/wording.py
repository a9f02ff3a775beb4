"""Name a place in the document by the form's own wording, in the reader's language.

``describe(("arviointi", "jarjestaminen"))`` gives
``kohta 1 A «Miten palvelut järjestetään kunnassa?» (KotoL 14 ja 15 §)``: the words a coordinator
sees on the TEM form, not a key path. Places outside the form (blocks added by kotodoc) are named by
their fields' titles in the form texts (``fields["Class.field"]``), found by walking the schema.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from kotodoc import form, refdata
from kotodoc.form import FormTexts
from kotodoc.schema.base import Deferred
from kotodoc.schema.programme import Programme


@dataclass(frozen=True)
class Place:
    """A place of the document as a message parameter, worded when the message is printed."""

    loc: tuple[str | int, ...]
    note: str = ""  # a key of the form texts' ``places`` whose words follow the place

    def localize(self, lang: str) -> str:
        """The place in the form's wording in ``lang``."""
        text = describe(self.loc, lang)
        return text + form.texts(lang).places[self.note] if self.note else text


def describe(loc: Sequence[str | int], lang: str = "fi") -> str:
    """A phrase naming the place ``loc`` in the form's wording in ``lang``."""
    t = form.texts(lang)
    loc = tuple(loc)
    if not loc:
        return t.places["document"]
    head, rest = loc[0], loc[1:]
    if head == form.HEADER_KEY:
        return _header(t, rest)
    if head == form.TABLE_KEY:
        return _table(t, rest)
    if isinstance(head, str) and head in form.SECTION_BY_KEY:
        return _section(t, form.SECTION_BY_KEY[head], rest)
    return _generic(t, loc)


def _part(t: FormTexts, rest: Sequence[str | int]) -> str:
    bits = []
    for item in rest:
        if isinstance(item, int):
            bits.append(t.places["list_item"].format(n=item + 1))
        elif item != "teksti":
            bits.append(t.answer_fields.get(item, item))
    return (", " + ", ".join(bits)) if bits else ""


def _header(t: FormTexts, rest: Sequence[str | int]) -> str:
    if not rest:
        return t.places["header"]
    key = rest[0]
    header = form.HEADER_BY_KEY.get(str(key))
    if header is None:
        return t.places["header_key"].format(key=key)
    return t.places["field"].format(code=header.code, text=t.field_label(header).rstrip(":")) + _part(t, rest[1:])


def _section(t: FormTexts, sec: form.Section, rest: Sequence[str | int]) -> str:
    law = t.law(sec)
    law = f" ({law})" if law else ""
    if not rest:
        return t.places["section"].format(number=sec.number, title=t.sections[sec.key], law=law)
    question = sec.question(str(rest[0]))
    if question is None:
        return t.places["section_key"].format(number=sec.number, key=rest[0]) + _part(t, rest[1:])
    text = t.question(sec.key, question)
    if question.note_key == rest[0]:
        text = t.places["note"].format(text=text)
    return t.places["question"].format(number=sec.number, block=question.block, text=text, law=law) \
        + _part(t, rest[1:])


def _table(t: FormTexts, rest: Sequence[str | int]) -> str:
    if not rest:
        return t.places["table"]
    row = form.ROW_BY_KEY.get(str(rest[0]))
    if row is None:
        return t.places["table_key"].format(key=rest[0])
    text = t.places["row"].format(number=row.number, label=t.table_rows[row.key])
    if len(rest) > 1 and str(rest[1]) in form.TABLE_ANSWER_COLUMNS:
        text += t.places["column"].format(label=t.table_columns[str(rest[1])].rstrip(":"))
    return text


def _generic(t: FormTexts, loc: Sequence[str | int]) -> str:
    names: list[str] = []
    model: Any = Programme
    for item in loc:
        if isinstance(item, int):
            names.append(t.places["item"].format(n=item + 1))
            continue
        field = model.model_fields.get(item) if _is_model(model) else None
        if field is None:
            names.append(str(item))
            model = None
            continue
        title = t.fields.get(f"{model.__name__}.{item}")
        names.append(title[0] if title else field.title or item)
        model = field_model(field)
    return t.places["separator"].join(names)


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def field_model(field: FieldInfo) -> Any:
    """The model class a field holds: the one its type names, or the one a :class:`Deferred` block is
    validated by (whose type is left open at run time)."""
    deferred = next((m for m in field.metadata if isinstance(m, Deferred)), None)
    return deferred.model() if deferred is not None else _inner_model(field.annotation)


def _inner_model(tp: Any) -> Any:
    """The model class inside ``Optional[...]``, ``list[...]`` or ``Annotated[...]``, if any."""
    seen = 0
    while tp is not None and not _is_model(tp) and seen < 8:
        seen += 1
        origin = typing.get_origin(tp)
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if origin is typing.Annotated:
            tp = args[0]
        elif origin in (list, typing.Union, types.UnionType) and args:
            tp = next((a for a in args if _is_model(_inner_model(a))), args[0])
        else:
            return None
    return tp if _is_model(tp) else None


def model_at(root: type[BaseModel], loc: Sequence[str | int]) -> type[BaseModel] | None:
    """The model class that holds the keys at ``loc`` (list indexes skipped)."""
    model: Any = root
    for item in loc:
        if isinstance(item, int):
            continue
        if not _is_model(model) or item not in model.model_fields:
            return None
        model = field_model(model.model_fields[item])
    return model if _is_model(model) else None


@dataclass(frozen=True)
class LanguageName:
    """A language (ISO 639 code) named in the reader's language, e.g. a suggestion for a misspelt one (KD210):
    every name kotodoc knows is valid input, so the reader's own word is the one to suggest."""

    code: str

    def localize(self, lang: str) -> str:
        return refdata.language_name(self.code, lang if lang in ("fi", "sv", "en") else "fi")

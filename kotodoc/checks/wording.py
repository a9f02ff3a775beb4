"""Name a place in the document by the form's own wording.

``describe(("arviointi", "jarjestaminen"))`` gives
``kohta 1 A «Miten palvelut järjestetään kunnassa?» (KotoL 14 ja 15 §)``: the
words a coordinator sees on the TEM form, not a key path. Places outside the
form (blocks added by kotodoc) are named by their schema titles.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from kotodoc import form


def describe(loc: Sequence[str | int]) -> str:
    """A Finnish phrase naming the place ``loc`` in the form's wording."""
    loc = tuple(loc)
    if not loc:
        return "asiakirja"
    head, rest = loc[0], loc[1:]
    if head == form.HEADER_KEY:
        return _header(rest)
    if head == form.TABLE_KEY:
        return _table(rest)
    if isinstance(head, str) and head in form.SECTION_BY_KEY:
        return _section(form.SECTION_BY_KEY[head], rest)
    return _generic(loc)


def _part(rest: Sequence[str | int]) -> str:
    bits = []
    for item in rest:
        if isinstance(item, int):
            bits.append(f"kohta {item + 1} luettelossa")
        elif item != "teksti":
            bits.append(_field_title(item))
    return (", " + ", ".join(bits)) if bits else ""


def _field_title(key: str) -> str:
    titles = {"kohderyhma": "kohderyhmä", "kieli": "kieli", "otsikko": "otsikko", "nimi": "nimi",
              "toiminta": "toiminta", "kuvaus": "kuvaus"}
    titles.update({k: v.lower() for k, v in form.CONTACT_FIELDS.items()})
    return titles.get(key, key)


def _header(rest: Sequence[str | int]) -> str:
    if not rest:
        return "perustiedot (lomakkeen alku)"
    key = rest[0]
    header = form.HEADER_BY_KEY.get(str(key))
    if header is None:
        return f"perustiedot: {key}"
    return f"{header.code} «{header.question.text.rstrip(':')}»{_part(rest[1:])}"


def _section(sec: form.Section, rest: Sequence[str | int]) -> str:
    law = f" ({sec.law})" if sec.law else ""
    if not rest:
        return f"kohta {sec.number} «{sec.title}»{law}"
    question = sec.question(str(rest[0]))
    if question is None:
        return f"kohta {sec.number}: {rest[0]}{_part(rest[1:])}"
    text = question.text
    if question.note_key == rest[0]:
        text = f"{text} (lisätieto)"
    return f"kohta {sec.number} {question.block} «{text}»{law}{_part(rest[1:])}"


def _table(rest: Sequence[str | int]) -> str:
    if not rest:
        return form.TABLE_TITLE.lower()
    row = form.ROW_BY_KEY.get(str(rest[0]))
    if row is None:
        return f"vastuutaulukko: {rest[0]}"
    text = f"vastuutaulukko, rivi {row.number} «{row.label}»"
    if len(rest) > 1 and str(rest[1]) in form.TABLE_COLUMNS:
        text += f", sarake «{form.TABLE_COLUMNS[str(rest[1])].rstrip(':')}»"
    return text


def _generic(loc: Sequence[str | int]) -> str:
    from kotodoc.schema.programme import Programme

    names: list[str] = []
    model: Any = Programme
    for item in loc:
        if isinstance(item, int):
            names.append(f"kohta {item + 1}")
            continue
        field = model.model_fields.get(item) if _is_model(model) else None
        if field is None:
            names.append(str(item))
            model = None
            continue
        names.append(field.title or item)
        model = _inner_model(field.annotation)
    return " › ".join(names)


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


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
        model = _inner_model(model.model_fields[item].annotation)
    return model if _is_model(model) else None

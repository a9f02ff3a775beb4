"""Turn pydantic's validation errors into diagnostics with line and column.

This is the one place where pydantic's error types meet the message
catalogue. Each error's ``loc`` is looked up in the loader's positions: a
value error points at the value, an unknown key at the key, a missing key at
its parent mapping.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic_core import ErrorDetails

from kotodoc import refdata
from kotodoc.checks.wording import Place, model_at
from kotodoc.diagnostics import Diagnostic, Loc
from kotodoc.messages import CODES, Hint, Phrase, Word
from kotodoc.schema.programme import Programme
from kotodoc.schema.quantities import accepted_integer
from kotodoc.source.loader import Positions

_EMPTY_TYPES = {"KD202", "string_too_short", "too_short"}
_SHAPE_TYPES = {  # pydantic's error type -> the phrase naming the expected shape
    "string_type": "shape.text",
    "list_type": "shape.list",
    "model_type": "shape.mapping",
    "model_attributes_type": "shape.mapping",
    "dict_type": "shape.mapping",
}
_PHRASE_PARAMS = {"KD204": "expected", "KD526": "example"}
"""Parameters of custom failures that hold a phrase key (the schema raises them without words)."""


def found_kind(value: Any) -> Phrase:
    """What a YAML value is, in words worded at print time."""
    if value is None:
        return Phrase.of("shape.empty")
    if isinstance(value, dict):
        return Phrase.of("shape.mapping")
    if isinstance(value, list):
        return Phrase.of("shape.list")
    return Phrase.of("shape.text_value", value=value)


def convert(errors: Iterable[ErrorDetails], positions: Positions, path: str, data: Any = None) -> list[Diagnostic]:
    """Diagnostics for pydantic ``errors`` of the raw document ``data`` whose nodes are at ``positions``.

    Values and keys are quoted as the user wrote them (``työttömät``), not as compared (``tyottomat``).
    """
    out: list[Diagnostic] = []
    seen: set[tuple[str, Loc]] = set()
    for err in errors:
        loc = _trim(tuple(err["loc"]), positions, data)
        code, params, at_key = _classify(err, loc, positions, data)
        if (code, loc) in seen:
            continue
        seen.add((code, loc))
        line, col = positions.key_pos(loc) if at_key else positions.value_pos(loc)
        out.append(Diagnostic(code, path, line, col, loc, params))
    return out


def _trim(loc: Loc, positions: Positions, data: Any) -> Loc:
    """Drop a list index that the user never wrote: one contact or approval block written as a mapping
    keeps the rest of its location (``yhteyshenkilo, sahkoposti``); plain text read as a one-part answer
    ends at the answer."""
    for i, item in enumerate(loc):
        if isinstance(item, int) and loc[: i + 1] not in positions.values and loc[:i] in positions.values:
            if isinstance(written_value(data, loc[:i]), dict):
                return _trim((*loc[:i], *loc[i + 1:]), positions, data)
            return loc[:i]
    return loc


def written_value(data: Any, loc: Loc) -> Any:
    """The raw value at ``loc`` as the user wrote it; steps that do not exist (pydantic's union member
    names) are skipped. ``None`` when nothing is found."""
    node = data
    for step in loc:
        in_list = isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node)
        if in_list or (isinstance(node, dict) and step in node):
            node = node[step]
    return node if node is not data else None


def _classify(err: ErrorDetails, loc: Loc, positions: Positions, data: Any) -> tuple[str, dict[str, Any], bool]:
    kind = err["type"]
    value = err.get("input")
    written = written_value(data, loc)
    if isinstance(written, str) and isinstance(value, str):
        value = written  # a code value folded for comparison (työttömät -> tyottomat) is quoted as written
    ctx: dict[str, Any] = dict(err.get("ctx") or {})
    what = Place(loc)
    if kind == "missing":
        return "KD201", {"what": what}, False
    if kind == "extra_forbidden":
        key = positions.key_as_written(loc)
        parent = model_at(Programme, loc[:-1])
        fields = list(parent.model_fields) if parent else []
        return "KD203", {"key": key, "hint": Hint(refdata.did_you_mean(str(loc[-1]), fields))}, True
    if kind in _EMPTY_TYPES or (value is None and kind in _SHAPE_TYPES):
        return "KD202", {"what": what}, False
    if kind in _SHAPE_TYPES:
        return "KD204", {"what": what, "expected": Phrase.of(_SHAPE_TYPES[kind]), "found": found_kind(value)}, False
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return "KD212", {"what": what, "value": value, "accepted": accepted_integer(str(value), "12")}, False
    if kind == "literal_error":
        allowed = str(ctx.get("expected", "")).replace("'", "")
        options = [a.strip() for a in allowed.replace(" or ", ",").split(",") if a.strip()]
        return "KD206", {"what": what, "value": value, "allowed": ", ".join(options),
                         "hint": Hint(refdata.did_you_mean(str(value), options))}, False
    if kind in CODES:  # a custom failure raised with its catalogue code (PydanticCustomError)
        params = {"what": what, **ctx}
        if "value" in params and isinstance(written, str):
            params["value"] = written
        if kind in _PHRASE_PARAMS and _PHRASE_PARAMS[kind] in ctx:
            params[_PHRASE_PARAMS[kind]] = Phrase.of(str(ctx[_PHRASE_PARAMS[kind]]))
        if kind == "KD204":
            params["found"] = found_kind(value)
        if kind == "KD206":
            params["hint"] = Hint(None)
        if kind == "KD211":
            params["problem"] = Word(ctx.get("problem", "date_format"))
        if kind == "KD510":
            params["hint"] = Hint(refdata.did_you_mean(ctx.get("stem", ""), refdata.WELLBEING_COUNTIES),
                                  tuple(refdata.WELLBEING_COUNTIES))
        return kind, params, False
    return "KD205", {"what": what, "problem": err.get("msg", kind)}, False

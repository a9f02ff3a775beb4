"""Turn pydantic's validation errors into diagnostics with line and column.

This is the one place where pydantic's error types meet the message catalogue. Every error type
pydantic can report maps to a catalogue code (:data:`KINDS`; a type kotodoc's schema cannot produce
still gets the generic ``KD205``), so no English text of pydantic's ever reaches the user. Each
error's ``loc`` is looked up in the loader's positions: a value error points at the value, an
unknown key at the key, a missing key at its parent mapping. A flood of one error type (a file of
50 000 unknown keys) is cut at :data:`~kotodoc.diagnostics.MAX_PER_CODE` before the costly wording.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from pydantic_core import ErrorDetails

from kotodoc import refdata
from kotodoc.checks.wording import Place, model_at
from kotodoc.diagnostics import MAX_PER_CODE, SUMMARY_CODE, Diagnostic, Loc
from kotodoc.messages import CODES, Hint, Phrase, Word
from kotodoc.schema.programme import Programme
from kotodoc.schema.quantities import accepted_integer
from kotodoc.source.loader import Positions

TEXT, LIST, MAPPING, NUMBER, INTEGER = "shape.text", "shape.list", "shape.mapping", "shape.number", "shape.integer"
"""Phrases naming the shape a value should have (worded at print time)."""

KINDS: dict[str, tuple[str, str | None]] = {
    # pydantic error type -> (catalogue code, the phrase of the shape expected where the code is KD204)
    "missing": ("KD201", None),
    "extra_forbidden": ("KD203", None),
    "string_too_short": ("KD202", None),
    "too_short": ("KD202", None),
    "none_required": ("KD202", None),
    "string_type": ("KD204", TEXT),
    "string_unicode": ("KD204", TEXT),  # only lone surrogates, which the loader already replaces (KD113)
    "list_type": ("KD204", LIST),
    "iterable_type": ("KD204", LIST),
    "tuple_type": ("KD204", LIST),
    "set_type": ("KD204", LIST),
    "model_type": ("KD204", MAPPING),
    "model_attributes_type": ("KD204", MAPPING),
    "dict_type": ("KD204", MAPPING),
    "mapping_type": ("KD204", MAPPING),
    "union_tag_invalid": ("KD204", MAPPING),
    "union_tag_not_found": ("KD204", MAPPING),
    "decimal_type": ("KD204", NUMBER),
    "float_type": ("KD204", NUMBER),
    "int_type": ("KD212", None),
    "int_parsing": ("KD212", None),
    "int_parsing_size": ("KD212", None),
    "int_from_float": ("KD212", None),
    "decimal_parsing": ("KD526", None),
    "decimal_max_digits": ("KD526", None),
    "decimal_max_places": ("KD526", None),
    "decimal_whole_digits": ("KD526", None),
    "float_parsing": ("KD526", None),
    "finite_number": ("KD526", None),
    "literal_error": ("KD206", None),
    "enum": ("KD206", None),
    "bool_type": ("KD206", None),
    "bool_parsing": ("KD206", None),
    "date_type": ("KD211", None),
    "date_parsing": ("KD211", None),
    "date_from_datetime_parsing": ("KD211", None),
    "date_from_datetime_inexact": ("KD211", None),
    "datetime_type": ("KD211", None),
    "datetime_parsing": ("KD211", None),
    # a validator that failed without a catalogue code, and whatever the schema gains later
    "value_error": ("KD205", None),
    "assertion_error": ("KD205", None),
    "too_long": ("KD205", None),
    "string_too_long": ("KD205", None),
    "string_pattern_mismatch": ("KD205", None),
    "greater_than": ("KD205", None),
    "greater_than_equal": ("KD205", None),
    "less_than": ("KD205", None),
    "less_than_equal": ("KD205", None),
    "recursion_loop": ("KD205", None),
}
FALLBACK = ("KD205", None)
_PHRASE_PARAMS = {"KD204": "expected", "KD526": "example"}
"""Parameters of custom failures that hold a phrase key (the schema raises them without words)."""


def found_kind(value: Any) -> Phrase:
    """What a YAML value is, in words worded at print time."""
    if value is None:
        return Phrase.of("shape.empty")
    if isinstance(value, dict):
        return Phrase.of(MAPPING)
    if isinstance(value, list):
        return Phrase.of(LIST)
    return Phrase.of("shape.text_value", value=value)


def code_of(kind: str) -> str:
    """The catalogue code of a pydantic error type (a custom error's type is its code)."""
    return kind if kind in CODES else KINDS.get(kind, FALLBACK)[0]


def convert(errors: Iterable[ErrorDetails], positions: Positions, path: str, data: Any = None) -> list[Diagnostic]:
    """Diagnostics for pydantic ``errors`` of the raw document ``data`` whose nodes are at ``positions``.

    Values and keys are quoted as the user wrote them (``työttömät``), not as compared (``tyottomat``).
    """
    out: list[Diagnostic] = []
    seen: set[tuple[str, Loc]] = set()
    per_code: Counter[str] = Counter()
    left_out: dict[str, tuple[int, Diagnostic | None]] = {}
    for err in errors:
        loc = _trim(tuple(err["loc"]), positions, data)
        code = code_of(err["type"])
        if per_code[code] >= MAX_PER_CODE:  # count the rest without wording them
            n, first = left_out.get(code, (0, None))
            line, col = positions.key_pos(loc) if code == "KD203" else positions.value_pos(loc)
            left_out[code] = (n + 1, first or Diagnostic(SUMMARY_CODE, path, line, col, loc))
            continue
        code, params, at_key = _classify(err, loc, positions, data)
        if (code, loc) in seen:
            continue
        seen.add((code, loc))
        per_code[code] += 1
        line, col = positions.key_pos(loc) if at_key else positions.value_pos(loc)
        out.append(Diagnostic(code, path, line, col, loc, params))
    for code, (n, at) in left_out.items():
        assert at is not None
        out.append(Diagnostic(SUMMARY_CODE, path, at.line, at.column, at.loc,
                              {"count": n, "code": code, "shown": per_code[code]}))
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
    if kind in CODES:  # a custom failure raised with its catalogue code (PydanticCustomError)
        return kind, _custom(kind, value, written, ctx, what), False
    code, expected = KINDS.get(kind, FALLBACK)
    if code == "KD203":
        key = positions.key_as_written(loc)
        parent = model_at(Programme, loc[:-1])
        fields = list(parent.model_fields) if parent else []
        return code, {"key": key, "hint": Hint(refdata.did_you_mean(str(loc[-1]), fields))}, True
    if code == "KD201" or code == "KD202" or (value is None and expected is not None):
        return ("KD201" if code == "KD201" else "KD202"), {"what": what}, False
    if code == "KD204" or (expected is None and isinstance(value, dict | list)):
        return "KD204", {"what": what, "expected": Phrase.of(expected or _expected(code)),
                         "found": found_kind(value)}, False
    if code == "KD206":
        allowed = str(ctx.get("expected", "true, false" if kind.startswith("bool") else "")).replace("'", "")
        options = [a.strip() for a in allowed.replace(" or ", ",").split(",") if a.strip()]
        return code, {"what": what, "value": value, "allowed": ", ".join(options),
                      "hint": Hint(refdata.did_you_mean(str(value), options))}, False
    if code == "KD211":
        return code, {"what": what, "value": str(value), "problem": Word("date_format")}, False
    if code == "KD212":
        return code, {"what": what, "value": str(value), "accepted": accepted_integer(str(value), "12")}, False
    if code == "KD526":
        return code, {"what": what, "value": str(value), "example": Phrase.of("number.euros")}, False
    return "KD205", {"what": what, "found": found_kind(value)}, False


def _expected(code: str) -> str:
    """The shape a value-level code expects, for a list or mapping written where a single value belongs."""
    return {"KD212": INTEGER, "KD526": NUMBER}.get(code, TEXT)


def _custom(code: str, value: Any, written: Any, ctx: dict[str, Any], what: Place) -> dict[str, Any]:
    params = {"what": what, **ctx}
    if "value" in params and isinstance(written, str):
        params["value"] = written
    if code in _PHRASE_PARAMS and _PHRASE_PARAMS[code] in ctx:
        params[_PHRASE_PARAMS[code]] = Phrase.of(str(ctx[_PHRASE_PARAMS[code]]))
    if code == "KD204":
        params["found"] = found_kind(value)
    if code == "KD206":
        params["hint"] = Hint(None)
    if code == "KD211":
        params["problem"] = Word(ctx.get("problem", "date_format"))
    if code == "KD510":
        params["hint"] = Hint(refdata.did_you_mean(ctx.get("stem", ""), refdata.WELLBEING_COUNTIES),
                              tuple(refdata.WELLBEING_COUNTIES))
    return params

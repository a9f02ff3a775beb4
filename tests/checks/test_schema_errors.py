"""Every pydantic error kotodoc can meet becomes a catalogue message: no English, a code, a place.

The schema's reachable error types are found by walking the model's core schema: each kind of schema
node can fail in known ways (pydantic-core's error types). A node kind the table below does not know
fails the test, so a schema change that brings new pydantic errors is noticed here.
"""

from __future__ import annotations

import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel
from pydantic_core import ErrorDetails
from pydantic_core.core_schema import ErrorType

from kotodoc.checks import schema_errors
from kotodoc.checks.validate import validate_bytes
from kotodoc.diagnostics import MAX_PER_CODE
from kotodoc.messages import CODES
from kotodoc.schema.base import Deferred
from kotodoc.schema.programme import Programme
from kotodoc.source.loader import Positions
from tests.conftest import ROOT

MINIMAL = ROOT / "tests" / "cases" / "valid" / "minimal.yaml"
MIKKELI = ROOT / "examples" / "mikkeli.yaml"
ENGLISH = ("Input should", "Value error", "Assertion failed", "should be", "Field required", "Extra inputs")

# What each kind of core-schema node can report (pydantic-core's error types).
NODE_ERRORS: dict[str, set[str]] = {
    "str": {"string_type", "string_unicode", "string_too_short", "string_too_long", "string_pattern_mismatch"},
    "list": {"list_type", "too_short", "too_long"},
    "model": {"model_type", "model_attributes_type"},
    "model-fields": {"missing", "extra_forbidden", "model_attributes_type"},
    "literal": {"literal_error"},
    "bool": {"bool_type", "bool_parsing"},
    "decimal": {"decimal_type", "decimal_parsing", "decimal_max_digits", "decimal_max_places",
                "decimal_whole_digits", "finite_number"},
    "int": {"int_type", "int_parsing", "int_parsing_size", "int_from_float"},
    "date": {"date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact"},
    "function-after": {"value_error", "assertion_error"},
    "function-plain": {"value_error", "assertion_error"},
    "function-before": {"value_error", "assertion_error"},
    "definition-ref": {"recursion_loop"},
    # nodes that only pass their members' errors on
    "union": set(), "nullable": set(), "default": set(), "definitions": set(), "model-field": set(),
    "no-info": set(),
}


def node_kinds(schema: Any) -> set[str]:
    found: set[str] = set()
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("type"), str):
                found.add(node["type"])
            stack.extend(node.values())
        elif isinstance(node, list | tuple):
            stack.extend(node)
    return found


def schemas() -> list[Any]:
    """The programme's core schema and those of its deferred blocks (built only when a document has them)."""
    deferred = [m.model() for f in Programme.model_fields.values() for m in f.metadata if isinstance(m, Deferred)]
    assert deferred, "the joint and approval blocks are deferred models"
    models: list[type[BaseModel]] = [Programme, *deferred]
    for model in models:  # built on first use (defer_build): build them now
        model.model_rebuild(force=True)
    return [model.__pydantic_core_schema__ for model in models]


def test_every_reachable_pydantic_error_has_its_own_catalogue_code() -> None:
    kinds = node_kinds(schemas())
    assert {"str", "list", "literal", "decimal", "int", "date", "model-fields"} <= kinds  # the walk sees the numbers
    assert kinds - NODE_ERRORS.keys() == set(), "a new kind of schema node: add what it can report"
    reachable = set().union(*(NODE_ERRORS[k] for k in kinds))
    assert reachable - schema_errors.KINDS.keys() == set()
    assert {code for code, _ in schema_errors.KINDS.values()} <= CODES.keys()


@pytest.mark.parametrize("kind", typing.get_args(ErrorType))
@pytest.mark.parametrize("value", ["teksti", None, ["a"], {"a": "b"}])
def test_no_pydantic_error_type_reaches_the_user_in_english(kind: str, value: Any) -> None:
    err: ErrorDetails = {"type": kind, "loc": ("perustiedot", "koordinoiva_taho"), "msg": "English text",
                         "input": value}
    positions = Positions({(): (1, 1), ("perustiedot",): (2, 1), ("perustiedot", "koordinoiva_taho"): (3, 5)},
                          {("perustiedot",): (2, 1), ("perustiedot", "koordinoiva_taho"): (3, 3)})
    (diag,) = schema_errors.convert([err], positions, "x.yaml")
    assert diag.code in CODES and diag.line in (2, 3)
    message = diag.message()
    assert "English text" not in message and "{" not in message


def minimal_with(old: str, new: str, source: Path = MINIMAL) -> bytes:
    text = source.read_text(encoding="utf-8")
    assert old in text
    return text.replace(old, new, 1).encode("utf-8")


@pytest.mark.parametrize(("old", "new", "code"), [
    ("asukasluvun_osuus: 40", "asukasluvun_osuus: [40]", "KD204"),  # was "Decimal input should be …"
    ("asukasluvun_osuus: 40", "asukasluvun_osuus: {a: 1}", "KD204"),
    ("asukasluku: 1300", "asukasluku: [1300]", "KD204"),
    ("asukasluku: 1300", "asukasluku: " + "9" * 5000, "KD529"),  # was "Value error, Exceeds the limit …"
    ("vuosikustannus: 600000", "vuosikustannus: " + "9" * 4400, "KD529"),
    ("vuosikustannus: 600000", "vuosikustannus: 999999999999999999999999999999", "KD529"),  # was rounded
])
def test_fallbacks_of_the_numbers_are_catalogue_messages(old: str, new: str, code: str) -> None:
    report = validate_bytes(minimal_with(old, new, MIKKELI), "x.yaml")
    found = [d for d in report.errors if d.code == code]
    assert found, [d.message() for d in report.errors]
    for d in report.diagnostics:
        assert not any(word in d.message() for word in ENGLISH), d.message()
        assert len(d.message()) < 700


def test_unknown_keys_are_capped_with_one_summary() -> None:
    extra = "".join(f"  tuntematon_{i}: x\n" for i in range(MAX_PER_CODE + 150))
    raw = minimal_with("  koordinoiva_taho: Sivistystoimi\n", "  koordinoiva_taho: Sivistystoimi\n" + extra)
    report = validate_bytes(raw, "x.yaml")
    unknown = [d for d in report.diagnostics if d.code == "KD203"]
    assert len(unknown) == MAX_PER_CODE
    (summary,) = [d for d in report.diagnostics if d.code == "KD214"]
    assert summary.params["count"] == 150 and summary.params["code"] == "KD203"
    assert (summary.line, summary.column) == (5 + MAX_PER_CODE + 1, 3)  # the first key left out
    assert "150 samanlaista havaintoa (KD203)" in summary.message()
    assert not report.passed() and summary.severity.value == "warning"

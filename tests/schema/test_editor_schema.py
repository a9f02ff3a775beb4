"""Editor support: the JSON Schema shows the form's question on hover and offers keys, values and examples."""

from __future__ import annotations

from typing import Any

import yaml

from kotodoc import form
from kotodoc.repo.scaffold import scaffold_text
from kotodoc.schema.export import schema_dict
from kotodoc.schema.programme import (
    Assessment,
    CivicOrientation,
    Guidance,
    Header,
    IntegrationTraining,
    OtherServices,
    OtherTraining,
    Plan,
)

T = form.texts("fi")

SCHEMA = schema_dict()
DEFS: dict[str, Any] = SCHEMA["$defs"]
SECTION_DEFS = {"arviointi": Assessment, "suunnitelma": Plan, "yhteiskuntaorientaatio": CivicOrientation,
                "kotoutumiskoulutus": IntegrationTraining, "muu_koulutus": OtherTraining,
                "ohjaus_ja_neuvonta": Guidance, "muut_palvelut": OtherServices}


def prop(model: type, key: str) -> dict[str, Any]:
    props: dict[str, dict[str, Any]] = DEFS[model.__name__]["properties"]
    return props[key]


def test_every_question_is_the_title_and_description_of_its_key() -> None:
    for h in form.HEADER:
        p = prop(Header, h.question.key)
        assert p["title"] == T.field_label(h)
        assert p["description"].startswith(T.field_label(h))
        for helper in T.header_helpers.get(h.question.key, ()):
            assert helper in p["description"]
    for sec in form.SECTIONS:
        for q in sec.questions:
            p = prop(SECTION_DEFS[sec.key], q.key)
            assert p["title"] == T.question(sec.key, q), (sec.key, q.key)
            assert T.question(sec.key, q) in p["description"]
            if sec.law:
                assert T.law(sec) in p["description"]


def test_section_and_table_row_titles() -> None:
    for sec in form.SECTIONS:
        assert SCHEMA["properties"][sec.key]["title"] == T.heading(sec)
    rows = DEFS["ResponsibilityTable"]["properties"]
    for row in form.TABLE_ROWS:
        assert rows[row.key]["title"] == T.table_rows[row.key]


def test_fixed_values_are_enums_for_completion() -> None:
    part = DEFS["Part"]["properties"]
    groups = [s for s in part["kohderyhma"]["anyOf"] if "enum" in s]
    assert groups[0]["enum"] == list(form.TARGET_GROUPS)
    assert next(s for s in part["kieli"]["anyOf"] if "enum" in s)["enum"] == ["fi", "sv"]
    assert SCHEMA["properties"]["kieli"]["enum"] == ["fi", "sv"]


def test_examples_where_the_format_is_not_obvious() -> None:
    assert prop(Header, "kunnat")["examples"][0] == ["Kokkola"]
    assert prop(Header, "laadittu_tai_paivitetty")["examples"]
    assert prop(Header, "yhteistyokumppanit")["examples"]
    assert prop(CivicOrientation, "kielet")["examples"] == [["arabia", "ukraina", "venäjä"]]
    assert SCHEMA["properties"]["paivays"]["examples"] == ["21.10.2024"]
    assert DEFS["Part"]["properties"]["otsikko"]["examples"]
    contact = DEFS["Contact"]["properties"]
    assert contact["sahkoposti"]["examples"] and contact["puhelin"]["examples"]


def test_unknown_keys_are_flagged_by_the_editor_too() -> None:
    assert SCHEMA["additionalProperties"] is False
    for model in (Header, *SECTION_DEFS.values()):
        assert DEFS[model.__name__]["additionalProperties"] is False


def test_fresh_init_file_has_no_schema_errors_in_the_editor() -> None:
    """What the editor checks (JSON Schema) agrees with kotodoc: a fresh file shows no red underlines."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(SCHEMA)
    for names in (["Kokkola"], ["Mikkeli", "Juva"], ["Oulu"]):
        data = yaml.safe_load(scaffold_text(names))
        assert [e.message for e in validator.iter_errors(data)] == [], names
    broken = yaml.safe_load(scaffold_text(["Oulu"]))
    broken["perustiedot"]["tuntematon"] = "x"
    assert list(validator.iter_errors(broken))


# --- the editor schema in Swedish (kotodoc schema --kieli sv) ---------------------------------------

SV = form.texts("sv")
SCHEMA_SV = schema_dict("sv")


def _texts(node: Any, key: str = "") -> list[str]:
    """Every title, description, law reference and example string of a schema."""
    if isinstance(node, dict):
        return [t for k, v in node.items() for t in _texts(v, k)]
    if isinstance(node, list):
        return [t for v in node for t in _texts(v, key)]
    return [node] if isinstance(node, str) and key in ("title", "description", "laki", "examples") else []


def test_swedish_schema_shows_the_swedish_questions() -> None:
    defs = SCHEMA_SV["$defs"]
    for h in form.HEADER:
        assert defs["Header"]["properties"][h.question.key]["title"] == SV.field_label(h)
    for sec in form.SECTIONS:
        assert SCHEMA_SV["properties"][sec.key]["title"] == SV.heading(sec)
        for q in sec.questions:
            p = defs[SECTION_DEFS[sec.key].__name__]["properties"][q.key]
            assert p["title"] == SV.question(sec.key, q) and SV.question(sec.key, q) in p["description"]
            if sec.law:
                assert p["laki"] == SV.law(sec) and SV.law(sec) in p["description"]
    assert defs["Part"]["properties"]["kieli"]["title"] == "Tjänstespråk"
    assert defs["CivicOrientation"]["properties"]["kielet"]["examples"] == [["arabiska", "ukrainska", "ryska"]]


def test_swedish_schema_has_no_finnish_text_left() -> None:
    """Only what is the same in both languages (names, numbers, class names, a git tag) may stay as it is."""
    same = set(_texts(SCHEMA)) & set(_texts(SCHEMA_SV))

    def not_words(t: str) -> bool:
        return " " not in t and (t[:1].isupper() or any(ch.isdigit() for ch in t))

    assert all(not any(ch.isalpha() for ch in t) or not_words(t) for t in same), sorted(same)
    assert not {"Kokkola", "Mikkeli", "Juva"} - same  # place names stay
    assert len(set(_texts(SCHEMA_SV))) > 250


def test_swedish_schema_has_the_same_structure() -> None:
    def shape(node: Any, key: str = "") -> Any:
        if isinstance(node, dict):
            return {k: shape(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [shape(v, key) for v in node]
        return None if key in ("title", "description", "laki", "examples") else node

    assert shape(SCHEMA_SV) == shape(SCHEMA)


def test_fresh_swedish_file_has_no_schema_errors_in_the_editor() -> None:
    import jsonschema

    validator = jsonschema.Draft202012Validator(SCHEMA_SV)
    for names in (["Kokkola"], ["Porvoo", "Sipoo"], ["Oulu"]):
        assert [e.message for e in validator.iter_errors(yaml.safe_load(scaffold_text(names, lang="sv")))] == []

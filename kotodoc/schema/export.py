"""The JSON Schema of the document model, for editors and for check-jsonschema, in a document language.

The model's titles and descriptions are the Finnish form texts (:mod:`kotodoc.schema.base`). The schema
in another language is the same schema with every title, description, law reference and example
replaced by the same text of that language's form texts: :func:`translations` pairs each text the
model is built from (``question_schema``, ``section_schema``, ``row_schema``, the table's columns,
``fields["Class.field"]``, the title, the examples) with its counterpart, so nothing is retyped.

:func:`write_schema` replaces an existing file only when it is a schema kotodoc wrote (its ``$id``), or with
``force``: ``kotodoc schema -o kunta.yaml`` must not turn a programme into a schema.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kotodoc import form
from kotodoc.errors import OptionError, OutputError
from kotodoc.form import FormTexts
from kotodoc.output import write_atomic
from kotodoc.schema.approval import relax_h7_schema
from kotodoc.schema.base import FORM
from kotodoc.schema.programme import SCHEMA_VERSION, Programme

SCHEMA_ID = "https://kotodoc.invalid/schemas/kotodoc.schema.json"
MAX_OURS = 16 * 1024 * 1024
"""A larger file is not taken for a schema kotodoc wrote (today's is about 0.2 MB)."""
SCHEMA_PATHS: dict[str, str] = {"fi": "schemas/kotodoc.schema.json", "sv": "schemas/kotodoc.sv.schema.json"}
"""Where ``kotodoc schema`` writes the schema of each document language (the repository's copies)."""
_TRANSLATED_KEYS = ("title", "description", "laki", "examples")


def schema_path(lang: str = "fi") -> str:
    """The default output of ``kotodoc schema`` for the reader's ``lang``."""
    return SCHEMA_PATHS[form.document_language(lang)]


SCHEMA_IN_SOURCE = Path("schemas") / "kotodoc.schema.json"  # kotodoc's own repository
SCHEMA_FROM_INIT = Path("kotodoc.schema.json")  # a municipality's repository, as kotodoc init lays it out


def schema_target(output: str | None, here: Path, lang: str = "fi") -> Path | None:
    """Where ``kotodoc schema`` writes: ``output`` (``-o``), else the schema the directory ``here`` already
    keeps (in kotodoc's own repository, the one of ``lang``'s document language); None for stdout."""
    if output == "-":
        return None
    if output is not None:
        return Path(output)
    if (here / SCHEMA_IN_SOURCE.parent).is_dir():
        return Path(schema_path(lang))
    if (here / SCHEMA_FROM_INIT).is_file():
        return SCHEMA_FROM_INIT
    raise OptionError("schema.no_target", init_file=SCHEMA_FROM_INIT)


def _pairs(src: FormTexts, dst: FormTexts) -> Iterator[tuple[str, str]]:
    """Every text the model's schema is built from in ``src``, with the same text in ``dst``."""
    for key in form.HEADER_BY_KEY:
        yield from zip(src.question_schema(form.HEADER_KEY, key), dst.question_schema(form.HEADER_KEY, key),
                       strict=True)
    for sec in form.SECTIONS:
        yield from zip(src.section_schema(sec), dst.section_schema(sec), strict=True)
        yield src.law(sec), dst.law(sec)
        for q in sec.questions:
            for key in (q.key, q.note_key) if q.note_key else (q.key,):
                yield from zip(src.question_schema(sec.key, key), dst.question_schema(sec.key, key), strict=True)
    for row in form.TABLE_ROWS:
        yield from zip(src.row_schema(row), dst.row_schema(row), strict=True)
    for column in form.TABLE_ANSWER_COLUMNS:
        yield src.table_columns[column], dst.table_columns[column]
    for field, (title, description) in src.fields.items():
        yield title, dst.fields[field][0]
        yield description, dst.fields[field][1]
    yield f"{src.title} – {src.subtitle.lower()}", f"{dst.title} – {dst.subtitle.lower()}"
    yield f"{src.title}: {src.law_name}. {form.LAW_ELI}", f"{dst.title}: {dst.law_name}. {form.LAW_ELI}"
    for key in src.own:
        if key.startswith("example."):
            yield src.own[key], dst.own[key]
            yield from zip(src.own[key].split(", "), dst.own[key].split(", "), strict=True)


def translations(lang: str) -> dict[str, str]:
    """Finnish schema text -> the same text in ``lang``; a Finnish text with two translations is an error."""
    found: dict[str, str] = {}
    for fi_text, text in _pairs(FORM, form.texts(lang)):
        if fi_text and found.setdefault(fi_text, text) != text:
            raise AssertionError(f"two translations of {fi_text!r}: {found[fi_text]!r}, {text!r}")
    return found


def _translate(node: Any, words: dict[str, str], key: str = "") -> Any:
    if isinstance(node, dict):
        return {k: _translate(v, words, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_translate(v, words, key) for v in node]
    if isinstance(node, str) and key in _TRANSLATED_KEYS:
        return words.get(node, node)
    return node


def schema_dict(lang: str = "fi") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :class:`kotodoc.schema.programme.Programme` in ``lang``'s
    document language (Finnish for English: there is no English form)."""
    body = Programme.model_json_schema(mode="validation")
    relax_h7_schema(body)
    doc_lang = form.document_language(lang)
    if doc_lang != FORM.lang:
        body = _translate(body, translations(doc_lang))
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "x-kotodoc-skeemaversio": SCHEMA_VERSION, **body}


def schema_text(lang: str = "fi") -> str:
    """The schema as stable, human-readable JSON text ending in a newline."""
    return json.dumps(schema_dict(lang), ensure_ascii=False, indent=2) + "\n"


def is_kotodoc_schema(path: Path) -> bool:
    """Whether ``path`` holds a JSON Schema that ``kotodoc schema`` wrote (any version, any language)."""
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_OURS + 1)
        parsed = json.loads(data) if len(data) <= MAX_OURS else None
    except (OSError, ValueError, RecursionError):
        return False
    return isinstance(parsed, dict) and parsed.get("$id") == SCHEMA_ID


def write_schema(target: Path, text: str, force: bool = False) -> None:
    """Write the schema ``text`` to ``target``; an existing file that is not a kotodoc schema is refused
    (:class:`OutputError`, nothing written) unless ``force``."""
    if not force and target.exists() and not is_kotodoc_schema(target):
        raise OutputError("schema.not_a_schema", target=target)
    write_atomic(target, text.encode("utf-8"))

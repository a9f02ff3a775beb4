"""The JSON Schema of the document model, for editors and for check-jsonschema."""

from __future__ import annotations

import json
from typing import Any

from kotodoc.schema.approval import relax_h7_schema
from kotodoc.schema.programme import SCHEMA_VERSION, Programme

SCHEMA_ID = "https://kotodoc.invalid/schemas/kotodoc.schema.json"


def schema_dict() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :class:`kotodoc.schema.programme.Programme`."""
    body = Programme.model_json_schema(mode="validation")
    relax_h7_schema(body)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "x-kotodoc-skeemaversio": SCHEMA_VERSION, **body}


def schema_text() -> str:
    """The schema as stable, human-readable JSON text ending in a newline."""
    return json.dumps(schema_dict(), ensure_ascii=False, indent=2) + "\n"

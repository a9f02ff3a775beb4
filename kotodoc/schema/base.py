"""Building blocks shared by every part of the schema (the form, the joint block, the approval block).

Kept apart from :mod:`kotodoc.schema.programme` because the programme imports the blocks' modules.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from kotodoc import form
from kotodoc.source.keys import normalise_key

FORM = form.texts("fi")
"""The texts the schema's titles and descriptions come from (the JSON Schema for other languages is
translated on export, :mod:`kotodoc.schema.export`)."""


def _no_docstring(schema: dict[str, Any]) -> None:
    """Class docstrings are for developers (English); editors show the fields' Finnish descriptions."""
    schema.pop("description", None)


class Strict(BaseModel):
    """Base of every block: unknown keys are errors; parsed documents are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_extra=_no_docstring)


def _non_empty(value: str) -> str:
    if not value.strip():
        raise PydanticCustomError("KD202", "empty")
    return value


Text = Annotated[str, AfterValidator(_non_empty)]
"""Text that must say something: empty or blank is KD202."""


def _none_to_empty(value: Any) -> Any:
    return "" if value is None else value


AnswerText = Annotated[str, BeforeValidator(_none_to_empty, json_schema_input_type=str | None)]
"""The text of an answer to a form question. It may be empty: whether a question is answered is a
content rule (KD307), so that a draft (``luonnos``) can leave questions open."""


def fold(value: Any) -> Any:
    """Code values are written like keys: ``työnhakijat`` is read as ``tyonhakijat``."""
    return normalise_key(value) if isinstance(value, str) else value


def described(key: str, default: Any = ..., **kwargs: Any) -> Any:
    """A field whose title and description are the form texts' ``fields[key]`` (``"Class.field"``)."""
    title, description = FORM.fields[key]
    return Field(default, title=title, description=description or None, **kwargs)

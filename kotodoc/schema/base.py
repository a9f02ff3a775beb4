"""Building blocks shared by every part of the schema (the form, the joint block, the approval block).

Kept apart from :mod:`kotodoc.schema.programme` because the programme imports the blocks' modules.
"""


from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

from kotodoc import form
from kotodoc.source.keys import normalise_key

FORM = form.texts("fi")
"""The texts the schema's titles and descriptions come from (the JSON Schema for other languages is
translated on export, :mod:`kotodoc.schema.export`)."""


def _no_docstring(schema: dict[str, Any]) -> None:
    """Class docstrings are for developers (English); editors show the fields' Finnish descriptions."""
    schema.pop("description", None)


class Strict(BaseModel):
    """Base of every block: unknown keys are errors; parsed documents are immutable.

    ``defer_build``: a model's validator is built when it is first used, not when its class is
    defined, so importing the schema costs little and ``Programme``'s first validation builds one
    validator for the whole form instead of one per class (start-up of ``kotodoc validate``).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, json_schema_extra=_no_docstring, defer_build=True)


@dataclass(frozen=True)
class Deferred:
    """An optional block validated by its own model, which is built only when a document has the block.

    ``Annotated[JointProgramme | None, Deferred(lambda: JointProgramme)]``: the programme's validator does not
    contain the block's schema (most documents have neither the approval nor the joint block, and
    their schemas are a third of the whole); a present block is validated by ``model_validate`` of
    its class, whose errors keep their locations under the block's key. The JSON Schema is the
    block's own, as if the field were a plain ``Approval | None``.
    """

    model: Callable[[], type[BaseModel]]

    def __get_pydantic_core_schema__(self, source_type: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(self._validate)

    def __get_pydantic_json_schema__(self, schema: core_schema.CoreSchema,
                                     handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        return handler(core_schema.nullable_schema(self.model().__pydantic_core_schema__))

    def _validate(self, value: Any) -> Any:
        return None if value is None else self.model().model_validate(value)


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
    """Code values are written like keys, in any letter case: ``Työnhakijat`` is read as ``tyonhakijat``,
    ``SV`` as ``sv`` (every code value of the model is lower-case, so no two differ by case alone)."""
    return normalise_key(value).lower() if isinstance(value, str) else value


def described(key: str, default: Any = ..., **kwargs: Any) -> Any:
    """A field whose title and description are the form texts' ``fields[key]`` (``"Class.field"``)."""
    title, description = FORM.fields[key]
    return Field(default, title=title, description=description or None, **kwargs)

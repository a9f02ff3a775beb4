"""Numbers as written in a kotodoc YAML file: counts, euro amounts and percentages, read without guessing.

The loader keeps every scalar as the text the user wrote. These types turn that text into numbers and
refuse anything ambiguous rather than guess:

* :data:`Count` and :data:`Population`: digits only (``12345``). ``12 345``, ``12.0``, ``+4`` and
  ``5_000`` are ``KD212`` (pydantic's lax parsing would take the last three); below the minimum is
  ``KD527``.
* :data:`Euros` and :data:`Percent`: digits with at most two decimals after a comma or a point
  (``250000``, ``250000,50``, ``37.5``). Spaces, thousands separators and units (``250 000``,
  ``40 %``) are ``KD526``, so ``250.000`` is never read as 250 or as 250 000.
* Every number has a sane range: above the maximum is ``KD529`` (checked on the digits before any
  conversion, so 4 400 digits cost nothing and 30 digits are never rounded). No municipality has
  more than ten million inhabitants or clients, no joint service costs a thousand million euros a
  year, and a share is at most 100 %.

In the JSON Schema (editors) each accepts a YAML number or the text kotodoc reads, so an editor marks
the same values kotodoc refuses.
"""


import re
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BeforeValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

_INTEGER = re.compile(r"^-?[0-9]+$")  # digits only: no "+", "_", spaces or decimals (lax int parsing takes those)
_DECIMAL = re.compile(r"^([0-9]+)(?:[.,]([0-9]{1,2}))?$")


_GROUPING = re.compile(r"[\s_'\u00a0\u202f]")
_WHOLE = re.compile(r"^\+?([0-9]+)(?:[.,]0{1,2})?$")
MAX_COUNT = 10_000_000  # inhabitants or clients of one municipality (Finland has 5.6 million people)
MAX_EUROS = Decimal(1_000_000_000)  # a joint service's annual cost
MAX_PERCENT = Decimal(100)


def accepted_integer(value: str, example: str) -> str:
    """The integer kotodoc reads for what the user meant (``52 000`` -> ``52000``, ``+4`` -> ``4``,
    ``12,0`` -> ``12``), or ``example`` when there is no one integer it could be (``12.5``, or more digits
    than any count has)."""
    match = _WHOLE.match(_GROUPING.sub("", value.strip()))
    if not match or len(match.group(1).lstrip("0")) > len(str(MAX_COUNT)):  # int() refuses over 4 300 digits
        return example
    return str(int(match.group(1)))


def fi_number(value: int | Decimal) -> str:
    """A limit as Finnish text: ``1000000000`` -> ``1 000 000 000``."""
    return f"{value:,}".replace(",", " ")


def _too_large(value: Any, maximum: int | Decimal) -> PydanticCustomError:
    return PydanticCustomError("KD529", "too large", {"value": str(value).strip(), "maximum": fi_number(maximum)})


def _integer(minimum: int, example: str, maximum: int = MAX_COUNT) -> Any:
    def parse(value: Any) -> Any:
        if isinstance(value, bool):
            raise PydanticCustomError("KD212", "not an integer", {"value": str(value), "accepted": example})
        if isinstance(value, int):
            number = value
        elif isinstance(value, str) and _INTEGER.match(value.strip()):
            text = value.strip()
            if len(text.lstrip("-").lstrip("0")) > len(str(maximum)):  # int() refuses over 4 300 digits
                number = -maximum - 1 if text.startswith("-") else maximum + 1
            else:
                number = int(text)
        elif isinstance(value, str):
            raise PydanticCustomError("KD212", "not an integer",
                                      {"value": value, "accepted": accepted_integer(value, example)})
        else:
            return value  # not text: pydantic reports the shape
        if number < minimum:
            raise PydanticCustomError("KD527", "too small", {"value": str(value).strip(), "minimum": minimum})
        if number > maximum:
            raise _too_large(value, maximum)
        return number
    return parse


def parse_decimal(value: Any) -> Decimal | None:
    """A non-negative number with at most two decimals (comma or point), or ``None``."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | Decimal):
        number = Decimal(value)
        return number if number >= 0 and number == number.quantize(Decimal("0.01")) else None
    if not isinstance(value, str):
        return None
    match = _DECIMAL.match(value.strip())
    if not match:
        return None
    return Decimal(f"{match.group(1)}.{match.group(2) or '0'}")


def _decimal(example: str, minimum: Decimal, maximum: Decimal) -> Any:
    """A parser of a decimal; ``example`` is the key of the phrase a KD526 message shows as an example."""
    def parse(value: Any) -> Any:
        if value is None or isinstance(value, list | dict):
            return value  # pydantic reports the shape
        number = parse_decimal(value)  # exact at any length: Decimal reads text without rounding
        if number is None:
            raise PydanticCustomError("KD526", "not a number", {"value": str(value), "example": example})
        if number < minimum:
            shown = format(minimum, "f").replace(".", ",")
            raise PydanticCustomError("KD527", "too small", {"value": str(value).strip(), "minimum": shown})
        if number > maximum:
            raise _too_large(value, maximum)
        return number
    return parse


def fi_decimal(value: Decimal) -> str:
    """A decimal as Finnish text: ``Decimal('37.50')`` -> ``37,5``, ``Decimal('40')`` -> ``40``."""
    return format(value.normalize(), "f").replace(".", ",")


_DECIMAL_TEXT = {"type": "string", "pattern": r"^[0-9]+([.,][0-9]{1,2})?$"}


def _number_schema(kind: str, minimum: float, maximum: int, example: str) -> Any:
    """What an editor accepts: a YAML number (YAML 1.2 reads ``40`` and ``62.5`` as numbers) or the text
    kotodoc reads (``250000,50``); spaces and units are marked, as kotodoc refuses them."""
    text = {"type": "string", "pattern": "^[0-9]+$"} if kind == "integer" else _DECIMAL_TEXT
    number = {"type": kind, "minimum": minimum, "maximum": maximum}
    return WithJsonSchema({"anyOf": [number, text], "examples": [example]})


Count = Annotated[int, BeforeValidator(_integer(0, "12")), _number_schema("integer", 0, MAX_COUNT, "12")]
Population = Annotated[int, BeforeValidator(_integer(1, "12345")), _number_schema("integer", 1, MAX_COUNT, "12345")]
Euros = Annotated[Decimal, BeforeValidator(_decimal("number.euros", Decimal("0.01"), MAX_EUROS)),
                  _number_schema("number", 0.01, int(MAX_EUROS), "250000")]
Percent = Annotated[Decimal, BeforeValidator(_decimal("number.percent", Decimal(0), MAX_PERCENT)),
                    _number_schema("number", 0, int(MAX_PERCENT), "40")]

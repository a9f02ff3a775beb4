"""The shape of one message in one language."""

from __future__ import annotations

from typing import NamedTuple


class Text(NamedTuple):
    """A code's message (a ``str.format`` template), what to do about it, and its legal ground."""

    text: str
    help: str = ""
    ground: str = ""

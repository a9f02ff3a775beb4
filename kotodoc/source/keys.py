"""How keys (and code values) are compared: ``työnhakijat`` and ``tyonhakijat`` are one key.

Kept apart from the loader so that the schema can fold code values without importing PyYAML.
"""

from __future__ import annotations

import functools
import unicodedata

_FOLD = str.maketrans("äöåÄÖÅ", "aoaAOA")


@functools.lru_cache(maxsize=4096)
def normalise_key(key: str) -> str:
    """A key as compared and stored: NFC, ä/ö/å folded to a/o/a (any case), surrounding space removed."""
    return unicodedata.normalize("NFC", key).translate(_FOLD).strip()

"""How keys (and code values) are compared: ``työnhakijat`` and ``tyonhakijat`` are one key.

Kept apart from the loader so that the schema can fold code values without importing PyYAML.
"""

from __future__ import annotations

import functools
import unicodedata

_FOLD = str.maketrans("äöåÄÖÅ", "aoaAOA")


SHORT_KEY = 80
"""Keys up to this length are remembered (every real key is); a longer one is folded each time, so that
hostile files with megabyte keys cannot fill the cache of a long batch."""


def normalise_key(key: str) -> str:
    """A key as compared and stored: NFC, ä/ö/å folded to a/o/a (any case), surrounding space removed."""
    return _normalise_short(key) if len(key) <= SHORT_KEY else _normalise(key)


def _normalise(key: str) -> str:
    return unicodedata.normalize("NFC", key).translate(_FOLD).strip()


_normalise_short = functools.lru_cache(maxsize=4096)(_normalise)

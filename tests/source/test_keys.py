"""Key folding: one fold for every key, remembered only for keys of a real key's length."""

from __future__ import annotations

from kotodoc.source import keys
from kotodoc.source.keys import normalise_key


def test_keys_fold_scandinavian_letters_and_space() -> None:
    assert normalise_key(" Työnhakijat ") == "Tyonhakijat"
    assert normalise_key("åtgärd") == "atgard"


def test_only_short_keys_are_remembered() -> None:
    before = keys._normalise_short.cache_info().currsize
    long_key = "Työnhakijat " * 100
    assert normalise_key(long_key) == ("Tyonhakijat " * 100).strip()
    assert keys._normalise_short.cache_info().currsize == before
    hits = keys._normalise_short.cache_info().hits
    assert normalise_key("kieli") == normalise_key("kieli") == "kieli"
    assert keys._normalise_short.cache_info().hits > hits

"""The one writer of programme files (kotodoc.repo.yaml_text): every text reads back exactly as given."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kotodoc.repo.yaml_text import Lines
from kotodoc.source import loader

# Letters, YAML's indicators, spaces and tabs, line breaks YAML knows (LF, CR, NEL, LS, PS), quotes, emoji.
ALPHABET = st.sampled_from([*"aäÅz09 \t\n\n:#-,'\"[]{}!&*|>%@`~?.\\", "\r", "\x85", "\u2028", "\u2029", "\ufeff",
                            "\u00a0", "🙂", "–"])
TEXT = st.text(alphabet=ALPHABET, min_size=1, max_size=40)
FIELDS = st.dictionaries(st.sampled_from(["teksti", "nimi", "otsikko", "toiminta"]),
                         TEXT | st.lists(TEXT, min_size=1, max_size=3), min_size=1, max_size=3)
VALUE = TEXT | st.lists(TEXT, min_size=1, max_size=3) | st.lists(FIELDS, min_size=1, max_size=3) | FIELDS
"""The shapes of a programme's answers: text, a list of texts, parts or organisations, a contact person."""


@settings(max_examples=400, deadline=None)
@given(value=VALUE)
def test_any_text_reads_back_as_written(value: object) -> None:
    out = Lines()
    out.comment("kysymys")
    out.node("vastaus", value, 0)
    result = loader.load_bytes(out.text().encode("utf-8"), "x.yaml")
    assert result.diagnostics == [] and result.data == {"vastaus": value}


def test_plain_literal_and_quoted_choices() -> None:
    out = Lines()
    out.node("a", "Kotoutumispalvelut", 0)
    out.node("b", "Ensimmäinen kappale.\n\nToinen kappale.", 0)
    out.node("c", "Vastuu: kunta", 0)
    out.node("d", "on", 0)
    out.node("e", [{"kohderyhma": "tyonhakijat", "teksti": "Yksi.\n\nKaksi."}], 0)
    assert out.text() == (
        "a: Kotoutumispalvelut\n"
        "b: |-\n  Ensimmäinen kappale.\n\n  Toinen kappale.\n"
        'c: "Vastuu: kunta"\n'
        'd: "on"\n'
        "e:\n  - kohderyhma: tyonhakijat\n    teksti: |-\n      Yksi.\n\n      Kaksi.\n")

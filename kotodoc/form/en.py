"""The form's texts for English messages: the Finnish form wording in an English frame.

There is no English form, and kotodoc makes no English translation of it: English messages are read
by municipal IT staff and developers, who look for the place in a document and a YAML file that are
Finnish (or Swedish). So a message quotes the form as TEM wrote it («Miten palvelut järjestetään
kunnassa?», "KotoL 14 ja 15 §") and frames it in English ("section 1 A", "row 2 of the responsibility
table"), and kotodoc's own blocks are named by their YAML keys (``yhteistoiminta › jasenet › item 1 ›
kunta``), which is what such a reader searches the file for. The joint block's labels stay the Mikkeli
proposal's Finnish words. What a command prints in English besides messages (the cost split of
``kotodoc costs``) is in English. Documents are never English: a document is Finnish or Swedish.
"""

from __future__ import annotations

import dataclasses

from kotodoc.form import fi
from kotodoc.form.fi_own import OWN as FI_OWN
from kotodoc.form.texts import FormTexts

OWN: dict[str, str] = {
    **FI_OWN,  # the texts of documents and of the init file, which are Finnish or Swedish, never English
    "number.decimal": ".",
    "number.group": ",",
    "costs.title": "Cost split",
    "costs.shares_title": "Cost split between the member municipalities",
    "costs.segments_title": "The causation-based part by client segment",
    "costs.municipality": "Municipality",
    "costs.population": "Population",
    "costs.clients": "Clients",
    "costs.by_population": "By population (€)",
    "costs.by_causation": "By causation (€)",
    "costs.total_euros": "Total (€)",
    "costs.share": "Share (%)",
    "costs.segment": "Client segment",
    "costs.weight": "Weight (%)",
    "costs.used_weight": "Weight used (%)",
    "costs.segment_euros": "Share (€)",
    "costs.total": "Total",
    "costs.annual": "Annual cost {euros} €.",
    "costs.population_line": "By population {percent} %: {euros} €.",
    "costs.causation_line": "By causation {percent} % (by client segment): {euros} €.",
    "costs.note": "Note: {note}",
    "costs.method": (
        "Method: the annual cost is first divided into a part split by population and a part split by causation. "
        "The population part is split in proportion to the member municipalities' populations. The causation part "
        "is split between the client segments in proportion to their weights (a segment without clients gets no "
        "share; its weight goes to the others) and, within a segment, in proportion to the members' client counts."),
    "costs.method_origin": (
        "Splitting the causation part by client segment, and within a segment by client counts, is kotodoc's "
        "method (see kotodoc's guide Usean kunnan yhteinen kotoutumisohjelma)."),
    "costs.rounding": (
        "Rounding: the arithmetic uses exact fractions and the shares are whole cents by the largest remainder "
        "method: everyone gets their exact share rounded down, and the cents left over go one at a time to those "
        "whose rounded-off part is largest (on a tie, to the one listed first). The shares add up to exactly the "
        "annual cost: not a cent is lost or made up."),
    "costs.fallback": (
        "The weighted client segments have no clients, so the causation part has also been split by population."),
}

TEXTS: FormTexts = dataclasses.replace(
    fi.TEXTS,
    lang="en",  # the tag stays fi-FI: the quoted wording is Finnish
    answer_fields={"kohderyhma": "target group", "kieli": "language", "otsikko": "heading", "nimi": "name",
                   "toiminta": "activities", "kuvaus": "description", "nimike": "job title", "puhelin": "phone",
                   "sahkoposti": "e-mail"},
    places={
        **fi.TEXTS.places,
        "document": "the document",
        "header": "perustiedot (the start of the form)",
        "header_key": "perustiedot: {key}",
        "section": "section {number} «{title}»{law}",
        "section_key": "section {number}: {key}",
        "question": "section {number} {block} «{text}»{law}",
        "note": "{text} (note)",
        "table": "the responsibility table (vastuutaulukko)",
        "table_key": "vastuutaulukko: {key}",
        "row": "responsibility table, row {number} «{label}»",
        "column": ", column «{label}»",
        "list_item": "item {n} of the list",
        "item": "item {n}",
        "other_group": " (target group 'muu')",
        "schema_note": "Free note on the question: {text}",
        "schema_optional": " (Optional.)",
        "schema_row": "Row {number} of the responsibility table: {label}",
    },
    fields={key: (key.split(".", 1)[1], "") for key in fi.TEXTS.fields},
    own=OWN,
)

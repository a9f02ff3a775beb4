"""The approval process of the document: the deciding body, its meeting and the submission to the elinvoimakeskus.

One optional block, ``hyvaksyminen``, holds the facts a secretary otherwise
copies by hand into the board's agenda item (seed 001): the body and its
abbreviation, meeting date, item number (pykälä), record number
(diaarinumero), preparers, presenter, decision proposal, the decision once it
is made, and the submission of the document: ``elinvoimakeskus:`` (from
1.1.2026, law 531/2025), or for documents of 2024–2025 ``ely:`` / ``ely_keskus:``,
which stay readable (a 2026 document that uses them gets KD610). One of the
three at most (KD213).

Which administration a document speaks of follows its date (:func:`day_of`:
``paivays``, else the meeting, else the submission's dates): the generated H7
sends a document of 2026 or later to the elinvoimakeskus of its region, earlier
ones to the ELY-keskus (:mod:`kotodoc.refdata.administration`).

Every field but the deciding body is optional, so a document can say only
what is known ("kaupunginhallitus, marraskuussa 2024"). A joint programme whose members each approve
the document in their own body gives a list of blocks, one per member, each naming its ``kunta``. Dates are written
``13.11.2024`` or ``2024-11-13`` (:mod:`kotodoc.schema.dates`); anything else is ``KD211``.

The ELY deadline has **no default**: 5.12.2024 belonged to the 2024 round
(TEM's letter of 19.6.2024), and a default would print a stale deadline into
the next update's agenda item and warn about a "late" submission that has no
deadline at all. Write ``ely: {tem_kirje: 19.6.2024, maaraaika: 5.12.2024}``
when the round has one.

H7 of the form (``perustiedot.kasittely_ja_hyvaksyminen``) stays what the
form requires. When it is left out and this block is present, the text is
generated from the block (:func:`fill_h7`) in the document's language, so the
facts are written once.

This module does not import :mod:`kotodoc.model` (the model imports this one);
its base class repeats the model's two-line ``Strict`` configuration.
"""


import datetime as dt
from collections.abc import Iterable
from typing import Annotated, Any

from pydantic import BeforeValidator, model_validator
from pydantic_core import PydanticCustomError

from kotodoc import form, refdata
from kotodoc.refdata import administration
from kotodoc.schema.base import Strict, Text, described, fold
from kotodoc.schema.dates import Date, fi_date, read_date

APPROVAL_KEY = "hyvaksyminen"
H7_KEY = "kasittely_ja_hyvaksyminen"
SUBMISSION_KEYS = ("elinvoimakeskus", "ely", "ely_keskus")
"""The keys of the submission: the current one first, then the two of the ELY Centres' time."""
DEPRECATED_SUBMISSION_KEYS = SUBMISSION_KEYS[1:]

def _person_shorthand(value: Any) -> Any:
    return {"nimi": value} if isinstance(value, str) else value




class Person(Strict):
    """A preparer or the presenter: title and name as the minutes print them."""

    nimike: Text | None = described("Person.nimike", None)
    nimi: Text = described("Person.nimi")

    def __str__(self) -> str:
        return f"{self.nimike} {self.nimi}" if self.nimike else self.nimi


PersonIn = Annotated[Person, BeforeValidator(_person_shorthand, json_schema_input_type=str | Person)]


class Submission(Strict):
    """The submission of the document to the elinvoimakeskus (to the ELY Centre before 2026)."""

    tem_kirje: Date | None = described("Submission.tem_kirje", None)
    maaraaika: Date | None = described("Submission.maaraaika", None)
    lahetetty: Date | None = described("Submission.lahetetty", None)


class Approval(Strict):
    """How the document is handled and approved in the municipality (the board's agenda item)."""

    kunta: Text | None = described("Approval.kunta", None)
    otsikko: Text | None = described("Approval.otsikko", None)
    toimielin: Text = described("Approval.toimielin")
    lyhenne: Text | None = described("Approval.lyhenne", None)
    kokouspaiva: Date | None = described("Approval.kokouspaiva", None)
    ajankohta: Text | None = described("Approval.ajankohta", None)
    pykala: Text | None = described("Approval.pykala", None)
    diaarinumero: Text | None = described("Approval.diaarinumero", None)
    valmistelijat: list[PersonIn] = described("Approval.valmistelijat", default_factory=list)
    esittelija: PersonIn | None = described("Approval.esittelija", None)
    paatosehdotus: Text | None = described("Approval.paatosehdotus", None)
    paatos: Text | None = described("Approval.paatos", None)
    elinvoimakeskus: Submission | None = described("Approval.elinvoimakeskus", None)
    ely: Submission | None = described("Approval.ely", None, json_schema_extra={"deprecated": True})
    ely_keskus: Submission | None = described("Approval.ely_keskus", None, json_schema_extra={"deprecated": True})
    edellinen_versio: Text | None = described("Approval.edellinen_versio", None, examples=["v2024", "HEAD~1"])

    @model_validator(mode="after")
    def _one_submission(self) -> "Approval":
        given = [key for key in SUBMISSION_KEYS if getattr(self, key) is not None]
        if len(given) > 1:
            raise PydanticCustomError("KD213", "submission", {"first": given[0], "second": given[1]})
        return self

    def submission(self) -> tuple[str, Submission] | None:
        """The submission and the key it was written under (``elinvoimakeskus``, ``ely`` or ``ely_keskus``)."""
        for key in SUBMISSION_KEYS:
            value: Submission | None = getattr(self, key)
            if value is not None:
                return key, value
        return None

    def item_number(self) -> str | None:
        """The item number as printed: ``§ 45``."""
        if self.pykala is None:
            return None
        number = self.pykala.strip().lstrip("§").strip()
        return f"§ {number}"

    def when(self) -> str | None:
        """The meeting date (``13.11.2024``) or the planned time (``marraskuussa 2024``)."""
        return fi_date(self.kokouspaiva) if self.kokouspaiva else self.ajankohta


def as_blocks(value: Any) -> Any:
    """One block is short for a list of one; nothing is no blocks."""
    if value is None:
        return []
    return [value] if isinstance(value, dict) else value


Approvals = Annotated[list[Approval], BeforeValidator(as_blocks, json_schema_input_type=Approval | list[Approval])]
"""The ``hyvaksyminen`` key: one block, or one per member of a joint programme."""


# --- H7 from the block --------------------------------------------------------------------------


def day_of(paivays: dt.date | None, approval: Approval | None) -> dt.date | None:
    """The date a document speaks from: its ``paivays``, else the meeting, else the submission's dates."""
    if paivays is not None or approval is None:
        return paivays
    found = approval.submission()
    sent = found[1] if found else None
    candidates = (approval.kokouspaiva, *((sent.lahetetty, sent.maaraaika, sent.tem_kirje) if sent else ()))
    return next((day for day in candidates if day is not None), None)


def raw_day(data: Any) -> dt.date | None:
    """:func:`day_of` on the raw tree, before the schema (for :func:`fill_h7` and the text rules)."""
    if not isinstance(data, dict):
        return None
    day = read_date(data.get("paivays"))
    blocks = as_blocks(data.get(APPROVAL_KEY))
    block = blocks[0] if isinstance(blocks, list) and blocks else None
    if day is not None or not isinstance(block, dict):
        return day
    sent: dict[str, Any] = next((block[k] for k in SUBMISSION_KEYS if isinstance(block.get(k), dict)), {})
    written = (block.get("kokouspaiva"), sent.get("lahetetty"), sent.get("maaraaika"), sent.get("tem_kirje"))
    return next((d for d in map(read_date, written) if d is not None), None)


def raw_municipalities(data: Any) -> list[str]:
    """The municipalities of H1 as written in the raw tree (a list, or one name as text)."""
    header = data.get("perustiedot") if isinstance(data, dict) else None
    names = header.get("kunnat") if isinstance(header, dict) else None
    if isinstance(names, str):
        return [names]
    return [n for n in names if isinstance(n, str)] if isinstance(names, list) else []


def receivers(day: dt.date | None, municipalities: Iterable[str], lang: str = "fi") -> tuple[str, ...]:
    """Who receives the document, named in the document's language ``lang``: the ELY-keskus (NTM-centralen)
    before 2026, then the elinvoimakeskus (livskraftscentral) of each municipality's region (the general
    name when none is known)."""
    in_charge = administration.centres_in_charge(day)
    if lang == "sv":
        own = form.texts("sv").own
        if not in_charge:
            return (own["body.ely"],)
        return tuple(c.name_sv for c in refdata.centres_of(municipalities)) or (own["body.centre"],)
    centres = [c.name_fi for c in refdata.centres_of(municipalities)] if in_charge else []
    return administration.receiving_bodies(day, centres)


def to_receivers(names: Iterable[str], lang: str = "fi") -> str:
    """The receivers as a sentence says where a document goes: "Pohjanmaan elinvoimakeskukselle" (Finnish
    allative), "till NTM-centralen" (Swedish)."""
    if lang == "sv":
        return "till " + " och ".join(names)
    return " ja ".join(administration.allative(name) for name in names)


def h7_text(approval: Approval, day: dt.date | None = None, municipalities: Iterable[str] = (),
            lang: str = "fi") -> str:
    """H7 of the form, written from the approval block in the document's language ``lang``; the document's
    ``day`` and ``municipalities`` decide whom it is sent to (:func:`receivers`)."""
    own = form.texts(lang).own
    body = approval.toimielin.strip()
    where = []
    if approval.kokouspaiva:
        where.append(own["h7.meeting"].format(date=fi_date(approval.kokouspaiva)))
    if approval.pykala:
        where.append(approval.item_number() or "")
    if approval.diaarinumero:
        where.append(own["h7.record"].format(number=approval.diaarinumero.strip()))
    sentence = own["h7.sentence"].format(body=f"{body[:1].lower()}{body[1:]}")
    if approval.ajankohta and not approval.kokouspaiva:
        sentence += f" {approval.ajankohta.strip()}"
    if where:
        sentence += f" ({', '.join(where)})"
    texts = [sentence + "."]
    found = approval.submission()
    sent = found[1] if found else None
    to = to_receivers(receivers(day, municipalities, lang), lang)
    if sent and sent.lahetetty:
        texts.append(own["h7.sent"].format(to=to, date=fi_date(sent.lahetetty)))
    elif sent and sent.maaraaika:
        texts.append(own["h7.deadline"].format(to=to, date=fi_date(sent.maaraaika)))
    return " ".join(texts)


def h7_texts(approvals: list[Approval], day: dt.date | None = None, municipalities: Iterable[str] = (),
             lang: str = "fi") -> str:
    """H7 from all blocks in the document's language ``lang``: a member's sentence starts with its name
    (``Juva: …``)."""
    if len(approvals) == 1:
        return h7_text(approvals[0], day, municipalities, lang)
    return "\n".join(f"{a.kunta.strip()}: {h7_text(a, day, [a.kunta], lang)}" if a.kunta
                     else h7_text(a, day, municipalities, lang) for a in approvals)


def document_language(data: dict[str, Any]) -> str:
    """The language a raw document is written in (its ``kieli``; Finnish when it names none kotodoc knows)."""
    lang = fold(data.get("kieli"))
    return lang if lang in form.DOCUMENT_LANGUAGES else "fi"


def fill_h7(data: Any) -> Any:
    """The raw document with H7 written from ``hyvaksyminen`` when H7 is absent or empty.

    Runs before the schema (a ``mode="before"`` validator of the programme). The input is not modified.
    When the block itself has errors, H7 gets a stand-in text: the block's own errors are what the user
    has to fix, and "H7 missing" would send them the wrong way.
    """
    if not isinstance(data, dict) or not isinstance(data.get(APPROVAL_KEY), (dict, list)) \
            or not data.get(APPROVAL_KEY):
        return data
    header = data.get("perustiedot")
    if not isinstance(header, dict):
        return data
    written = header.get(H7_KEY)
    if written is not None and not (isinstance(written, str) and not written.strip()):
        return data
    lang = document_language(data)
    try:
        blocks = [Approval.model_validate(b) for b in as_blocks(data[APPROVAL_KEY])]
        text = h7_texts(blocks, raw_day(data), raw_municipalities(data), lang)
    except ValueError:
        text = form.texts(lang).own["h7.pending"]
    return {**data, "perustiedot": {**header, H7_KEY: text}}


def relax_h7_schema(schema: dict[str, Any]) -> None:
    """Make H7 optional in the JSON Schema exactly when ``hyvaksyminen`` is given (as :func:`fill_h7` does)."""
    header = schema.get("$defs", {}).get("Header", {})
    required = header.get("required", [])
    if H7_KEY not in required:
        return
    required.remove(H7_KEY)
    schema.setdefault("allOf", []).append({
        "if": {"not": {"required": [APPROVAL_KEY]}},
        "then": {"properties": {"perustiedot": {"required": [H7_KEY]}}},
    })

"""The approval process of the document: the deciding body, its meeting and the submission to the ELY Centre.

One optional block, ``hyvaksyminen``, holds the facts a secretary otherwise
copies by hand into the board's agenda item (seed 001): the body and its
abbreviation, meeting date, item number (pykälä), record number
(diaarinumero), preparers, presenter, decision proposal, the decision once it
is made, and the submission to the ELY Centre.

Every field but the deciding body is optional, so a document can say only
what is known ("kaupunginhallitus, marraskuussa 2024"). Dates are written
``13.11.2024`` or ``2024-11-13`` (:mod:`kotodoc.schema.dates`); anything else is ``KD211``.

The ELY deadline has **no default**: 5.12.2024 belonged to the 2024 round
(TEM's letter of 19.6.2024), and a default would print a stale deadline into
the next update's agenda item and warn about a "late" submission that has no
deadline at all. Write ``ely: {tem_kirje: 19.6.2024, maaraaika: 5.12.2024}``
when the round has one.

H7 of the form (``perustiedot.kasittely_ja_hyvaksyminen``) stays what the
form requires. When it is left out and this block is present, the text is
generated from the block (:func:`fill_h7`), so the facts are written once.

This module does not import :mod:`kotodoc.model` (the model imports this one);
its base class repeats the model's two-line ``Strict`` configuration.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BeforeValidator

from kotodoc.schema.base import Strict, Text, described
from kotodoc.schema.dates import Date, fi_date

APPROVAL_KEY = "hyvaksyminen"
H7_KEY = "kasittely_ja_hyvaksyminen"

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
    """The submission of the document to the ELY Centre."""

    tem_kirje: Date | None = described("Submission.tem_kirje", None)
    maaraaika: Date | None = described("Submission.maaraaika", None)
    lahetetty: Date | None = described("Submission.lahetetty", None)


class Approval(Strict):
    """How the document is handled and approved in the municipality (the board's agenda item)."""

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
    ely: Submission | None = described("Approval.ely", None)
    edellinen_versio: Text | None = described("Approval.edellinen_versio", None, examples=["v2024", "HEAD~1"])

    def item_number(self) -> str | None:
        """The item number as printed: ``§ 45``."""
        if self.pykala is None:
            return None
        number = self.pykala.strip().lstrip("§").strip()
        return f"§ {number}"

    def when(self) -> str | None:
        """The meeting date (``13.11.2024``) or the planned time (``marraskuussa 2024``)."""
        return fi_date(self.kokouspaiva) if self.kokouspaiva else self.ajankohta


# --- H7 from the block --------------------------------------------------------------------------


def h7_text(approval: Approval) -> str:
    """H7 of the form, written from the approval block."""
    body = approval.toimielin.strip()
    where = []
    if approval.kokouspaiva:
        where.append(f"kokous {fi_date(approval.kokouspaiva)}")
    if approval.pykala:
        where.append(approval.item_number() or "")
    if approval.diaarinumero:
        where.append(f"dnro {approval.diaarinumero.strip()}")
    sentence = f"Kotoutumisohjelmaa kuvaavan asiakirjan käsittelee ja hyväksyy {body[:1].lower()}{body[1:]}"
    if approval.ajankohta and not approval.kokouspaiva:
        sentence += f" {approval.ajankohta.strip()}"
    if where:
        sentence += f" ({', '.join(where)})"
    texts = [sentence + "."]
    ely = approval.ely
    if ely and ely.lahetetty:
        texts.append(f"Asiakirja on lähetetty ELY-keskukselle {fi_date(ely.lahetetty)}.")
    elif ely and ely.maaraaika:
        texts.append(f"Asiakirja toimitetaan ELY-keskukselle {fi_date(ely.maaraaika)} mennessä.")
    return " ".join(texts)


def fill_h7(data: Any) -> Any:
    """The raw document with H7 written from ``hyvaksyminen`` when H7 is absent or empty.

    Runs before the schema (a ``mode="before"`` validator of the programme). The input is not modified.
    When the block itself has errors, H7 gets a stand-in text: the block's own errors are what the user
    has to fix, and "H7 missing" would send them the wrong way.
    """
    if not isinstance(data, dict) or not isinstance(data.get(APPROVAL_KEY), dict):
        return data
    header = data.get("perustiedot")
    if not isinstance(header, dict):
        return data
    written = header.get(H7_KEY)
    if written is not None and not (isinstance(written, str) and not written.strip()):
        return data
    try:
        text = h7_text(Approval.model_validate(data[APPROVAL_KEY]))
    except ValueError:
        text = "(kirjoitetaan hyväksymisen tiedoista)"
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

"""The message catalogue: every diagnostic code and its fixed severity.

Codes are stable: once published, a code keeps its meaning; a retired code stays in the catalogue,
marked ``retired``, so that it is never reused and an old report can still be looked up. A code may
be milder in a draft (``draft``: the severity when the document is a ``luonnos``). The
families (``KD1xx`` reading the file, ``KD2xx`` structure, ``KD3xx`` the law's and the form's
requirements, ``KD4xx`` advice, ``KD5xx`` joint programmes, ``KD6xx`` the approval process) are
named in each language module. The wording of every code, its advice and its legal ground are in
the language modules beside this one (:mod:`kotodoc.messages.fi`, …).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Code:
    """One catalogue entry: the severity is fixed for the code, whatever language reports it."""

    severity: Severity
    draft: Severity | None = None  # the severity in a draft (luonnos), when it differs
    retired: bool = False  # no longer reported; kept so that the code is never reused and old logs explain

    def severity_in(self, draft: bool) -> Severity:
        """The severity in a final document or, with ``draft``, in a draft."""
        return self.draft if draft and self.draft is not None else self.severity


E: Severity = "error"
W: Severity = "warning"

CODES: dict[str, Code] = {
    # --- KD1xx: Tiedoston lukeminen ---
    "KD101": Code(E),
    "KD102": Code(E),
    "KD103": Code(E),
    "KD104": Code(E),
    "KD105": Code(E),
    "KD106": Code(E),
    "KD107": Code(E),
    "KD108": Code(E),
    "KD109": Code(E),
    "KD110": Code(E),
    "KD111": Code(E),
    "KD112": Code(E),
    "KD113": Code(E),
    "KD114": Code(E),
    # --- KD2xx: Rakenne: avaimet, arvot ja muodot ---
    "KD201": Code(E),
    "KD202": Code(E),
    "KD203": Code(E),
    "KD204": Code(E),
    "KD205": Code(E),
    "KD206": Code(E),
    "KD207": Code(E),
    "KD208": Code(E),
    "KD209": Code(E),
    "KD210": Code(W),
    "KD211": Code(E),
    "KD212": Code(E),
    "KD213": Code(E),
    "KD214": Code(W),
    # --- KD3xx: Lain ja lomakkeen vaatimukset ---
    "KD301": Code(E),
    "KD302": Code(E),
    "KD303": Code(E, draft=W),
    "KD304": Code(E, retired=True),
    "KD305": Code(E, draft=W),
    "KD306": Code(W),
    "KD307": Code(E, draft=W),
    # --- KD4xx: Sisältöä koskevat neuvot ---
    "KD401": Code(W),
    "KD402": Code(W),
    "KD403": Code(W),
    "KD404": Code(W),
    "KD405": Code(W),
    "KD406": Code(W),
    "KD407": Code(W),
    "KD408": Code(W),
    "KD409": Code(W),
    "KD410": Code(W),
    "KD411": Code(W),
    "KD412": Code(W),
    # --- KD5xx: Usean kunnan yhteistoiminta ---
    "KD501": Code(E),
    "KD502": Code(E),
    "KD503": Code(E),
    "KD504": Code(E),
    "KD505": Code(W),
    "KD506": Code(W),
    "KD507": Code(W),
    "KD508": Code(E),
    "KD509": Code(W),
    "KD510": Code(E),
    "KD511": Code(E),
    "KD512": Code(E),
    "KD513": Code(E),
    "KD514": Code(E),
    "KD515": Code(W),
    "KD516": Code(E),
    "KD520": Code(E),
    "KD521": Code(W, retired=True),
    "KD522": Code(E),
    "KD523": Code(E),
    "KD524": Code(W),
    "KD525": Code(W),
    "KD526": Code(E),
    "KD527": Code(E),
    "KD528": Code(E),
    "KD529": Code(E),
    # --- KD6xx: Käsittely ja hyväksyminen ---
    "KD601": Code(W),
    "KD602": Code(E, retired=True),
    "KD603": Code(W),
    "KD604": Code(W),
    "KD605": Code(W),
    "KD606": Code(W),
    "KD607": Code(E),
    "KD608": Code(E),
    "KD609": Code(E),
    "KD610": Code(W),
    "KD611": Code(E),
}

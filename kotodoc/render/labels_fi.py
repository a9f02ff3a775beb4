"""The Finnish words of the rendered documents that are not the TEM form's: page footer, captions, totals.

Kept together so that a translation is one module beside this one. The form's own wording comes from
:func:`kotodoc.form.texts`; the diagnostics' from :mod:`kotodoc.messages`.
"""

from __future__ import annotations

PAGE = "sivu {page} / {pages}"
"""The page number in the footer; ``{page}`` and ``{pages}`` become Word's PAGE and NUMPAGES fields."""

MANY_MUNICIPALITIES = "{first} ja {others} muuta kuntaa"
"""Whose document, in the footer, when more than :data:`FOOTER_NAMES` municipalities share it."""

FOOTER_NAMES = 3
"""At most this many municipalities are named in the footer."""

TOTAL = "Yhteensä"
"""The label of a table's total row."""

ATTACHMENTS = "Liitteet"
"""The agenda item's list of attachments."""

ATTACHMENT = "Liite {number} {name}"
"""One attachment of the agenda item."""

AGENDA_FILE_SUFFIX = "-esityslista"
"""Added to the source's name for the agenda item's default file: ``kokkola.yaml`` -> ``kokkola-esityslista.docx``."""

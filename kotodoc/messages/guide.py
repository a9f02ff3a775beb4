"""The user guide's list of diagnostic codes, generated from the message catalogue.

``docs/virhekoodit.md`` is this module's output, committed; a test compares the
two, so a code added to :data:`kotodoc.messages.CATALOGUE` without regenerating
the page fails CI. Regenerate with::

    python -m kotodoc.messages.guide docs/virhekoodit.md
"""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

from kotodoc.messages import CODES, families, message, severity_label, severity_of

OUTPUT = "docs/virhekoodit.md"


# What each template parameter stands for, shown as ‹kohta› in the page.
PARAMS: dict[str, str] = {
    "accepted": "hyväksytty muoto", "reason": "syy",
    "allowed": "sallitut arvot", "area": "työllisyysalue", "body": "toimielin",
    "causation": "aiheuttamisperiaatteen osuus", "centre": "elinvoimakeskus", "char": "merkki",
    "county": "hyvinvointialue", "current": "nykyisen tahon nimi", "deadline": "määräaika", "detail": "tarkenne",
    "ended": "mikä päättyi ja milloin", "example": "esimerkki", "expected": "odotettu muoto", "first": "ensimmäinen",
    "first_line": "rivi", "found": "löydetty arvo", "given": "annettu arvo", "group": "kohderyhmä",
    "header": "lomakkeen kohta", "high": "yläraja", "instruction": "lomakkeen ohje", "key": "avain", "kunta": "kunta",
    "law": "lainkohta", "level": "vastuutaso", "limit": "raja", "low": "alaraja", "meeting": "kokouspäivä",
    "minimum": "vähimmäisarvo", "missing": "puuttuvat tiedot", "modern": "nykyinen termi", "now": "nykyinen taho",
    "number": "numero", "of_body": "vastaanottajan (ELY-keskuksen tai elinvoimakeskuksen)",
    "population": "asukasluvun osuus", "previous": "edellinen versio",
    "problem": "ongelma", "question": "lomakkeen kysymys", "second": "toinen",
    "segment": "asiakassegmentti", "sent": "lähetyspäivä", "size": "koko", "source": "mikä termin kumosi",
    "suggestion": "ehdotus", "supported": "tuettu versio", "tag": "tagi", "task": "tehtävä",
    "to_body": "vastaanottajalle (ELY-keskukselle tai elinvoimakeskukselle)", "total": "summa", "value": "arvo",
    "what": "kohta",
}
OPTIONAL_PARAMS = {"hint": " (tarkoititko …?)"}  # filled only when kotodoc has a suggestion

_MARKDOWN = re.compile(r"([\\`*_<>\[\]])")

INTRO = """\
# kotodocin ilmoitukset

<!-- Tuotettu viestiluettelosta (kotodoc/messages/fi.py): python -m kotodoc.messages.guide docs/virhekoodit.md.
     Älä muokkaa käsin. -->

`kotodoc validate` kertoo jokaisesta havainnosta tiedoston, rivin ja sarakkeen, vakavuuden ja koodin,
esimerkiksi:

```text
kotoutumisohjelma.yaml:30:21: varoitus KD401: H2 «Kunnassa/kunnissa kotoutumisohjelmaa koordinoiva taho»: \
teksti näyttää keskeneräiseltä ('täydennetään')
```

- **virhe**: asiakirja ei läpäise tarkistusta. Korjaa virheet ennen kuin tulostat asiakirjan tai
  lähetät sen eteenpäin.
- **varoitus**: asiakirja läpäisee tarkistuksen, mutta jotain kannattaa katsoa. Valmiin asiakirjan voi
  tarkistaa tiukasti (`kotodoc validate --strict`), jolloin myös varoitukset estävät hyväksynnän.
- **luonnos**: keskeneräisen asiakirjan (`luonnos: true` tiedostossa tai `kotodoc validate --luonnos`)
  vastaamattomat kysymykset ovat varoituksia, jotta sen voi tallentaa; tulosteen jokaisella sivulla lukee
  LUONNOS.

Virhe on vain se, mitä kotoutumislaki (681/2023), TEM:n lomake tai tiedostomuoto vaatii; neuvot,
paikallinen käytäntö ja se, mitä kotodoc vain päättelee vapaasta tekstistä, ovat varoituksia. Jokaisen
koodin kohdalla on sen peruste.

Alla jokaisen koodin viesti, ohje (viestin lopussa) ja peruste. ‹Kulmasulkeissa› olevien kohtien
tilalla viestissä on tiedoston tieto, esimerkiksi ‹kohta› on lomakkeen kohta omin sanoin («H2
Kunnassa/kunnissa kotoutumisohjelmaa koordinoiva taho», «kohta 1 A …»). Koodi pysyy samana,
vaikka viestin sanamuoto tarkentuisi.
"""


def _escape(text: str) -> str:
    return _MARKDOWN.sub(r"\\\1", text)


def template_text(template: str) -> str:
    """A message template with each ``{param}`` as ‹its Finnish name›, escaped for Markdown."""
    out = []
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        out.append(_escape(literal))
        if name is None:
            continue
        if name in OPTIONAL_PARAMS:
            out.append(_escape(OPTIONAL_PARAMS[name]))
            continue
        glued = bool(literal) and literal[-1].isalnum()  # e.g. "kanssa{law}": the value brings its space
        out.append((" " if glued else "") + f"‹{_escape(PARAMS.get(name, name))}›")
    return "".join(out)


def grade(code: str) -> str:
    """The severity line of a code: ``*virhe*``, ``*virhe* (luonnoksessa varoitus)``, or retired."""
    entry = CODES[code]
    if entry.retired:
        return f"ei enää käytössä (oli *{severity_label(entry.severity)}*)"
    label = f"*{severity_label(severity_of(code))}*"
    if entry.draft is not None and entry.draft != entry.severity:
        label += f" (luonnoksessa {severity_label(entry.draft)})"
    return label


def entry(code: str) -> str:
    """The section of one code."""
    text = message(code)
    lines = [f"### {code}", "", grade(code), "", "> " + template_text(text.text)]
    if text.help:
        lines += ["", f"**Mitä tehdä:** {template_text(text.help)}"]
    if text.ground:
        lines += ["", f"**Peruste:** {_escape(text.ground)}"]
    return "\n".join(lines)


def catalogue_markdown() -> str:
    """The whole page: an introduction, then every code by family."""
    parts = [INTRO]
    family = None
    for code in sorted(CODES):
        digit = code[2:3]
        if digit != family:
            family = digit
            parts.append(f"## KD{digit}xx – {families().get(digit, 'Muut')}")
        parts.append(entry(code))
    return "\n\n".join(part.rstrip("\n") for part in parts) + "\n"


def main(argv: list[str]) -> int:
    """Write the page to the file named in ``argv`` (default :data:`OUTPUT`), or ``-`` for stdout."""
    target = argv[0] if argv else OUTPUT
    text = catalogue_markdown()
    if target == "-":
        sys.stdout.write(text)
    else:
        Path(target).write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

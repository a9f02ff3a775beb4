"""The user guide's list of diagnostic codes, generated from the message catalogue, in Finnish and Swedish.

``docs/virhekoodit.md`` (Finnish) and ``docs/felkoder.md`` (Swedish) are this module's output,
committed; a test compares them, so a code added to :data:`kotodoc.messages.CODES` without
regenerating the pages fails CI. Regenerate with::

    python -m kotodoc.messages.guide docs/virhekoodit.md
    python -m kotodoc.messages.guide --kieli sv docs/felkoder.md
"""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

from kotodoc.messages import CODES, families, message, severity_label, severity_of

OUTPUT = "docs/virhekoodit.md"
OUTPUTS: dict[str, str] = {"fi": OUTPUT, "sv": "docs/felkoder.md"}


# What each template parameter stands for, shown as ‹kohta› in the page.
PARAMS: dict[str, str] = {
    "accepted": "hyväksytty muoto", "reason": "syy",
    "allowed": "sallitut arvot", "area": "työllisyysalue", "body": "toimielin",
    "causation": "aiheuttamisperiaatteen osuus", "centre": "elinvoimakeskus", "char": "merkki", "code": "koodi",
    "count": "lukumäärä", "county": "hyvinvointialue", "current": "nykyisen tahon nimi", "deadline": "määräaika",
    "detail": "tarkenne",
    "ended": "mikä päättyi ja milloin", "example": "esimerkki", "expected": "odotettu muoto", "first": "ensimmäinen",
    "first_line": "rivi", "found": "löydetty arvo", "given": "annettu arvo", "group": "kohderyhmä",
    "header": "lomakkeen kohta", "high": "yläraja", "instruction": "lomakkeen ohje", "key": "avain", "kunta": "kunta",
    "kind": "tiedoston laji",
    "law": "lainkohta", "level": "vastuutaso", "limit": "raja", "low": "alaraja", "maximum": "enimmäisarvo",
    "meeting": "kokouspäivä",
    "minimum": "vähimmäisarvo", "missing": "puuttuvat tiedot", "modern": "nykyinen termi", "now": "nykyinen taho",
    "number": "numero", "of_body": "vastaanottajan (ELY-keskuksen tai elinvoimakeskuksen)",
    "population": "asukasluvun osuus", "previous": "edellinen versio",
    "problem": "ongelma", "question": "lomakkeen kysymys", "second": "toinen",
    "segment": "asiakassegmentti", "sent": "lähetyspäivä", "shown": "näytettyjen määrä",
    "size": "koko", "source": "mikä termin kumosi",
    "suggestion": "ehdotus", "supported": "tuettu versio", "tag": "tagi", "task": "tehtävä",
    "to_body": "vastaanottajalle (ELY-keskukselle tai elinvoimakeskukselle)", "total": "summa", "value": "arvo",
    "what": "kohta",
}
OPTIONAL_PARAMS = {"hint": " (tarkoititko …?)"}  # filled only when kotodoc has a suggestion

PARAMS_SV: dict[str, str] = {
    "accepted": "godtagen form", "reason": "orsak",
    "allowed": "tillåtna värden", "area": "sysselsättningsområde", "body": "organ",
    "causation": "andel enligt orsaksprincipen", "char": "tecken", "county": "välfärdsområde",
    "deadline": "tidsfrist", "detail": "precisering", "example": "exempel", "expected": "förväntad form",
    "first": "första", "first_line": "rad", "found": "funnet värde", "given": "angivet värde",
    "group": "målgrupp", "header": "blankettens punkt", "high": "övre gräns", "instruction": "blankettens anvisning",
    "key": "nyckel", "kunta": "kommun", "law": "lagrum", "level": "ansvarsnivå", "limit": "gräns",
    "low": "nedre gräns", "meeting": "sammanträdesdag", "minimum": "minsta värde", "missing": "uppgifter som saknas",
    "modern": "nuvarande term", "number": "nummer", "population": "andel enligt invånarantal",
    "previous": "föregående version", "problem": "problem",
    "question": "blankettens fråga", "second": "andra", "segment": "kundsegment", "sent": "dag då dokumentet skickades",
    "size": "storlek", "suggestion": "förslag", "supported": "version som stöds", "tag": "tagg", "task": "uppgift",
    "total": "summa", "value": "värde", "what": "punkt",
    "centre": "livskraftscentral", "current": "det nuvarande organets namn", "ended": "vad som upphörde och när",
    "now": "det nuvarande organet", "of_body": "mottagarens (NTM-centralens eller livskraftscentralens)",
    "source": "vad som upphävde termen", "to_body": "till mottagaren (NTM-centralen eller livskraftscentralen)",
    "code": "kod", "count": "antal", "maximum": "största värde", "shown": "antal visade", "kind": "filens typ",
}
OPTIONAL_PARAMS_SV = {"hint": " (menade du …?)"}

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


INTRO_SV = """\
# kotodocs meddelanden

<!-- Skapad utifrån meddelandekatalogen (kotodoc/messages/sv.py): python -m kotodoc.messages.guide --kieli sv
     docs/felkoder.md. Redigera inte för hand. -->

`kotodoc validate --kieli sv` visar för varje iakttagelse filen, raden och kolumnen, allvarlighetsgraden och
koden, till exempel:

```text
kotoutumisohjelma.yaml:30:21: varning KD401: H2 «Aktör som samordnar integrationsprogrammet i \
kommunen/kommunerna»: texten verkar vara ofärdig ('kompletteras')
```

- **fel**: dokumentet godkänns inte vid kontrollen. Rätta felen innan du skriver ut dokumentet eller skickar det
  vidare.
- **varning**: dokumentet godkänns, men något bör kontrolleras. Ett färdigt dokument kan kontrolleras strikt
  (`kotodoc validate --strict`), och då hindrar också varningar godkännandet.
- **utkast**: i ett ofärdigt dokument (`luonnos: true` i filen eller `kotodoc validate --luonnos`) är
  obesvarade frågor varningar, så att det kan sparas; på varje sida i utskriften står UTKAST.

Ett fel är bara det som integrationslagen (681/2023), ANM:s blankett eller filformatet kräver; råd, lokal
praxis och det som kotodoc bara sluter sig till utifrån fri text är varningar. För varje kod anges grunden.

Nedan finns meddelandet, anvisningen (i slutet av meddelandet) och grunden för varje kod. I stället för det
som står inom ‹vinkelparentes› visar meddelandet uppgifter ur filen, till exempel är ‹punkt› blankettens punkt
med blankettens ord («H2 Aktör som samordnar integrationsprogrammet …», «punkt 1 A …»). Nycklarna i YAML-filen
är finska. Koden förblir densamma även om meddelandets ordalydelse preciseras. Blankettens svenska text är
kotodocs översättning.
"""

_WORDS: dict[str, dict[str, str]] = {
    "fi": {"help": "Mitä tehdä:", "ground": "Peruste:", "other": "Muut",
           "retired": "ei enää käytössä (oli *{severity}*)", "in_draft": " (luonnoksessa {severity})"},
    "sv": {"help": "Vad göra:", "ground": "Grund:", "other": "Övriga",
           "retired": "används inte längre (var *{severity}*)", "in_draft": " (i ett utkast {severity})"},
}


def _escape(text: str) -> str:
    return _MARKDOWN.sub(r"\\\1", text)


def template_text(template: str, lang: str = "fi") -> str:
    """A message template with each ``{param}`` as ‹its name in lang›, escaped for Markdown."""
    params, optional = (PARAMS_SV, OPTIONAL_PARAMS_SV) if lang == "sv" else (PARAMS, OPTIONAL_PARAMS)
    out = []
    for literal, name, _spec, _conv in string.Formatter().parse(template):
        out.append(_escape(literal))
        if name is None:
            continue
        if name in optional:
            out.append(_escape(optional[name]))
            continue
        glued = bool(literal) and literal[-1].isalnum()  # e.g. "kanssa{law}": the value brings its space
        out.append((" " if glued else "") + f"‹{_escape(params.get(name, name))}›")
    return "".join(out)


def grade(code: str, lang: str = "fi") -> str:
    """The severity line of a code: ``*virhe*``, ``*virhe* (luonnoksessa varoitus)``, or retired."""
    entry = CODES[code]
    words = _WORDS[lang]
    if entry.retired:
        return words["retired"].format(severity=severity_label(entry.severity, lang))
    label = f"*{severity_label(severity_of(code), lang)}*"
    if entry.draft is not None and entry.draft != entry.severity:
        label += words["in_draft"].format(severity=severity_label(entry.draft, lang))
    return label


def entry(code: str, lang: str = "fi") -> str:
    """The section of one code."""
    text, words = message(code, lang), _WORDS[lang]
    lines = [f"### {code}", "", grade(code, lang), "", "> " + template_text(text.text, lang)]
    if text.help:
        lines += ["", f"**{words['help']}** {template_text(text.help, lang)}"]
    if text.ground:
        lines += ["", f"**{words['ground']}** {_escape(text.ground)}"]
    return "\n".join(lines)


def catalogue_markdown(lang: str = "fi") -> str:
    """The whole page in ``lang`` (fi or sv): an introduction, then every code by family."""
    parts = [INTRO_SV if lang == "sv" else INTRO]
    family = None
    for code in sorted(CODES):
        digit = code[2:3]
        if digit != family:
            family = digit
            parts.append(f"## KD{digit}xx – {families(lang).get(digit, _WORDS[lang]['other'])}")
        parts.append(entry(code, lang))
    return "\n\n".join(part.rstrip("\n") for part in parts) + "\n"


def main(argv: list[str]) -> int:
    """Write the page to the file named in ``argv`` (default :data:`OUTPUTS` of the language), or ``-``
    for stdout; ``--kieli sv`` writes the Swedish page."""
    lang = "fi"
    if argv[:1] == ["--kieli"] and len(argv) > 1:
        lang, argv = argv[1], argv[2:]
    if lang not in OUTPUTS:
        sys.stderr.write(f"--kieli: {', '.join(OUTPUTS)}\n")
        return 2
    target = argv[0] if argv else OUTPUTS[lang]
    text = catalogue_markdown(lang)
    if target == "-":
        sys.stdout.write(text)
    else:
        Path(target).write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

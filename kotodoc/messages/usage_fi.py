"""The command line's own Finnish: command summaries, help headings, usage errors and notes.

Kept in one module so that a translation is one module beside it. The diagnostics' texts are in
:mod:`kotodoc.messages.fi`; the documents' in :mod:`kotodoc.render.labels_fi`.
"""

from __future__ import annotations

SHORT_HELP = {
    "validate": "Tarkista ohjelma lain vähimmäissisältöä vastaan.",
    "schema": "Kirjoita editorien JSON Schema.",
    "init": "Luo kunnan ohjelman pohja, skeema ja CI.",
    "render": "Tulosta asiakirja: docx, md, html tai pdf.",
    "import": "Tuo Wordissa täytetty lomake YAML-tiedostoksi.",
    "costs": "Laske yhteisen palvelun kustannusten jako.",
    "diff": "Näytä muutokset versioiden välillä kohdittain.",
    "summary": "Tee monen ohjelman yhteenveto.",
}
"""One line per command for ``kotodoc --help`` (short enough not to be cut)."""

HELP_WORDS = (
    ("Usage:", "Käyttö:"),
    ("[OPTIONS]", "[VALITSIMET]"),
    ("COMMAND [ARGS]...", "KOMENTO [ARGUMENTIT]..."),
    ("Options:", "Valitsimet:"),
    ("Arguments:", "Argumentit:"),
    ("Commands:", "Komennot:"),
    ("Show this message and exit.", "Näytä tämä ohje ja lopeta."),
    ("[required]", "[pakollinen]"),
    ("[default: ", "[oletus: "),
    ("<path>", "<polku>"),
    ("<str>", "<teksti>"),
    ("<integer>", "<luku>"),
)
"""English words of the help screens that the command-line library prints, and their Finnish."""

VERSION_HELP = "Näytä kotodocin versio ja lopeta."
VERSION = "kotodoc {version}"

RENDER_FORMAT_HELP = ("docx, md, html tai pdf (oletus: -o:n tiedostopäätteen mukaan, muuten docx; kirjainkoko "
                      "ei merkitse).")
DOCUMENT_HELP = ("Tulostettava asiakirja: ohjelma (oletus; lomake täytettynä) tai agenda-item (toimielimen "
                 "esityslistan asia; oletusnimi NIMI-esityslista.docx, ei korvaa ohjelmaa).")
SCHEMA_OUTPUT_HELP = ("Kohdetiedosto; '-' tulostaa. Oletus: schemas/kotodoc.schema.json, jos hakemisto schemas/ "
                      "on olemassa, muuten kotodoc.schema.json, jonka kotodoc init on tehnyt.")

# --- usage errors (the command line's, after "kotodoc: ") -----------------------------------------
UNKNOWN_VALUE = "virheellinen arvo valitsimelle {option}: '{value}' (sallitut: {allowed}){hint}"
UNKNOWN_DOCUMENT = "tuntematon asiakirja '{value}' (sallitut: {allowed}){hint}"
UNKNOWN_OPTION = "tuntematon valitsin {option}{hint}"
UNKNOWN_COMMAND = "tuntematon komento '{command}'{hint}"
MISSING_PART_GENERIC = "komennosta puuttuu tiedosto tai muu pakollinen osa"
OPTION_NEEDS_VALUE = "valitsin {option} tarvitsee arvon"
EXTRA_ARGUMENT = "ylimääräinen argumentti: {value}"
BAD_USAGE = "virheellinen komento"
SEE_HELP = "Ohje: {command} --help"
DID_YOU_MEAN = "; tarkoititko {candidates}?"
OR = " tai "

# --- render's output -------------------------------------------------------------------------------
UNKNOWN_SUFFIX = ("tiedostopäätteestä '{suffix}' ei voi päätellä muotoa; anna --format ({allowed}) tai "
                  "käytä päätettä {suffixes}")
FORMAT_MISMATCH = ("--format {fmt} ei sovi tiedostoon {output}: pääte '{suffix}' on {named}-muoto; vaihda "
                   "tiedoston pääte tai jätä --format pois")
SOURCE_IS_DIRECTORY = "{source} on hakemisto; anna ohjelman YAML-tiedosto, esimerkiksi {example}"

# --- schema ---------------------------------------------------------------------------------------
SCHEMA_NO_TARGET = ("hakemistoa schemas/ ei ole, eikä tässä hakemistossa ole tiedostoa {init_file}; anna "
                    "kohdetiedosto: kotodoc schema -o {init_file} (tai -o - tulostaa skeeman)")
WRITTEN = "Kirjoitettu {path}"

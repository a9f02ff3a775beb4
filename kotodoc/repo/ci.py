"""CI and pre-commit files for a municipality's repository (``kotodoc init --ci github|gitlab``).

The files are string templates with ``@NAME@`` fields (the files themselves are
full of ``${{ }}`` and ``$VAR``, which rules out ``str.format``). The pip
install spec, the one field the user writes, is filled in as a YAML double-quoted
string with its escapes (:func:`yaml_string`), so ``C:\\kotodoc\\kotodoc.whl`` stays
what was given. It is on one clearly marked line in each file (``KOTODOC-ASENNUS``):
kotodoc is not on PyPI yet, so the default, ``kotodoc==<this version>``, has to
be replaced by the git address of the municipality's kotodoc copy until it is.

Every shell command in these files is run by the tests (tests/test_scaffold_ci.py).
"""

from __future__ import annotations

import json

from kotodoc import __version__

DEFAULT_INSTALL = f"kotodoc=={__version__}"
HOOK_FILES = r"(^|/)kotoutumisohjelma[^/]*\.ya?ml$"
"""The files the pre-commit hook checks: kotoutumisohjelma.yaml, kotoutumisohjelma-2025.yml, …"""

GITHUB_WORKFLOW = ".github/workflows/kotodoc.yml"
GITLAB_CI = ".gitlab-ci.yml"
PRE_COMMIT_CONFIG = ".pre-commit-config.yaml"
CI_KINDS = ("github", "gitlab")

_INSTALL_NOTE = """\
# KOTODOC-ASENNUS: kotodoc ei ole vielä PyPI:ssä. Kunnes on, vaihda alla olevalle riville
# kotodocin git-osoite ja versio, esim. "git+https://palvelin.example/polku/kotodoc.git@v@VERSIO@"."""

_GITHUB = """\
# kotodoc: kotoutumisohjelman tarkistus ja Word-tuloste (luotu: kotodoc init --ci github).
# Virheet ja varoitukset näkyvät merkintöinä tiedoston riveillä pull requestin "Files changed" -näkymässä.
# Word-asiakirja on ajon "Artifacts"-kohdassa nimellä kotoutumisohjelma-docx.
# Tiedosto tarkistetaan ja tulostetaan luonnoksena (--luonnos: vastaamattomat kysymykset ovat varoituksia,
# ja asiakirjan jokaisella sivulla lukee LUONNOS), kunnes tiedostossa lukee "luonnos: false".
# Kun asiakirja on valmis, kirjoita tiedostoon luonnos: false ja lisää tarkistukseen --strict: silloin
# myös varoitukset estävät yhdistämisen.
name: kotodoc

on:
  push:
    branches: [main, master]
  pull_request:
  workflow_dispatch:

permissions:
  contents: read

env:
@INSTALL_NOTE@
  KOTODOC_ASENNUS: @ASENNUS@
  KOTODOC_TIEDOSTO: "@TIEDOSTO@"
  KOTODOC_KIELI: "@KIELI@"  # ilmoitusten kieli: fi, sv tai en

jobs:
  kotodoc:
    name: kotodoc
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - name: Asenna kotodoc
        run: python -m pip install "$KOTODOC_ASENNUS"
      - name: Tarkista kotoutumisohjelma
        run: kotodoc validate --luonnos --format github "$KOTODOC_TIEDOSTO"
      - name: Tulosta Word-asiakirja
        run: kotodoc render --luonnos "$KOTODOC_TIEDOSTO" --format docx -o "@DOCX@"
      - name: Tallenna Word-asiakirja
        uses: actions/upload-artifact@v4
        with:
          name: kotoutumisohjelma-docx
          path: "@DOCX@"
          if-no-files-found: error
"""

_GITLAB = """\
# kotodoc: kotoutumisohjelman tarkistus ja Word-tuloste (luotu: kotodoc init --ci gitlab).
# Virheet ja varoitukset näkyvät merge requestin Code Quality -raportissa; Word-asiakirja on
# työn artefakteissa. Tiedosto tarkistetaan ja tulostetaan luonnoksena (--luonnos), kunnes tiedostossa
# lukee "luonnos: false". Kun asiakirja on valmis, kirjoita se tiedostoon ja lisää tarkistukseen --strict.
variables:
@INSTALL_NOTE@
  KOTODOC_ASENNUS: @ASENNUS@
  KOTODOC_TIEDOSTO: "@TIEDOSTO@"
  KOTODOC_KIELI: "@KIELI@"  # ilmoitusten kieli: fi, sv tai en

kotodoc:
  stage: test
  image: python:3.11  # sisältää gitin, jota git+https-asennus tarvitsee
  script:
    - python -m pip install "$KOTODOC_ASENNUS"
    - kotodoc validate --luonnos --format gitlab "$KOTODOC_TIEDOSTO" > gl-code-quality-report.json || true
    - kotodoc validate --luonnos "$KOTODOC_TIEDOSTO"
    - kotodoc render --luonnos "$KOTODOC_TIEDOSTO" --format docx -o "@DOCX@"
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
    paths:
      - "@DOCX@"
"""

_PRE_COMMIT = """\
# pre-commit: kotodoc tarkistaa kotoutumisohjelman ennen jokaista committia (luotu: kotodoc init).
# Käyttöönotto omalla koneella: pip install pre-commit && pre-commit install
# Keskeneräisen asiakirjan voi tallentaa: tarkistus on luonnostarkistus (--luonnos), kunnes tiedostossa
# lukee "luonnos: false"; sen jälkeen vastaamattomat kysymykset estävät commitin.
repos:
  - repo: local
    hooks:
      - id: kotodoc-validate
        name: kotodoc validate
        entry: kotodoc validate --luonnos
        language: python
@INSTALL_NOTE@
        additional_dependencies: [@ASENNUS@]
        files: '@FILES@'
"""


def yaml_string(value: str) -> str:
    """``value`` as a YAML double-quoted scalar (JSON's escapes are YAML's): backslashes and quotes kept."""
    return json.dumps(value, ensure_ascii=False)


def _fill(template: str, install: str, data_file: str, indent: int, lang: str) -> str:
    note = "\n".join(" " * indent + line for line in _INSTALL_NOTE.splitlines())
    docx = data_file.rsplit(".", 1)[0] + ".docx"
    for field, value in (("@INSTALL_NOTE@", note), ("@ASENNUS@", yaml_string(install)), ("@TIEDOSTO@", data_file),
                         ("@DOCX@", docx), ("@FILES@", HOOK_FILES), ("@VERSIO@", __version__), ("@KIELI@", lang)):
        template = template.replace(field, value)
    return template


def ci_files(kind: str, data_file: str, install: str = DEFAULT_INSTALL, lang: str = "fi") -> dict[str, str]:
    """The files ``kotodoc init --ci KIND`` adds, by path relative to the repository root.

    ``install`` is the pip install spec written on the marked line of each file; ``lang`` is the language
    of the messages in CI (``KOTODOC_KIELI``; the pre-commit hook speaks the committer's own language).
    """
    if '"' in install or "\n" in install:
        raise ValueError("install spec must not contain quotes or line breaks")
    files = {PRE_COMMIT_CONFIG: _fill(_PRE_COMMIT, install, data_file, 8, lang)}
    if kind == "github":
        files[GITHUB_WORKFLOW] = _fill(_GITHUB, install, data_file, 2, lang)
    elif kind == "gitlab":
        files[GITLAB_CI] = _fill(_GITLAB, install, data_file, 2, lang)
    else:
        raise ValueError(f"unknown CI kind {kind!r}")
    return files

"""``kotodoc init``: set up a municipality's repository.

:func:`plan` decides which files to write and what they hold (the programme
from :mod:`kotodoc.scaffold`, the JSON Schema for editors, CI and pre-commit
files from :mod:`kotodoc.scaffold_ci`); :func:`write` writes them, refusing to
overwrite anything unless told to. Nothing is written when any target exists.

The editor modeline of the new file points to ``kotodoc.schema.json`` in the
same folder, written from the installed kotodoc's model, so VS Code (YAML
extension) finds the schema offline and in the version that validates the file.
``kotodoc schema -o kotodoc.schema.json`` refreshes it after an upgrade.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kotodoc.errors import OutputError, UsageError
from kotodoc.output import write_atomic
from kotodoc.repo.ci import CI_KINDS, DEFAULT_INSTALL, ci_files
from kotodoc.repo.facts import Facts
from kotodoc.repo.scaffold import DATA_FILE, SCHEMA_FILE, scaffold_text
from kotodoc.schema.export import schema_text


@dataclass
class Plan:
    """The files of a new repository (relative path -> text) and notes for the user."""

    files: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def plan(names: list[str], ci: str | None = None, install: str | None = None) -> Plan:
    """What ``kotodoc init`` writes for the municipalities ``names``; raises :class:`UsageError`."""
    facts = Facts.of(names)
    if not facts.municipalities:
        raise UsageError("anna vähintään yksi kunta: --kunta NIMI (yhteisohjelmassa --kunta toistetaan)")
    if ci is not None and ci not in CI_KINDS:
        raise UsageError(f"tuntematon --ci '{ci}'; sallitut: {', '.join(CI_KINDS)}")
    if install is not None and (not install.strip() or any(ch in install for ch in "\"\n\r")):
        raise UsageError("--asennus: anna pip-asennusmääre ilman lainausmerkkejä, "
                         "esim. git+https://palvelin.example/kotodoc.git@v0.1.0")
    result = Plan(notes=facts.notes())
    result.files[DATA_FILE] = scaffold_text(facts.names, SCHEMA_FILE)
    result.files[SCHEMA_FILE] = schema_text()
    if ci is not None:
        result.files.update(ci_files(ci, DATA_FILE, install or DEFAULT_INSTALL))
        if install is None:
            result.notes.append(f"CI- ja pre-commit-tiedostot asentavat kotodocin määreellä '{DEFAULT_INSTALL}', "
                                "mutta kotodoc ei ole vielä PyPI:ssä: vaihda KOTODOC-ASENNUS-riville kotodocin "
                                "git-osoite tai aja komento uudelleen valitsimella --asennus.")
    return result


def write(directory: Path, files: dict[str, str], force: bool = False) -> list[Path]:
    """Write ``files`` under ``directory`` (created if missing); the paths written.

    Without ``force`` an existing target stops everything before the first write (exit 2).
    """
    if directory.exists() and not directory.is_dir():
        raise OutputError(f"{directory} ei ole hakemisto")
    targets = [directory / rel for rel in files]
    existing = [str(t) for t in targets if t.exists()]
    if existing and not force:
        raise OutputError("tiedosto on jo olemassa, mitään ei kirjoitettu: " + ", ".join(existing)
                          + ". Korvaa valitsimella --force.")
    try:
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"hakemistoa ei voi luoda: {exc.strerror} ({exc.filename})") from None
    for target, text in zip(targets, files.values(), strict=True):
        write_atomic(target, text.encode("utf-8"))
    return targets


def next_steps(directory: Path) -> str:
    """What to do after ``kotodoc init``, in Finnish."""
    data = directory / DATA_FILE
    return (f"Seuraavaksi: avaa {data} (VS Code ja YAML-laajennus näyttävät lomakkeen kysymykset), "
            f"korvaa jokainen 'täydennetään' ja tarkista: kotodoc validate {data}")

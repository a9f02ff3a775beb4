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

from kotodoc import form, messages
from kotodoc.errors import OutputError, UsageError, os_reason
from kotodoc.output import write_atomic
from kotodoc.repo.ci import CI_KINDS, DEFAULT_INSTALL, ci_files
from kotodoc.repo.facts import Facts
from kotodoc.repo.scaffold import DATA_FILE, SCHEMA_FILE, scaffold_text
from kotodoc.repo.yaml_text import scalar
from kotodoc.schema.export import schema_text


@dataclass
class Plan:
    """The files of a new repository (relative path -> text) and notes for the user."""

    files: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def plan(names: list[str], ci: str | None = None, install: str | None = None, lang: str = "fi") -> Plan:
    """What ``kotodoc init`` writes for the municipalities ``names``; raises :class:`UsageError`.

    ``lang`` is the reader's language: the notes are in it, and the programme file and the editor schema
    are in it too when a document can be (Finnish or Swedish; Finnish for English).
    """
    doc_lang = form.document_language(lang)
    facts = Facts.of(names, doc_lang)
    if not facts.municipalities:
        raise UsageError("init.no_municipality")
    if ci is not None and ci not in CI_KINDS:
        raise UsageError("init.bad_ci", ci=ci, allowed=", ".join(CI_KINDS))
    if install is not None and not install.strip():
        raise UsageError("init.empty_install")
    if install is not None and any(ch in install for ch in "\"\n\r"):
        raise UsageError("init.bad_install")
    result = Plan(notes=facts.notes(lang))
    if doc_lang != "sv" and facts.swedish_majority:  # QA 3: the file is Finnish; say how to get it in Swedish
        command = ("kotodoc init --kieli sv" + "".join(f" --kunta {scalar(n)}" for n in facts.names)
                   + (f" --ci {ci}" if ci else "") + " --force")
        result.notes.append(messages.ui("init.suggest_sv", lang, names=messages.join(facts.swedish_majority, lang),
                                        command=command))
    result.files[DATA_FILE] = scaffold_text(facts.names, SCHEMA_FILE, doc_lang)
    result.files[SCHEMA_FILE] = schema_text(doc_lang)
    if ci is not None:
        result.files.update(ci_files(ci, DATA_FILE, install or DEFAULT_INSTALL, lang))
        if install is None:
            result.notes.append(messages.ui("init.install_note", lang, install=DEFAULT_INSTALL))
    return result


def write(directory: Path, files: dict[str, str], force: bool = False) -> list[Path]:
    """Write ``files`` under ``directory`` (created if missing); the paths written.

    Without ``force`` an existing target stops everything before the first write (exit 2).
    """
    if directory.exists() and not directory.is_dir():
        raise OutputError("init.not_directory", path=directory)
    targets = [directory / rel for rel in files]
    existing = [str(t) for t in targets if t.exists()]
    if existing and not force:
        raise OutputError("init.exists", paths=", ".join(existing))
    try:
        for target in targets:
            target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError("init.mkdir", problem=os_reason(exc), path=exc.filename) from None
    for target, text in zip(targets, files.values(), strict=True):
        write_atomic(target, text.encode("utf-8"))
    return targets


def next_steps(directory: Path, lang: str = "fi") -> str:
    """What to do after ``kotodoc init``, in ``lang``."""
    placeholder = form.texts(form.document_language(lang)).own["init.placeholder"]
    return messages.ui("init.next_steps", lang, data=directory / DATA_FILE, placeholder=placeholder)

"""H3, the contact person: name, title, phone and e-mail out of what the form holds.

A file kotodoc rendered (and a careful user) labels each line ("Nimi: …", "Puhelin: …", in any
language of the form): those are taken as they are. Free text ("Kotoutumisen vastuukoordinaattori
Pia Salonen / 040 8065698 / pia.salonen@kokkola.fi") is split where the parts can be told apart: an
e-mail address, a phone number, and a name (two or three capitalised words) beside a title (a word
ending like a job title, or lower-case words). The original lines are quoted in a comment whenever
the split was a guess, and text that fits no field is kept in a comment too. Several contact persons
(kotodoc prints each with its labelled lines) come back as a list of them.
"""

from __future__ import annotations

import re

from kotodoc import form
from kotodoc.intake.labels import Kind, Labels
from kotodoc.intake.notes import Notes
from kotodoc.intake.word import Para, Where
from kotodoc.intake.words import is_title
from kotodoc.repo.scaffold import PLACEHOLDER, PLACEHOLDER_EMAIL

LOC = (form.HEADER_KEY, "yhteyshenkilo")
_EMAIL = re.compile(r"[^\s@<>(),;:]+@[^\s@<>(),;:]+\.[^\s@<>(),;:.]{2,}")
_PHONE = re.compile(r"^\+?\(?\d[\d\s()\-/]{4,22}\d$")
_PREFIX = re.compile(r"^(?:puh(?:elin)?|p|tel(?:efon)?|gsm|mob(?:iili)?|matkapuhelin|s-?posti|sähköposti|"
                     r"e-?mail|e-?post|email|nimi|namn|nimike|titel)\b\.?\s*:?\s*", re.IGNORECASE)
_SPLIT = re.compile(r"\s*[,;|]\s*|\s+/\s*|\s*/\s+|\s+[-–]\s+")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not is_title(word) and not any(ch.isdigit() for ch in word)


def _name_and_title(segments: list[str]) -> tuple[str, str | None] | None:
    """Name and title out of the text segments left after the e-mail and phone; ``None`` when they cannot be
    told apart."""
    if len(segments) == 2:
        names = [all(_capitalised(w) for w in s.split()) and 2 <= len(s.split()) <= 4 for s in segments]
        if names.count(True) == 1:
            name = segments[names.index(True)]
            return name, segments[names.index(False)]
        return None
    if len(segments) != 1:
        return None
    words = segments[0].split()
    if len(words) in (2, 3) and all(_capitalised(w) for w in words):
        return " ".join(words), None  # a name alone
    for size in (2, 3):
        if len(words) <= size:
            break
        tail, head = words[-size:], words[:-size]
        if all(_capitalised(w) for w in tail) and (any(is_title(w) for w in head) or not head[-1][:1].isupper()):
            return " ".join(tail), " ".join(head)
        lead, rest = words[:size], words[size:]
        if all(_capitalised(w) for w in lead) and any(is_title(w) for w in rest):
            return " ".join(lead), " ".join(rest)
    return None


Contact = dict[str, str | None]


def contact(paras: list[Para], labels: Labels, notes: Notes) -> Contact | list[Contact]:
    """The contact person of H3 from its answer paragraphs; notes where a field was guessed or is missing.

    A label met again ("Nimi: …" a second time, as kotodoc prints several contact persons) starts the
    next contact person: then a list of them."""
    lines = [line.strip() for p in paras for line in p.text.split("\n") if line.strip()]
    where = paras[0].where if paras else None
    people: list[dict[str, str]] = [{}]
    free: list[str] = []
    for line in lines:
        split = labels.split(line, Kind.CONTACT)
        if not split:
            free.append(line)
            continue
        key = split[0].targets[0].key
        if key in people[-1]:
            people.append({})
        people[-1][key] = split[1]
    if len(people) > 1:
        if free:
            notes.add(LOC, "contact_extra", where, tuple(free))
        return [_complete(found, where, notes) for found in people]
    found = people[0]
    leftover: list[str] = []
    if free:
        segments: list[str] = []
        for line in free:
            email = _EMAIL.search(line)
            if email and "sahkoposti" not in found:
                found["sahkoposti"] = email.group()
                line = (line[:email.start()] + line[email.end():]).strip()
            for segment in _SPLIT.split(line):
                segment = _PREFIX.sub("", segment.strip(" \t,;/|–-")).strip()
                if not segment:
                    continue
                if _PHONE.match(segment) and sum(ch.isdigit() for ch in segment) >= 6 and "puhelin" not in found:
                    found["puhelin"] = segment
                else:
                    segments.append(segment)
        if segments and "nimi" not in found:
            split_name = _name_and_title(segments) if "nimike" not in found else (" ".join(segments), None)
            if split_name is None:
                found["nimi"] = " ".join(segments)
                notes.add(LOC, "contact_unsplit", where, tuple(lines))
            else:
                found["nimi"] = split_name[0]
                if split_name[1]:
                    found["nimike"] = split_name[1]
                notes.add(LOC, "contact_guess", where, tuple(lines))
        else:
            leftover = segments
    if leftover:
        notes.add(LOC, "contact_extra", where, tuple(leftover))
    return _complete(found, where, notes)


def _complete(found: dict[str, str], where: Where | None, notes: Notes) -> Contact:
    """The fields in the form's order; the placeholders (and a note) for a missing name or e-mail."""
    if "nimi" not in found:
        found["nimi"] = PLACEHOLDER
        notes.add(LOC, "missing_answer", where, placeholder=PLACEHOLDER)
    if "sahkoposti" not in found:
        found["sahkoposti"] = PLACEHOLDER_EMAIL
        notes.add(LOC, "contact_no_email", where, placeholder=PLACEHOLDER_EMAIL)
    return {key: found[key] for key in form.CONTACT_FIELDS if key in found}

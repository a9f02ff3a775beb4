"""The ``yhteistoiminta`` block of a new joint programme (``kotodoc init --kunta "Pori, Ulvila, Nakkila"``).

Prefilled from the reference data: the members (as in H1), the wellbeing services county most of them
belong to, their employment areas (each member's own and the list of all), and the model
(``maakunnallinen`` when the members are every municipality of the county, else ``seudullinen``). The
first member coordinates until the coordinator changes it. The task division lists every task for every
client group with the level ``kunta`` (each municipality itself, the arrangement before any agreement);
its ``huomautus`` holds the placeholder alone, so the division is a KD401 warning until it has been agreed and
written. Comments come from the form texts of the block's fields (:mod:`kotodoc.form`).
"""

from __future__ import annotations

from kotodoc import form, refdata
from kotodoc.repo.facts import Facts
from kotodoc.repo.yaml_text import Lines, scalar

KEY = "yhteistoiminta"


def _field(out: Lines, t: form.FormTexts, name: str, indent: int) -> None:
    """The title and description of a joint field as a comment (``JointProgramme.malli``, …)."""
    title, description = t.fields[name]
    out.comment(f"{title}: {description}" if description else title, indent)


def joint_block(out: Lines, facts: Facts, placeholder: str) -> None:
    """Write the ``yhteistoiminta`` block for the municipalities of ``facts``, commented in the file's language.
    The values are the keys and names the block takes (the county's Finnish short name)."""
    t = form.texts(facts.lang)
    own = t.own
    title, description = t.fields["Programme.yhteistoiminta"]
    out.comment(own["init.joint"].format(title=title, description=description))
    out.lines.append(f"{KEY}:")
    county = facts.shared_county
    everyone = set(refdata.county_members(county)) if county else set()
    found = (refdata.lookup(m.name) for m in facts.municipalities)
    whole_county = bool(everyone) and {m.name_fi for m in found if m is not None} >= everyone
    _field(out, t, "JointProgramme.malli", 2)
    out.value("malli", "maakunnallinen" if whole_county else "seudullinen", 2)
    _field(out, t, "JointProgramme.koordinoiva_kunta", 2)
    out.comment(own["init.joint_coordinator"], 2, first="   ")
    out.value("koordinoiva_kunta", facts.names[0], 2)
    _field(out, t, "JointProgramme.hyvinvointialue", 2)
    others = [c for c in facts.counties if refdata.canonical_county(c) not in (None, county)]
    if others:
        out.comment(own["init.joint_counties"], 2, first="   ")
    out.value("hyvinvointialue", county or placeholder, 2)
    _field(out, t, "JointProgramme.tyollisyysalueet", 2)
    areas = list(dict.fromkeys(m.employment_area for m in facts.municipalities if m.employment_area))
    out.items("tyollisyysalueet", areas or [placeholder], 2)
    _field(out, t, "JointProgramme.jasenet", 2)
    out.lines.append("  jasenet:")
    for m in facts.municipalities:
        out.lines.append(f"    - kunta: {scalar(m.name)}")
        if m.employment_area:
            out.value("tyollisyysalue", m.employment_area, 6)
    _field(out, t, "JointProgramme.tehtavanjako", 2)
    levels = ", ".join(f"{key} ({label.lower()})" for key, label in t.joint["levels"].items())
    out.comment(own["init.joint_levels"].format(levels=levels), 2, first="   ")
    out.lines.append("  tehtavanjako:")
    out.value("huomautus", placeholder, 4)  # only the placeholder: nothing is left once it is replaced
    for group, label in t.joint["client_groups"].items():
        out.comment(label, 4)
        out.lines.append(f"    {group}:")
        for task in t.joint["tasks"]:
            if task != "alkukartoitukset":  # the repealed law's word for palvelutarpeen_arviointi
                out.lines.append(f"      {task}: kunta")


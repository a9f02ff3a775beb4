"""The titles and descriptions of kotodoc's fields that are built from the joint block's label tables.

Each language module lists the fields with fixed wording itself; the fields whose description names
the allowed values (target groups, client groups, tasks, levels) or repeats a label are built here
from that language's tables and sentence templates, so no language retypes a label.
"""

from __future__ import annotations

from collections.abc import Mapping

Pair = tuple[str, str]


def _keys(table: Mapping[str, str]) -> str:
    return ", ".join(table)


def _labelled(table: Mapping[str, str]) -> str:
    return ", ".join(f"{key} ({label})" for key, label in table.items())


def build_fields(static: Mapping[str, Pair], target_groups: Mapping[str, str],
                 joint: Mapping[str, Mapping[str, str]], words: Mapping[str, Pair]) -> dict[str, Pair]:
    """Every field's (title, description): ``static`` and the fields built from the label tables.

    ``words`` holds the titles and ``{keys}``/``{labelled}``/``{label}`` description templates of
    ``Part.kohderyhma``, ``Deviation.ryhma``, ``Deviation.tehtava``, ``Responsibility.vastuu``, the
    per-label descriptions of ``TaskDivision``, ``GroupTasks`` and ``OtherTasks``, and the titles of
    ``OtherTasks.<level>``.
    """
    groups, tasks, levels = joint["client_groups"], joint["tasks"], joint["levels"]
    division = joint["division_groups"]  # the cost segments and the job seekers

    def listed(key: str, table: Mapping[str, str]) -> Pair:
        title, template = words[key]
        return title, template.format(keys=_keys(table), labelled=_labelled(table))

    other = {level: words[f"OtherTasks.{level}"][0] for level in levels}
    return {
        **static,
        "Part.kohderyhma": listed("Part.kohderyhma", target_groups),
        "Deviation.ryhma": listed("Deviation.ryhma", division),
        "Deviation.tehtava": listed("Deviation.tehtava", tasks),
        "Responsibility.vastuu": listed("Responsibility.vastuu", levels),
        **{f"ClientCounts.{k}": (v, "") for k, v in groups.items()},
        **{f"SegmentWeights.{k}": (v, "") for k, v in groups.items()},
        **{f"TaskDivision.{k}": (v, words["TaskDivision"][1].format(label=v)) for k, v in division.items()},
        **{f"GroupTasks.{k}": (v, words["GroupTasks"][1].format(label=v))
           for k, v in tasks.items() if k != "alkukartoitukset"},
        **{f"OtherTasks.{k}": (title, words["OtherTasks"][1].format(label=title)) for k, title in other.items()},
    }

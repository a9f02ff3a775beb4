"""Programmes as ``kotodoc init`` writes them, with an approval block, for tests that must hold for any
municipality: Helsinki, a Swedish-majority town, a small municipality, a joint programme of twenty.

The file is a draft (its answers are placeholders), so it renders with ``--luonnos``.
"""

from __future__ import annotations

from pathlib import Path

from kotodoc.repo.scaffold import scaffold_text

TWENTY = ("Tampere", "Nokia", "Ylöjärvi", "Kangasala", "Lempäälä", "Pirkkala", "Vesilahti", "Orivesi", "Sastamala",
          "Ikaalinen", "Parkano", "Kihniö", "Punkalaidun", "Hämeenkyrö", "Mänttä-Vilppula", "Ruovesi", "Virrat",
          "Juupajoki", "Pälkäne", "Akaa")
"""A joint programme of twenty (Pirkanmaa; three employment areas, one known by its short name only)."""

KINDS = {"helsinki": ("Helsinki",), "narpes": ("Närpes",), "jakobstad": ("Jakobstad",), "luhanka": ("Luhanka",),
         "twenty": TWENTY}
"""Helsinki, two Swedish-majority towns, the smallest mainland municipality, a joint programme of twenty."""

H2_SLOT = "  koordinoiva_taho: |\n    {}\n"


def scaffolded(tmp_path: Path, names: tuple[str, ...], lang: str = "fi", h2: str | None = None,
               per_member: bool = False) -> Path:
    """A fresh file for ``names`` in ``lang`` with H2 answered ``h2`` and an approval block: one body, or with
    ``per_member`` one per member ("Kunnanhallitus 1.11.2025 § 101", …)."""
    placeholder = "kompletteras" if lang == "sv" else "täydennetään"
    text = scaffold_text([", ".join(names)], lang=lang)
    if h2 is not None:
        slot = H2_SLOT.format(placeholder)
        assert slot in text
        text = text.replace(slot, H2_SLOT.format(h2))
    if per_member:
        blocks = [f"  - kunta: {name}\n    toimielin: Kunnanhallitus\n    kokouspaiva: {1 + i % 28}.11.2025\n"
                  f"    pykala: {101 + i}\n" for i, name in enumerate(names)]
        text += "hyvaksyminen:\n" + "".join(blocks)
    else:
        text += "hyvaksyminen:\n  toimielin: Kunnanhallitus\n  kokouspaiva: 13.11.2025\n"
    path = tmp_path / f"{lang}-{len(names)}.yaml"
    path.write_text(text, encoding="utf-8")
    return path

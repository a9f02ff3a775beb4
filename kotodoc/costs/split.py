"""The cost split of a joint integration service: pure arithmetic on integer cents, no I/O.

The Mikkeli region's proposal (seed 000, 20.6.2024) says only this: the costs of the joint service
"voisi olla asukaslukujen perusteella 30–50 % sekä aiheuttamisperiaatteen mukaisesti,
asiakassegmenteittäin 50–70 %". **How the causation part is divided is kotodoc's design**, not the
proposal's:

1. The annual cost (integer cents) is first split into the population part and the causation part
   by the chosen percentages.
2. The population part is divided among the members in proportion to their population.
3. The causation part is divided among the client segments by the segment weights (per cent of the
   causation part; equal when not given), and within a segment among the members in proportion to
   their client counts in it. A segment with weight but no clients at all gives its weight to the
   other segments in proportion to their weights (the weights of the segments that have clients are
   scaled up to 100 %). When no weighted segment has any client, the causation part too is divided by
   population (``causation_by_population``).

Rounding (the largest remainder method, Hamilton's method): every split of a whole number of cents
gives each party the floor of its exact share (exact rational arithmetic, no floats); the cents left
over go one each to the parties with the largest fractional remainders; ties go to the party listed
first (the population part before the causation part, members in the order of the YAML list). So
each split sums exactly to what was split: no cent is lost or invented, a party with no basis (no
population or no clients) gets no cent, and every column and every row of the result adds up.
Steps 1 and 2–3 are rounded separately, so a member's total differs from its exact share by less
than 2,5 cents (each part by less than a cent, plus at most half a cent moved between the parts).
The percentages of the total are apportioned the same way in hundredths of a per cent, so they sum
to exactly 100,00 %.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from kotodoc.schema.joint import CLIENT_GROUPS, JointProgramme

WHOLE_PERCENT_BP = 10_000  # 100,00 % in hundredths of a per cent


def apportion(total: int, weights: Sequence[Fraction | int]) -> list[int]:
    """``total`` split in proportion to ``weights`` by the largest remainder method.

    The result sums exactly to ``total``; ties are broken by position (earlier first). A zero weight
    gets 0. Raises ``ValueError`` for a negative total or weight, or when all weights are zero.
    """
    if total < 0 or any(w < 0 for w in weights):
        raise ValueError("negative total or weight")
    whole = sum(weights, Fraction(0))
    if whole == 0:
        raise ValueError("all weights are zero")
    exact = [Fraction(total) * w / whole for w in weights]
    shares = [int(e) for e in exact]  # floor: everything is non-negative
    left = total - sum(shares)
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - shares[i]), i))
    for i in order[:left]:
        shares[i] += 1
    return shares


@dataclass(frozen=True)
class MemberFigures:
    """What the split needs of one member: population and clients per segment."""

    name: str
    population: int
    clients: Mapping[str, int]


@dataclass(frozen=True)
class MemberShare:
    """One member's share, in cents, and of the total in hundredths of a per cent."""

    name: str
    population: int
    clients: Mapping[str, int]
    population_cents: int
    causation_cents: int
    basis_points: int

    @property
    def total_cents(self) -> int:
        """The member's whole share."""
        return self.population_cents + self.causation_cents


@dataclass(frozen=True)
class SegmentShare:
    """One client segment of the causation part."""

    key: str
    weight: Decimal  # as given (per cent of the causation part)
    effective_weight: Fraction  # after redistributing the weight of segments with no clients (0..1)
    clients: int
    cents: int


@dataclass(frozen=True)
class Split:
    """The whole cost split."""

    total_cents: int
    population_percent: Decimal
    causation_percent: Decimal
    population_cents: int
    causation_cents: int
    members: tuple[MemberShare, ...]
    segments: tuple[SegmentShare, ...]
    causation_by_population: bool

    @property
    def total_population(self) -> int:
        """All members' population."""
        return sum(m.population for m in self.members)


def split_costs(total_cents: int, population_percent: Decimal, causation_percent: Decimal,
                segment_weights: Mapping[str, Decimal], members: Sequence[MemberFigures]) -> Split:
    """Split ``total_cents`` among ``members`` (see the module docstring for the method).

    The percentages must sum to 100 and every member must have a positive population; segments not in
    ``segment_weights`` have weight 0.
    """
    if population_percent + causation_percent != 100:
        raise ValueError("the percentages must sum to 100")
    if not members or any(m.population <= 0 for m in members):
        raise ValueError("every member needs a positive population")
    pop_part, cause_part = apportion(total_cents, [Fraction(population_percent), Fraction(causation_percent)])
    populations = [m.population for m in members]
    pop_cents = apportion(pop_part, populations)

    weights = {key: Fraction(segment_weights.get(key, Decimal(0))) for key in CLIENT_GROUPS}
    totals = {key: sum(m.clients.get(key, 0) for m in members) for key in CLIENT_GROUPS}
    live = {key: w for key, w in weights.items() if w > 0 and totals[key] > 0}
    live_sum = sum(live.values(), Fraction(0))
    effective = {key: (live[key] / live_sum if key in live else Fraction(0)) for key in CLIENT_GROUPS}
    by_population = not live
    if by_population:
        cause_weights = [Fraction(p) for p in populations]
        segment_cents = [0] * len(CLIENT_GROUPS)
    else:
        cause_weights = [sum((effective[k] * Fraction(m.clients.get(k, 0), totals[k]) for k in live), Fraction(0))
                         for m in members]
        segment_cents = apportion(cause_part, [effective[k] for k in CLIENT_GROUPS])
    cause_cents = apportion(cause_part, cause_weights)

    totals_cents = [p + c for p, c in zip(pop_cents, cause_cents, strict=True)]
    basis = apportion(WHOLE_PERCENT_BP, totals_cents) if total_cents else [0] * len(members)
    shares = tuple(
        MemberShare(m.name, m.population, dict(m.clients), p, c, bp)
        for m, p, c, bp in zip(members, pop_cents, cause_cents, basis, strict=True))
    segments = tuple(
        SegmentShare(k, segment_weights.get(k, Decimal(0)), effective[k], totals[k], cents)
        for k, cents in zip(CLIENT_GROUPS, segment_cents, strict=True))
    return Split(total_cents, population_percent, causation_percent, pop_part, cause_part, shares, segments,
                 by_population)


def euros_to_cents(amount: Decimal) -> int:
    """Whole cents of an amount with at most two decimals (the model guarantees that)."""
    cents = amount * 100
    if cents != cents.to_integral_value():
        raise ValueError(f"{amount} has more than two decimals")
    return int(cents)


def split_of(joint: JointProgramme) -> Split | None:
    """The cost split of a validated joint block, or ``None`` when it has no cost data.

    Raises ``ValueError`` when a member lacks figures (validation reports that as KD523).
    """
    costs = joint.kustannukset
    if costs is None:
        return None
    weights = costs.weights()
    members = []
    for m in joint.jasenet:
        if m.asukasluku is None:
            raise ValueError(f"{m.kunta}: no population")
        counts = {k: getattr(m.asiakkaat, k) for k in CLIENT_GROUPS} if m.asiakkaat else {}
        clients = {k: v for k, v in counts.items() if v is not None}
        if any(weights[k] > 0 and k not in clients for k in CLIENT_GROUPS):
            raise ValueError(f"{m.kunta}: client counts missing")
        members.append(MemberFigures(m.kunta, m.asukasluku, clients))
    return split_costs(euros_to_cents(costs.vuosikustannus), costs.asukasluvun_osuus,
                       costs.aiheuttamisperiaatteen_osuus, weights, members)

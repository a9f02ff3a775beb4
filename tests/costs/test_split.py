"""The cost split of a joint service (kotodoc.costs): hand-computed cases, rounding and properties."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kotodoc.checks.validate import validate_file
from kotodoc.costs.split import MemberFigures, apportion, euros_to_cents, split_costs, split_of
from kotodoc.costs.tables import fi_euros, fi_percent
from kotodoc.schema.joint import CLIENT_GROUPS
from tests.conftest import ROOT

EQUAL = {k: Decimal(25) for k in CLIENT_GROUPS}
ONLY_REFUGEES = {"pakolaiset": Decimal(100)}


def member(name: str, population: int, **clients: int) -> MemberFigures:
    return MemberFigures(name, population, {k: clients.get(k, 0) for k in CLIENT_GROUPS})


# --- the largest remainder method ------------------------------------------------------------------


@pytest.mark.parametrize(("total", "weights", "expected"), [
    (100, [1, 1, 1], [34, 33, 33]),  # 33,33… each; the leftover cent to the first (tie)
    (10, [1, 2], [3, 7]),  # 3,33 and 6,67: the larger remainder wins
    (10, [2, 1], [7, 3]),
    (7, [1, 1, 1, 1], [2, 2, 2, 1]),  # 1,75 each; three cents left, to the first three
    (5, [0, 1], [0, 5]),
    (0, [1, 2], [0, 0]),
    (1, [Fraction(1, 3), Fraction(2, 3)], [0, 1]),
    (101, [50, 50], [51, 50]),
])
def test_apportion_hand_computed(total: int, weights: list[int | Fraction], expected: list[int]) -> None:
    assert apportion(total, weights) == expected
    assert sum(expected) == total


def test_apportion_refuses_what_cannot_be_split() -> None:
    with pytest.raises(ValueError, match="zero"):
        apportion(5, [0, 0])
    with pytest.raises(ValueError, match="negative"):
        apportion(-1, [1])
    with pytest.raises(ValueError, match="negative"):
        apportion(1, [1, -1])


# --- hand-computed splits ---------------------------------------------------------------------------


def test_two_members_hand_computed() -> None:
    # 1 000,00 €: 40 % by population (400 €), 60 % by causation (600 €). Equal weights, but only two segments
    # have clients, so each gets half of the causation part (300 €). A has 2 of 4 refugees; B has 2 of 4
    # refugees and all 4 work and study migrants: A 1/4 and B 3/4 of the causation part.
    split = split_costs(100_000, Decimal(40), Decimal(60), EQUAL, [
        member("A", 3000, pakolaiset=2),
        member("B", 1000, pakolaiset=2, tyo_ja_koulutusperaiset=4),
    ])
    assert (split.population_cents, split.causation_cents) == (40_000, 60_000)
    a, b = split.members
    assert (a.population_cents, a.causation_cents, a.total_cents) == (30_000, 15_000, 45_000)
    assert (b.population_cents, b.causation_cents, b.total_cents) == (10_000, 45_000, 55_000)
    assert (a.basis_points, b.basis_points) == (4500, 5500)
    assert [s.cents for s in split.segments] == [30_000, 0, 30_000, 0]
    assert [s.effective_weight for s in split.segments] == [Fraction(1, 2), 0, Fraction(1, 2), 0]
    assert not split.causation_by_population


def test_rounding_ties_go_to_the_member_listed_first() -> None:
    # 1 €, half and half, three identical members: 16,67 cents each in both parts; in each part the two
    # cents left over go to the first two members.
    members = [member(n, 100, pakolaiset=1) for n in ("X", "Y", "Z")]
    split = split_costs(100, Decimal(50), Decimal(50), ONLY_REFUGEES, members)
    assert [m.population_cents for m in split.members] == [17, 17, 16]
    assert [m.causation_cents for m in split.members] == [17, 17, 16]
    assert [m.total_cents for m in split.members] == [34, 34, 32]
    assert sum(m.basis_points for m in split.members) == 10_000
    reordered = split_costs(100, Decimal(50), Decimal(50), ONLY_REFUGEES, members[::-1])
    assert [m.total_cents for m in reordered.members] == [34, 34, 32]  # Z, Y, X: order decides, not names


def test_population_and_causation_parts_of_an_odd_cent() -> None:
    # 0,01 €: 50 % / 50 % is a tie, which goes to the population part.
    split = split_costs(1, Decimal(50), Decimal(50), EQUAL, [member("A", 1, pakolaiset=1)])
    assert (split.population_cents, split.causation_cents) == (1, 0)
    # 0,03 € at 40 % / 60 %: 1,2 and 1,8 cents; the larger remainder (causation) gets the extra cent.
    split = split_costs(3, Decimal(40), Decimal(60), EQUAL, [member("A", 1, pakolaiset=1)])
    assert (split.population_cents, split.causation_cents) == (1, 2)


def test_member_with_zero_clients_pays_only_its_population_share() -> None:
    split = split_costs(1_000_000, Decimal(30), Decimal(70), EQUAL, [
        member("Iso", 9000, pakolaiset=10, tyovoiman_ulkopuoliset=5),
        member("Pieni", 1000),
    ])
    big, small = split.members
    assert small.causation_cents == 0
    assert small.population_cents == 30_000  # 10 % of 300 000 cents
    assert big.causation_cents == 700_000
    assert big.total_cents + small.total_cents == 1_000_000


def test_one_member_alone_pays_everything() -> None:
    split = split_costs(12_345_678, Decimal("37.5"), Decimal("62.5"), EQUAL, [member("Yksin", 5, ilman_huoltajaa=1)])
    (only,) = split.members
    assert only.total_cents == 12_345_678
    assert only.basis_points == 10_000
    assert (only.population_cents, only.causation_cents) == (4_629_629, 7_716_049)  # 4 629 629,25 rounds down


def test_segment_without_clients_gives_its_weight_to_the_others() -> None:
    weights = {"pakolaiset": Decimal(50), "ilman_huoltajaa": Decimal(30), "tyo_ja_koulutusperaiset": Decimal(20)}
    members = [member("A", 1, pakolaiset=1, tyo_ja_koulutusperaiset=3), member("B", 1, pakolaiset=3)]
    split = split_costs(70_000, Decimal(0), Decimal(100), weights, members)
    # Nobody has unaccompanied minors: refugees get 50/70 and work migrants 20/70 of 70 000 cents.
    assert [s.cents for s in split.segments] == [50_000, 0, 20_000, 0]
    assert [s.effective_weight for s in split.segments] == [Fraction(5, 7), 0, Fraction(2, 7), 0]
    # A: 1/4 of 50 000 + all of 20 000; B: 3/4 of 50 000.
    assert [m.causation_cents for m in split.members] == [32_500, 37_500]


def test_no_clients_at_all_splits_the_causation_part_by_population() -> None:
    split = split_costs(1000, Decimal(40), Decimal(60), EQUAL, [member("A", 3), member("B", 1)])
    assert split.causation_by_population
    assert [m.causation_cents for m in split.members] == [450, 150]
    assert [s.cents for s in split.segments] == [0, 0, 0, 0]


def test_split_refuses_bad_input() -> None:
    with pytest.raises(ValueError, match="100"):
        split_costs(100, Decimal(40), Decimal(50), EQUAL, [member("A", 1)])
    with pytest.raises(ValueError, match="population"):
        split_costs(100, Decimal(40), Decimal(60), EQUAL, [member("A", 0)])
    with pytest.raises(ValueError, match="population"):
        split_costs(100, Decimal(40), Decimal(60), EQUAL, [])


def test_euros_to_cents_is_exact() -> None:
    assert euros_to_cents(Decimal("250000.50")) == 25_000_050
    assert euros_to_cents(Decimal("0.01")) == 1
    with pytest.raises(ValueError):
        euros_to_cents(Decimal("1.005"))


@pytest.mark.parametrize(("cents", "text"), [
    (0, "0,00"), (5, "0,05"), (100, "1,00"), (123_456_789, "1 234 567,89"), (-150, "-1,50")])
def test_finnish_euros(cents: int, text: str) -> None:
    assert fi_euros(cents) == text
    assert fi_euros(cents, "\u00a0") == text.replace(" ", "\u00a0")


def test_finnish_percent() -> None:
    assert [fi_percent(bp) for bp in (0, 7, 1234, 10_000)] == ["0,00", "0,07", "12,34", "100,00"]


# --- the example --------------------------------------------------------------------------------------


def test_mikkeli_example_splits_exactly() -> None:
    report = validate_file(ROOT / "examples" / "mikkeli.yaml")
    assert report.programme is not None and report.programme.yhteistoiminta is not None
    split = split_of(report.programme.yhteistoiminta)
    assert split is not None
    assert split.total_cents == 60_000_000
    assert len(split.members) == 12
    assert sum(m.total_cents for m in split.members) == split.total_cents
    assert (split.population_cents, split.causation_cents) == (24_000_000, 36_000_000)
    assert sum(m.basis_points for m in split.members) == 10_000
    mikkeli = next(m for m in split.members if m.name == "Mikkeli")
    assert mikkeli.population_cents == 9_644_513  # 52 000 / 129 400 of 240 000 € = 96 445,13…


# --- properties ---------------------------------------------------------------------------------------

clients = st.fixed_dictionaries({k: st.integers(0, 300) for k in CLIENT_GROUPS})
members_st = st.lists(st.tuples(st.integers(1, 2_000_000), clients), min_size=1, max_size=15)
weights_st = st.one_of(
    st.just(EQUAL),
    st.fixed_dictionaries({k: st.integers(0, 100).map(Decimal) for k in CLIENT_GROUPS}).filter(
        lambda w: sum(w.values()) > 0),
)


def exact_shares(total: int, pop_pct: int, weights: dict[str, Decimal], figures: list[MemberFigures]) -> list[Fraction]:
    """The unrounded shares, computed independently of kotodoc.costs."""
    pop_part = Fraction(total * pop_pct, 100)
    cause_part = total - pop_part
    population = sum(m.population for m in figures)
    totals = {k: sum(m.clients[k] for m in figures) for k in CLIENT_GROUPS}
    live = {k: Fraction(w) for k, w in weights.items() if w > 0 and totals[k] > 0}
    out = []
    for m in figures:
        share = pop_part * Fraction(m.population, population)
        if live:
            whole = sum(live.values())
            share += cause_part * sum(w / whole * Fraction(m.clients[k], totals[k]) for k, w in live.items())
        else:
            share += cause_part * Fraction(m.population, population)
        out.append(share)
    return out


@settings(max_examples=300, deadline=None)
@given(total=st.integers(0, 10**11), pop_pct=st.integers(0, 100), raw=members_st, weights=weights_st)
def test_shares_always_sum_to_the_total(total: int, pop_pct: int, raw: list[tuple[int, dict[str, int]]],
                                        weights: dict[str, Decimal]) -> None:
    figures = [MemberFigures(f"K{i}", pop, counts) for i, (pop, counts) in enumerate(raw)]
    split = split_costs(total, Decimal(pop_pct), Decimal(100 - pop_pct), weights, figures)
    assert sum(m.total_cents for m in split.members) == total
    assert sum(m.population_cents for m in split.members) == split.population_cents
    assert sum(m.causation_cents for m in split.members) == split.causation_cents
    assert split.population_cents + split.causation_cents == total
    assert all(m.population_cents >= 0 and m.causation_cents >= 0 for m in split.members)
    if not split.causation_by_population:
        assert sum(s.cents for s in split.segments) == split.causation_cents
    if total:
        assert sum(m.basis_points for m in split.members) == 10_000
    for share, exact in zip(split.members, exact_shares(total, pop_pct, weights, figures), strict=True):
        assert abs(share.total_cents - exact) < Fraction(5, 2)
        if exact == 0:
            assert share.total_cents == 0

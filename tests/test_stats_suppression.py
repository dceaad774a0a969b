"""Small-count suppression: primary, complementary, and that no total can recover a hidden cell."""

from __future__ import annotations

from itertools import product

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.services.suppression import MIN_COUNT, groups_along, primary, suppress


def _single_hidden_groups(hidden: set[tuple[str, ...]], groups: list[list[tuple[str, ...]]]) -> list[list[tuple]]:
    return [g for g in groups if len(g) > 1 and sum(k in hidden for k in g) == 1]


def test_primary_hides_one_to_four_and_shows_zero() -> None:
    assert primary({"a": 0, "b": 4, "c": 5, "d": 120, "e": 1}) == {"b", "e"}


def test_a_zero_is_the_complement_only_when_nothing_else_is_left() -> None:
    values = {("KE",): 40, ("RO",): 3, ("GT",): 0, ("ID",): 25}
    assert suppress(values, groups_along(values)) == {("RO",), ("ID",)}
    values = {("RO",): 3, ("GT",): 0}
    assert suppress(values, groups_along(values)) == {("RO",), ("GT",)}


def test_cells_hidden_for_another_reason_count_as_hidden() -> None:
    values = {("a",): 30, ("b",): 40, ("c",): 50}
    assert suppress(values, groups_along(values), hidden=[("c",)]) == {("a",), ("c",)}


def test_one_hidden_cell_takes_the_next_smallest_with_it() -> None:
    values = {("KE",): 40, ("RO",): 3, ("GT",): 12, ("ID",): 25}
    hidden = suppress(values, groups_along(values))
    assert hidden == {("RO",), ("GT",)}
    # The total (80) minus the visible cells (65) is 15: the sum of two hidden cells, not either of them.


def test_two_hidden_cells_need_nothing_more() -> None:
    values = {("KE",): 40, ("RO",): 3, ("GT",): 2, ("ID",): 25}
    assert suppress(values, groups_along(values)) == {("RO",), ("GT",)}


def test_nothing_small_nothing_hidden() -> None:
    values = {("KE",): 40, ("RO",): 30}
    assert suppress(values, groups_along(values)) == set()


def test_a_single_cell_has_no_group() -> None:
    assert suppress({(): 3}, groups_along([()])) == {()}
    assert suppress({(): 30}, groups_along([()])) == set()


def test_ties_are_broken_the_same_way_every_time() -> None:
    values = {("a",): 3, ("b",): 9, ("c",): 9}
    assert suppress(values, groups_along(values)) == {("a",), ("b",)}


def test_groups_along_each_dimension() -> None:
    keys = [("KE", "youth"), ("KE", "caregiver"), ("RO", "youth")]
    groups = groups_along(keys)
    assert sorted(map(sorted, groups)) == sorted(map(sorted, [
        [("KE", "youth"), ("RO", "youth")],  # along country, audience fixed
        [("KE", "caregiver")],
        [("KE", "youth"), ("KE", "caregiver")],  # along audience, country fixed
        [("RO", "youth")],
    ]))
    assert groups_along([]) == []


def test_secondary_suppression_cascades_across_dimensions() -> None:
    """Hiding KE/caregiver's partner in the KE row leaves the youth column with one hidden cell: fixed too."""
    values = {
        ("KE", "youth"): 50, ("KE", "caregiver"): 3,
        ("RO", "youth"): 8, ("RO", "caregiver"): 30,
        ("GT", "youth"): 60, ("GT", "caregiver"): 70,
    }
    groups = groups_along(values)
    hidden = suppress(values, groups)
    assert ("KE", "caregiver") in hidden
    assert _single_hidden_groups(hidden, groups) == []
    assert all(values[k] >= MIN_COUNT or values[k] == 0 for k in set(values) - hidden)


def _recoverable(values: dict, hidden: set, groups: list[list]) -> set:
    """Cells an attacker pins down exactly from group totals (published by other queries) minus visible cells,
    repeating as each recovered cell becomes visible to them. A one-cell group's total is the cell itself, which
    the other query suppresses by the same rule, so it gives nothing away."""
    known = set(values) - hidden
    changed = True
    while changed:
        changed = False
        for group in groups:
            if len(group) < 2:
                continue
            unknown = [k for k in group if k not in known]
            if len(unknown) == 1:
                known.add(unknown[0])
                changed = True
    return known & hidden


def test_difference_attack_through_totals_recovers_nothing() -> None:
    # Country x audience; the marginals are what group_by=country and group_by=audience return.
    values = {
        ("KE", "youth"): 120, ("KE", "caregiver"): 2, ("KE", "professional"): 41,
        ("RO", "youth"): 33, ("RO", "caregiver"): 19, ("RO", "professional"): 7,
    }
    groups = groups_along(values)
    naive = primary(values)
    assert _recoverable(values, naive, groups) == naive  # without complementary suppression: all recovered
    hidden = suppress(values, groups)
    assert _recoverable(values, hidden, groups) == set()


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 4), st.integers(1, 4),
    st.lists(st.integers(0, 30), min_size=16, max_size=16),
    st.lists(st.booleans(), min_size=16, max_size=16),
)
def test_property_no_group_is_left_with_one_hidden_cell(rows: int, cols: int, numbers: list[int],
                                                         present: list[bool]) -> None:
    keys = [k for i, k in enumerate(product(range(rows), range(cols))) if present[i]]
    values = {k: numbers[i] for i, k in enumerate(keys)}
    groups = groups_along(values)
    hidden = suppress(values, groups)
    assert {k for k, v in values.items() if 0 < v < MIN_COUNT} <= hidden
    assert _single_hidden_groups(hidden, groups) == []
    assert _recoverable(values, hidden, groups) == set()

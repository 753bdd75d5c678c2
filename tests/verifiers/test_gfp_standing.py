"""A country's standing in a field by one measure: the largest figure first, ties as a range."""

from __future__ import annotations

from veracity.verifiers.gfp_standing import figure, standing

FIELD = [
    {"iso3": "AAA", "rank": 1, "tanks": 10, "fighters": 5},
    {"iso3": "BBB", "rank": 2, "tanks": 30, "fighters": 5},
    {"iso3": "CCC", "rank": 3, "tanks": 30, "fighters": None},
    {"iso3": "DDD", "rank": 4, "tanks": 20, "fighters": 1},
]


def test_overall_standing_is_the_rank() -> None:
    at = standing(FIELD, "CCC", None)
    assert (at.best, at.worst, at.size, at.value) == (3, 3, 4, None)


def test_a_measure_counts_from_the_largest_figure() -> None:
    at = standing(FIELD, "DDD", ("tanks",))
    assert (at.best, at.worst, at.value) == (3, 3, 20)
    assert [r["iso3"] for r in at.ordered] == ["BBB", "CCC", "DDD", "AAA"]


def test_a_tie_is_a_range_of_places() -> None:
    at = standing(FIELD, "BBB", ("tanks",))
    assert (at.best, at.worst) == (1, 2)


def test_a_figure_sums_columns_and_blank_is_zero() -> None:
    assert figure(FIELD[2], ("tanks", "fighters")) == 30

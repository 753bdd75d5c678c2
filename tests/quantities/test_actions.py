"""Action words and their measures; plans told apart from facts."""

from __future__ import annotations

import pytest

from veracity.quantities.actions import find_actions, is_future


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("are being procured", ["order"]),
        ("Egypt ordered and received", ["order", "delivery"]),
        ("signed a contract for", ["order"]),
        ("have been overhauled", ["overhaul"]),
        ("repaired so far", ["repair"]),
        ("were modernised", ["modernisation"]),
        ("will produce", ["production"]),
        ("lost in combat", ["loss"]),
        ("deployed to the border", ["deployment"]),
        ("will recruit", ["recruitment"]),
        ("Kazakhstan has 300 tanks", ["inventory"]),
        ("Kazakhstan has received", ["delivery"]),
        ("a report on updates", []),
    ],
)
def test_measures(text: str, measures: list[str]) -> None:
    assert [a.measure for a in find_actions(text)] == measures


@pytest.mark.parametrize(
    ("text", "future"),
    [
        ("Kazakhstan will buy 12 jets.", True),
        ("Kazakhstan plans to acquire drones.", True),
        ("Kazakhstan is set to receive vehicles.", True),
        ("Kazakhstan bought 12 jets in 2018.", False),
        ("12 jets are being procured.", False),
    ],
)
def test_future(text: str, future: bool) -> None:
    assert is_future(text) is future

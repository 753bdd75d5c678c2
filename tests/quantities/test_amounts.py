"""Qualifiers and ranges read as intervals (cases in cases/amounts.yaml)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import yaml

from veracity.quantities.amounts import Amount, read_amount
from veracity.quantities.numbers import find_cardinals

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "amounts.yaml").read_text())


def _amount(text: str) -> Amount:
    numbers = find_cardinals(text)
    amount, _ = read_amount(text, numbers, len(numbers) - 1)
    return amount


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_amounts(case: dict[str, Any]) -> None:
    amount = _amount(case["text"])
    assert amount.qualifier == case["qualifier"]
    assert (amount.low, amount.high) == (case["low"], case["high"])
    assert amount.describe() == case["describe"]
    assert case["text"][amount.span[0] : amount.span[1]] == amount.text


def test_a_range_reports_its_first_number() -> None:
    text = "between 10 and 20 drones"
    _, first = read_amount(text, find_cardinals(text), 1)
    assert first == 0


@pytest.mark.parametrize(
    ("text", "size"),
    [("500 jets", 500), ("more than 50", 51), ("up to 500", 500), ("fewer than 30", None)],
)
def test_size_is_what_a_plausibility_rule_weighs(text: str, size: float | None) -> None:
    assert _amount(text).size == size


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("1,500", 1450, 1549.999), ("40", 35, 44.999), ("42", 42, 42), ("7", 7, 7)],
)
def test_round_figures_tolerate_half_their_rounding_unit(
    text: str, low: float, high: float
) -> None:
    amount = _amount(text).tolerant()
    assert amount.low == low
    assert math.isclose(amount.high, high)


def test_other_qualifiers_are_not_widened() -> None:
    amount = _amount("more than 1,500")
    assert amount.tolerant() == amount

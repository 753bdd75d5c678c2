"""Cardinal numbers in digits and words, with spans (cases in cases/numbers.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from veracity.quantities.numbers import find_cardinals

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "numbers.yaml").read_text())


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_numbers(case: dict[str, Any]) -> None:
    found = find_cardinals(case["text"])
    assert [[n.text, n.value] for n in found] == case["numbers"]
    for number in found:
        assert case["text"][number.start : number.end] == number.text
    for number, flag in zip(found, case.get("flags", []), strict=False):
        if flag:
            assert getattr(number, flag), (number, flag)


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_with_thousands_separators_round_trip(value: int) -> None:
    text = f"received {value:,} vehicles"
    [number] = find_cardinals(text)
    assert number.value == value
    assert number.text == f"{value:,}"

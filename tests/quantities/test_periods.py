"""Period phrases resolved against a reference year (cases in cases/periods.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from veracity.quantities.periods import find_period

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "periods.yaml").read_text())


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_periods(case: dict[str, Any]) -> None:
    period = find_period(case["text"], case["reference"])
    if case["period"] is None:
        assert period is None
        return
    assert period is not None
    assert [period.kind, period.start, period.end] == case["period"]
    assert case["text"][period.span[0] : period.span[1]] == period.text


def test_the_key_compares_periods_and_years_counts_them() -> None:
    this_year = find_period("this year", 2024)
    in_2024 = find_period("in 2024", None)
    assert this_year is not None
    assert in_2024 is not None
    assert this_year.key == in_2024.key
    assert this_year.years == 1
    so_far = find_period("so far", 2024)
    assert so_far is not None
    assert so_far.years is None

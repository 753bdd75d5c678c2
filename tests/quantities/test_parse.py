"""Quantities of a claim: amount, category, action, period, "new" (cases in cases/parse.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from veracity.quantities.parse import Quantity, read_quantities

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "parse.yaml").read_text())


def _summary(q: Quantity) -> dict[str, Any]:
    return {
        "phrase": q.phrase,
        "category": q.category.id,
        "measure": q.measure,
        "qualifier": q.amount.qualifier,
        "low": q.amount.low,
        "period": list(q.period.key) if q.period else None,
        "new": q.new is not None,
    }


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_parse(case: dict[str, Any]) -> None:
    found = read_quantities(case["text"], 2024)
    expected = [{k: v for k, v in q.items() if k != "counted"} for q in case["quantities"]]
    assert [_summary(q) for q in found] == expected
    for quantity, wanted in zip(found, case["quantities"], strict=True):
        if "counted" in wanted:
            assert quantity.counted == wanted["counted"]


def test_spans_cover_every_part_of_the_statement() -> None:
    text = "Kazakhstan received 40 new tanks this year."
    [quantity] = read_quantities(text, 2024)
    words = sorted(text[s:e] for s, e in quantity.spans())
    assert words == ["40", "new", "received", "tanks", "this year"]


def test_new_things_without_a_verb_are_an_acquisition() -> None:
    [quantity] = read_quantities("500 new fighter jets for the air force.")
    assert (quantity.kind, quantity.measure) == ("acquisition", "order")
    [bare] = read_quantities("500 fighter jets for the air force.")
    assert (bare.kind, bare.measure) == (None, None)

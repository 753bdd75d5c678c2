"""Inventory assertions read from claim text (cases in cases/inventories.yaml)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from veracity import Article, Claim, ClaimSet, Sources
from veracity.analysis import ClaimDoc
from veracity.context import Context

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "inventories.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_reading(case: dict[str, Any]) -> None:
    claim = Claim(id="c", text=case["text"])
    title = case.get("title", "An article")
    article = Article(id="a", title=title, published=dt.date(2024, 5, 1))
    context = Context(sources=Sources(), claim_set=ClaimSet(article=article, claims=(claim,)))
    reading = ClaimDoc(claim, context).inventory
    if case.get("none"):
        assert reading is None
        return
    assert reading is not None
    if "cited" in case:
        assert reading.cited is case["cited"]
    if "dated" in case:
        assert reading.dated is case["dated"]
    if "edition" in case:
        assert reading.edition == case["edition"]
    if "figures" in case:
        got = [
            f"{f.quantity.country.iso3 if f.quantity.country else '-'} "
            f"{f.quantity.category.id} {f.quantity.amount.stated:g}"
            for f in reading.figures
        ]
        assert got == case["figures"]
    if "comparisons" in case:
        got = [
            f"{c.subject.country.iso3} {'more' if c.more else 'fewer'} {c.other.country.iso3}"
            for c in reading.comparisons
        ]
        assert got == case["comparisons"]

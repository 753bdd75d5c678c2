"""Ranking sentences in many outlets' styles (tests/data/gfp-style-probes.yaml), read and judged
against the bundled Global Firepower 2024 table; every figure a probe relies on is checked
against the table first."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from veracity import Article, Claim, ClaimSet, Sources
from veracity.context import Context
from veracity.engine.aggregate import aggregate
from veracity.engine.plugins import LoadedVerifier, discover
from veracity.engine.runner import check_claim

GROUPS: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent.parent / "data" / "gfp-style-probes.yaml").read_text("utf-8")
)
PROBES = [(group, i) for group in GROUPS for i in range(len(group["probes"]))]


@cache
def _sources() -> Sources:
    return Sources()


@cache
def _verifiers() -> tuple[LoadedVerifier, ...]:
    return tuple(discover())


def _claim_set(group: dict[str, Any]) -> ClaimSet:
    """The group as one claim set: its context claims, then its probes, in order."""
    published = group.get("published")
    claims = [Claim(id=f"context-{i}", text=t) for i, t in enumerate(group.get("context", []), 1)]
    claims += [Claim(id=f"probe-{i}", text=p["text"]) for i, p in enumerate(group["probes"], 1)]
    article = Article(
        id="probes",
        title=group["title"],
        published=published if isinstance(published, dt.date) else None,
    )
    return ClaimSet(article=article, claims=tuple(claims))


def _facts(group: dict[str, Any]) -> list[str]:
    return [f for probe in group["probes"] for f in probe.get("facts", [])]


@pytest.mark.parametrize("group", GROUPS, ids=[g["style"][:60] for g in GROUPS])
def test_the_facts_of_a_group_are_the_bundled_table(group: dict[str, Any]) -> None:
    rows = {str(r["iso3"]): r for r in _sources().dataset("gfp-2024")}
    for fact in _facts(group):
        key, _, value = fact.partition("=")
        iso3, _, column = key.partition(".")
        assert str(rows[iso3][column]) == value, fact


@pytest.mark.parametrize(
    ("group", "index"),
    PROBES,
    ids=[f"{g['style'][:30]}: {g['probes'][i]['text'][:50]}" for g, i in PROBES],
)
def test_probe(group: dict[str, Any], index: int) -> None:
    probe = group["probes"][index]
    claim_set = _claim_set(group)
    claim = claim_set.claims[len(group.get("context", [])) + index]
    context = Context(sources=_sources(), claim_set=claim_set)
    findings = check_claim(claim, _verifiers(), context, timeout=None)
    verdict, explanation = aggregate(claim.text, findings)
    reading = context.for_claim(claim).analysis(claim).ranking
    assert verdict.value == probe["expect"], explanation
    if "because" in probe:
        assert probe["because"] in explanation, explanation
    if "read" in probe:
        assert [r.describe() for r in (reading.ranks if reading else ())] == probe["read"]
    if "totals" in probe:
        assert reading is not None
        assert [t.value for t in reading.totals] == probe["totals"]
    if "scores" in probe:
        assert reading is not None
        assert [s.value for s in reading.scores] == probe["scores"]
    if "compared" in probe:
        assert reading is not None
        got = [
            ("ahead of " if c.ahead else "behind ")
            + (c.other.country.iso3 if c.other else "-")
            + (f" by {c.distance}" if c.distance is not None else "")
            for c in reading.comparisons
        ]
        assert got == probe["compared"]
    if "inferred" in probe:
        assert reading is not None
        assert [i.describe() for i in reading.inferred] == probe["inferred"]


def test_every_group_is_described() -> None:
    for group in GROUPS:
        assert group["style"]
        assert group["title"]
        assert group["probes"]
        for probe in group["probes"]:
            assert probe["expect"] in {"supported", "refuted", "misleading", "not-enough-evidence"}

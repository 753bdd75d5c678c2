"""Per-claim-set memo: built once per claim set and sources, dropped with the claim set."""

from __future__ import annotations

import gc

import pytest

from veracity.claims.models import Article, Claim, ClaimSet
from veracity.context import Context
from veracity.memo import per_claim_set
from veracity.sources import Sources


def _claim_set() -> ClaimSet:
    return ClaimSet(article=Article(id="a", title="t"), claims=(Claim(id="c", text="x"),))


def test_built_once_per_claim_set() -> None:
    sources = Sources()
    first, second = _claim_set(), _claim_set()
    calls: list[ClaimSet] = []

    def build(claim_set: ClaimSet) -> int:
        calls.append(claim_set)
        return len(calls)

    assert per_claim_set(Context(sources, first), "n", build) == 1
    assert per_claim_set(Context(sources, first), "n", build) == 1
    assert per_claim_set(Context(sources, second), "n", build) == 2
    assert per_claim_set(Context(sources, first), "other", build) == 3
    assert per_claim_set(Context(Sources(), first), "n", build) == 4


def test_dropped_when_the_claim_set_is_collected() -> None:
    sources = Sources()
    claim_set = _claim_set()
    per_claim_set(Context(sources, claim_set), "n", lambda cs: 1)
    memo = sources.derived("veracity.memo.per-claim-set", lambda s: None)
    assert memo is not None
    assert len(memo._values) == 1
    del claim_set
    gc.collect()
    assert len(memo._values) == 0


def test_needs_a_claim_set() -> None:
    with pytest.raises(ValueError, match="claim set"):
        per_claim_set(Context(Sources()), "n", lambda cs: 1)

"""The ledger of an article's quantities: conflicts by bisection, related measures."""

from __future__ import annotations

from veracity.claims.models import Article, Claim, ClaimSet
from veracity.context import Context
from veracity.quantities.ledger import Ledger
from veracity.sources import Sources


def _ledger(*texts: str) -> Ledger:
    claims = tuple(Claim(id=f"c{i}", text=t, country="Kazakhstan") for i, t in enumerate(texts))
    claim_set = ClaimSet(article=Article(id="a", title="t"), claims=claims)
    return Ledger(claim_set, Context(Sources(), claim_set))


def test_conflicts_lie_below_or_above() -> None:
    ledger = _ledger(
        "Kazakhstan received 40 new tanks this year.",
        "Kazakhstan received 4 new tanks this year.",
        "Kazakhstan received 42 new tanks this year.",
        "Kazakhstan received 400 new tanks this year.",
        "Kazakhstan received more than 30 new tanks this year.",
    )
    [entry] = ledger.entries["c0"]
    assert sorted(e.claim_id for e in ledger.conflicts(entry)) == ["c1", "c3"]
    assert ledger.conflicts(entry, limit=1)[0].claim_id in {"c1", "c3"}


def test_related_takes_one_claim_per_other_measure() -> None:
    ledger = _ledger(
        "Kazakhstan received 40 new tanks this year.",
        "Kazakhstan ordered 100 new tanks this year.",
        "Kazakhstan ordered 120 new tanks this year.",
        "Kazakhstan overhauled 200 tanks so far.",
    )
    [entry] = ledger.entries["c0"]
    assert [e.claim_id for e in ledger.related(entry)] == ["c1", "c3"]
    assert ledger.conflicts(entry) == []


def test_counts_without_a_known_action_are_left_out() -> None:
    ledger = _ledger("The 44 Leopard 2 tanks are German.", "Kazakhstan has 300 tanks.")
    assert ledger.entries["c0"] == []
    assert len(ledger.entries["c1"]) == 1

"""consistency.quantities over whole articles: both sides refuted, notes, one ledger per set."""

from __future__ import annotations

from pathlib import Path

import pytest

import veracity.quantities.ledger as ledger_module
from veracity.claims import load_claim_set
from veracity.claims.models import Article, Claim, ClaimSet
from veracity.engine.plugins import discover
from veracity.engine.runner import run
from veracity.findings import NOTE, Verdict
from veracity.sources import Sources
from veracity.verifiers.consistency import QuantityConsistency

VERIFIER = discover(builtins_only=True, select=frozenset({"consistency.quantities"}))
KZ2024 = Path(__file__).parents[2] / "claims" / "kz2024.yaml"


def _claim_set(*texts: str) -> ClaimSet:
    claims = tuple(Claim(id=f"c{i}", text=t) for i, t in enumerate(texts))
    return ClaimSet(
        article=Article(id="a", title="Kazakhstan rearms", url="https://x.test/a"), claims=claims
    )


def test_both_statements_are_refuted_each_citing_the_other() -> None:
    claim_set = _claim_set(
        "Kazakhstan received 40 new tanks this year.",
        "The 400 new tanks Kazakhstan received this year are T-72s.",
        "Kazakhstan will buy transport aircraft.",
    )
    report = run(claim_set, VERIFIER, Sources(), timeout=None)
    first, second, third = report.results
    assert (first.verdict, second.verdict) == (Verdict.REFUTED, Verdict.REFUTED)
    assert first.findings[0].related == ("c1",)
    assert second.findings[0].related == ("c0",)
    [evidence] = first.findings[0].evidence
    assert (evidence.dataset, evidence.key, evidence.url) == ("article:a", "c1", "https://x.test/a")
    assert third.findings == ()


def test_kz2024_gets_notes_not_verdicts() -> None:
    report = run(load_claim_set(KZ2024), VERIFIER, Sources(), timeout=None)
    noted = {r.claim.id: [f.verdict for f in r.findings] for r in report.results if r.findings}
    assert noted == {"units-overhauled": [NOTE], "units-repaired": [NOTE]}
    assert all(r.verdict == Verdict.NOT_ENOUGH_EVIDENCE for r in report.results if r.findings)


def test_the_ledger_is_built_once_per_claim_set(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    original = ledger_module.claim_quantities

    def counting(claim: Claim, context: object) -> object:
        parsed.append(claim.id)
        return original(claim, context)  # type: ignore[arg-type]

    monkeypatch.setattr(ledger_module, "claim_quantities", counting)
    texts = [f"Kazakhstan received {n:,} new tanks this year." for n in range(10, 2010, 10)]
    claim_set = _claim_set(*texts)
    report = run(claim_set, VERIFIER, Sources(), timeout=None)
    assert sorted(parsed) == sorted(c.id for c in claim_set.claims)
    assert all(r.verdict == Verdict.REFUTED for r in report.results)
    assert all(len(r.findings[0].related) == 5 for r in report.results)


def test_a_claim_outside_the_set_is_compared_with_it() -> None:
    from veracity.context import Context

    claim_set = _claim_set("Kazakhstan received 400 new tanks this year.", "Kazakhstan has tanks.")
    outsider = Claim(id="elsewhere", text="Kazakhstan received 40 new tanks this year.")
    findings = list(QuantityConsistency().check(outsider, Context(Sources(), claim_set)))
    assert [f.verdict for f in findings] == [Verdict.REFUTED]

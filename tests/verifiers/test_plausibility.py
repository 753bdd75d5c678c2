"""quantities.plausibility on the reference article, without SIPRI, and as a rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veracity.claims import ClaimSet, load_claim_set
from veracity.engine.plugins import discover
from veracity.engine.runner import run
from veracity.findings import Verdict
from veracity.quantities.categories import CATEGORIES
from veracity.sources import Sources
from veracity.sources.countries import countries
from veracity.testing import verify_text
from veracity.verifiers.plausibility import FACTOR, FLOORS

VERIFIER = discover(builtins_only=True, select=frozenset({"quantities.plausibility"}))
KZ2024 = Path(__file__).parents[2] / "claims" / "kz2024.yaml"
ARITHMETIC = (
    "500 new fighter jets would be 6.2 times Kazakhstan's whole fighter fleet "
    "(81, Global Firepower 2024)"
)


def _fighters(claim_set: ClaimSet, sources: Sources) -> tuple[str, str, list[str]]:
    report = run(claim_set, VERIFIER, sources, timeout=None)
    result = next(r for r in report.results if r.claim.id == "fighter-jets-procured")
    details = [e.detail for f in result.findings for e in f.evidence]
    return result.verdict.value, result.explanation, details


@pytest.mark.parametrize("hints", [True, False], ids=["with-hints", "without-hints"])
def test_kz2024_five_hundred_fighters_is_refuted(hints: bool, sipri_sources: Sources) -> None:
    claim_set = load_claim_set(KZ2024)
    if not hints:
        claims = tuple(c.model_copy(update={"country": None}) for c in claim_set.claims)
        claim_set = claim_set.model_copy(update={"claims": claims})
        assert not any(c.country for c in claim_set.claims)
    verdict, explanation, details = _fighters(claim_set, sipri_sources)
    assert verdict == "refuted"
    assert ARITHMETIC in explanation
    assert "more than all 62 fighters it ordered from abroad in 1995–2021 (SIPRI)" in explanation
    assert "Kazakhstan: fighters 81" in details


def test_without_the_register_the_rule_still_refutes(bare_sources: Sources) -> None:
    verdict, explanation, details = _fighters(load_claim_set(KZ2024), bare_sources)
    assert verdict == "refuted"
    assert ARITHMETIC in explanation
    assert "SIPRI" not in explanation
    assert details == ["Kazakhstan: fighters 81"]


def test_kz2024_other_quantities_stay_unconfirmed(sipri_sources: Sources) -> None:
    report = run(load_claim_set(KZ2024), VERIFIER, sipri_sources)
    decided = {r.claim.id: r.verdict.value for r in report.results if r.findings}
    assert decided == {
        "fighter-jets-procured": "refuted",
        "units-overhauled": "not-enough-evidence",
        "units-repaired": "not-enough-evidence",
    }


def test_a_supported_quantity_cites_its_sipri_row(sipri_sources: Sources) -> None:
    result = verify_text(
        "Egypt ordered 30 Rafale fighters in 2021.",
        "quantities.plausibility",
        sources=sipri_sources,
    )
    assert result.verdict == Verdict.SUPPORTED
    [finding] = result.findings
    assert [(e.dataset, e.key) for e in finding.evidence] == [("arms-transfers", "egy-2021-rafale")]


def test_every_category_with_an_inventory_has_a_floor() -> None:
    assert {c.id for c in CATEGORIES if c.columns} == set(FLOORS)


_BARE = Sources()
_BARE._folders.pop("arms-transfers", None)
_COUNTRIES = ["Kazakhstan", "Uzbekistan", "Egypt", "Poland", "Mongolia", "Malta", "Japan"]
_NOUNS = [
    "fighter jets",
    "tanks",
    "attack helicopters",
    "drones",
    "submarines",
    "troops",
    "armoured vehicles",
    "air defence systems",
    "units of equipment",
    "warships",
]
_VERBS = ["ordered", "will receive", "is buying", "received", "has repaired", "procured"]
_WHEN = ["", " this year", " in 2023", " by the end of 2024", " so far"]


@settings(max_examples=150, deadline=None)
@given(
    country=st.sampled_from(_COUNTRIES),
    verb=st.sampled_from(_VERBS),
    number=st.integers(min_value=1, max_value=5000),
    noun=st.sampled_from(_NOUNS),
    when=st.sampled_from(_WHEN),
)
def test_without_a_record_nothing_is_ever_supported(
    country: str, verb: str, number: int, noun: str, when: str
) -> None:
    text = f"{country} {verb} {number:,} new {noun}{when}."
    result = verify_text(text, "quantities.plausibility", sources=_BARE)
    assert result.verdict != Verdict.SUPPORTED, text
    assert all(f.verdict != Verdict.SUPPORTED for f in result.findings), text


def test_no_sipri_order_since_2000_would_be_refuted() -> None:
    """The calibration claim of the module docstring, re-checked on the installed register."""
    sources = Sources()
    if "arms-transfers" not in sources:
        pytest.skip("the SIPRI register (arms-transfers) is not installed")
    resolver, gfp = countries(sources), sources.dataset("gfp-2024")
    refuted = []
    for row in sources.dataset("arms-transfers"):
        number, year = row.get("number_ordered"), row.get("year_of_order")
        if not number or row.get("number_ordered_uncertain") or not year or int(year) < 2000:
            continue
        inventory = gfp.get(row.get("recipient_iso3"))
        if inventory is None or resolver.by_iso3.get(str(row.get("recipient_iso3"))) is None:
            continue
        for category in CATEGORIES:
            if row.get("description") in category.sipri and category.columns:
                fleet = sum(int(inventory[c] or 0) for c in category.columns)
                if int(number) > max(FACTOR * fleet, FLOORS[category.id]):
                    refuted.append((row.get("id"), category.id, number, fleet))
    assert refuted == []

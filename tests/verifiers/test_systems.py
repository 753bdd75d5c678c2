"""The weapon-system verifiers together: evidence, coverage and the reference article."""

from __future__ import annotations

from pathlib import Path

import pytest

from veracity.claims import load_claim_set
from veracity.engine.plugins import discover
from veracity.engine.runner import run
from veracity.findings import Verdict
from veracity.sources import Sources
from veracity.testing import verify_text

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_VERIFIERS = [
    "systems.maker",
    "systems.origin",
    "systems.role",
    "systems.spelling",
    "systems.supplier",
    "transfers.deals",
]

# Verdicts on every system, maker and supplier claim of claims/kz2024.yaml.
KZ2024 = {
    "chinese-quadcopters": "not-enough-evidence",  # the plan to acquire is in no dataset
    "european-transport-aircraft": "supported",
    "arlan-delivery-2024": "not-enough-evidence",  # ordered 2018: before the bundled orders
    "arlan-wheeled": "supported",
    "arlan-maker": "supported",
    "cobra-delivery-2024": "supported",
    "cobra-maker": "misleading",  # "Otocar" for Otokar
    "sunqar-acquisition": "not-enough-evidence",
    "evomax-acquisition": "not-enough-evidence",
    "su30sm-preferred": "not-enough-evidence",
    "su30sm-russian": "supported",
    "rafale-considered": "not-enough-evidence",
    "rafale-french": "supported",
    "rafale-cost": "not-enough-evidence",
    "su30sm-multirole": "supported",
    "su30sm-discreet": "not-enough-evidence",
    "anka-trials": "not-enough-evidence",
    # the buyer's "heavy-class" was the checked article's own word (issue 18)
    "anka-heavy-class": "not-enough-evidence",
    "anka-turkish": "supported",
    "anka-four-countries": "not-enough-evidence",
    "anka-production": "not-enough-evidence",
    "eu-delivers-a400m": "misleading",  # the EU builds and sells no aircraft
    "a400m-heavy-lift": "supported",
}


WHOLE_REGISTER = {**KZ2024, "arlan-delivery-2024": "supported"}
"""The same with the whole SIPRI register imported: the 2018 order of the Arlan is found."""


def _verdicts(sources: Sources) -> dict[str, str]:
    report = run(
        load_claim_set(ROOT / "claims" / "kz2024.yaml"),
        discover(builtins_only=True),
        sources,
        timeout=None,
    )
    return {r.claim.id: r.verdict.value for r in report.results}


@pytest.fixture(scope="module")
def kz2024(sources: Sources) -> dict[str, str]:
    return _verdicts(sources)


@pytest.mark.parametrize(("claim_id", "expected"), sorted(KZ2024.items()))
def test_kz2024_system_claims(kz2024: dict[str, str], claim_id: str, expected: str) -> None:
    assert kz2024[claim_id] == expected


def test_kz2024_system_claims_with_the_whole_register(whole_register: Sources) -> None:
    verdicts = _verdicts(whole_register)
    assert {k: verdicts[k] for k in WHOLE_REGISTER} == WHOLE_REGISTER


@pytest.mark.parametrize(
    "text",
    [
        "The Su-30SM is a multi-role fighter.",
        "The COBRA II comes from the Turkish company Otocar.",
        "The European Union is expected to deliver the first A400M to Kazakhstan.",
        "Kazakhstan ordered 12 Su-30SM in 2021.",
        "The Arlan is produced by Kazakhstan Paramount Engineering.",
        "The A400M is French.",
    ],
)
def test_every_finding_cites_its_rows(sources: Sources, text: str) -> None:
    findings = verify_text(text, sources=sources).findings
    mine = [f for f in findings if f.verifier in SYSTEM_VERIFIERS]
    assert mine
    for finding in mine:
        assert finding.explanation.endswith(".")
        assert finding.evidence
        for evidence in finding.evidence:
            assert evidence.dataset in sources
            assert evidence.key
            assert evidence.url.startswith("http")
            assert evidence.retrieved


def test_covers_are_exactly_the_words_checked(sources: Sources) -> None:
    text = "The Su-30SM is a multi-role fighter."
    (finding,) = verify_text(text, "systems.role", sources=sources).findings
    assert sorted(text[a:b] for a, b in finding.covers) == ["Su-30SM", "fighter", "multi-role"]


def test_a_checked_detail_does_not_support_an_unchecked_claim(sources: Sources) -> None:
    text = "The preferred choice for new aircraft is the Russian Su-30SM."
    result = verify_text(text, sources=sources)
    assert result.verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert "preferred" in result.explanation


def test_a_maker_contradicted_on_a_name_of_unrelated_rows_is_not_refuted() -> None:
    """The manufacture assertion is not confident when the system's name fits unrelated rows
    (two systems called Caracal): no contradiction rests on it, the candidates are named."""
    result = verify_text("Rafael builds the Caracal.", "systems.maker", sources=Sources())
    (finding,) = result.findings
    assert finding.verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert "systems:caracal" in finding.explanation


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # the note describes the BrahMos as a "ramjet supersonic cruise missile"
        ("BrahMos is a supersonic cruise missile.", Verdict.SUPPORTED),
        # a speed the note does not give is unchecked, never refuted on the note alone
        ("BrahMos is a subsonic cruise missile.", Verdict.NOT_ENOUGH_EVIDENCE),
        ("BrahMos is a hypersonic cruise missile.", Verdict.NOT_ENOUGH_EVIDENCE),
    ],
)
def test_a_speed_the_description_gives_supports_and_never_contradicts(
    text: str, verdict: Verdict
) -> None:
    result = verify_text(text, "systems.role", sources=Sources())
    assert result.verdict == verdict

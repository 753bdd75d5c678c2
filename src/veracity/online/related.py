"""Related reading: published fact-checks of claims similar to one claim, never a verdict.

The runner adds the note this module makes to each checked claim when the run is online and a
Fact Check Tools key is set. It is an informational finding: reports show it, the aggregate rule
skips it, so a claim's verdict and explanation are the same with or without it.
"""

from __future__ import annotations

from veracity.claims.models import Claim
from veracity.errors import SourceUnavailable
from veracity.findings import NOTE, Evidence, Finding
from veracity.online.factcheck import DATASET, SOURCE, PublishedCheck
from veracity.online.session import Online

__all__ = ["NAME", "related_reading"]

NAME = "online.fact-checks"
SHOWN = 3


def _note(explanation: str, evidence: tuple[Evidence, ...] = ()) -> Finding:
    return Finding(
        verifier=NAME,
        verdict=NOTE,
        explanation=explanation,
        evidence=evidence,
    )


def _detail(check: PublishedCheck) -> str:
    facts = [f"rated “{check.rating}”"] if check.rating else []
    facts += [f"reviewed {check.reviewed}"] if check.reviewed else []
    return f"{check.publisher}: {check.title or check.claim}" + (
        f" ({', '.join(facts)})" if facts else ""
    )


def related_reading(claim: Claim, online: Online) -> list[Finding]:
    """At most one note: the published fact-checks found, or that the source was unavailable."""
    checks = online.factchecks
    if checks is None:
        return []
    try:
        found = online.ask(SOURCE, checks.search, claim.text)
    except SourceUnavailable as exc:
        return [_note(f"{SOURCE} was unavailable ({exc.reason}); no related reading is listed.")]
    except Exception as exc:  # related reading must never stop a run
        return [_note(f"Looking up published fact-checks failed ({type(exc).__name__}).")]
    if not found:
        return []
    shown = found[:SHOWN]
    summary = "; ".join(
        f"{c.publisher} rated “{c.rating}”" if c.rating else c.publisher for c in shown
    )
    evidence = tuple(Evidence(DATASET, c.url, c.url, checks.retrieved, _detail(c)) for c in shown)
    plural = "s" if len(shown) != 1 else ""
    return [
        _note(
            f"Related reading, not a verdict: {len(shown)} published fact-check{plural} of "
            f"similar claims ({summary}).",
            evidence,
        )
    ]

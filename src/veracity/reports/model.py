"""The outcome of a run over one claim set: one result per claim, plus what was consulted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from veracity.claims.models import Claim, ClaimSet, Location
from veracity.findings import Finding, Verdict
from veracity.sources.dataset import DatasetMeta

if TYPE_CHECKING:
    from veracity.analysis.reading import Reading

__all__ = ["DEFAULT_FAIL_ON", "ClaimResult", "Report"]

DEFAULT_FAIL_ON = frozenset({Verdict.REFUTED})
"""The policy when none is given: a run fails on any `refuted` claim."""


@dataclass(frozen=True, slots=True)
class ClaimResult:
    claim: Claim
    verdict: Verdict
    explanation: str
    findings: tuple[Finding, ...]
    location: Location | None = None
    """Where the claim stands in the claim file."""
    article_location: Location | None = None
    """Where its words stand in the article text, when known."""
    reading: Reading | None = None
    """What the claim was read as (names and the rows they link to, places, counts, transfer
    assertions); None for a claim that was not checked."""

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_error)

    @property
    def deciding(self) -> tuple[Finding, ...]:
        """The findings whose label is the verdict (never an error or a note)."""
        return tuple(
            f
            for f in self.findings
            if f.verdict == self.verdict and not f.is_error and not f.is_note
        )

    @property
    def notes(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.is_note)


@dataclass(frozen=True, slots=True)
class Report:
    claim_set: ClaimSet
    results: tuple[ClaimResult, ...]
    datasets: tuple[DatasetMeta, ...]
    verifiers: tuple[tuple[str, str, str], ...]
    """(name, package, version) of every verifier that ran."""
    tool_version: str
    fail_on: frozenset[Verdict] = DEFAULT_FAIL_ON
    """The verdicts that fail the run (`--fail-on`); reports that judge pass/fail follow it."""
    settings: Mapping[str, Any] = field(default_factory=dict)
    """The workspace's `[tool.veracity]` table (e.g. the ClaimReview `author`)."""
    verifier_docs: Mapping[str, str] = field(default_factory=dict)
    """Verifier name → its full docstring (first line: the description)."""

    def violations(self) -> tuple[ClaimResult, ...]:
        """The results whose verdict the policy fails on."""
        return tuple(r for r in self.results if r.verdict in self.fail_on)

    def counts(self) -> dict[str, int]:
        counter = Counter(r.verdict for r in self.results)
        return {v.value: counter.get(v, 0) for v in Verdict}

    def summary(self) -> dict[str, object]:
        return {
            "claims": len(self.results),
            "verdicts": self.counts(),
            "errors": sum(len(r.errors) for r in self.results),
            "notes": sum(len(r.notes) for r in self.results),
        }

"""A stub verifier for the report tests run through the CLI (not a real check)."""

from __future__ import annotations

from collections.abc import Iterator

from veracity.claims import Claim
from veracity.context import Context
from veracity.findings import Evidence, Finding, Verdict
from veracity.verifiers.base import BaseVerifier

EVIDENCE = Evidence("example-data", "FRE", "https://data.example.org/table#FRE", "2024-05-01")


class DeskStub(BaseVerifier):
    """Test stub: refutes claims with a "500" in them, finds claims naming "Acme" misleading."""

    name = "tests.desk-stub"

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        if "500" in claim.text:
            yield self.finding(Verdict.REFUTED, "Stub: the number is wrong.", [EVIDENCE])
        elif "Acme" in claim.text:
            yield self.finding(Verdict.MISLEADING, "Stub: the maker is misattributed.", [EVIDENCE])

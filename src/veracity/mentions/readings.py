"""One verdict for a name that the data gives several readings ("Javelin", "Leopard 2").

When the finder cannot narrow a shared name down (see `Mentions` and its disambiguation by
makers and role words), a verifier checks every reading and reports one finding: the verdict of
the readings the data decides, if they agree (readings the data says nothing about do not
count), and otherwise `not-enough-evidence`, since the claim may be about either.
"""

from __future__ import annotations

from collections.abc import Sequence

from veracity.findings import Finding, Verdict

__all__ = ["one_reading"]


def one_reading(findings: Sequence[Finding], name: str) -> Finding:
    """A single finding for `name` from the findings on each of its readings."""
    decided = [f for f in findings if f.verdict != Verdict.NOT_ENOUGH_EVIDENCE]
    if len({f.verdict for f in decided}) <= 1:
        return (decided or list(findings))[0]
    return Finding(
        verifier=findings[0].verifier,
        verdict=Verdict.NOT_ENOUGH_EVIDENCE,
        explanation=f"“{name}” names several systems in the data, and they differ: "
        + " ".join(f.explanation for f in findings),
        evidence=tuple(e for f in findings for e in f.evidence),
    )

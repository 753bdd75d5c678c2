"""One verdict for a name that the data gives several readings ("Javelin", "Leopard 2").

When the finder cannot narrow a shared name down (see `Mentions` and its disambiguation by
makers and role words), a verifier checks every reading and reports one finding:

* every reading the data decides supports the claim → `supported` (a reading the data says
  nothing about does not block support: it cannot contradict);
* a contradiction (`refuted`, `misleading`) only when *every* reading contradicts the claim in
  the same way: if one candidate refutes it and another does not, the claim may be about the
  other, and the verdict is `not-enough-evidence` with the candidates named. Versions of one
  family (candidates of the same category and origin, as "Leopard 2" and "Leopard 2A4") are
  one system for this rule: a version the data says less about does not block the others;
* readings that disagree → `not-enough-evidence`;
* no reading decides → `not-enough-evidence`, every candidate named with its finding.

For a relation judged on each reading (who makes or supplies it), `agreed_reading` requires
every unrelated reading to agree: one reading's support is no support when another's row says
nothing or otherwise, and the candidates are named.

For a property every catalogue row gives of itself (its role, its origin), `shared_reading` is
stricter: candidates that are not versions of one family decide only what they all share, so a
reading that supports the claim and another whose own value says nothing of it (a fighter's role
and a light aircraft's) leave it `not-enough-evidence`, the candidates named. A candidate the
data gives no value for (no role, no origin) cannot disagree, and is left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from veracity.findings import Finding, Verdict
from veracity.mentions.catalog import Entity

__all__ = ["agreed_reading", "one_family", "one_reading", "shared_reading"]


def one_family(entities: Sequence[Entity]) -> bool:
    """True when the candidates look like versions of one system: same category and origin."""
    systems = [e for e in entities if e.kind == "system"]
    if len(systems) < 2:
        return True
    origins = {tuple(sorted(e.values("origin"))) for e in systems}
    categories = {e.text("category") for e in systems}
    return len(origins) == 1 and len(categories) == 1 and () not in origins


def one_reading(findings: Sequence[Finding], name: str, *, family: bool = False) -> Finding:
    """A single finding for `name` from the findings on each of its readings; `family` says
    the readings are versions of one system (see `one_family`)."""
    decided = [f for f in findings if f.verdict != Verdict.NOT_ENOUGH_EVIDENCE]
    verdicts = {f.verdict for f in decided}
    if len(findings) == 1:
        return findings[0]
    if not decided:
        return _undecided(findings, name)
    agreed = len(verdicts) == 1 and (family or len(decided) == len(findings))
    if verdicts == {Verdict.SUPPORTED} or agreed:
        if len(decided) == 1:
            return decided[0]
        evidence = tuple(dict.fromkeys(e for f in decided for e in f.evidence))
        return replace(decided[0], evidence=evidence)  # it cites every reading it rests on
    return _differ(findings, name)


def shared_reading(
    findings: Sequence[Finding], silent: Sequence[bool], name: str, *, family: bool = False
) -> Finding:
    """A single finding for `name` on a property each reading's row gives (its role, its
    origin): `silent` marks the readings whose row gives none, which are left out; the others,
    unless versions of one `family`, decide only when they all reach the same verdict."""
    speaking = [f for f, quiet in zip(findings, silent, strict=True) if not quiet]
    if not speaking:
        return findings[0] if len(findings) == 1 else _undecided(findings, name)
    if not family and len({f.verdict for f in speaking}) > 1:
        return _differ(speaking, name)
    return one_reading(speaking, name, family=family)


def agreed_reading(findings: Sequence[Finding], name: str, *, family: bool = False) -> Finding:
    """A single finding for `name` on a relation each reading is judged on (who makes it, who
    supplies it): versions of one `family` as `one_reading`; readings that are unrelated
    systems decide only when every one reaches the same decided verdict, and otherwise leave
    it `not-enough-evidence` with each candidate and its finding named."""
    if family or len(findings) == 1:
        return one_reading(findings, name, family=family)
    verdicts = {f.verdict for f in findings}
    if len(verdicts) == 1:
        return one_reading(findings, name)  # all decided alike, or none decides
    return _differ(findings, name)


def _undecided(findings: Sequence[Finding], name: str) -> Finding:
    """Not enough evidence: no reading of `name` decides the claim, each named with its
    finding."""
    return _several(findings, name, "and none of them decides the claim")


def _differ(findings: Sequence[Finding], name: str) -> Finding:
    """Not enough evidence: the readings of `name` differ, each named with its finding."""
    return _several(findings, name, "and they differ (the claim may be about any of them)")


def _several(findings: Sequence[Finding], name: str, how: str) -> Finding:
    said = dict.fromkeys(f.explanation for f in findings)
    return Finding(
        verifier=findings[0].verifier,
        verdict=Verdict.NOT_ENOUGH_EVIDENCE,
        explanation=f"“{name}” names several systems in the data, {how}: " + " ".join(said),
        evidence=tuple(e for f in findings for e in f.evidence),
    )

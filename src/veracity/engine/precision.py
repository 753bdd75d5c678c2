"""A decided verdict rests on a confident reading (DESIGN.md, "Precision before recall").

A `refuted` or `misleading` finding that checked a name the analysis read as ambiguous (several
catalogue systems that are not versions of one; see `veracity.analysis.reading.Link`) stands
only when its evidence cites every candidate system: the verifier judged each reading and the
contradiction holds for all of them. Otherwise the contradiction may hold for one candidate
only, and the finding becomes `not-enough-evidence` with the candidates named. The rule runs
after the verifiers and before `aggregate`, so it holds for plugins as for built-ins.

Likewise a claim whose system was inferred from an earlier claim of its set ("108 such
tanks", see `veracity.analysis.antecedents`) is never contradicted: an inference is not the
claim's words, so its contradictions become `not-enough-evidence` with the inference named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from veracity.analysis.reading import Link, Reading
from veracity.findings import Finding, Verdict

__all__ = ["rest_on_confident_readings"]

_CONTRADICTIONS = frozenset({Verdict.REFUTED, Verdict.MISLEADING})


def _overlaps(link: Link, finding: Finding) -> bool:
    start, end = link.span
    return any(a < end and start < b for a, b in finding.covers)


def _candidates(link: Link) -> list[tuple[str, str]]:
    """(row, name) of each candidate system of the link."""
    return [
        (row, name)
        for row, name in zip(link.rows, link.names, strict=False)
        if row.startswith("systems:")
    ]


def _unjudged(link: Link, finding: Finding) -> bool:
    """Whether the finding's evidence leaves a candidate system of the link uncited."""
    cited = {f"{e.dataset}:{e.key}" for e in finding.evidence}
    return any(row not in cited for row, _ in _candidates(link))


def _withheld(finding: Finding, link: Link) -> Finding:
    candidates = ", ".join(name for _, name in _candidates(link))
    return replace(
        finding,
        verdict=Verdict.NOT_ENOUGH_EVIDENCE,
        explanation=(
            f"“{link.text}” may name any of {candidates}, and this was judged on one of them "
            f"only, so it is not a {finding.verdict}: {finding.explanation}"
        ),
        covers=(),
    )


def _confirms(finding: Finding, link: Link) -> bool:
    return finding.verdict == Verdict.SUPPORTED and _overlaps(link, finding)


def _noted(finding: Finding, link: Link) -> Finding:
    names = " or ".join(link.names)
    return replace(
        finding,
        explanation=f"{finding.explanation} (“{link.text}” read as {names}, inferred from "
        f"{link.inferred})",
    )


def _on_inference(finding: Finding, link: Link) -> Finding:
    """A contradiction that may rest on the inferred system, withheld."""
    if finding.verdict not in _CONTRADICTIONS:
        return finding
    names = " or ".join(link.names)
    return replace(
        finding,
        verdict=Verdict.NOT_ENOUGH_EVIDENCE,
        explanation=(
            f"“{link.text}” was read as {names}, inferred from {link.inferred}, not from the "
            f"claim's words, so it is not a {finding.verdict}: {finding.explanation}"
        ),
        covers=(),
    )


def rest_on_confident_readings(
    findings: Sequence[Finding], reading: Reading | None
) -> list[Finding]:
    """`findings`, with each contradiction that rests on one reading of an ambiguous name made
    `not-enough-evidence` (see the module's docstring)."""
    inferred = [link for link in reading.links if link.inferred] if reading else []
    if inferred:
        told = [_on_inference(f, inferred[0]) for f in findings]
        noted = next((i for i, f in enumerate(told) if _confirms(f, inferred[0])), None)
        if noted is not None:  # the confirmation a reader reads first says what it rests on
            told[noted] = _noted(told[noted], inferred[0])
        return told
    ambiguous = [link for link in reading.links if link.ambiguous] if reading else []
    if not ambiguous:
        return list(findings)
    kept: list[Finding] = []
    for finding in findings:
        if finding.verdict in _CONTRADICTIONS:
            link = next(
                (x for x in ambiguous if _overlaps(x, finding) and _unjudged(x, finding)), None
            )
            if link is not None:
                finding = _withheld(finding, link)
        kept.append(finding)
    return kept

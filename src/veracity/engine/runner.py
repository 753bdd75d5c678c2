"""Run verifiers over a claim set and aggregate their findings into verdicts.

A verifier that raises, overruns its time limit, yields too much or yields something that is not
a valid Finding becomes an `error` finding on that claim and the run goes on (see
`veracity.engine.guard`). A missing or corrupt dataset stops the run with `DatasetError`.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from veracity.__about__ import __version__
from veracity.analysis.desk import link_problems
from veracity.analysis.reading import Reading, reading
from veracity.claims.models import Claim, ClaimSet
from veracity.context import Context
from veracity.engine.aggregate import aggregate
from veracity.engine.guard import guarded_check
from veracity.engine.plugins import LoadedVerifier
from veracity.engine.precision import rest_on_confident_readings
from veracity.errors import ClaimFileError
from veracity.findings import Finding, Verdict
from veracity.reports.model import DEFAULT_FAIL_ON, ClaimResult, Report
from veracity.sources.registry import Sources
from veracity.timelimit import alarm_installed

if TYPE_CHECKING:
    from veracity.online.session import Online

__all__ = ["DEFAULT_TIMEOUT", "check_claim", "run"]

DEFAULT_TIMEOUT = 10.0
"""Seconds one verifier may spend on one claim."""

Progress = Callable[[int, int], None]


def check_claim(
    claim: Claim,
    verifiers: Sequence[LoadedVerifier],
    context: Context,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> list[Finding]:
    """Every finding of every verifier on one claim, errors included.

    The verifiers share one analysis of the claim (`context.analysis(claim)`); a verifier that
    declares the features it handles is not called on a claim that holds none of them.
    """
    if isinstance(context, Context) and (context.doc is None or context.doc.claim is not claim):
        context = context.for_claim(claim)  # (a test may pass a stand-in for the context)
    findings: list[Finding] = []
    for loaded in verifiers:
        if _applies(loaded, context):
            findings.extend(guarded_check(loaded, claim, context, timeout))
    return findings


def _applies(loaded: LoadedVerifier, context: Context) -> bool:
    """False when the verifier handles features the claim's analysis holds none of. An analysis
    that fails here runs the verifier anyway, so the failure is reported as its error."""
    if not loaded.handles or not isinstance(context, Context) or context.doc is None:
        return True
    try:
        return any(context.doc.has(feature) for feature in loaded.handles)
    except Exception:
        return True


def _reading(context: Context) -> Reading | None:
    """What the claim was read as, for the report; None when its analysis fails (the verifiers
    that read it have reported the failure as their error)."""
    if context.doc is None:
        return None
    try:
        return reading(context.doc)
    except Exception:
        return None


def run(
    claim_set: ClaimSet,
    verifiers: Sequence[LoadedVerifier],
    sources: Sources | None = None,
    *,
    settings: dict[str, Any] | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    progress: Progress | None = None,
    fail_on: frozenset[Verdict] = DEFAULT_FAIL_ON,
    online: Online | None = None,
) -> Report:
    """Check every claim of `claim_set` with `verifiers`; return the report.

    `fail_on` is the policy the report carries (the verdicts that fail the run). With
    `online`, verifiers may consult online sources and each checked claim gets the published
    fact-checks of similar claims as related reading (never a verdict).
    """
    from veracity.engine.plugin_settings import validate_settings

    sources = sources or Sources()
    if problems := link_problems(claim_set, sources):
        raise ClaimFileError(problems)
    own = validate_settings(verifiers, (settings or {}).get("verifiers", {}), complete=False)
    context = Context(
        sources=sources,
        claim_set=claim_set,
        settings=settings or {},
        online=online,
        verifier_settings=own,
    )
    results = []
    total = len(claim_set.claims)
    with alarm_installed():  # the time limit's signal handler, once for the whole run
        for index, claim in enumerate(claim_set.claims, start=1):
            read: Reading | None = None
            if not claim.checkable:
                findings: list[Finding] = []
                verdict = Verdict.NOT_ENOUGH_EVIDENCE
                explanation = (
                    "Marked not checkable (an opinion, forecast or attribution); not checked."
                )
            else:
                claim_context = context.for_claim(claim)
                findings = check_claim(claim, verifiers, claim_context, timeout)
                read = _reading(claim_context)
                if online is not None:
                    from veracity.online.related import related_reading

                    findings.extend(related_reading(claim, online))
                findings = rest_on_confident_readings(findings, read)
                verdict, explanation = aggregate(claim.text, findings)
            results.append(
                ClaimResult(
                    claim=claim,
                    verdict=verdict,
                    explanation=explanation,
                    findings=tuple(findings),
                    location=claim_set.claim_locations.get(claim.id),
                    article_location=claim_set.article_location(claim),
                    reading=read,
                )
            )
            if progress is not None:
                progress(index, total)
    cited = sorted({e.dataset for r in results for f in r.findings for e in f.evidence})
    datasets = tuple(sources.meta(d) for d in cited if d in sources)
    if online is not None:  # online sources the findings cite (Wikidata, published reviews)
        datasets += tuple(m for d in cited if d not in sources and (m := online.meta(d)))
    return Report(
        claim_set=claim_set,
        results=tuple(results),
        datasets=datasets,
        verifiers=tuple((v.name, v.plugin.package, v.plugin.version) for v in verifiers),
        tool_version=__version__,
        fail_on=fail_on,
        settings=dict(settings or {}),
        verifier_docs={
            v.name: inspect.getdoc(type(v.verifier)) or v.description for v in verifiers
        },
    )

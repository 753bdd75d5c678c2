"""The rule that turns one claim's findings into one verdict.

1. Error and note findings are reported but never decide anything. A claim with a negation,
   a possibility word or a question mark that no finding covers is `not-enough-evidence`:
   the findings check the statement without that word (see `veracity.polarity`). So is a claim
   whose statement is framed as a hope, plan or allegation ("X claims that …"): the data decides
   the statement, not that it was claimed (see `veracity.analysis.attribution`).
2. Any `refuted` finding makes the claim `refuted`: one false assertion is enough.
3. Otherwise any `misleading` finding makes it `misleading`.
4. Otherwise the claim is `supported` only if its `supported` findings, taken together, cover
   every content word of the claim text (names, numbers, nouns, verbs; see `veracity.text`)
   outside the attribution frames passed on as fact ("…, the ministry said on Monday").
   A claim is not supported because one detail checks out.
5. Everything else is `not-enough-evidence`, the honest default; the explanation says which
   parts matched and which words no verifier checked.
"""

from __future__ import annotations

from collections.abc import Sequence

from veracity.analysis.attribution import read_attribution
from veracity.findings import Finding, Verdict
from veracity.polarity import reversals
from veracity.text import attribution_spans, merge_spans, uncovered_words

__all__ = ["aggregate"]

_EDGE = " ,.;"
"""The punctuation an attribution's span may start or end with, not shown when it is named."""


def _join(findings: Sequence[Finding]) -> str:
    return " ".join(f.explanation for f in findings)


def aggregate(text: str, findings: Sequence[Finding]) -> tuple[Verdict, str]:
    """(verdict, explanation) for a claim with these findings."""
    decided = [f for f in findings if not f.is_error and not f.is_note]
    covered = [s for f in decided for s in f.covers]
    turned = [r for r in reversals(text) if not any(a <= r.span[0] < b for a, b in covered)]
    if turned and decided:
        said = ", ".join(f"“{r.word}”" for r in turned)
        return Verdict.NOT_ENOUGH_EVIDENCE, (
            f"The claim says {said}, which turns its statement around; the verifiers checked the "
            f"statement without it: {_join(decided)}"
        )
    hedged = read_attribution(text).undecidable
    if hedged and decided:
        said = ", ".join(f"“{f.verb}” ({f.source})" for f in hedged)
        return Verdict.NOT_ENOUGH_EVIDENCE, (
            f"The claim reports what its source hopes, plans or alleges ({said}), which the data "
            f"neither confirms nor contradicts; the verifiers checked the statement: "
            f"{_join(decided)}"
        )
    for label in (Verdict.REFUTED, Verdict.MISLEADING):
        chosen = [f for f in decided if f.verdict == label]
        if chosen:
            return label, _join(chosen)
    supported = [f for f in decided if f.verdict == Verdict.SUPPORTED]
    if supported:
        attributions = merge_spans([*attribution_spans(text), *read_attribution(text).unjudged])
        unchecked = uncovered_words(text, [s for f in supported for s in f.covers] + attributions)
        if not unchecked:
            said = ", ".join(f"“{text[a:b].strip(_EDGE)}”" for a, b in attributions)
            aside = f" The attribution ({said}) is not itself checked." if said else ""
            return Verdict.SUPPORTED, _join(supported) + aside
        words = ", ".join(f"“{w}”" for w in dict.fromkeys(unchecked))
        return Verdict.NOT_ENOUGH_EVIDENCE, (
            f"{_join(supported)} Not checked by any verifier: {words}; so the claim as a whole "
            "is not confirmed."
        )
    undecided = [f for f in decided if f.verdict == Verdict.NOT_ENOUGH_EVIDENCE]
    if undecided:
        return Verdict.NOT_ENOUGH_EVIDENCE, _join(undecided)
    if any(f.is_error for f in findings):
        return Verdict.NOT_ENOUGH_EVIDENCE, "The verifiers that apply failed; see the errors."
    return Verdict.NOT_ENOUGH_EVIDENCE, "No verifier or dataset covers this claim."

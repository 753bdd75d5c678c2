"""Checks that an article states each quantity once: the same count given twice must agree.

Example claim: "Kazakhstan received 40 new tanks this year."
Expected verdict: refuted
Other claim: "The 400 new tanks Kazakhstan received this year are T-72s."

Across the claims of one article, two statements of the same measure (country, category,
action, period and "new" alike; see `veracity.quantities.ledger`) whose amounts cannot both
hold are `refuted`, each finding naming the other claim in `related`: the article contradicts
itself, so at least one of them is wrong, and the reader must see both. When the SIPRI
register records one of the figures (same recipient, category, number and period, for a weapon
the claim names) and not the other, only the other is refuted; the recorded one gets a `note`.
Two figures are compared only when both have a period ("this year", "in 2024"; or both are
under way now, "is procuring": without one, two orders may be two contracts), neither is
marked as a part or one more batch ("the first four", "12 more", "an additional batch"),
and they do not name different weapon systems (two systems of one category are two
batches, not one figure given twice). Figures of the same
country and category that measure something else ("more than fifty units
overhauled this year" and "over 1,500 units repaired so far") get a `note`, never a verdict:
they are worth reading side by side but do not contradict each other. Agreeing figures yield
nothing, since agreement within one article is no evidence that either is right.
"""

from __future__ import annotations

from collections.abc import Iterator

from veracity.claims.models import Claim, ClaimSet
from veracity.context import Context
from veracity.findings import Evidence, Finding, Verdict
from veracity.memo import per_claim_set
from veracity.quantities.deals import deals
from veracity.quantities.ledger import Entry, Ledger
from veracity.verifiers.base import BaseVerifier

__all__ = ["QuantityConsistency"]


def _recorded(entry: Entry, claim: Claim, context: Context) -> Evidence | None:
    """A SIPRI row with this figure's recipient, category, number and period, for a weapon the
    claim names (where its analysis finds the row's designation); None when there is none (or
    no register)."""
    register = deals(context.sources)
    if register is None:
        return None
    spelled = context.analysis(claim).spelled
    rows = [d for d in register.confirming(entry.quantity, spelled) if d.designation is not None]
    return register.evidence(rows[0].row) if rows else None


def _systems(claim: Claim, context: Context) -> frozenset[str]:
    return frozenset(e.id for m in context.analysis(claim).mentions.systems for e in m.entities)


def _comparable(
    mine: Entry, claim: Claim, other: Entry, other_claim: Claim, context: Context
) -> bool:
    """Whether two figures of one measure may contradict each other. Not when either has no
    period, unless both are under way now (two orders with no year may be two contracts);
    not when either is marked as one part or one more batch ("the first four", "12 more",
    "an additional batch"); not when they name different weapon systems (20 of one fighter
    and 12 of another are two batches). The aspect is the analysis's
    (`veracity.analysis.aspect`)."""
    ours, theirs = context.analysis(claim).aspect, context.analysis(other_claim).aspect
    ongoing = ours.ongoing and theirs.ongoing
    if (mine.quantity.period is None or other.quantity.period is None) and not ongoing:
        return False
    if ours.partial or theirs.partial:
        return False
    named, named_there = _systems(claim, context), _systems(other_claim, context)
    return not (named and named_there and not named & named_there)


def _how(entry: Entry) -> str:
    q = entry.quantity
    words = [q.action.text if q.action else "new"]
    if q.period is not None:
        words.append(q.period.text.lower())
    return " ".join(words)


class QuantityConsistency(BaseVerifier):
    """Checks that the figures an article gives twice for the same quantity agree.

    Example claim: "Kazakhstan received 40 new tanks this year."
    Expected verdict: refuted
    Other claim: "The 400 new tanks Kazakhstan received this year are T-72s."
    """

    name = "consistency.quantities"
    handles = frozenset({"quantities"})

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        claim_set = context.claim_set
        if claim_set is None or len(claim_set.claims) < 2:
            return
        ledger = per_claim_set(context, "quantities.ledger", lambda cs: Ledger(cs, context))
        entries = ledger.entries.get(claim.id)
        known = ledger.claims.get(claim.id)
        if entries is None or known is None or known.text != claim.text:
            entries = Ledger.entries_of(list(context.analysis(claim).quantities), claim.id)
        for entry in entries:
            found = ledger.conflicts(entry)
            conflicts = [
                o for o in found if _comparable(entry, claim, o, ledger.claims[o.claim_id], context)
            ]
            if conflicts:
                yield self._conflict(entry, claim, conflicts, claim_set, ledger, context)
                continue
            related = [*ledger.related(entry), *found][:3]
            if related:
                yield self._note(entry, related)

    def _conflict(
        self,
        entry: Entry,
        claim: Claim,
        others: list[Entry],
        claim_set: ClaimSet,
        ledger: Ledger,
        context: Context,
    ) -> Finding:
        article = claim_set.article
        url = article.url or (claim_set.path.as_posix() if claim_set.path else "")
        when = article.published.isoformat() if article.published else ""
        listed = "; ".join(f"“{o.quantity.phrase}” in claim {o.claim_id}" for o in others)
        said = (
            "The article gives this figure differently elsewhere: "
            f"“{entry.quantity.phrase}” here, {listed}"
        )
        evidence = [
            Evidence(
                f"article:{article.id}",
                o.claim_id,
                url,
                when,
                f"{o.quantity.phrase} ({_how(o)}): {ledger.claims[o.claim_id].text}",
            )
            for o in others
        ]
        related = [o.claim_id for o in others]
        mine = _recorded(entry, claim, context)
        confirmed = [
            o for o in others if _recorded(o, ledger.claims[o.claim_id], context) is not None
        ]
        if mine is not None and not confirmed:
            return self.note(
                f"{said}. SIPRI records this one, so the other is the one in doubt.",
                [*evidence, mine],
                related,
            )
        why = "both cannot be right"
        if mine is None and confirmed:
            right = ", ".join(f"“{o.quantity.phrase}”" for o in confirmed)
            why = f"SIPRI records {right}, not this figure"
        return self.finding(
            Verdict.REFUTED, f"{said}; {why}.", evidence, entry.quantity.spans(), related
        )

    def _note(self, entry: Entry, others: list[Entry]) -> Finding:
        listed = "; ".join(
            f"“{o.quantity.phrase}” ({_how(o)}) in claim {o.claim_id}" for o in others
        )
        return self.note(
            f"Related figure{'s' if len(others) > 1 else ''}: {listed}. A different measure "
            f"from “{entry.quantity.phrase}” ({_how(entry)}), so they are not compared.",
            related=[o.claim_id for o in others],
        )

"""Which group a maker belongs to: "ZALA Aero, part of the Kalashnikov Concern", "Irkut is a
subsidiary of UAC", "Hyundai Rotem, owned by Hyundai Motor Group".

The claim's ownership assertions (`veracity.analysis.relations`) say who is part of which group;
the `manufacturers` dataset records each maker's parent; a claimed owner is right when it is the
parent or an ancestor, and wrong when the data records another parent chain that does not reach
it. A maker the data gives no parent stays undecided: the research lists parents it found, not
every ownership.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from veracity.analysis.relations import Relation
from veracity.findings import Evidence, Span, Verdict
from veracity.mentions import Catalog

__all__ = ["Membership", "memberships"]


@dataclass(frozen=True, slots=True)
class Membership:
    """One judged claim that a maker belongs to a group."""

    verdict: Verdict
    explanation: str
    evidence: tuple[Evidence, ...]
    covers: tuple[Span, ...]


def memberships(relations: Sequence[Relation], cat: Catalog) -> Iterator[Membership]:
    """Judge each ownership assertion ("A, part of B") of the claim's analysis."""
    for relation in relations:
        member, owner = relation.maker, relation.owner
        if relation.kind != "ownership" or member is None or owner is None:
            continue
        for company in member.of("maker"):
            chain = cat.group(company)
            evidence = tuple(
                cat.evidence(m, f"{m.name}: parent {m.text('parent') or 'not recorded'}")
                for m in chain
            )
            covers = relation.covers
            claimed = owner.of("maker")
            found = next((g for g in chain[1:] if g in claimed), None)
            if found is not None:
                yield Membership(
                    Verdict.SUPPORTED,
                    f"{company.name} is part of {found.name}, as claimed.",
                    evidence,
                    covers,
                )
            elif len(chain) > 1:
                groups = " and ".join(g.name for g in chain[1:])
                yield Membership(
                    Verdict.REFUTED,
                    f"{company.name} is part of {groups}, not of {claimed[0].name}.",
                    evidence,
                    covers,
                )
            else:
                yield Membership(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"The data records no parent group of {company.name}, so whether it belongs "
                    f"to {owner.text} cannot be checked.",
                    evidence,
                    (),
                )
            break

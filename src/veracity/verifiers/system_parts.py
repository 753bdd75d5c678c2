"""Checks a part said to be built with or for a system: a chassis, an engine, a missile.

Example claim: "The Krab is built on a licensed K9 chassis."
Expected verdict: supported

The analysis reads a component assertion (the relations stage's component class: "the
Patriot's PAC-3 MSE", "X is built on a licensed Y chassis", "M is the engine supplier of X").
SIPRI records parts bought for another system and says so in its comment ("Chassis for 54 Krab
self-propelled guns", "For 170 Tejas-1A (LCA) combat aircraft"). Then:

* a SIPRI record of the part (one of the rows its name may denote, or for "M is the engine
  supplier" one of the engines M's group makes) whose comment names the system after "for",
  and whose description fits the part's noun ("chassis", "engine") → `supported`, citing it;
* otherwise nothing is decided: SIPRI does not record every part (and the bundled register
  holds only the years its descriptor declares), so a record it lacks refutes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from veracity.analysis.relations import Relation
from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Finding, Verdict
from veracity.lexicons import lexicon
from veracity.lexicons.relations import words
from veracity.mentions import Entity, catalog
from veracity.mentions.catalog import Catalog
from veracity.mentions.intended import intended_for
from veracity.mentions.transfers import DATASET, Transfer, transfers
from veracity.sources.coverage import coverage
from veracity.sources.registry import Sources
from veracity.verifiers.base import BaseVerifier

__all__ = ["SystemParts"]


def _fits(noun: str, part: Entity, record: Transfer) -> bool:
    """The record is of the kind of part the claim names ("chassis", "engine"); any kind when
    it names none ("the Patriot's PAC-3 MSE")."""
    if not noun:
        return True
    described = f"{record.row.get('description') or ''} {part.text('role')}".lower()
    if noun in words("component", "engine_parts"):
        return part.text("category") == "engine" or any(
            w in described for w in lexicon("engine-descriptions")
        )
    return noun.rstrip("s") in described


def _made_by(sources: Sources) -> dict[str, list[Entity]]:
    """The systems each maker's group makes (a maker and every parent above it)."""
    cat = catalog(sources)
    found: dict[str, list[Entity]] = {}
    for system in cat:
        if system.kind != "system":
            continue
        for maker in cat.makers_of(system):
            for member in cat.group(maker):
                found.setdefault(member.id, []).append(system)
    return found


class SystemParts(BaseVerifier):
    """Checks a part said to be built with or for a system: a chassis, an engine, a missile.

    Example claim: "The Krab is built on a licensed K9 chassis."
    Expected verdict: supported
    """

    name = "systems.parts"
    handles = frozenset({"systems"})

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        cat = catalog(context.sources)
        for relation in context.analysis(claim).relations:
            if relation.kind == "component" and relation.system is not None:
                finding = self._judge(relation, cat, context.sources)
                if finding is not None:
                    yield finding

    def _parts(self, relation: Relation, sources: Sources) -> list[Entity]:
        if relation.part is not None:
            return list(relation.part.of("system"))
        if relation.maker is None:
            return []
        made = sources.derived("systems.parts.made-by", _made_by)
        return [s for m in relation.maker.of("maker") for s in made.get(m.id, [])]

    def _judge(self, relation: Relation, cat: Catalog, sources: Sources) -> Finding | None:
        assert relation.system is not None
        wholes = relation.system.of("system")
        index = transfers(sources)
        for part in self._parts(relation, sources):
            for record in index.of(part):
                if not _fits(relation.part_noun, part, record):
                    continue
                whole = next((e for e in intended_for(record, sources) if e in wholes), None)
                if whole is None:
                    continue
                kind = f" {relation.part_noun}" if relation.part_noun else ""
                return self.finding(
                    Verdict.SUPPORTED,
                    f"SIPRI records the {part.name}{kind} for the {whole.name}: "
                    f"“{record.row.get('comments')}”.",
                    [
                        index.evidence(record),
                        cat.evidence(part, f"{part.name}: {part.text('role') or 'part'}"),
                    ],
                    relation.covers,
                )
        if not wholes:
            return None
        period = coverage(sources, DATASET)
        held = "" if period.whole else f", and the bundled register holds {period.label} only"
        return self.finding(
            Verdict.NOT_ENOUGH_EVIDENCE,
            f"No SIPRI record held names a part for the {wholes[0].name} as claimed; SIPRI does "
            f"not record every part{held}.",
        )

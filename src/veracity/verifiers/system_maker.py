"""Checks who makes a weapon system: "produced by", "built by", "from", "Otokar's Cobra II".

Example claim: "The Arlan is produced by Kazakhstan Paramount Engineering."
Expected verdict: supported

A maker is attributed to a system by the manufacture assertions of the claim's analysis
(`veracity.analysis.relations`): a verb ("The Arlan is produced by …", "Baykar builds the
TB2", "the COBRA II comes from the Turkish company …"), a possessive ("Otokar's Cobra II"), a
compound ("the Baykar-made TB2", "Lockheed Martin F-35"), an apposition ("…, the maker of the
Rafale") or a copula ("HAL is the manufacturer of the Tejas", "HAL is the Tejas maker").
The attribution is checked against the system's makers, where parent groups count: Irkut
builds the Su-30SM, so "built by UAC" (Irkut's parent) is right too. A sister company
within the same group (Sukhoi for Irkut's Su-30SM) or a part of the listed maker is left
undecided; any other maker is `refuted`, unless the system's name may denote unrelated rows
(then undecided, the candidates named); a system without a known maker stays undecided.
"""

from __future__ import annotations

from collections.abc import Iterator

from veracity.analysis.relations.model import Relation
from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Finding, Span, Verdict
from veracity.mentions import Entity, Mention, catalog
from veracity.mentions.catalog import Catalog
from veracity.mentions.places import names
from veracity.mentions.readings import agreed_reading, one_family
from veracity.verifiers.base import BaseVerifier
from veracity.verifiers.maker_groups import memberships

__all__ = ["SystemMaker"]


class SystemMaker(BaseVerifier):
    """Checks who makes a weapon system: "produced by", "built by", "from", "Otokar's Cobra II".

    Example claim: "The Arlan is produced by Kazakhstan Paramount Engineering."
    Expected verdict: supported
    """

    name = "systems.maker"
    handles = frozenset({"makers"})

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        doc = context.analysis(claim)
        cat = catalog(context.sources)
        for member in memberships(doc.relations, cat):
            yield self.finding(member.verdict, member.explanation, member.evidence, member.covers)
        for relation in doc.relations:
            if relation.kind == "manufacture" and relation.system and relation.maker:
                yield self._readings(relation.system, relation.maker, relation, cat)

    def _readings(
        self, system_mention: Mention, maker_mention: Mention, relation: Relation, cat: Catalog
    ) -> Finding:
        """One finding over the rows the system's name may denote, narrowed by every cue but
        the maker judged (`Mention.judged`): unrelated rows decide only when all agree."""
        systems = system_mention.judged(maker_mention.span)
        family = one_family(systems)
        doubt = relation.candidates if not relation.confident else ()
        if not family:
            doubt = tuple(f"{e.dataset}:{e.id}" for e in systems)
        findings = [
            self._judge(
                system,
                system_mention,
                maker_mention,
                relation.covers,
                cat,
                doubt,
                confident=relation.confident,
            )
            for system in systems
        ]
        return agreed_reading(findings, system_mention.text, family=family)

    def _judge(
        self,
        system: Entity,
        system_mention: Mention,
        maker_mention: Mention,
        covers: tuple[Span, ...],
        cat: Catalog,
        candidates: tuple[str, ...] = (),
        *,
        confident: bool = True,
    ) -> Finding:
        """The claimed maker of one `system` row. `candidates`: the unrelated rows the system's
        name may denote (a reading that is not confident), on which no contradiction may rest;
        nor on a reading that is not `confident` for another reason (partners, who may supply
        parts)."""
        claimed = maker_mention.of("maker")
        for maker in claimed:
            made_by = cat.builds(maker, system)
            if made_by is not None:
                return self._supported(system, maker, made_by, covers, cat)
        maker = claimed[0]
        listed = cat.makers_of(system)
        evidence = [cat.evidence(system, f"{system.name}: makers {self._list(cat, system)}")]
        evidence += [cat.evidence(m, self._describe(m, cat)) for m in (*listed, maker)]
        if not listed:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"The data does not name the maker of the {system.name}, so “{maker_mention.text}”"
                " cannot be checked.",
                evidence,
            )
        related = self._related(maker, listed, cat)
        licensed = [c for c in maker.values("country") if c in system.values("licensed_in")]
        if licensed and not related:
            related = (
                f"The data lists {self._list(cat, system)} as the makers of the {system.name}, "
                f"which is also built under licence in {names(licensed)}, where {maker.name} is "
                "based; whether it is the licensee is not recorded."
            )
        if related:
            return self.finding(Verdict.NOT_ENOUGH_EVIDENCE, related, evidence)
        if candidates:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"“{system_mention.text}” may name several systems ({', '.join(candidates)}); "
                f"none of them is made by {maker.name}, but which one is meant is not clear.",
                evidence,
            )
        if not confident:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"The data lists {self._list(cat, system)} as the makers of the {system.name}, "
                f"not {maker.name}; as a partner it may supply parts, so no contradiction rests "
                "on it.",
                evidence,
            )
        return self.finding(
            Verdict.REFUTED,
            f"The {system.name} is made by {self._list(cat, system)}, not by {maker.name}.",
            evidence,
            covers,
        )

    def _supported(
        self, system: Entity, maker: Entity, made_by: Entity, covers: tuple[Span, ...], cat: Catalog
    ) -> Finding:
        if made_by == maker:
            how = f"{maker.name} makes the {system.name}, as claimed."
        else:
            how = f"{made_by.name}, part of {maker.name}, makes the {system.name}, as claimed."
        evidence = [
            cat.evidence(system, f"{system.name}: makers {self._list(cat, system)}"),
            *(cat.evidence(m, self._describe(m, cat)) for m in cat.group(made_by)),
        ]
        return self.finding(Verdict.SUPPORTED, how, evidence, covers)

    @staticmethod
    def _related(maker: Entity, listed: list[Entity], cat: Catalog) -> str:
        for made_by in listed:
            if made_by in cat.group(maker)[1:]:
                return (
                    f"{maker.name} is part of {made_by.name}, which the data lists as a maker; "
                    f"whether {maker.name} itself builds it is not recorded."
                )
            parent = made_by.text("parent")
            sister = parent and parent == maker.text("parent") and not cat.has_subsidiaries(made_by)
            if sister:
                group = cat.get("maker", parent)
                return (
                    f"The data lists {made_by.name} as the maker; {maker.name} is another company "
                    f"of the same group ({group.name if group else parent})."
                )
        return ""

    @staticmethod
    def _list(cat: Catalog, system: Entity) -> str:
        makers = cat.makers_of(system)
        return " and ".join(f"{m.name} ({names(m.values('country'))})" for m in makers) or "unknown"

    @staticmethod
    def _describe(maker: Entity, cat: Catalog) -> str:
        group = cat.group(maker)
        parent = f", part of {group[1].name}" if len(group) > 1 else ""
        return f"{maker.name} ({names(maker.values('country'))}){parent}"

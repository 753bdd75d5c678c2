"""Checks where a weapon system or its maker comes from: "the Russian Su-30SM", "Turkish-made".

Example claim: "The Rafale is French."
Expected verdict: supported

Origin is read from the origin assertions of the claim's analysis (`veracity.analysis.relations`):
from an adjective or a country next to a system or maker name ("French Rafale fighters", "from
Turkish Otocar", "Chinese-made quadcopters"), from a predicate ("The ANKA is a Turkish UAV",
"The TB2 is Turkish-made") and from phrases such as "made in Ukraine", "of Israeli
origin", "comes from Sweden". The system's countries of origin (every partner of a multinational
programme) and its makers' countries decide:

* the country is the origin, or the country where its maker builds it → `supported`;
* one partner of a multinational programme ("French A400M") → `misleading`, naming all partners;
* a region ("European") is right when the makers and most partners lie in it (UN M49);
* any other country → `refuted`, unless SIPRI lists that country receiving the system, when the
  adjective may name the operator ("the Kazakh Su-30SMs") and the claim is left undecided;
* a name several rows share is judged on the rows the context other than the origin words
  leaves (`Mention.judged`): "the French Caracal" is not the French helicopter *because* it
  says French;
* an origin assertion that is not confident (the name linked on part of what is written,
  "Büffel" of "Büffel/Buffalo 3") never refutes: a contradiction is left undecided.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from veracity.analysis.relations import Relation
from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Evidence, Finding, Span, Verdict
from veracity.mentions import Entity, Mention, catalog
from veracity.mentions.catalog import Catalog
from veracity.mentions.historical import HistoricalMention
from veracity.mentions.places import country_name, names, region_evidence
from veracity.mentions.readings import one_family, shared_reading
from veracity.mentions.transfers import DATASET, transfers
from veracity.sources.countries import CountryMention, RegionMention, countries
from veracity.sources.coverage import coverage
from veracity.sources.registry import Sources
from veracity.verifiers.base import BaseVerifier

__all__ = ["SystemOrigin"]


@dataclass(frozen=True, slots=True)
class _Assertion:
    """An origin relation said of one of the catalogue rows its name may denote."""

    relation: Relation
    entity: Entity

    @property
    def place(self) -> CountryMention | RegionMention:
        assert self.relation.place is not None
        return self.relation.place

    @property
    def covers(self) -> tuple[Span, ...]:
        return self.relation.covers

    @property
    def said(self) -> str:
        return self.relation.words

    @property
    def target(self) -> Mention:
        assert self.relation.target is not None
        return self.relation.target

    @property
    def codes(self) -> tuple[str, ...]:
        if isinstance(self.place, RegionMention):
            return ()
        joint = (*self.relation.joint, self.place)
        return tuple(dict.fromkeys(c.country.iso3 for c in joint))


def _the(state: str) -> str:
    """A former state's name in a sentence: "the Soviet Union", "Yugoslavia"."""
    return f"the {state}" if state.endswith(("Union", "Republic")) else state


def _silent(entity: Entity, cat: Catalog) -> bool:
    """The data gives no country for the entity: no origin or maker's country for a system,
    no country for a maker; such a reading cannot disagree with the others."""
    if entity.kind == "maker":
        return not entity.values("country")
    return not cat.origin(entity) and not cat.maker_countries(entity)


class SystemOrigin(BaseVerifier):
    """Checks where a weapon system or its maker comes from: "the Russian Su-30SM", "Turkish-made".

    Example claim: "The Rafale is French."
    Expected verdict: supported
    """

    name = "systems.origin"
    handles = frozenset({"systems", "makers"})

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        doc = context.analysis(claim)
        relations = [r for r in doc.relations if r.kind == "origin"]
        if not relations:
            return
        cat = catalog(context.sources)
        readings: dict[tuple[int, int], list[Finding]] = {}
        silent: dict[tuple[int, int], list[bool]] = {}
        names: dict[tuple[int, int], str] = {}
        families: dict[tuple[int, int], bool] = {}
        doubtful: set[tuple[int, int]] = set()
        for relation in relations:
            target, place = relation.target, relation.place
            if target is None or place is None:
                continue
            key = (place.start, target.start)
            judged = target.judged((place.start, place.end)) if target.of("system") else ()
            entities = judged or target.of("maker")  # not the rows the origin words chose
            for entity in entities:
                a = _Assertion(relation, entity)
                readings.setdefault(key, []).append(self._judge(a, cat, context.sources))
                silent.setdefault(key, []).append(_silent(entity, cat))
            names[key] = target.text
            families[key] = one_family(entities)
            if not relation.confident:
                doubtful.add(key)
        for key, findings in readings.items():
            finding = shared_reading(findings, silent[key], names[key], family=families[key])
            if key in doubtful and finding.verdict in (Verdict.REFUTED, Verdict.MISLEADING):
                finding = self.finding(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"“{names[key]}” is read as a catalogue name on part of what is written, so "
                    f"no contradiction rests on it: {finding.explanation}",
                    finding.evidence,
                )
            yield finding

    def _judge(self, a: _Assertion, cat: Catalog, sources: Sources) -> Finding:
        if a.entity.kind == "maker":
            return self._judge_maker(a, cat, sources)
        system = a.entity
        if isinstance(a.place, HistoricalMention):
            return self._judge_former(a, a.place, cat)
        origin = cat.origin(system)
        made = cat.maker_countries(system)
        evidence = [cat.evidence(system, f"{system.name}: origin {names(origin) or 'not given'}")]
        evidence += [
            cat.evidence(m, f"{m.name}: {names(m.values('country'))}")
            for m in cat.makers_of(system)
        ]
        said = a.said
        if not origin and not made:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"The data gives no country of origin or maker for the {system.name}, so "
                f"“{said}” cannot be checked.",
                evidence,
            )
        if isinstance(a.place, RegionMention):
            return self._judge_region(a, origin or made, made, evidence, sources)
        codes, partners = a.codes, names(origin or made)
        inside = [c for c in codes if c in origin or c in made]
        if not inside:
            attributive = not (a.relation.production or a.relation.predicate or len(codes) > 1)
            operated = (  # any version of the name: "Hungarian Gripens" are its C/Ds
                [t for e in a.target.of("system") for t in transfers(sources).of(e, codes[0])]
                if attributive
                else []
            )
            if operated:
                return self.finding(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"“{said}” may name the operator: SIPRI lists {names(codes)} receiving the "
                    f"{system.name}, which comes from {partners}.",
                    [*evidence, transfers(sources).evidence(operated[-1])],
                )
            gap = coverage(sources, DATASET).gap(None, None) if DATASET in sources else None
            if attributive and gap:  # no operator record proves nothing in a part
                return self.finding(
                    Verdict.NOT_ENOUGH_EVIDENCE,
                    f"The {system.name} comes from {partners}; “{said}” may name an operator "
                    f"that SIPRI records before the years held. {gap}",
                    evidence,
                )
            return self.finding(
                Verdict.REFUTED,
                f"The {system.name} comes from {partners}, not from {names(codes)}.",
                evidence,
                a.covers,
            )
        outside = [c for c in codes if c not in inside]
        if outside:
            return self.finding(
                Verdict.MISLEADING,
                f"The {system.name} comes from {partners}; {names(outside)} is not among its "
                "countries of origin.",
                evidence,
                a.covers,
            )
        if set(codes) >= set(origin or made):
            return self.finding(
                Verdict.SUPPORTED,
                f"The {system.name} comes from {partners}, as claimed.",
                evidence,
                a.covers,
            )
        national = {  # a maker of several countries (MBDA) says nothing of where this is built
            c
            for m in cat.makers_of(system)
            if len(m.values("country")) == 1
            for c in m.values("country")
        }
        if all(c in made for c in codes) and not all(c in national or c in origin for c in codes):
            groups = [
                m.name for m in cat.makers_of(system) if set(codes) & set(m.values("country"))
            ]
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"The {system.name} comes from {partners}; {names(codes)} is one of the "
                f"countries of {groups[0]}, but whether the {system.name} is built there is not "
                "recorded.",
                evidence,
            )
        if all(c in made for c in codes) and (
            (a.relation.production and set(origin) <= set(made)) or not set(codes) & set(origin)
        ):  # "Kazakh-made Arlan": where it is built; "the Chinese JF-17" names one origin of two
            builders = [
                m.name for m in cat.makers_of(system) if set(codes) & set(m.values("country"))
            ]
            design = f" (its countries of origin: {partners})" if origin else ""
            return self.finding(
                Verdict.SUPPORTED,
                f"The {system.name} is built in {names(codes)} by {builders[0]}{design}.",
                evidence,
                a.covers,
            )
        return self.finding(
            Verdict.MISLEADING,
            f"The {system.name} is a multinational programme of {partners}; calling it "
            f"“{said}” names only part of them.",
            evidence,
            a.covers,
        )

    def _judge_former(self, a: _Assertion, place: HistoricalMention, cat: Catalog) -> Finding:
        """A former state ("the Soviet T-72"): the system's historical origin decides; a
        system from one of its successors with no historical origin recorded is undecided."""
        system, state = a.entity, place.region
        former = system.values("origin_historical")
        origin = cat.origin(system)
        detail = f"{system.name}: origin {names(origin) or 'not given'}"
        evidence = [cat.evidence(system, detail + f"; historical origin {', '.join(former)}")]
        today = f" (today {names(origin)})" if origin else ""
        if state in former:
            return self.finding(
                Verdict.SUPPORTED,
                f"The {system.name} comes from {_the(state)}{today}, as claimed.",
                evidence,
                a.covers,
            )
        if former:
            return self.finding(
                Verdict.REFUTED,
                f"The {system.name} comes from {', '.join(map(_the, former))}{today}, not from "
                f"{_the(state)}.",
                evidence,
                a.covers,
            )
        if origin and not set(origin) & set(place.successors):
            return self.finding(
                Verdict.REFUTED,
                f"The {system.name} comes from {names(origin)}, not from {_the(state)}.",
                evidence,
                a.covers,
            )
        return self.finding(
            Verdict.NOT_ENOUGH_EVIDENCE,
            f"The {system.name} comes from {names(origin) or 'a country not given'}; whether it "
            f"was designed in {_the(state)} is not recorded.",
            evidence,
        )

    def _judge_region(
        self,
        a: _Assertion,
        origin: tuple[str, ...],
        made: tuple[str, ...],
        evidence: list[Evidence],
        sources: Sources,
    ) -> Finding:
        region = a.place.region if isinstance(a.place, RegionMention) else ""
        inside = {c.iso3 for c in countries(sources).members(region)}
        evidence = [*evidence, region_evidence(sources, dict.fromkeys((*origin, *made)), region)]
        outside = [c for c in origin if c not in inside]
        name = a.entity.name
        if not outside or (
            made and all(c in inside for c in made) and len(outside) * 2 < len(origin)
        ):
            rest = f" ({names(outside)}, also a partner, lies outside it)" if outside else ""
            return self.finding(
                Verdict.SUPPORTED,
                f"The {name} comes from {names(origin)}, in {region}{rest}.",
                evidence,
                a.covers,
            )
        if len(outside) < len(origin):
            return self.finding(
                Verdict.MISLEADING,
                f"Only part of the {name} comes from {region}: its partners are {names(origin)}.",
                evidence,
                a.covers,
            )
        return self.finding(
            Verdict.REFUTED,
            f"The {name} comes from {names(origin)}, not from {region}.",
            evidence,
            a.covers,
        )

    def _judge_maker(self, a: _Assertion, cat: Catalog, sources: Sources) -> Finding:
        maker = a.entity
        home = maker.values("country")
        evidence = [cat.evidence(maker, f"{maker.name}: {names(home) or 'country not given'}")]
        if not home:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"The data does not say where {maker.name} is based.",
                evidence,
            )
        if isinstance(a.place, HistoricalMention):
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"{maker.name} is based in {names(home)}; the data does not say whether it was "
                f"in {_the(a.place.region)}.",
                evidence,
            )
        if isinstance(a.place, RegionMention):
            inside = {c.iso3 for c in countries(sources).members(a.place.region)}
            ok = all(c in inside for c in home)
            where = a.place.region
            evidence.append(region_evidence(sources, home, where))
        else:
            ok = a.place.country.iso3 in home
            where = country_name(a.place.country.iso3)
        if ok:
            return self.finding(
                Verdict.SUPPORTED,
                f"{maker.name} is based in {names(home)}, as claimed.",
                evidence,
                a.covers,
            )
        return self.finding(
            Verdict.REFUTED,
            f"{maker.name} is based in {names(home)}, not in {where}.",
            evidence,
            a.covers,
        )

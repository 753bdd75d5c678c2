"""Checks where a weapon system or its maker comes from: "the Russian Su-30SM", "Turkish-made".

Example claim: "The Rafale is French."
Expected verdict: supported

Origin is read from an adjective or a country next to a system or maker name ("French Rafale
fighters", "from Turkish Otocar", "Chinese-made quadcopters"), from a predicate ("The ANKA is a
Turkish UAV", "The TB2 is Turkish-made") and from phrases such as "made in Ukraine", "of Israeli
origin", "comes from Sweden". The system's countries of origin (every partner of a multinational
programme) and its makers' countries decide:

* the country is the origin, or the country where its maker builds it → `supported`;
* one partner of a multinational programme ("French A400M") → `misleading`, naming all partners;
* a region ("European") is right when the makers and most partners lie in it (UN M49);
* any other country → `refuted`, unless SIPRI lists that country receiving the system, when the
  adjective may name the operator ("the Kazakh Su-30SMs") and the claim is left undecided.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Evidence, Finding, Span, Verdict
from veracity.mentions import Entity, Mention, Mentions, catalog, find_roles
from veracity.mentions.catalog import Catalog
from veracity.mentions.historical import HistoricalMention
from veracity.mentions.links import copula_subject, gap_is
from veracity.mentions.places import country_name, names, region_evidence
from veracity.mentions.readings import one_family, one_reading
from veracity.mentions.transfers import DATASET, transfers
from veracity.sources.countries import CountryMention, RegionMention, countries
from veracity.sources.coverage import coverage
from veracity.sources.registry import Sources
from veracity.verifiers.base import BaseVerifier

__all__ = ["SystemOrigin"]

_MADE = r"(?:made|built|produced|manufactured|developed|designed|assembled|engineered)"
_SUFFIX = re.compile(r"-" + _MADE + r"\b", re.IGNORECASE)
_MADE_IN = re.compile(
    r"\b(?:jointly\s+|co-?)?" + _MADE + r"\s+(?:in|by)\s+(?:the\s+)?$", re.IGNORECASE
)
"""Where or by which countries it is made: "made in China", "jointly developed by Pakistan and
China" (a maker's name after "by" is the maker verifier's)."""
_COMES_FROM = re.compile(
    r"\b(?:comes?|came|originat(?:es?|ed)|hails?|originally)\s+(?:from|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OF_ORIGIN = re.compile(r"\s+(?:origin|design|make|manufacture)\b", re.IGNORECASE)
_COMPANY = (
    r"(?:(?:defen[cs]e|arms|aerospace|state-owned|private)\s+)?"
    r"(?:company|firm|manufacturer|maker|producer|group|corporation|concern|giant|contractor)"
)
_JOINT = r"[-–/]|\s+and\s+(?:the\s+)?|\s*,\s*(?:and\s+)?(?:the\s+)?"
_GAP = r"[\s-]*(?:(?:the|a|an)\s+)?(?:" + _COMPANY + r"\s+)?"


@dataclass(frozen=True, slots=True)
class _Assertion:
    place: CountryMention | RegionMention
    target: Mention
    entity: Entity
    covers: tuple[Span, ...]
    production: bool
    """True for "made in", "-built": where it is produced, not who designed it."""
    joint: tuple[CountryMention, ...] = ()
    """Countries named together with `place` ("British-French", "German and Spanish")."""
    said: str = ""
    """The words of the claim that name the place(s)."""
    predicate: bool = False
    """True for "The S-300 is a Chinese system": said of the system, not of who flies it."""

    @property
    def codes(self) -> tuple[str, ...]:
        if isinstance(self.place, RegionMention):
            return ()
        return tuple(dict.fromkeys(c.country.iso3 for c in (*self.joint, self.place)))


_HOME = re.compile(
    r"\b(?:indigenous(?:ly\s+(?:built|made|developed|designed))?|home[\s-]?grown|"
    r"domestically[\s-](?:built|made|produced|developed)|locally[\s-](?:built|made|produced))"
    r"\s+$",
    re.IGNORECASE,
)
"""Words before an origin adjective that say the same ("an indigenous Indian fighter")."""


def _the(state: str) -> str:
    """A former state's name in a sentence: "the Soviet Union", "Yugoslavia"."""
    return f"the {state}" if state.endswith(("Union", "Republic")) else state


def _place_span(place: CountryMention | RegionMention, text: str) -> Span:
    suffix = _SUFFIX.match(text, place.end)
    home = (
        _HOME.search(text, 0, place.start)
        if isinstance(place, CountryMention) and place.adjective
        else None
    )
    return (home.start() if home else place.start, suffix.end() if suffix else place.end)


class SystemOrigin(BaseVerifier):
    """Checks where a weapon system or its maker comes from: "the Russian Su-30SM", "Turkish-made".

    Example claim: "The Rafale is French."
    Expected verdict: supported
    """

    name = "systems.origin"
    handles = frozenset({"systems", "makers"})

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        doc = context.analysis(claim)
        found = doc.mentions
        targets = [m for m in found.names if m.of("system") or m.of("maker")]
        if not targets:
            return
        cat = catalog(context.sources)
        readings: dict[tuple[int, int], list[Finding]] = {}
        names: dict[tuple[int, int], str] = {}
        families: dict[tuple[int, int], bool] = {}
        former = list(doc.former)
        for a in self._assertions(claim.text, found, targets, former):
            key = (a.place.start, a.target.start)
            readings.setdefault(key, []).append(self._judge(a, cat, context.sources))
            names[key] = a.target.text
            families[key] = one_family(a.target.entities)
        for key, findings in readings.items():
            yield one_reading(findings, names[key], family=families[key])

    def _assertions(
        self,
        text: str,
        found: Mentions,
        targets: list[Mention],
        former: list[HistoricalMention],
    ) -> Iterator[_Assertion]:
        places: list[CountryMention | RegionMention] = [*found.countries, *found.regions, *former]
        joint: list[CountryMention] = []
        for place in sorted(places, key=lambda p: p.start):
            following = next((p for p in found.countries if p.start > place.end), None)
            if (
                isinstance(place, CountryMention)
                and following is not None
                and place.adjective == following.adjective
                and gap_is(text, place.end, following.start, _JOINT)
            ):
                joint.append(place)  # "British-French", "Pakistan and China": judged together
                continue
            together, joint = tuple(joint), []
            span = _place_span(place, text)
            production = span[1] > place.end or span[0] < place.start  # "-made", "indigenous"
            adjective = (
                (isinstance(place, RegionMention) and not isinstance(place, HistoricalMention))
                or place.adjective
                or production
            )
            head = text[: (together[0] if together else place).start]
            target: Mention | None = None
            extra: list[Span] = []
            predicate = False
            made_in = _MADE_IN.search(head) or _COMES_FROM.search(head)
            if made_in and re.match(r"['’]s\b", text[place.end :]):
                made_in = None  # "developed by Norway's Kongsberg": the maker's country
            if made_in and not adjective:
                target = self._before(targets, place.start)
                production = production or bool(
                    _MADE_IN.search(head)
                    and not re.search(r"(?:develop|design|engineer)", made_in.group(), re.I)
                )  # "built in China" says where it is made; "developed by China" is its origin
                extra.append(made_in.span())
            elif adjective and _OF_ORIGIN.match(text, span[1]):
                target = self._before(targets, place.start)
                origin = _OF_ORIGIN.match(text, span[1])
                extra.append((span[1], origin.end() if origin else span[1]))
            elif not adjective and (owner := self._possessed_maker(text, targets, place.end)):
                target = owner
                extra.append((place.end, owner.start))
            elif adjective:
                target, gap = self._next(text, targets, span[1])
                if target is not None:
                    extra.append(gap)
                else:  # "Storm Shadow, an Anglo-French missile": from the first adjective
                    target = self._apposed(text, targets, (together or (place,))[0].start)
                if target is None:
                    subject = copula_subject(text, place.start, targets)
                    target = subject[0] if subject else None
                    predicate = target is not None
                    company = re.match(r"\s+" + _COMPANY + r"\b", text[span[1] :], re.I)
                    if target is not None and company:
                        extra.append((span[1], span[1] + company.end()))
            if target is None:
                continue
            if together:
                extra.append((together[0].start, place.start))
            for entity in target.of("system") or target.of("maker"):
                covers = (span, target.span, *(e for e in extra if e[0] < e[1]))
                said = text[(together[0] if together else place).start : span[1]]
                yield _Assertion(
                    place, target, entity, covers, production, together, said, predicate
                )

    @staticmethod
    def _before(targets: list[Mention], position: int) -> Mention | None:
        before = [m for m in targets if m.end <= position]
        return before[-1] if before else None

    @staticmethod
    def _possessed_maker(text: str, targets: list[Mention], position: int) -> Mention | None:
        """ "Turkey's Baykar": a maker a country's name owns (for a system it may be the user)."""
        after = [m for m in targets if m.start >= position]
        maker = after[0] if after and after[0].of("maker") and not after[0].of("system") else None
        if maker is not None and gap_is(text, position, maker.start, r"['’]s\s+"):
            return maker
        return None

    @staticmethod
    def _apposed(text: str, targets: list[Mention], position: int) -> Mention | None:
        """ "the Su-30SM, a Russian fighter": the name an apposition after a comma describes."""
        before = [m for m in targets if m.end <= position]
        if before and gap_is(text, before[-1].end, position, r",\s+(?:a|an|the)\s+"):
            return before[-1]
        return None

    @staticmethod
    def _next(text: str, targets: list[Mention], position: int) -> tuple[Mention | None, Span]:
        """The name the adjective at `position` modifies, allowing role words between."""
        roles = [r for r in find_roles(text) if r.start >= position]
        for target in targets:
            if target.start < position:
                continue
            if gap_is(text, position, target.start, _GAP):
                return target, (position, target.start)
            role = next((r for r in roles if gap_is(text, position, r.start, r"[\s-]*")), None)
            if role and gap_is(text, role.end, target.start, r"\s+(?:the\s+)?"):
                return target, (position, position)
            return None, (position, position)
        return None, (position, position)

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
            attributive = not (a.production or a.predicate or len(codes) > 1)
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
            (a.production and set(origin) <= set(made)) or not set(codes) & set(origin)
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

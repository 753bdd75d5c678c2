"""Checks the maker and origin of systems the bundled data lacks, against Wikidata (online only).

Example claim: "The AK-47 is made by Kalashnikov Concern."
Expected verdict: supported

Runs only with `verify --online`. For "The X is made by Y", "X, built by Y", "the Turkish X" and
"X is made in Turkey", when no bundled dataset knows X, the verifier finds X's Wikidata item
(wbsearchentities; an exact label or alias match whose "instance of" (P31) is a kind of
equipment) and reads its manufacturer (P176) and country of origin (P495) (wbgetentities). A
maker or country Wikidata records supports the statement; another one Wikidata knows refutes
it; a missing statement, a former state or an unknown name leaves it at not-enough-evidence.
Findings cite the item's URL and the retrieval date. When Wikidata is unavailable the finding
says so and decides nothing: the verdict rests on the offline data.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from veracity.analysis.statements import MakerStatement, Name, OriginStatement
from veracity.claims.models import Claim
from veracity.context import Context
from veracity.errors import DatasetError, SourceUnavailable
from veracity.findings import NOTE, Evidence, Finding, Verdict
from veracity.lexicons import lexicon
from veracity.online.bundled import BundledNames, bundled_names, name_key
from veracity.online.lookup import Bundled, Found, exact_hits, find_system
from veracity.online.wikidata import (
    DATASET,
    DEMONYM,
    ISO3,
    MANUFACTURER,
    ORIGIN,
    SOURCE,
    Entity,
)
from veracity.sources.countries import CountryResolver, countries
from veracity.verifiers.base import BaseVerifier

if TYPE_CHECKING:
    from veracity.online.session import Online

__all__ = ["WikidataOriginMaker"]


def _org_words(name: str) -> list[str]:
    words = [name_key(w) for w in name.replace("&", " ").replace(",", " ").split() if name_key(w)]
    return [w for w in words if w not in lexicon("company-suffixes")]


def _same_org(claimed: str, names: tuple[str, ...]) -> bool:
    """ "Kalashnikov" names "Kalashnikov Concern"; "Heckler & Koch" names "Heckler & Koch GmbH"."""
    mine = _org_words(claimed)
    return bool(mine) and any(
        mine == (theirs := _org_words(n)) or (set(mine) <= set(theirs) and len(mine[0]) > 3)
        for n in names
    )


def _listing(entities: list[Entity]) -> str:
    return ", ".join(f"{e.label} ({e.id})" for e in entities) or "none"


class WikidataOriginMaker(BaseVerifier):
    """Checks the maker and origin of systems the bundled data lacks, against Wikidata.

    Example claim: "The AK-47 is made by Kalashnikov Concern."
    Expected verdict: supported
    """

    name = "online.wikidata"

    def __init__(self, known: Callable[[Context], BundledNames] | None = None) -> None:
        self._known = known or (lambda context: bundled_names(context.sources))

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        online = context.online
        if online is None:
            return
        read = context.analysis(claim).statements
        makers, origins = list(read.makers), list(read.origins)
        if not makers and not origins:
            return
        resolver = self._resolver(context)
        try:
            findings = list(self._judge(makers, origins, context, online, resolver))
        except SourceUnavailable as exc:
            # A fault decides nothing: drop what this claim got so far, say which source failed.
            findings = [
                Finding(
                    self.name,
                    NOTE,
                    f"{exc.source} was unavailable ({exc.reason}); the verdict rests on the "
                    "offline data.",
                )
            ]
        yield from findings

    def _judge(
        self,
        makers: list[MakerStatement],
        origins: list[OriginStatement],
        context: Context,
        online: Online,
        resolver: CountryResolver | None,
    ) -> Iterator[Finding]:
        known = self._known(context)
        statements: list[MakerStatement | OriginStatement] = [*makers, *origins]
        seen: dict[Name, Found | Bundled | None] = {}
        for statement in statements:
            name = statement.name
            if name not in seen:
                seen[name] = online.ask(
                    SOURCE, find_system, online.wikidata, name, known.knows_system
                )
            found = seen[name]
            if isinstance(found, Bundled):
                continue  # bundled data wins: its verifiers speak for this system
            if isinstance(statement, MakerStatement):
                yield self._check_maker(statement, found, online) if found else self._unknown(name)
            elif found is not None:
                finding = self._check_origin(statement, found, resolver)
                if finding is not None:
                    yield finding

    @staticmethod
    def _resolver(context: Context) -> CountryResolver | None:
        try:
            return countries(context.sources)
        except DatasetError:
            return None

    def _evidence(self, found: Found, prop: str, label: str) -> Evidence:
        linked = found.linked(prop)
        return Evidence(
            DATASET,
            found.item.id,
            found.item.url,
            found.retrieved,
            f"{found.item.label} ({found.item.id}): {label} {_listing(linked)}",
        )

    def _unknown(self, name: Name) -> Finding:
        words = " ".join(w for _, _, w in name.words)
        return self.finding(
            Verdict.NOT_ENOUGH_EVIDENCE,
            f"Neither the bundled data nor Wikidata describes a system called “{words}”.",
        )

    def _check_maker(
        self,
        statement: MakerStatement,
        found: Found,
        online: Online,
    ) -> Finding:
        item, makers = found.item, found.linked(MANUFACTURER)
        evidence = [self._evidence(found, MANUFACTURER, "manufacturer (P176)")]
        if not makers:
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"Wikidata records no manufacturer for {item.label}.",
                evidence,
            )
        covers = [found.name_span, statement.predicate, statement.maker_span]
        if any(_same_org(statement.maker, m.names) for m in makers):
            return self.finding(
                Verdict.SUPPORTED,
                f"Wikidata names {_listing(makers)} as the manufacturer of {item.label}, "
                "as claimed.",
                evidence,
                covers,
            )
        hits = online.ask(SOURCE, online.wikidata.search, statement.maker)
        named = [h.id for h in exact_hits(hits, statement.maker)]
        maker_ids = {m.id for m in makers}
        if maker_ids & set(named):
            return self.finding(
                Verdict.SUPPORTED,
                f"Wikidata names {_listing(makers)} as the manufacturer of {item.label}, "
                f"and “{statement.maker}” is one of its names, as claimed.",
                evidence,
                covers,
            )
        if named:
            return self.finding(
                Verdict.REFUTED,
                f"Wikidata names {_listing(makers)} as the manufacturer of {item.label}, "
                f"not {statement.maker}.",
                evidence,
                covers,
            )
        return self.finding(
            Verdict.NOT_ENOUGH_EVIDENCE,
            f"Wikidata names {_listing(makers)} as the manufacturer of {item.label}; "
            f"it knows no organisation called “{statement.maker}”.",
            evidence,
        )

    def _check_origin(
        self, statement: OriginStatement, found: Found, resolver: CountryResolver | None
    ) -> Finding | None:
        item, origins = found.item, found.linked(ORIGIN)
        adjective = statement.name.adjective
        said = statement.place or (adjective[2] if adjective else "")
        said_span = statement.place_span or (adjective[:2] if adjective else None)
        if said_span is None:
            return None
        evidence = [self._evidence(found, ORIGIN, "country of origin (P495)")]
        covers = [
            found.name_span,
            said_span,
            *([statement.predicate] if statement.predicate else []),
        ]
        country = resolver.resolve(said) if resolver else None
        key = name_key(said)
        matches = [
            o
            for o in origins
            if (country is not None and country.iso3 in o.get(ISO3))
            or key in {name_key(n) for n in (*o.names, *o.get(DEMONYM))}
        ]
        if not origins:
            if country is None and statement.place is None:
                return None
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"Wikidata records no country of origin for {item.label}.",
                evidence,
            )
        if matches:
            return self.finding(
                Verdict.SUPPORTED,
                f"Wikidata gives {_listing(origins)} as the country of origin of {item.label}, "
                "as claimed.",
                evidence,
                covers,
            )
        if country is None:
            if statement.place is None:
                return None  # a capitalised word we cannot read as a nationality
            return self.finding(
                Verdict.NOT_ENOUGH_EVIDENCE,
                f"Wikidata gives {_listing(origins)} as the country of origin of {item.label}; "
                f"“{said}” is not a country the bundled data knows.",
                evidence,
            )
        if all(o.get(ISO3) for o in origins):
            return self.finding(
                Verdict.REFUTED,
                f"Wikidata gives {_listing(origins)} as the country of origin of {item.label}, "
                f"not {country.name}.",
                evidence,
                covers,
            )
        return self.finding(
            Verdict.NOT_ENOUGH_EVIDENCE,
            f"Wikidata gives {_listing(origins)} as the country of origin of {item.label}, a "
            f"state without a current ISO code; whether that makes it {said} is not decided here.",
            evidence,
        )

"""Checks a name the text gives a system: "the Storm Shadow, which France calls SCALP-EG".

Example claim: "The Gripen E is also known as the F-39E."
Expected verdict: supported

The analysis reads a naming assertion between two system names (the relations stage's naming
class: "X, which <someone> calls (the) Y", "X, (also) known (in <place>) as (the) Y", "X, (also)
called / dubbed / designated (the) Y", "<someone> calls (the) X (the) Y"). Then:

* both names are names of one system in the catalogue (its name, an alias, a SIPRI name) →
  `supported`, citing the row that lists both;
* every system the second name may denote differs from every system the first may denote,
  and their own names begin differently (not "Su-30SM" and "Su-35S", one family) →
  `refuted`: "the F-16" is not another name of the Gripen;
* otherwise nothing is said.

Who uses the name ("which Russia calls the Geran-2", "known in Estonia as the Kou") is checked
where SIPRI's record of that country's order of the system gives the name as the country's own
designation ("Russian designation Geran-2"): the finding then covers the country too. Otherwise
the catalogue lists names, not who uses them, so those words stay open for the aggregate.
"""

from __future__ import annotations

from collections.abc import Iterator

from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Finding, Span, Verdict
from veracity.mentions import Entity, Mention, catalog
from veracity.mentions.catalog import Catalog
from veracity.mentions.keys import key_of
from veracity.mentions.transfers import Transfer, buyer_designations, transfers
from veracity.sources.countries import CountryMention
from veracity.sources.names import name_key
from veracity.verifiers.base import BaseVerifier

__all__ = ["SystemNames"]

_STEM = 3
"""Systems whose names share a key prefix this long may be one family: never refuted."""


class SystemNames(BaseVerifier):
    """Checks a name the text gives a system: "the Storm Shadow, which France calls SCALP-EG".

    Example claim: "The Gripen E is also known as the F-39E."
    Expected verdict: supported
    """

    name = "systems.names"
    handles = frozenset({"systems"})

    def check(self, claim: Claim, context: Context) -> Iterator[Finding]:
        cat = catalog(context.sources)
        for relation in context.analysis(claim).relations:
            if relation.kind != "naming" or relation.system is None or relation.alias is None:
                continue
            covers = list(relation.covers)
            if relation.namer is not None:
                found = _designated(relation.alias, relation.namer, relation.system, context)
                if found is not None:
                    yield self._by_namer(relation.alias, relation.namer, *found, covers, context)
                    continue
            yield from self._judge(relation.system, relation.alias, covers, cat)

    def _by_namer(
        self,
        alias: Mention,
        namer: CountryMention,
        entity: Entity,
        record: Transfer,
        covers: list[Span],
        context: Context,
    ) -> Finding:
        """The name is the namer's own designation in SIPRI's record of its order."""
        index = transfers(context.sources)
        return self.finding(
            Verdict.SUPPORTED,
            f"“{alias.text}” is {namer.country.name}'s name of the {entity.name}: SIPRI's record "
            f"of its order says so ({record.row.get('comments')}).",
            [catalog(context.sources).evidence(entity, _names(entity)), index.evidence(record)],
            [*covers, (namer.start, namer.end)],
        )

    def _judge(
        self, first: Mention, second: Mention, covers: list[Span], cat: Catalog
    ) -> Iterator[Finding]:
        """`covers`: the naming assertion's spans (both names and the naming words)."""
        shared = [e for e in first.of("system") if e in second.of("system")]
        if shared:
            entity = shared[0]
            yield self.finding(
                Verdict.SUPPORTED,
                f"“{second.text}” is a name of the {entity.name}, as “{first.text}” is: the "
                "catalogue lists both.",
                [cat.evidence(entity, _names(entity))],
                covers,
            )
            return
        ones, others = first.of("system"), second.of("system")
        if not first.exact or not second.exact:
            return  # a misspelt name: which system is meant is a guess
        if any(_related(a, b) for a in ones for b in others):
            return  # one family ("Su-30SM", "Su-35S"): the text may mean either
        one = ones[0]
        named = " or the ".join(o.name for o in others)
        yield self.finding(
            Verdict.REFUTED,
            f"“{second.text}” names another system, the {named}, not the {one.name}; the "
            f"{one.name}'s names are {_names(one)}.",
            [cat.evidence(e, _names(e)) for e in (*ones, *others)],
            covers,
        )


def _designated(
    alias: Mention, namer: CountryMention, system: Mention, context: Context
) -> tuple[Entity, Transfer] | None:
    """A SIPRI record of the namer's order of the system (both names of one catalogue row)
    whose comment gives the alias as the buyer's own designation."""
    key = name_key(alias.text)
    index = transfers(context.sources)
    for entity in (e for e in system.of("system") if e in alias.of("system")):
        for record in index.of(entity, namer.country.iso3):
            if any(name_key(n) == key for n in buyer_designations(record.row)):
                return entity, record
    return None


def _all_names(entity: Entity) -> list[str]:
    return list(dict.fromkeys([entity.name, *entity.aliases, *entity.values("sipri_names")]))


def _names(entity: Entity) -> str:
    shown = _all_names(entity)[:8]
    return ", ".join(shown)


def _related(a: Entity, b: Entity) -> bool:
    """Two systems whose names begin alike ("Su-30SM" and "Su-35S", "MiG-29" and "MiG-31",
    "Bayraktar TB2" and "Bayraktar Akinci"): one family or one maker's line, where a text
    may mean either; only their own names are compared, not aliases with a maker's name."""
    x, y = key_of(a.name), key_of(b.name)
    return len(x) >= _STEM and len(y) >= _STEM and x[:_STEM] == y[:_STEM]

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

A version said of a system ("The M1A2T is a variant of the M1 Abrams", the relations stage's
variant class) is `supported` when the variant's name extends the base's designation and both
name one catalogue row or one family (one category and origin): "Tejas Mk 1A" of "Tejas Mk 1",
"M1A2T" of "M1" Abrams (a family name the rows share). Otherwise nothing is said: the
catalogue does not record which version came from which.

Who uses the name ("which Russia calls the Geran-2", "known in Estonia as the Kou") is checked
where SIPRI's record of that country's order of the system gives the name as the country's own
designation ("Russian designation Geran-2"): the finding then covers the country too. Otherwise
the catalogue lists names, not who uses them, so those words stay open for the aggregate.
"""

from __future__ import annotations

from collections.abc import Iterator

from veracity.analysis.relations import Relation
from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Finding, Span, Verdict
from veracity.mentions import Entity, Mention, catalog
from veracity.mentions.catalog import Catalog
from veracity.mentions.keys import key_of
from veracity.mentions.readings import one_family
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
        relations = context.analysis(claim).relations
        variants = [r for r in relations if r.kind == "variant"]
        yield from self._variants(variants, cat)
        for relation in relations:
            if relation.kind != "naming" or relation.system is None or relation.alias is None:
                continue
            covers = list(relation.covers)
            if relation.namer is not None:
                found = _designated(relation.alias, relation.namer, relation.system, context)
                if found is not None:
                    yield self._by_namer(relation.alias, relation.namer, *found, covers, context)
                    continue
            yield from self._judge(relation.system, relation.alias, covers, cat)

    def _variants(self, relations: list[Relation], cat: Catalog) -> Iterator[Finding]:
        """One finding for each variant said, from the first candidate base it extends."""
        said: set[int] = set()
        for relation in relations:
            variant, base = relation.system, relation.base
            if variant is None or base is None or variant.start in said:
                continue
            for x in variant.of("system"):
                y = next((y for y in base.of("system") if _extends(variant, base, x, y)), None)
                if y is not None:
                    said.add(variant.start)
                    same = (
                        f"“{variant.text}” and “{base.text}” are names of the {x.name}"
                        if x == y
                        else f"The {x.name} and the {y.name} are one family"
                    )
                    yield self.finding(
                        Verdict.SUPPORTED,
                        f"{same}, and “{variant.text}” extends the designation "
                        f"“{base.text}”: a version of it, as claimed.",
                        [cat.evidence(e, _names(e)) for e in dict.fromkeys((x, y))],
                        relation.covers,
                    )
                    break

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


def _extends(variant: Mention, base: Mention, x: Entity, y: Entity) -> bool:
    """The variant's name extends the base's (less a family name the base's row shares, as
    "Abrams" of "M1 Abrams"), and the two rows are one row or one family: "Tejas Mk 1A" of
    "Tejas Mk 1", "M1A2T" of "M1 Abrams". A digit after a base ending in a digit is another
    number, not a version ("M10" of "M1")."""
    if x != y and not one_family([x, y]):
        return False
    mine, theirs = name_key(variant.text), name_key(base.text)
    bases = {theirs}
    for shared in (name_key(n) for n in y.values("ambiguous")):
        if shared and theirs.endswith(shared) and len(theirs) > len(shared):
            bases.add(theirs[: -len(shared)])
    return any(
        len(b) >= 2
        and len(mine) > len(b)
        and mine.startswith(b)
        and not (b[-1].isdigit() and mine[len(b)].isdigit())
        for b in bases
    )


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

"""A system a claim names only by pointing back: "Taiwan has bought 108 such tanks", "the jets
arrived in 2023", in an article whose earlier claims named the tank or the jet.

When a claim names no system and its weapon words are a category noun phrase after a
determiner of the `antecedent-determiners` lexicon ("such tanks", "these jets", "the
aircraft"), the system is taken from the nearest earlier claim of its claim set (in the file's
order) that names a system of that category (`veracity.mentions.roles` gives the phrase's
categories, the catalogue the system's). It is taken only when that claim names exactly one such
system; when it names several, none is taken and the candidates are named.

The result is a labelled inference, never a reading of the claim's own words: the report shows
it ("inferred from claim `x`") and a contradiction that rests on it is withheld
(`veracity.engine.precision`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from veracity.claims.models import Claim, ClaimSet
from veracity.context import Context
from veracity.lexicons import lexicon
from veracity.memo import per_claim_set
from veracity.mentions.catalog import Entity
from veracity.mentions.finder import Mention, Mentions, find_mentions
from veracity.mentions.roles import RoleMention, find_roles
from veracity.sources.registry import Sources

__all__ = [
    "INFERRED",
    "Antecedent",
    "antecedent",
    "pointed_back",
    "remember_systems",
    "with_antecedent",
]

INFERRED = "inferred from an earlier claim"
"""The start of the `cue` of a mention an antecedent gave: "inferred from an earlier claim
(`claim-id`)"."""


@dataclass(frozen=True, slots=True)
class Antecedent:
    """What a pointing phrase of a claim refers back to."""

    phrase: RoleMention
    """The category words pointed with ("tanks" in "such tanks"), determiner excluded."""
    start: int
    """Where the phrase starts, its determiner included."""
    claim: str
    """The id of the nearest earlier claim that names a system of that category."""
    systems: tuple[Entity, ...]
    """The systems of that category the earlier claim names: one is the inference; several are
    candidates, and nothing is inferred."""

    @property
    def found(self) -> Entity | None:
        return self.systems[0] if len(self.systems) == 1 else None

    def describe(self) -> str:
        words = f"“{self.phrase.text}”"
        if self.found is not None:
            return f"system {self.found.name} for {words} (inferred from claim `{self.claim}`)"
        names = " or ".join(e.name for e in self.systems)
        return f"{words} may be {names} (claim `{self.claim}`): not inferred"


def _pointing(text: str) -> list[tuple[int, RoleMention]]:
    """The category phrases after a pointing determiner, with where the determiner starts."""
    determiners = lexicon("antecedent-determiners")
    found = []
    for role in find_roles(text):
        if role.categories is None:
            continue
        head = text[: role.start].rstrip()
        word = head.rsplit(None, 1)[-1] if head else ""
        if word.lower() in determiners and head.endswith(word):
            found.append((len(head) - len(word), role))
    return found


def _systems(found: Mentions) -> tuple[Entity, ...]:
    return tuple(e for m in found.systems for e in m.of("system"))


class _SystemsNamed:
    """The system rows each claim of a set names, by claim id: found when first asked for, or
    given by the claim's own mentions stage (`remember`), so no claim's text is read twice and
    a claim whose antecedent is near does not read the whole set."""

    def __init__(self, claim_set: ClaimSet, sources: Sources) -> None:
        self._claims = {c.id: c for c in claim_set.claims}
        self._sources = sources
        self._found: dict[str, tuple[Entity, ...]] = {}

    def remember(self, claim: Claim, found: Mentions) -> None:
        """What `find_mentions` found in `claim`, a claim of the set, before links."""
        if self._claims.get(claim.id) is claim:
            self._found.setdefault(claim.id, _systems(found))

    def of(self, claim_id: str) -> tuple[Entity, ...]:
        systems = self._found.get(claim_id)
        if systems is None:
            text = self._claims[claim_id].text
            systems = self._found[claim_id] = _systems(find_mentions(text, self._sources))
        return systems


def _named(context: Context) -> _SystemsNamed:
    sources = context.sources
    return per_claim_set(
        context, "analysis.antecedent-systems", lambda cs: _SystemsNamed(cs, sources)
    )


def remember_systems(claim: Claim, found: Mentions, context: Context) -> None:
    """Keep what the finder found in `claim` (before the desk's links) for the later claims
    of its set that point back to it."""
    if context.claim_set is not None:
        _named(context).remember(claim, found)


def antecedent(claim_id: str, found: Mentions, context: Context) -> Antecedent | None:
    """What the claim's pointing phrase refers back to, if it names no system, has one, and an
    earlier claim names a system of its category."""
    claim_set = context.claim_set
    if claim_set is None or found.systems:
        return None
    pointing = _pointing(found.text)
    if len(pointing) != 1:
        return None
    start, phrase = pointing[0]
    categories = phrase.categories or frozenset()
    ids = [c.id for c in claim_set.claims]
    if claim_id not in ids:
        return None
    named = _named(context)
    for earlier in reversed(ids[: ids.index(claim_id)]):
        fitting = {e.id: e for e in named.of(earlier) if e.text("category") in categories}
        if fitting:
            return Antecedent(phrase, start, earlier, tuple(fitting.values()))
    return None  # no earlier claim names that category: the phrase is read as it stands


def with_antecedent(found: Mentions, inferred: Antecedent | None) -> Mentions:
    """`found` with the pointing phrase read as the one system it refers back to."""
    if inferred is None or inferred.found is None:
        return found
    entity = inferred.found
    start, end = inferred.start, inferred.phrase.end
    mention = Mention(
        start,
        end,
        found.text[start:end],
        (entity,),
        entity.name,
        cue=f"{INFERRED} (`{inferred.claim}`)",
    )
    return replace(found, names=tuple(sorted([*found.names, mention], key=lambda m: m.start)))


def pointed_back(claim_id: str, found: Mentions, context: Context) -> Antecedent | None:
    """What the claim's pointing phrase refers back to, read from mentions that may already
    hold the inferred system (`with_antecedent`): for the report."""
    own = tuple(m for m in found.names if not m.cue.startswith(INFERRED))
    if len(own) == len(found.names):
        return antecedent(claim_id, found, context)
    return antecedent(claim_id, replace(found, names=own), context)

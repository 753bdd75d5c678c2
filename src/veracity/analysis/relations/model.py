"""A typed assertion: a verb class with its arguments in their roles."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from veracity.findings import Span
from veracity.mentions.finder import Mention
from veracity.mentions.readings import one_family
from veracity.sources.countries import CountryMention, RegionMention

__all__ = [
    "Party",
    "Relation",
    "RelationKind",
    "RelationStage",
    "confidence",
    "partial_link",
]

RelationKind = Literal[
    "acquisition",
    "supply",
    "operation",
    "manufacture",
    "origin",
    "ownership",
    "naming",
    "component",
    "variant",
]
"""The verb classes of the lexicon (`relations.yaml`)."""
RelationStage = Literal["planned", "ordered", "delivered", "operated", "lease"]
"""Where the deal stands; `lease`: units leased, not bought (SIPRI says so only in a row's
comment or status), whatever the verb ("leases", "operated under a leasing arrangement")."""
Party = CountryMention | Mention
"""A buyer, seller or operator: a country, or an organisation or maker named."""


@dataclass(frozen=True, slots=True)
class Relation:
    """One assertion read from the claim: its verb class, the grammar form it was read in, and
    its arguments. `confident` is False when an argument may name several unrelated things (a
    name with candidate rows of different systems, two possible subjects): such an assertion is
    shown but no contradiction may rest on it; `candidates` then names them."""

    kind: RelationKind
    form: str
    """The grammar form: active, passive, copula ("X is the maker of Y"), apposition,
    possessive, compound ("X-made Y"), adjective, made-in, of-origin, from, fleet, former,
    partners ("X and Y are manufacturing partners on Z": never confident, partners may supply
    parts)."""
    words: str
    """The words read as the verb (or noun) of the class."""
    system: Mention | None = None
    maker: Mention | None = None
    buyer: Party | None = None
    seller: Party | None = None
    operator: Party | None = None
    former_operator: Party | None = None
    """ "previously used by X": an earlier operator, a second-hand origin, not a buyer."""
    owner: Mention | None = None
    """The group a maker belongs to (ownership)."""
    alias: Mention | None = None
    """Another name the claim gives the system (naming)."""
    namer: CountryMention | None = None
    """The country that uses the alias ("which Russia calls", "known in Turkey as", "the
    Brazilian air force calls"); its words are not in `covers` (naming)."""
    base: Mention | None = None
    """The system the assertion's system is said to be a version of (variant)."""
    part: Mention | None = None
    """A system the assertion's system is built with or for (component)."""
    part_noun: str = ""
    """What kind of part: "chassis", "engine" (component; "" for "the Patriot's PAC-3")."""
    place: CountryMention | RegionMention | None = None
    """The origin's country or region (or a former state)."""
    joint: tuple[CountryMention, ...] = ()
    """Countries named together with `place` ("British-French", "German and Spanish")."""
    number: int | None = None
    year: int | None = None
    stage: RelationStage | None = None
    production: bool = False
    """An origin that says where it is produced ("made in", "-built"), not who designed it."""
    predicate: bool = False
    """An origin said of the system by a copula ("The S-300 is a Chinese system")."""
    covers: tuple[Span, ...] = ()
    """The spans of the claim the assertion accounts for."""
    confident: bool = True
    candidates: tuple[str, ...] = ()

    @property
    def target(self) -> Mention | None:
        """What an origin is said of: the system, else the maker."""
        return self.system or self.maker


_SLASHED = re.compile(r"\w/\w")


def partial_link(name: Mention, text: str) -> bool:
    """The name is linked on part of what is written: "Büffel" of "Büffel/Buffalo 3" (the
    other half may name another thing than the row)."""
    after = _SLASHED.match(text, name.end - 1)
    before = name.start >= 2 and _SLASHED.match(text, name.start - 2)
    return bool(after or before)


def confidence(system: Mention, text: str = "") -> tuple[bool, tuple[str, ...]]:
    """Whether an argument names one system, and else the rows it may name. Not confident: a
    name whose rows are unrelated systems (versions of one family are one system), or a name
    linked on part of what is written (`partial_link`)."""
    rows = system.of("system")
    rows_named = tuple(f"{e.dataset}:{e.id}" for e in rows)
    if text and partial_link(system, text):
        return False, rows_named
    if one_family(rows):
        return True, ()
    return False, rows_named

"""Relations: the typed assertions of a claim, read by verb class over its mentions.

Nine verb classes, each with its argument roles, come from the versioned lexicon
`veracity/lexicons/relations.yaml`:

* **acquisition** (buyer, system, seller, number, year, stage): "ordered", "signed for",
  "leases", "is poised to take delivery of", "new additions include";
* **supply** (seller, system, buyer, …): "sold", "delivered", "promised to supply", "a
  helicopter from Airbus";
* **operation** (operator, system, year): "operates", "the fleet includes", "became an operator
  of"; "previously used by X" names a former operator (a second-hand origin, not a buyer);
* **manufacture** (maker, system): "built by", "X is the manufacturer of Y", "the Tejas maker
  HAL", "X-made Y", "Otokar's Cobra II";
* **origin** (place, system or maker): "the Russian Su-30SM", "made in Germany", "of Israeli
  origin", "The TB2 is Turkish-made";
* **naming** (system, alias): "the Gripen E, also known as the F-39E", "which Russia calls the
  Geran-2";
* **ownership** (maker, owner): "ZALA Aero, part of the Kalashnikov Concern", "Irkut is a
  subsidiary of UAC";
* **component** (system, part, maker): "the Patriot's PAC-3 MSE", "built on a licensed K9
  chassis", "GE Aerospace is the engine supplier of the Tejas";
* **variant** (system, base): "The M1A2T is a variant of the M1 Abrams".

A small grammar over the mentions (active, passive, "X is the Y of Z", appositions, compounds)
fills the roles; each reader lives in its own module. An assertion whose argument may name
unrelated things is kept with `confident=False` and its candidates: a contradiction must not
rest on it.
"""

from __future__ import annotations

from collections.abc import Sequence

from veracity.analysis.relations.component import components
from veracity.analysis.relations.making import manufacture
from veracity.analysis.relations.model import Party, Relation, RelationKind, RelationStage
from veracity.analysis.relations.naming import namings
from veracity.analysis.relations.origin import origins
from veracity.analysis.relations.ownership import ownerships
from veracity.analysis.relations.transfer import transfers
from veracity.analysis.relations.variant import variants
from veracity.lexicons.relations import VERSION
from veracity.mentions.deals import Deal
from veracity.mentions.finder import Mentions
from veracity.mentions.historical import HistoricalMention
from veracity.mentions.roles import RoleMention

__all__ = ["VERSION", "Party", "Relation", "RelationKind", "RelationStage", "read_relations"]


def read_relations(
    text: str,
    found: Mentions,
    former: Sequence[HistoricalMention] = (),
    roles: Sequence[RoleMention] = (),
    deals: Sequence[Deal] = (),
) -> tuple[Relation, ...]:
    """Every assertion of the claim: ownership, manufacture, origin, then acquisition, supply
    and operation, then naming, component and variant, each in text order."""
    return (
        *ownerships(text, found),
        *manufacture(text, found, roles),
        *origins(text, found, former, roles),
        *transfers(text, found, deals),
        *namings(text, found),
        *components(text, found),
        *variants(text, found),
    )

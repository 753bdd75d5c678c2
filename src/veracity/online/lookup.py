"""Find a system's Wikidata item from the words that name it, and the items it points to.

A candidate name must match an item's English label or alias exactly (spacing, case and
punctuation aside), and the item must be "instance of" (P31) a kind of equipment, judged from
the English labels of its P31 values: a film, a person or a town of the same name is no answer.
Three requests at most per name: the search, the candidate items, and the items they point to
(makers, countries, kinds).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from veracity.analysis.statements import Name
from veracity.findings import Span
from veracity.online.bundled import name_key
from veracity.online.wikidata import INSTANCE_OF, MANUFACTURER, ORIGIN, Entity, Hit, Wikidata

__all__ = ["BUNDLED", "EQUIPMENT", "Bundled", "Found", "exact_hits", "find_system"]

EQUIPMENT = re.compile(
    r"rifle|gun|pistol|firearm|carbine|weapon|aircraft|airplane|aeroplane|helicopter|vehicle|"
    r"tank|missile|rocket|launcher|artillery|howitzer|mortar|drone|unmanned|uav|ucav|ship|boat|"
    r"frigate|corvette|destroyer|submarine|carrier|radar|munition|bomb|torpedo|engine|system|"
    r"model|family|class|series|fighter|bomber|trainer",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Found:
    """A system's item, the span of its name in the claim, and the items it points to."""

    item: Entity
    name_span: Span
    values: dict[str, Entity]
    retrieved: str

    def linked(self, prop: str) -> list[Entity]:
        return [self.values[i] for i in self.item.get(prop) if i in self.values]


class Bundled:
    """The bundled data knows the name: its verifiers speak for the system, online stays silent."""


BUNDLED = Bundled()


def exact_hits(hits: list[Hit], name: str) -> list[Hit]:
    """The search hits whose label or matched alias is `name`."""
    key = name_key(name)
    return [h for h in hits if key in (name_key(h.matched), name_key(h.label))]


def _widen(name: Name, span: Span, item: Entity, values: dict[str, Entity]) -> Span:
    """Take in the words before the name that name the item or its maker too ("Kalashnikov
    AK-47"): they are part of how the claim names it, not another assertion."""
    makers = [values[m] for m in item.get(MANUFACTURER) if m in values]
    keys = {name_key(n) for e in (item, *makers) for n in e.names}
    start = span[0]
    for word_start, _, word in reversed([w for w in name.words if w[1] <= span[0]]):
        if name_key(word) not in keys:
            break
        start = word_start
    return (start, span[1])


def find_system(
    wikidata: Wikidata, name: Name, bundled: Callable[[str], bool] = lambda name: False
) -> Found | Bundled | None:
    """The first equipment item named by one of the name's candidates, longest first.

    A candidate the bundled data knows (`bundled(candidate)`) ends the search with `BUNDLED`:
    bundled data wins when both know a thing.
    """
    for candidate, span in name.candidates():
        if bundled(candidate):
            return BUNDLED
        hits = exact_hits(wikidata.search(candidate), candidate)[:3]
        if not hits:
            continue
        items = wikidata.entities(h.id for h in hits)
        linked = {
            value
            for item in items.values()
            for prop in (MANUFACTURER, ORIGIN, INSTANCE_OF)
            for value in item.get(prop)
        }
        values = wikidata.entities(sorted(linked)) if linked else {}
        for hit in hits:
            item = items.get(hit.id)
            if item is None:
                continue
            kinds = [values[k].label for k in item.get(INSTANCE_OF) if k in values]
            if any(EQUIPMENT.search(kind) for kind in kinds):
                return Found(item, _widen(name, span, item, values), values, wikidata.retrieved)
        return None
    return None

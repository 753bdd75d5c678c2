"""Every quantity an article states, indexed so that each claim finds its conflicts quickly.

Two quantities are the same *measure* when they share country, category, action measure
(ordered, delivered, overhauled, repaired, …), period and the word "new"; they *conflict* when
their amounts cannot both hold (round figures are given half their rounding unit: "1,500" and
"1,520" agree). Quantities of the same country and category that differ in measure are
*related*: worth a note, not a verdict.

The ledger is built once per claim set. Within a group of equal measures, amounts are kept
sorted by their bounds, so the conflicts of a claim are found by bisection: building is linear
in the number of claims and each look-up logarithmic, whatever the article's size.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from veracity.claims.models import Claim, ClaimSet
from veracity.context import Context
from veracity.quantities.amounts import Amount
from veracity.quantities.parse import Quantity, claim_quantities

__all__ = ["Entry", "Ledger"]

_Group = tuple[str | None, str]
_Measure = tuple[str, tuple[str, int | None, int | None] | None, bool]


@dataclass(frozen=True, slots=True)
class Entry:
    claim_id: str
    quantity: Quantity
    amount: Amount
    """The amount with the tolerance of round figures."""

    @property
    def group(self) -> _Group:
        country = self.quantity.country
        return (country.iso3 if country else None, self.quantity.category.id)

    @property
    def measure(self) -> _Measure:
        q = self.quantity
        return (q.measure or "", q.period.key if q.period else None, q.new is not None)


@dataclass(slots=True)
class _Bucket:
    by_low: list[tuple[float, int, Entry]] = field(default_factory=list)
    by_high: list[tuple[float, int, Entry]] = field(default_factory=list)

    def add(self, entry: Entry, order: int) -> None:
        self.by_low.append((entry.amount.low, order, entry))
        self.by_high.append((entry.amount.high, order, entry))

    def seal(self) -> None:
        self.by_low.sort(key=lambda t: (t[0], t[1]))
        self.by_high.sort(key=lambda t: (t[0], t[1]))

    def disjoint(self, amount: Amount) -> Iterator[Entry]:
        """Entries whose amount lies wholly below or wholly above `amount`."""
        below = bisect.bisect_left(self.by_high, amount.low, key=lambda t: t[0])
        yield from (t[2] for t in self.by_high[:below])
        above = bisect.bisect_right(self.by_low, amount.high, key=lambda t: t[0])
        yield from (t[2] for t in self.by_low[above:])


class Ledger:
    """The quantities of one claim set by group and measure."""

    def __init__(self, claim_set: ClaimSet, context: Context) -> None:
        self.entries: dict[str, list[Entry]] = {}
        self.claims: dict[str, Claim] = {c.id: c for c in claim_set.claims}
        self._groups: dict[_Group, dict[_Measure, _Bucket]] = defaultdict(dict)
        order = 0
        for claim in claim_set.claims:
            if not claim.checkable:
                continue
            entries = self.entries_of(claim_quantities(claim, context), claim.id)
            self.entries[claim.id] = entries
            for entry in entries:
                self._groups[entry.group].setdefault(entry.measure, _Bucket()).add(entry, order)
                order += 1
        for buckets in self._groups.values():
            for bucket in buckets.values():
                bucket.seal()

    @staticmethod
    def entries_of(quantities: list[Quantity], claim_id: str) -> list[Entry]:
        """The entries of one claim's quantities (those whose action is known)."""
        return [Entry(claim_id, q, q.amount.tolerant()) for q in quantities if q.measure]

    def conflicts(self, entry: Entry, limit: int = 5) -> list[Entry]:
        """Up to `limit` entries of other claims: the same measure, an incompatible amount."""
        bucket = self._groups.get(entry.group, {}).get(entry.measure)
        if bucket is None:
            return []
        found: list[Entry] = []
        for other in bucket.disjoint(entry.amount):
            if other.claim_id != entry.claim_id:
                found.append(other)
                if len(found) == limit:
                    break
        return found

    def related(self, entry: Entry, limit: int = 3) -> list[Entry]:
        """Up to `limit` entries of other claims: the same country and category, another measure."""
        found: list[Entry] = []
        for measure, bucket in self._groups.get(entry.group, {}).items():
            if measure == entry.measure:
                continue
            other = next((t[2] for t in bucket.by_low if t[2].claim_id != entry.claim_id), None)
            if other is not None:
                found.append(other)
                if len(found) == limit:
                    break
        return found

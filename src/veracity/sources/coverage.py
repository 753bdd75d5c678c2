"""The period a dataset covers, and whether the absence of a record in it can decide a claim.

Every descriptor declares its period in `temporal` (the Frictionless-style field; years):

    "temporal": {"start": 2019, "end": 2024, "of": "year_of_order", "label": "orders 2019-2024",
                 "veracity:whole": {"start": 1940, "end": 2024, "rows": 29515},
                 "veracity:more": "python -m veracity.sources.importers.sipri ..."}

`veracity:whole` is there when the dataset is a part of a larger published one (the SIPRI
register bundled as its recent orders): the whole's period and size, and `veracity:more` how
a user imports the rest. A record found in the dataset is a record; a record *not* found
proves nothing about a year the dataset does not hold, so every verifier that decides from
absence (no order in that year, none of that number, no such supplier, totals) first asks
`Period.gap` for the years its judgement needs and leaves the claim `not-enough-evidence`, with
the reason it returns, when they are not all covered.

A part still holds every record of a weapon first ordered within its years: the catalogue
derived from the whole register declares it (`veracity:register`, the records its
`first_order_year` is taken from), and `Period.from_first` gives the period as it bears on such
a system, whole, so that the records a part lacks are known not to exist.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from veracity.sources.registry import Sources

__all__ = ["Period", "coverage", "period_of"]


@dataclass(frozen=True, slots=True)
class Period:
    """The years a dataset holds (`start`-`end`), in words (`label`), and whether it is whole."""

    dataset: str
    start: int | None
    end: int | None
    label: str
    whole: bool = True
    """False when the dataset holds only part of the publisher's records (a subset)."""
    more: str = ""
    """How to import the rest (a command), for a part."""
    whole_rows: int | None = None
    """For a part: the number of records of the whole it is cut from (`veracity:whole`)."""
    derived_rows: int | None = None
    """For a catalogue: the number of register records its derived columns (a system's first
    year of order) are taken from (`veracity:register`)."""

    def from_first(self, first: int | None) -> Period:
        """The period as it bears on the records of one weapon whose first order anywhere in
        the whole register is `first`: a part that holds every year from `first` on holds all
        of them (none is older), so it is whole for that weapon; unchanged otherwise."""
        if self.whole or first is None or self.start is None or first < self.start:
            return self
        return replace(self, start=None, whole=True)

    def gap(self, since: int | None, until: int | None) -> str | None:
        """Why absence cannot decide a judgement that needs every record from `since` to
        `until` (None: from the publisher's first record, to the data's last year); None when
        the dataset holds all of them."""
        if until is not None and self.end is not None and until > self.end:
            return self._say(f"{until} is after its last year")
        if since is None and until is None and not self.whole:
            return self._say("the claim gives no year, and older records are not held")
        first = since if since is not None else until
        if first is not None and self.start is not None and first < self.start:
            return self._say(f"{first} is before its first year")
        if since is None and not self.whole:
            return self._say(f"what happened by {until} includes records before {self.start}")
        return None

    def _say(self, why: str) -> str:
        held = f"The {self.dataset} data holds {self.label} only"
        more = f"; import the whole register to check it: {self.more}" if self.more else ""
        return f"{held} ({why}), so a record it lacks decides nothing{more}."


def period_of(dataset: str, descriptor: Mapping[str, Any]) -> Period | None:
    """The period a descriptor's `temporal` declares; None when it declares none."""
    temporal = descriptor.get("temporal")
    if not isinstance(temporal, Mapping):
        return None
    start, end = _year(temporal.get("start")), _year(temporal.get("end"))
    label = str(temporal.get("label") or f"{start or '…'}-{end or '…'}")
    whole = temporal.get("veracity:whole")
    return Period(
        dataset,
        start,
        end,
        label,
        whole is None,
        str(temporal.get("veracity:more", "")),
        _rows(whole),
        _rows(temporal.get("veracity:register")),
    )


def _rows(extent: Any) -> int | None:
    """The `rows` of a `veracity:whole` or `veracity:register` extent, if it gives them."""
    rows = extent.get("rows") if isinstance(extent, Mapping) else None
    return rows if isinstance(rows, int) and not isinstance(rows, bool) else None


def _year(value: Any) -> int | None:
    try:
        return int(str(value)[:4]) if value not in (None, "") else None
    except ValueError:
        return None


def coverage(sources: Sources, dataset: str) -> Period:
    """The period `dataset` declares; one with no bounds (whole) when it declares none."""
    return sources.meta(dataset).period or Period(dataset, None, None, "the years it holds")

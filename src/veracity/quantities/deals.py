"""Past arms deals from the SIPRI register (`arms-transfers`), indexed by recipient and category.

SIPRI records imports only: a country's own production never appears, so these totals can
confirm a deal or put a figure in proportion, but a figure above them proves nothing alone.
Rows whose number or year SIPRI marks uncertain never confirm a claim. Everything here is a
no-op when the dataset is not installed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from veracity.findings import Evidence, Span
from veracity.quantities.categories import CATEGORIES
from veracity.quantities.parse import Quantity
from veracity.sources.dataset import Dataset
from veracity.sources.registry import Sources
from veracity.sources.sipri import not_yet_ordered

__all__ = ["DATASET", "Deal", "Deals", "deals"]

DATASET = "arms-transfers"
_Key = tuple[str, str]
Spelled = Callable[[str], Span | None]
"""Where the claim writes a name, if it does (`ClaimDoc.spelled`)."""
_ALIASES = re.compile(
    r"([A-Z][\w-]*\d[\w-]*|[A-Z][\w-]+)\s+version\b|\bas\s+([A-Z][\w-]+)|"
    r"\bdesignation\s+([A-Z][\w-]+)"
)


def _uncertain(value: Any) -> bool:
    return value is True or str(value).strip().lower() in ("?", "true", "yes", "1")


def _int(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _years(value: Any) -> tuple[int, ...]:
    items: Iterable[Any] = (
        value if isinstance(value, (list, tuple)) else str(value or "").split(";")
    )
    return tuple(y for y in (_int(v) for v in items) if y is not None)


@dataclass(frozen=True, slots=True)
class Deal:
    """A SIPRI row that confirms a quantity, and where the claim names its designation."""

    row: dict[str, Any]
    designation: Span | None


class Deals:
    """SIPRI rows by (recipient ISO3, category id)."""

    def __init__(self, table: Dataset) -> None:
        self.table = table
        self._rows: dict[_Key, list[dict[str, Any]]] = defaultdict(list)
        counted: dict[str, list[str]] = defaultdict(list)  # SIPRI description -> category ids
        for category in CATEGORIES:
            for description in category.sipri:
                counted[description].append(category.id)
        for row in table:
            recipient = row.get("recipient_iso3")
            if recipient:
                for category_id in counted.get(str(row.get("description") or ""), ()):
                    self._rows[(str(recipient), category_id)].append(row)

    def rows(self, iso3: str, category: str) -> list[dict[str, Any]]:
        return self._rows.get((iso3, category), [])

    def ordered(self, iso3: str, category: str) -> tuple[int, int, int] | None:
        """(units ordered, first year, last year) over every recorded order, if any."""
        rows = [
            r
            for r in self.rows(iso3, category)
            if _int(r.get("number_ordered")) and not not_yet_ordered(r)
        ]
        years = [y for r in rows if (y := _int(r.get("year_of_order"))) is not None]
        if not rows or not years:
            return None
        return sum(_int(r["number_ordered"]) or 0 for r in rows), min(years), max(years)

    def confirming(self, quantity: Quantity, spelled: Spelled) -> list[Deal]:
        """Rows with this recipient, category, number and period; none for plans without a year
        or a "this year" with no article date to say which year it is. A row whose year of
        order SIPRI marks uncertain matches only a claim that gives no period. `spelled` says
        where the claim writes a name (`ClaimDoc.spelled`), for each row's designation."""
        if quantity.country is None or quantity.kind not in ("acquisition", "delivery"):
            return []
        period = quantity.period
        if (period is None and quantity.future) or (period is not None and period.unanchored):
            return []
        found = []
        for row in self.rows(quantity.country.iso3, quantity.category.id):
            if quantity.kind == "acquisition":
                if not_yet_ordered(row):
                    continue
                number, uncertain = row.get("number_ordered"), row.get("number_ordered_uncertain")
                years = _years(row.get("year_of_order"))
                # an uncertain year of order only matters against a year the claim gives
                uncertain = uncertain or (period is not None and row.get("year_of_order_uncertain"))
            else:
                number, uncertain = (
                    row.get("number_delivered"),
                    row.get("number_delivered_uncertain"),
                )
                years = _years(row.get("years_of_delivery"))
            count = _int(number)
            if count is None or _uncertain(uncertain) or not years:
                continue
            if not quantity.amount.low <= count <= quantity.amount.high:
                continue
            if period is not None and not all(
                (period.start is None or y >= period.start)
                and (period.end is None or y <= period.end)
                for y in years
            ):
                continue
            found.append(Deal(row, self._designation(row, spelled)))
        return sorted(found, key=lambda d: d.designation is None)

    @staticmethod
    def _designation(row: dict[str, Any], spelled: Spelled) -> Span | None:
        """Where the claim names the row's weapon: its SIPRI designation, the designation's
        first word when it has a digit ("AH-64E" for "AH-64E Apache"), or a name SIPRI's
        comments give ("Su-30SM version", "produced … as Arlan", "Kazakh designation Nur")."""
        designation = str(row.get("designation") or "")
        comments = str(row.get("comments") or "")
        names = [designation, *(g for m in _ALIASES.finditer(comments) for g in m.groups() if g)]
        first = designation.split()[0] if designation.split() else ""
        if any(c.isdigit() for c in first):
            names.append(first)
        for name in names:
            span = spelled(name)
            if span is not None:
                return span
        return None

    def evidence(self, row: dict[str, Any], detail: str = "") -> Evidence:
        meta = self.table.meta
        key = str(row.get("id") or self.table.row_key(row))
        return Evidence(
            meta.id, key, self.table.row_url(row), meta.retrieved, detail or describe(row)
        )


def describe(row: dict[str, Any]) -> str:
    """One line a reader understands: who ordered how many of what from whom, and when."""
    ordered = row.get("number_ordered")
    delivered = row.get("number_delivered")
    years = _years(row.get("years_of_delivery"))
    count = ordered if ordered is not None else "an unknown number of"
    text = (
        f"{row.get('recipient')} ordered {count}"
        f" {row.get('designation')} ({row.get('description')}) from {row.get('supplier')} in "
        f"{row.get('year_of_order')}"
    )
    if delivered:
        when = f"{years[0]}-{years[-1]}" if len(years) > 1 else (str(years[0]) if years else "")
        text += f"; {delivered} delivered" + (f" in {when}" if when else "")
    return text + (f"; status: {row['status']}" if row.get("status") else "")


def deals(sources: Sources) -> Deals | None:
    """The SIPRI index for these sources, built once; None when the dataset is absent."""
    if DATASET not in sources:
        return None
    return sources.derived("quantities.deals", lambda s: Deals(s.dataset(DATASET)))

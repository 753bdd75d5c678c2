"""A country's standing in a field of the Global Firepower table, by one measure.

The overall standing is the table's `rank` (1 = strongest). A standing in a measure the table
publishes per country (tanks, fighters, active personnel, defence budget…) is computed as
Global Firepower orders its per-measure lists: by the published figure, the largest first. The
data does not say how the publisher orders countries with the same figure, so a tie gives a
range of places (`best` to `worst`), and a claimed place inside a tie is never decided.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Standing", "figure", "standing"]

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Standing:
    """The places `best` to `worst` a country may hold (equal unless it shares its figure with
    others) in a field of `size` countries, `ordered` by the measure; `value` is its figure
    (None for the overall rank)."""

    best: int
    worst: int
    size: int
    ordered: tuple[Row, ...]
    value: int | None


def figure(row: Row, columns: Sequence[str]) -> int:
    """The figure of `row` in a measure: the sum of its columns (a blank counts 0)."""
    return sum(int(row[c] or 0) for c in columns)


def standing(field: Sequence[Row], iso3: str, columns: Sequence[str] | None) -> Standing:
    """Where `iso3` stands in `field` (which holds it): by rank, or by the figure of
    `columns`, the largest first."""
    if not columns:
        ordered = tuple(sorted(field, key=lambda r: int(r["rank"])))
        place = next(i for i, r in enumerate(ordered, start=1) if r["iso3"] == iso3)
        return Standing(place, place, len(ordered), ordered, None)
    values = {str(r["iso3"]): figure(r, columns) for r in field}
    mine = values[iso3]
    higher = sum(1 for v in values.values() if v > mine)
    same = sum(1 for v in values.values() if v == mine)
    ordered = tuple(sorted(field, key=lambda r: (-values[str(r["iso3"])], int(r["rank"]))))
    return Standing(higher + 1, higher + same, len(ordered), ordered, mine)

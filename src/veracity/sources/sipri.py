"""How to read a row of SIPRI's trade register (`arms-transfers`) beyond its columns.

SIPRI files some weapons that a country has only chosen under the year of choice, with the
number chosen in `number_ordered`; the comment says so: "K2PL versions; …; selected 2022 but not
yet ordered by end-2023", "selected but contract not yet signed by end-2024". Such a row is a
plan, not an order, and must not be counted or quoted as one.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from veracity.patterns import lazy_compile

__all__ = ["lease_renewals", "leased", "not_yet_ordered"]

_SELECTED = lazy_compile(
    r"\bselected\b[^;]*?\b(?:not\b[^;]*?\b(?:orde?red|signed)\b|order\s+delayed)", re.IGNORECASE
)


def not_yet_ordered(row: Mapping[str, Any]) -> bool:
    """True when SIPRI's comment says the weapon was selected but not (yet) ordered."""
    return bool(_SELECTED.search(str(row.get("comments") or "")))


_LEASE = lazy_compile(r"\blease[sd]?\b|\bleasing\b", re.IGNORECASE)
_RENEWED = lazy_compile(
    r"\blease\s+(?:extended|renewed|prolonged)\s+(?:in\s+)?(?P<year>(?:19|20)\d\d)\b"
    r"(?:\s+to\s+(?P<start>(?:19|20)\d\d)-(?P<end>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


def leased(row: Mapping[str, Any]) -> bool:
    """True when SIPRI's comment or status says the units are leased ("$924 m 10-year lease",
    "Second-hand; lease"): SIPRI records a lease as a deal, and says so only there."""
    return bool(_LEASE.search(f"{row.get('comments') or ''} {row.get('status') or ''}"))


def lease_renewals(row: Mapping[str, Any]) -> list[tuple[int, int | None]]:
    """The years SIPRI's comment extends or renews the row's lease in, each with the term in
    years it extends it for when the comment gives it ("lease extended 2012 to 2016-2026" →
    (2012, 10))."""
    return [
        (int(m["year"]), int(m["end"]) - int(m["start"]) if m["start"] else None)
        for m in _RENEWED.finditer(str(row.get("comments") or ""))
    ]

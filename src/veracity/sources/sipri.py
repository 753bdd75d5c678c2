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

__all__ = ["not_yet_ordered"]

_SELECTED = re.compile(
    r"\bselected\b[^;]*?\b(?:not\b[^;]*?\b(?:orde?red|signed)\b|order\s+delayed)", re.IGNORECASE
)


def not_yet_ordered(row: Mapping[str, Any]) -> bool:
    """True when SIPRI's comment says the weapon was selected but not (yet) ordered."""
    return bool(_SELECTED.search(str(row.get("comments") or "")))

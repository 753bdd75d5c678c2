"""Whether a SIPRI record says its units are produced or assembled in a country.

SIPRI's comment says so in its own words ("incl production under licence in Egypt", "incl 223
assembled in India"). This reads the dataset's comment field, not a claim: a licence, assembly
or production word, then "in" and the country's name, within one remark (up to a `;`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from veracity.mentions.places import country_name

__all__ = ["built_there"]


def built_there(row: Mapping[str, Any], iso3: str) -> bool:
    """SIPRI's comment says units are produced or assembled in the country `iso3`."""
    name = re.escape(country_name(iso3).removeprefix("the "))
    pattern = rf"(?:licen[cs]e|assembled|produced|production)[^;]*\bin\s+{name}\b"
    return bool(re.search(pattern, str(row.get("comments") or "")))

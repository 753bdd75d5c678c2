"""A credit line: the paragraph saying where a quoted article comes from, read as metadata.

    (Quoted from The Associated Press, "Argentina buys …", 16 April 2024: https://…)

A paragraph wholly inside brackets that holds a URL makes no statement about the world: it names
the source. It gives the article's URL, its publication date when a whole date is written
(`16 April 2024`, `April 16, 2024`, `2024-04-16`; a month alone is no date), and its publisher
when written as `from <Publisher>,`. The block is then not extracted as a claim.
"""

from __future__ import annotations

import datetime as dt
import re

from veracity.extract.document import Meta

__all__ = ["is_credit", "read_credit"]

_URL = re.compile(r"https?://[^\s)\]]+")
_MONTHS = (
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
)
_MONTH = "|".join(_MONTHS)
_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\s+(\d{{4}})\b", re.IGNORECASE)
_MONTH_FIRST = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_PUBLISHER = re.compile(r"\bfrom\s+([A-Z][^,\"“(]{1,120}?)\s*,")


def is_credit(text: str) -> bool:
    """A paragraph wholly in brackets that names a URL."""
    text = text.strip()
    return (
        len(text) > 2
        and (text[0], text[-1]) in {("(", ")"), ("[", "]")}
        and bool(_URL.search(text))
    )


def _date(text: str) -> dt.date | None:
    for pattern, order in ((_DAY_FIRST, (3, 2, 1)), (_MONTH_FIRST, (3, 1, 2)), (_ISO, (1, 2, 3))):
        match = pattern.search(text)
        if match is None:
            continue
        year, month, day = (match[i] for i in order)
        number = int(month) if month.isdigit() else _MONTHS.index(month.lower()) + 1
        try:
            return dt.date(int(year), number, int(day))
        except ValueError:
            return None
    return None


def read_credit(text: str, meta: Meta) -> None:
    """Offer the credit line's URL, date and publisher to `meta` (first good value wins)."""
    url = _URL.search(text)
    if url:
        meta.set_url(url.group().rstrip(".,;"))
    meta.set_published(_date(text))
    publisher = _PUBLISHER.search(text)
    if publisher:
        meta.set_publisher(publisher.group(1))

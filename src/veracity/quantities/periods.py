"""The period a quantity refers to: "this year", "in 2024", "by the end of the year", "so far".

Relative phrases are resolved against a reference year: the claim's `year` hint, else the
article's publication year; without one they stay unresolved (`start`/`end` None) but keep
their kind, so two "this year"s of one article still compare equal.

| phrase                                              | kind     | years            |
|-----------------------------------------------------|----------|------------------|
| this year, by the end of the year, later this year  | year     | ref … ref        |
| in/during/for/by the end of 2024, in 2024           | year     | 2024 … 2024      |
| last year / next year                               | year     | ref-1 / ref+1    |
| so far, to date, thus far, until now, up to now     | to-date  | … ref            |
| since 2020                                          | since    | 2020 … ref       |
| by 2030                                             | until    | … 2030           |
| between 2020 and 2025, 2020-2025                    | span     | 2020 … 2025      |
| over/within/in the next five years                  | horizon  | ref … ref+4      |
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veracity.findings import Span
from veracity.quantities.numbers import find_cardinals

__all__ = ["Period", "find_period"]

_Y = r"(?:19|20)\d\d"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "span",
        re.compile(
            rf"\b(?:between\s+|from\s+|in\s+)?(?P<a>{_Y})\s*(?:-|–|to|and)\s*"
            rf"(?P<b>{_Y})\b",
            re.I,
        ),
    ),
    (
        "this",
        re.compile(
            r"\b(?:(?:by\s+)?the\s+end\s+of\s+(?:the|this)\s+year|by\s+year[\s-]end|"
            r"(?:later\s+|earlier\s+)?this\s+year|in\s+the\s+current\s+year|"
            r"the\s+(?:first|second)\s+half\s+of\s+(?:the|this)\s+year)\b",
            re.I,
        ),
    ),
    ("last", re.compile(r"\b(?:last|the\s+previous|the\s+past)\s+year\b", re.I)),
    ("next", re.compile(r"\bnext\s+year\b", re.I)),
    (
        "horizon",
        re.compile(
            r"\b(?:over|within|in|during)\s+the\s+(?:next|coming)\s+"
            r"(?P<n>[\w-]+)\s+years\b",
            re.I,
        ),
    ),
    ("since", re.compile(rf"\bsince\s+(?P<a>{_Y})\b", re.I)),
    ("until", re.compile(rf"\b(?:by|until|till|before)\s+(?P<a>{_Y})\b(?!\s*(?:-|–))", re.I)),
    (
        "year",
        re.compile(
            rf"\b(?:(?:by\s+)?the\s+end\s+of|in|during|for|throughout|"
            rf"(?:the\s+)?(?:first|second)\s+half\s+of|early|late|mid-?)\s*"
            rf"(?P<a>{_Y})\b",
            re.I,
        ),
    ),
    (
        "to-date",
        re.compile(
            r"\b(?:so\s+far|to\s+date|thus\s+far|until\s+now|up\s+to\s+now|"
            r"as\s+of\s+now|already)\b",
            re.I,
        ),
    ),
]


@dataclass(frozen=True, slots=True)
class Period:
    """When: a kind and, when known, the first and last year."""

    kind: str
    """year, to-date, since, until, span, horizon."""
    start: int | None
    end: int | None
    text: str
    span: Span

    @property
    def key(self) -> tuple[str, int | None, int | None]:
        """What two periods must share to be the same period."""
        return (self.kind, self.start, self.end)

    @property
    def unanchored(self) -> bool:
        """A relative year ("this year", "last year", "in the next five years") with no
        reference year to resolve it: it names no year, so no record may be matched by it."""
        return self.kind in ("year", "horizon") and self.start is None and self.end is None

    @property
    def years(self) -> int | None:
        """How many years it spans, when bounded."""
        if self.start is None or self.end is None:
            return None
        return self.end - self.start + 1


def find_period(text: str, reference: int | None) -> Period | None:
    """The first period phrase of `text`, resolved against the `reference` year."""
    best: tuple[int, Period] | None = None
    for kind, pattern in _PATTERNS:
        match = pattern.search(text)
        if match is None or (best is not None and best[0] <= match.start()):
            continue
        period = _resolve(kind, match, reference)
        if period is not None:
            best = (match.start(), period)
    return best[1] if best else None


def _resolve(kind: str, match: re.Match[str], ref: int | None) -> Period | None:
    text, span = match.group(), match.span()
    shift = {"this": 0, "last": -1, "next": 1}
    if kind in shift:
        year = None if ref is None else ref + shift[kind]
        return Period("year", year, year, text, span)
    if kind == "year":
        return Period("year", int(match["a"]), int(match["a"]), text, span)
    if kind == "span":
        a, b = int(match["a"]), int(match["b"])
        return Period("span", a, b, text, span) if a < b else None
    if kind == "since":
        return Period("since", int(match["a"]), ref, text, span)
    if kind == "until":
        return Period("until", None, int(match["a"]), text, span)
    if kind == "horizon":
        numbers = find_cardinals(match["n"])
        if not numbers:
            return None
        years = int(numbers[0].value)
        return Period("horizon", ref, None if ref is None else ref + years - 1, text, span)
    return Period("to-date", None, ref, text, span)

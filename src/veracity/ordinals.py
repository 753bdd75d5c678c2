"""Ordinal and small cardinal numbers written in words or digits ("58th", "third", "No. 12",
"twenty-four", "a hundred and forty-five")."""

from __future__ import annotations

import re

from veracity.patterns import lazy_compile
from veracity.quantities.numbers import find_cardinals

__all__ = ["CARDINAL_PATTERN", "ORDINAL_PATTERN", "cardinal_value", "ordinal_value", "ordinal_word"]

_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
_TENS_ORD = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}


def _number_words(units: list[str], teens: list[str], tens: dict[str, int]) -> dict[str, int]:
    """The words for 1 to 99 (`units` 1-9, `teens` 10-19, `tens` the round tens) with every
    compound of a ten and a unit, hyphenated or spaced ("twenty-fourth", "twenty four")."""
    table = {w: i for i, w in enumerate(units, start=1)}
    table.update({w: i for i, w in enumerate(teens, start=10)})
    table.update(tens)
    for ten, value in _TENS.items():
        for i, unit in enumerate(units, start=1):
            table[f"{ten}-{unit}"] = table[f"{ten} {unit}"] = value + i
    return table


WORD_ORDINALS = _number_words(_UNITS, _TEENS, _TENS_ORD)

_WORDS = "|".join(sorted(WORD_ORDINALS, key=len, reverse=True))
# `(?a:…)`: ASCII-only case folding, so "firſt" or "fİrst" are not taken for "first" (they
# matched with Unicode folding, then missed the table: found by the property tests).
ORDINAL_PATTERN = lazy_compile(
    rf"\b(?:(?P<digits>\d{{1,3}})(?a:st|nd|rd|th)|(?P<word>(?a:{_WORDS})))\b", re.IGNORECASE
)


def ordinal_value(text: str) -> int | None:
    """58 for '58th' or 'fifty-eighth'; None if `text` is not an ordinal."""
    match = ORDINAL_PATTERN.fullmatch(text.strip())
    if not match:
        return None
    if match["digits"]:
        return int(match["digits"])
    return WORD_ORDINALS.get(match["word"].lower())


def ordinal_word(n: int) -> str:
    """'58th' for 58, '21st' for 21, '12th' for 12."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


_CARDINAL_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_CARDINAL_TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
WORD_CARDINALS = _number_words(_CARDINAL_UNITS, _CARDINAL_TEENS, _TENS)
_BELOW_HUNDRED = "|".join(sorted(WORD_CARDINALS, key=len, reverse=True))
CARDINAL_PATTERN = lazy_compile(
    rf"(?a:(?:(?:a|one)[\s-]+hundred(?:(?:\s+and)?[\s-]+(?:{_BELOW_HUNDRED}))?)|"
    rf"(?:{_BELOW_HUNDRED}))(?![\w-])",
    re.IGNORECASE,
)
"""A cardinal from one to a hundred and ninety-nine in words (no group, no leading boundary:
embed it after one)."""


def cardinal_value(text: str) -> int | None:
    """24 for 'twenty-four' or '24', 145 for 'a hundred and forty-five'; None otherwise (the
    value as the claim's counts read it: `veracity.quantities.numbers.find_cardinals`)."""
    raw = text.strip()
    found = find_cardinals(raw)
    if (
        len(found) != 1
        or found[0].end != len(raw)
        or raw[: found[0].start].strip().lower() not in ("", "a")
    ):
        return None
    value = found[0].value
    return int(value) if value.is_integer() else None

"""Amounts: a number with its qualifier ("more than fifty", "about 40", "up to 500") or a range
("between 10 and 20", "10-20"), read as the interval of values the text allows.

| qualifier                                  | kind      | interval for n        |
|--------------------------------------------|-----------|-----------------------|
| (none)                                     | exact     | [n, n]                |
| more than, over, above, in excess of, …    | above     | [n + 1, ∞) (integers) |
| at least, no fewer than, a minimum of, …   | at-least  | [n, ∞)                |
| about, around, some, roughly, an estimated | about     | [0.75 n, 1.25 n]      |
| nearly, almost, close to, just under       | nearly    | [0.8 n, n]            |
| up to, as many as, a maximum of            | up-to     | [0, n]                |
| fewer than, less than, under, below, …     | below     | [0, n - 1] (integers) |
| between a and b, a-b, from a to b          | range     | [a, b]                |

"Up to 500" still states 500 as the figure: `stated` keeps it, and a plausibility rule reads
it as the claim's size. A vague "hundreds of" is at least 200. `tolerant()` widens an exact
round figure by half its rounding unit (1,500 → [1,450, 1,550]) for comparisons between
statements of one article, the upper end excluded (40 covers 35 to 44).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from veracity.findings import Span
from veracity.lexicons import lexicon
from veracity.quantities.numbers import NumberMention

__all__ = ["Amount", "read_amount"]

_QUALIFIERS: list[tuple[str, str]] = [
    ("above", r"more\s+than|over|above|in\s+excess\s+of|upwards\s+of|exceeding|just\s+over"),
    (
        "at-least",
        r"at\s+least|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|"
        r"a\s+minimum\s+of|a\s+total\s+of\s+at\s+least",
    ),
    (
        "about",
        r"about|around|approximately|roughly|some|an\s+estimated|estimated|circa|c\.|"
        r"~|close\s+to\s+about|in\s+the\s+region\s+of|of\s+the\s+order\s+of",
    ),
    ("nearly", r"nearly|almost|close\s+to|just\s+under|just\s+short\s+of"),
    (
        "up-to",
        r"up\s+to|as\s+many\s+as|a\s+maximum\s+of|at\s+most|no\s+more\s+than|"
        r"not\s+more\s+than",
    ),
    ("below", r"fewer\s+than|less\s+than|under|below"),
]
_QUALIFIER = re.compile(
    r"(?:^|(?<=[\s(]))(?:"
    + "|".join(f"(?P<{k.replace('-', '_')}>{p})" for k, p in _QUALIFIERS)
    + r")\s*$",
    re.IGNORECASE,
)
_RANGE_BETWEEN = re.compile(r"\b(?:between|from)\s*$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and)\s*$", re.IGNORECASE)


def _particle(text: str, start: int, qualifier: re.Match[str]) -> bool:
    """Whether the qualifier "over" is the particle of the verb before it ("handed over 14"):
    lexicon particle-over-verbs."""
    if qualifier.group().strip().lower() != "over":
        return False
    before = text[:start].split()
    return bool(before) and before[-1].lower() in lexicon("particle-over-verbs")


@dataclass(frozen=True, slots=True)
class Amount:
    """How many the text says: an interval, the figure it states, and its qualifier."""

    low: float
    high: float
    stated: float
    qualifier: str
    """exact, above, at-least, about, nearly, up-to, below, range, vague."""
    span: Span
    """The number with its qualifier, e.g. "more than fifty"."""
    text: str

    @property
    def size(self) -> float | None:
        """The figure a plausibility rule should weigh, or None when the text only caps it."""
        if self.qualifier == "below":
            return None
        if self.qualifier == "up-to":
            return self.stated
        return self.low

    def describe(self) -> str:
        """The amount in plain figures: "more than 50", "10 to 20", "1,500"."""
        if self.qualifier == "vague":
            return self.text
        if self.qualifier == "range":
            return f"{_figure(self.low)} to {_figure(self.high)}"
        words = _WORDS.get(self.qualifier, "")
        return f"{words} {_figure(self.stated)}".strip()

    def overlaps(self, other: Amount) -> bool:
        return self.low <= other.high and other.low <= self.high

    def tolerant(self) -> Amount:
        """The interval widened by half the rounding unit of a round exact figure."""
        if self.qualifier != "exact" or not self.stated.is_integer() or self.stated < 10:
            return self
        value = int(self.stated)
        unit = 1
        while value % (unit * 10) == 0:
            unit *= 10
        if unit == 1:
            return self
        return replace(self, low=value - unit / 2, high=value + unit / 2 - 0.001)


_WORDS = {
    "above": "more than",
    "at-least": "at least",
    "about": "about",
    "nearly": "nearly",
    "up-to": "up to",
    "below": "fewer than",
}


def _figure(value: float) -> str:
    return f"{value:,.0f}" if value.is_integer() else f"{value:,.2f}".rstrip("0")


def _interval(kind: str, n: float) -> tuple[float, float]:
    step = 1.0 if n.is_integer() else 0.0
    return {
        "exact": (n, n),
        "above": (n + step, math.inf),
        "at-least": (n, math.inf),
        "about": (0.75 * n, 1.25 * n),
        "nearly": (0.8 * n, n),
        "up-to": (0.0, n),
        "below": (0.0, max(0.0, n - step)),
        "vague": (n, math.inf),
    }[kind]


def read_amount(text: str, numbers: list[NumberMention], index: int) -> tuple[Amount, int]:
    """The amount whose (last) number is `numbers[index]`, and the index of its first number.

    A range "between 10 and 20" is read from its second number; the caller skips the first.
    """
    number = numbers[index]
    if index > 0:
        first = numbers[index - 1]
        joined = _RANGE_JOIN.match(text[first.end : number.start])
        if joined and not first.year_like and first.value < number.value:
            before = _RANGE_BETWEEN.search(text[: first.start])
            start = before.start() if before else first.start
            low, high = first.value, number.value
            if before or joined.group().strip() in ("-", "–", "—", "to"):
                return (
                    Amount(low, high, high, "range", (start, number.end), text[start : number.end]),
                    index - 1,
                )
    kind, start = "exact", number.start
    qualifier = _QUALIFIER.search(text[max(0, number.start - 40) : number.start])
    if qualifier and _particle(text, max(0, number.start - 40) + qualifier.start(), qualifier):
        qualifier = None
    if qualifier:
        kind = next(k for k, _ in _QUALIFIERS if qualifier[k.replace("-", "_")])
        start = max(0, number.start - 40) + qualifier.start()
    if number.vague:
        kind = "vague" if kind == "exact" else kind
    low, high = _interval(kind, number.value)
    return Amount(
        low, high, number.value, kind, (start, number.end), text[start : number.end]
    ), index

"""The measures a ranking claim may speak of: the figures a strength table publishes per country
(tanks, fighters, manpower, defence budget…), and words of measures it does not publish.

A rank is in the overall index unless a measure is attached to it ("fifth in tanks", "the
largest tank fleet in Africa", "third for manpower"); a measure named elsewhere in the claim
leaves the rank's measure in doubt ("Egypt, with its air power, ranks 15th"). The nouns of
equipment and troops are `veracity.quantities.categories`; the other measures and the doubts
are data (`rankings.toml`: `measures`, `measure-doubts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from veracity.analysis.ranking_words import alternation, tables
from veracity.findings import Span
from veracity.patterns import literal_alternation
from veracity.quantities.categories import find_categories

__all__ = ["Measure", "find_measures", "measure_doubts"]


@dataclass(frozen=True, slots=True)
class Measure:
    """A figure of the table named in the text ("tank fleet"): `name` is how a reader calls
    it ("tanks", "defence budget"), `columns` the table's columns whose sum is the figure."""

    text: str
    span: Span
    name: str
    columns: tuple[str, ...]


def _key(words: str) -> str:
    return re.sub(r"[\s-]+", " ", words.lower())


@cache
def _named() -> tuple[re.Pattern[str], dict[str, tuple[str, ...]]]:
    table = tables()["measures"]
    by_word: dict[str, tuple[str, ...]] = {  # "a+b": the sum of columns a and b
        _key(w): tuple(str(column).split("+")) for column, ws in table.items() for w in ws
    }
    pattern = re.compile(
        r"(?<![\w-])(?:" + literal_alternation(by_word, r"[\s-]+") + r")(?![\w-])", re.IGNORECASE
    )
    return pattern, by_word


_DOUBT = re.compile(r"(?<![\w-])(?:" + alternation("measure-doubts") + r")(?![\w-])", re.I)


@lru_cache(maxsize=256)
def find_measures(text: str) -> tuple[Measure, ...]:
    """The measures named in `text`, left to right; a named measure ("tank fleet") wins over
    the category noun inside it. Remembered for the last texts read: the ranking and inventory
    readers ask up to three times about one claim text (22,084 calls for 8,727 texts over the
    10,000-claim benchmark set)."""
    pattern, by_word = _named()
    found = [
        Measure(m.group(), m.span(), _key(m.group()), by_word[_key(m.group())])
        for m in pattern.finditer(text)
        if _key(m.group()) in by_word
    ]
    taken = [m.span for m in found]
    for noun in find_categories(text):
        if not noun.category.columns:
            continue
        if any(s < noun.end and noun.start < e for s, e in taken):
            continue
        found.append(
            Measure(noun.text, (noun.start, noun.end), noun.category.plural, noun.category.columns)
        )
    return tuple(sorted(found, key=lambda m: m.span))


def measure_doubts(text: str, measures: tuple[Measure, ...]) -> tuple[Span, ...]:
    """Words of measures the table does not publish ("air power"), outside named measures."""
    return tuple(
        m.span()
        for m in _DOUBT.finditer(text)
        if not any(s < m.end() and m.start() < e for s, e in (x.span for x in measures))
    )

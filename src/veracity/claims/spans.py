"""Where claims stand in their article text, in time near-linear in text and claims.

A claim's words (its `quote`, else its `text`) stand at their first occurrence in the article,
exactly as `str.find` gives it. Asking `find` for each of 10,000 claims in a 5 MB article reads
the text 10,000 times; `Locator` reads it once. A claim of three or more words has an *inner
word*, one with white space on both sides inside the claim: wherever the claim occurs, that word
is a whole white-space-delimited word of the text, at a fixed distance from the claim's start.
The text's words are indexed once (only those some claim needs), so each claim is tried only
where its rarest inner word stands, in increasing order, and the first match is `find`'s
answer. Claims of one or two words, and claims whose rarest inner word is too common to help,
fall back to `find`. Lines and columns come from the offsets of the line breaks, by bisection.
"""

from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from veracity.claims.models import ClaimSet

__all__ = ["Locator", "locator_of"]

_WORD = re.compile(r"\S+")


def _inner_words(needle: str) -> list[tuple[str, int]]:
    """(word, offset in `needle`) of each word with white space on both sides in `needle`."""
    return [
        (m.group(), m.start())
        for m in _WORD.finditer(needle)
        if m.start() > 0 and m.end() < len(needle)
    ]


class Locator:
    """First occurrences of many needles in one text, and (line, column) of offsets."""

    def __init__(self, text: str, needles: Iterable[str]) -> None:
        self.text = text
        plans = {needle: _inner_words(needle) for needle in set(needles)}
        wanted = {word for words in plans.values() for word, _ in words}
        where: dict[str, list[int]] = {}
        if wanted:
            for match in _WORD.finditer(text):
                word = match.group()
                if word in wanted:
                    where.setdefault(word, []).append(match.start())
        self._found = {needle: self._first(needle, words, where) for needle, words in plans.items()}
        self._breaks = [m.start() for m in re.finditer("\n", text)]

    def _first(self, needle: str, words: list[tuple[str, int]], where: dict[str, list[int]]) -> int:
        if not words:
            return self.text.find(needle)
        word, offset = min(words, key=lambda item: len(where.get(item[0], ())))
        positions = where.get(word, [])
        if len(positions) * len(needle) > len(self.text):  # no quicker than reading it all
            return self.text.find(needle)
        for position in positions:
            start = position - offset
            if start >= 0 and self.text.startswith(needle, start):
                return start
        return -1

    def find(self, needle: str) -> int:
        """`text.find(needle)`, from the index for the needles given at construction."""
        found = self._found.get(needle)
        return self.text.find(needle) if found is None else found

    def line_column(self, offset: int) -> tuple[int, int]:
        """The 1-based (line, column) of a character offset, columns counted in code points."""
        line = bisect.bisect_left(self._breaks, offset)  # line breaks before the offset
        start = self._breaks[line - 1] + 1 if line else 0
        return line + 1, offset - start + 1


_LOCATORS: dict[int, tuple[weakref.ref[ClaimSet], Locator]] = {}


def locator_of(claim_set: ClaimSet) -> Locator | None:
    """The locator of a claim set's article text and claims, made once per claim set."""
    text = claim_set.article_text
    if not text:
        return None
    key = id(claim_set)
    known = _LOCATORS.get(key)
    if known is not None and known[0]() is claim_set:
        return known[1]
    locator = Locator(text, (claim.quote or claim.text for claim in claim_set.claims))
    _LOCATORS[key] = (weakref.ref(claim_set, lambda _: _LOCATORS.pop(key, None)), locator)
    return locator

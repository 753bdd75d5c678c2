"""A token-overlap measure between statements: how much of one claim's content another covers.

Words are compared by a crude stem: the content words of `veracity.text.content_words`,
lowercased, possessive dropped, thousands separators removed, and cut to their first five
letters ("considered" and "considerations" meet at "consi", "procured" and "procuring" at
"procu"). Prefix stemming is the classic cheap stemmer of information retrieval; it is enough to
tell whether an extracted statement carries a curated claim's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from veracity.text import content_words

__all__ = ["best_parts", "coverage", "stems"]

STEM_LENGTH = 5
_POSSESSIVE = re.compile(r"['’]s$")


def stems(text: str) -> frozenset[str]:
    """The stems of the content words of `text`."""
    found = set()
    for _, _, word in content_words(text):
        word = _POSSESSIVE.sub("", word.lower()).replace(",", "")
        found.add(word[:STEM_LENGTH] if word.isalpha() else word)
    return frozenset(found)


def coverage(claim: str, others: Iterable[str]) -> float:
    """The share of `claim`'s content stems found in the union of `others` (1.0 if none)."""
    wanted = stems(claim)
    if not wanted:
        return 1.0
    have: set[str] = set()
    for other in others:
        have |= stems(other)
    return len(wanted & have) / len(wanted)


def best_parts(claim: str, candidates: Sequence[str], most: int = 3) -> tuple[list[str], float]:
    """The candidates that together cover `claim` best (greedy, best first, at most `most`,
    each adding something), and their coverage."""
    ranked = sorted(candidates, key=lambda text: -coverage(claim, [text]))
    chosen: list[str] = []
    score = 0.0
    for text in ranked:
        if len(chosen) == most:
            break
        better = coverage(claim, [*chosen, text])
        if better > score:
            chosen, score = [*chosen, text], better
    return chosen, score

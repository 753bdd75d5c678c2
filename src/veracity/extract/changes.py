"""What re-running `extract` on an edited article did to the claims of the file: which moved,
which changed, which no longer match the text.

- *moved*: the claim's words are still in the article, but out of the order the file lists
  them in (the file lists claims in article order when extracted): the claims outside the
  longest run that keeps the file's order are the ones that moved;
- *changed*: a claim no longer found, paired with a new statement that says nearly the same
  (at least `CHANGED` of the words of each are in the other): the article's sentence was edited
  ("17 F-16s" became "18 F-16s"), and the new statement is added under a new id;
- *gone*: a claim no longer found that no new statement resembles.

Ids never change: a curated claim keeps its id and its text; a person decides whether the new
statement replaces it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from veracity.claims.models import Claim
from veracity.extract.overlap import coverage

__all__ = ["CHANGED", "changed", "moved", "position"]

CHANGED = 0.6
"""Share of words two statements must each have of the other to be one statement edited."""


def position(claim: Claim, flat_article: str) -> int:
    """Where the claim's words (quote, else text) first stand in the whitespace-flattened
    article, or -1."""
    for words in (claim.quote, claim.text):
        if words:
            at = flat_article.find(" ".join(words.split()).rstrip(".!?"))
            if at >= 0:
                return at
    return -1


def _in_order(values: Sequence[int]) -> set[int]:
    """Indexes of one longest non-decreasing subsequence of `values` (claims of one sentence
    may share a position)."""
    tails: list[int] = []
    tail_index: list[int] = []
    previous = [-1] * len(values)
    for i, value in enumerate(values):
        k = bisect_right(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_index.append(i)
        else:
            tails[k], tail_index[k] = value, i
        previous[i] = tail_index[k - 1] if k else -1
    keep: set[int] = set()
    i = tail_index[-1] if tail_index else -1
    while i >= 0:
        keep.add(i)
        i = previous[i]
    return keep


def moved(claims: Sequence[Claim], article_text: str) -> tuple[Claim, ...]:
    """The claims still found in the article but no longer in the file's order."""
    flat = " ".join(article_text.split())
    found = [(claim, at) for claim in claims if (at := position(claim, flat)) >= 0]
    keep = _in_order([at for _, at in found])
    return tuple(claim for n, (claim, _) in enumerate(found) if n not in keep)


def changed(gone: Sequence[Claim], added: Sequence[Claim]) -> tuple[tuple[Claim, Claim], ...]:
    """(old claim, new statement) pairs: a claim no longer found and the new statement that
    resembles it most, when each has at least CHANGED of the other's words."""
    pairs: list[tuple[Claim, Claim]] = []
    free = list(added)
    for old in gone:
        scored = [
            (min(coverage(old.text, [new.text]), coverage(new.text, [old.text])), n)
            for n, new in enumerate(free)
        ]
        best = max(scored, default=(0.0, -1))
        if best[0] >= CHANGED:
            pairs.append((old, free.pop(best[1])))
    return tuple(pairs)

"""Parallel items: a clause followed by items of one shape, each `<figure> <preposition> …`.

    Guyana's personnel include 3,000 from the army, 200 from the navy, and 200 from the air force.
    Out of these, 63,000 belong to the army, 25,550 to the navy, 11,550 to the air force.
    Four were delivered in 2015 and two more in 2016.

An item follows a comma, or an `and` with no comma (the gapped second half of a sentence); its
count may carry a word that adds it to the first (cue group `count-additives`: "two more").
Each item stands for the clause with its figure and its prepositional phrase swapped in: the
words between the clause's figure and its preposition (a gapped verb, "belong") are restored,
so every statement names its subject and verb. An item that does not have the shape ends the
run and stays with the last statement, so no word is lost.
"""

from __future__ import annotations

from veracity.extract.cues import cue
from veracity.extract.grammar import Grammar
from veracity.extract.lexicon import PREPOSITIONS, is_count
from veracity.extract.tokens import Statement

__all__ = ["parallel_items"]


def _segments(g: Grammar, c: list[int]) -> list[tuple[int, list[int]]]:
    """c cut at top-level commas, and at an `and` that opens an item of the shape: (position
    of the segment's start in c, its tokens), a leading `and` / `or` of a segment dropped."""
    found: list[tuple[int, list[int]]] = [(0, [])]
    depth = 0
    for k, i in enumerate(c):
        word = g.text(i)
        depth += (word in "([") - (word in ")]")
        if depth == 0 and word == ",":
            found.append((k + 1, []))
            continue
        if depth == 0 and found[-1][1] and _gapped_and(g, c, k):
            found.append((k + 1, []))
            continue
        if not found[-1][1] and g.w(i) in ("and", "or"):
            continue
        found[-1][1].append(i)
    return found


def _gapped_and(g: Grammar, c: list[int], k: int) -> bool:
    """`and` at position k opens an item of the shape ("… in 2015 and two more in 2016"), and
    does not close a range ("between 2015 and 2020")."""
    if g.w(c[k]) != "and" or k < 2 or g.w(c[k - 2]) in ("between", "from"):
        return False
    stop = next((j for j in range(k + 1, len(c)) if g.text(c[j]) == ","), len(c))
    return _shaped(g, c[k + 1 : stop])


def _count_end(g: Grammar, item: list[int]) -> int:
    """Where the item's count ends: after it, and after the words that add it to the first."""
    end = 1
    while end < len(item) and cue("count-additives").fullmatch(g.w(item[end])):
        end += 1
    return end


def _shaped(g: Grammar, item: list[int]) -> bool:
    if len(item) < 3 or not is_count(g.text(item[0]).lstrip("$")):
        return False
    end = _count_end(g, item)
    return end < len(item) - 1 and g.w(item[end]) in PREPOSITIONS and g.first_finite(item) < 0


def _figure(g: Grammar, clause: list[int], preposition: str) -> tuple[int, int]:
    """In the clause, the figure the items replace and the preposition they replace: the
    clause's last `preposition` and the last bare count before it; (-1, -1) if none."""
    at = max((k for k, i in enumerate(clause) if g.w(i) == preposition), default=-1)
    counts = [k for k in range(at) if is_count(g.text(clause[k]).lstrip("$"))]
    return (counts[-1] if counts else -1), at


def parallel_items(g: Grammar, prefix: list[int], c: list[int], out: list[Statement]) -> bool:
    """Add one statement per parallel item of clause c; False (nothing added) if none."""
    segments = _segments(g, c)
    first = next((n for n in range(1, len(segments)) if _shaped(g, segments[n][1])), 0)
    if not first:
        return False
    clause = c[: segments[first][0] - 1]
    preposition = g.w(segments[first][1][_count_end(g, segments[first][1])])
    figure, at = _figure(g, clause, preposition)
    if figure < 0 or g.first_finite(clause) < 0:
        return False
    items = []
    for _, segment in segments[first:]:
        if not (_shaped(g, segment) and g.w(segment[_count_end(g, segment)]) == preposition):
            break
        items.append(segment)
    after = first + len(items)
    rest = c[segments[after][0] - 1 :] if after < len(segments) else []
    out.append(Statement((*prefix, *clause), (clause[0], clause[-1])))
    for n, item in enumerate(items):
        tail = rest if n == len(items) - 1 else []
        count = _count_end(g, item)
        before = (*prefix, *clause[:figure], *item[:count], *clause[figure + 1 : at])
        pieces = (*before, *item[count:], *tail)
        out.append(Statement(pieces, (item[0], (tail or item)[-1])))
    return True

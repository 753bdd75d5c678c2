"""Objects added to a clause as a whole, and phrases that float after a list to each item.

    In the first phase Hungary will take delivery of 46 Lynx IFVs as well as nine Büffel
    recovery vehicles, all made in Germany.
    → In the first phase Hungary will take delivery of 46 Lynx IFVs.
    → In the first phase Hungary will take delivery of nine Büffel recovery vehicles.
    → The 46 Lynx IFVs are made in Germany.
    → The nine Büffel recovery vehicles are made in Germany.

An additive conjunction (`as well as`, cue group `additive-conjunctions`) joins two objects of
one verb; each is kept whole (a list inside one is left to the coordination rules), because the
conjunction, unlike `and`, does not itself say the objects are items of one count. A floating
quantifier after the clause's last comma (`, all made in …`, cue group `floating-quantifiers`)
gives its participle phrase to each object: the object is a noun phrase, said with `the` when it
opens with a count, since it then names the vehicles just counted.
"""

from __future__ import annotations

from veracity.extract.cues import cue
from veracity.extract.grammar import Grammar
from veracity.extract.lexicon import PREPOSITIONS, is_count, is_participle
from veracity.extract.tokens import Piece, Statement

__all__ = ["additions", "each_with", "floating", "object_of"]

_LISTING = frozenset(["including", "like", "such"])


def _phrase_at(g: Grammar, c: list[int], k: int, group: str) -> int:
    """How many words of a phrase of `group` start at position k (0 when none does)."""
    words = " ".join(g.w(i) for i in c[k : k + 4])
    found = cue(group).match(words)
    return len(found.group().split()) if found else 0


def floating(g: Grammar, c: list[int]) -> tuple[list[int], list[int]] | None:
    """(the clause, the participle phrase) for a clause ending `, all <participle> …`."""
    verb = g.first_finite(c)
    if verb < 0:
        return None
    for k in range(verb + 2, len(c) - 2):
        if g.text(c[k]) != ",":
            continue
        size = _phrase_at(g, c, k + 1, "floating-quantifiers")
        phrase = c[k + 1 + size :]
        whole = not any(g.text(i) == "," for i in phrase)
        if size and len(phrase) >= 2 and is_participle(g.text(phrase[0])) and whole:
            return c[:k], phrase
    return None


def _object_start(g: Grammar, c: list[int], verb: int, k: int) -> int:
    """Where the object that ends before position k starts: after the verb or a preposition."""
    j = k
    while j > verb + 1 and g.w(c[j - 1]) not in PREPOSITIONS:
        j -= 1
    return j


def object_of(g: Grammar, c: list[int]) -> list[int]:
    """The clause's last object: the noun phrase after its verb or its last preposition."""
    verb = g.first_finite(c)
    if verb < 0:
        return []
    item = c[_object_start(g, c, verb, len(c)) :]
    return item if g.nounish(item) else []


def additions(g: Grammar, c: list[int]) -> tuple[list[int], list[list[int]]] | None:
    """(the clause's head, its objects) when objects are joined by an additive conjunction."""
    verb = g.first_finite(c)
    if verb < 0:
        return None
    depth = 0
    for k in range(verb + 2, len(c) - 1):
        depth += (g.text(c[k]) in "([") - (g.text(c[k]) in ")]")
        size = _phrase_at(g, c, k, "additive-conjunctions") if not depth else 0
        if not size:
            continue
        end = k - 1 if g.text(c[k - 1]) == "," else k
        start = _object_start(g, c, verb, end)
        left, right = c[start:end], c[k + size :]
        if not (g.nounish(left) and g.nounish(right)) or g.first_finite(right) >= 0:
            return None
        if g.first_finite(left) >= 0 or any(g.text(i) == ";" for i in right):
            return None
        if any(g.w(i) in _LISTING for i in c[verb:end]):  # "…, including 173 tanks like …"
            return None
        return c[:start], [left, right]
    return None


def each_with(g: Grammar, objects: list[list[int]], phrase: list[int]) -> list[Statement]:
    """One statement per object: the object, `is` or `are`, the floating phrase."""
    out = []
    for item in objects:
        counted = is_count(g.text(item[0]))
        lead: list[Piece] = ["the"] if counted else []
        many = counted and g.w(item[0]) not in ("1", "one")  # "28 F-5F Tiger IIs" are
        pieces: tuple[Piece, ...] = (*lead, *item, "are" if many else g.be(item), *phrase)
        out.append(Statement(pieces, (item[0], phrase[-1])))
    return out

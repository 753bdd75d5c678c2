"""Attributions at the edge of a sentence: who says it, split off from what was said.

- a tail after the last comma: ", the defence ministry said on Monday", ", officials said
  Thursday during a visit by …", or inverted ", said the air force chief, Gen. X";
- a speaker's that-clause at the start: "The ministry reported that Peru ordered …".

The statement is what was said, in the article's words; the attribution is returned with it, so
that check-worthiness can name it (`worthiness.assess(said=…)`): a fact said by a named speaker
stays checkable, one said by unnamed sources does not. The verbs are the cue group
`attribution-verbs`. What stays whole: speech whose object is a clause without `that` ("Gen. X
said the Su-30SM and the MiG-31 are threats"), a quotation (the quote rules judge it), and an
attribution inside the sentence (", the ministry said, and …"): only the edge is split off; and
", according to X", which often names the ranking or register the statement is about ("…,
according to Global Firepower's 2023 rankings"), so that it is part of what is checked.
"""

from __future__ import annotations

from veracity.extract.cues import cue
from veracity.extract.grammar import Grammar
from veracity.extract.lexicon import PREPOSITIONS, is_participle

__all__ = ["attribution"]

MAX_SPEAKER = 12
"""Words of a speaker's noun phrase at most ("the Danish defense minister, Troels Lund …")."""
_QUOTES = frozenset('"“”')
_NOT_SPEAKERS = frozenset(["and", "or", "but", "which", "who", "that", "as", "while", "according"])
"""Words that open a clause or a phrase, not a speaker's noun phrase."""


def _phrase(g: Grammar, c: list[int], start: int, stop: int) -> str:
    """The article's words of c[start:stop], spaces collapsed."""
    first, last = g.t[c[start]], g.t[c[stop - 1]]
    return " ".join(g.sentence.text[first.start : last.end].split())


def _verb(g: Grammar, c: list[int], k: int) -> int:
    """Positions the attribution verb at k takes (1, or 2 for "told reporters"), else 0."""
    for size in (2, 1):
        if k + size <= len(c) and cue("attribution-verbs").fullmatch(_phrase(g, c, k, k + size)):
            return size
    return 0


def _speaker(g: Grammar, c: list[int], start: int, stop: int) -> bool:
    """c[start:stop] is a speaker's noun phrase: a few words, no verb of its own (not even in
    brackets: "(a follow-on order was announced)" is a clause, not a speaker)."""
    opening = g.w(c[start])
    if not 0 < stop - start <= MAX_SPEAKER or opening in _NOT_SPEAKERS | PREPOSITIONS:
        return False
    described = stop - start > 1 and opening.endswith("ed") and is_participle(opening)
    first = start + described  # "informed military sources said"
    return not any(g.finite_at(c, k) for k in range(first, stop))


def _adverbial(g: Grammar, c: list[int], start: int) -> bool:
    """c[start:] is empty or the time and place of the speech (", said on Monday during …")."""
    if start >= len(c):
        return True
    first = g.w(c[start])
    return first in PREPOSITIONS or bool(cue("attribution-times").fullmatch(first))


def _tail(g: Grammar, c: list[int]) -> int | None:
    """The position of the comma opening an attribution tail, if the sentence ends with one."""
    commas = [k for k in range(1, len(c) - 1) if g.text(c[k]) == ","]
    for k in reversed(commas):
        if g.first_finite(c, 0, k) < 0:
            return None
        if size := _verb(g, c, k + 1):  # inverted: ", said the air force chief, Gen. X"
            return k if g.first_finite(c, k + 1 + size) < 0 else None
        verbs = [j for j in range(k + 2, len(c)) if _verb(g, c, j)]
        if verbs and _speaker(g, c, k + 1, verbs[0]):
            rest = verbs[0] + _verb(g, c, verbs[0])
            return k if _adverbial(g, c, rest) and g.first_finite(c, rest) < 0 else None
    return None


def _lead(g: Grammar, c: list[int]) -> int | None:
    """The position after "<speaker> <verb> that" when the sentence opens with it."""
    for j in range(1, min(len(c) - 2, MAX_SPEAKER + 1)):
        size = _verb(g, c, j)
        if size and g.w(c[j + size]) == "that":
            if _speaker(g, c, 0, j) and g.first_finite(c, j + size + 1) >= 0:
                return j + size + 1
            return None
    return None


def attribution(g: Grammar, c: list[int]) -> tuple[list[int], str | None]:
    """The clause `c` without the attribution at its edge, and the attribution's words."""
    if any(g.text(i) in _QUOTES for i in c):
        return c, None
    if (tail := _tail(g, c)) is not None:
        return c[:tail], _phrase(g, c, tail + 1, len(c))
    if (lead := _lead(g, c)) is not None:
        return c[lead:], _phrase(g, c, 0, lead - 1)
    return c, None

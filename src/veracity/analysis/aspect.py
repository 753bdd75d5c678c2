"""The aspect of a claim's statement: under way now, or one part of a larger whole.

*Ongoing*: a present acquisition, "is procuring", "are being procured", "is being supplied": a
copula followed (across spaces only) by an optional "being" and a participle (a word ending in
"-ing" or "-ed"). Such a statement speaks of the transfer under way now, which is a period of its
own. *Partial*: a word of the `batch-words` lexicon ("the first four", "12 more", "the remaining
30") makes the claim's figure one batch among others.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from veracity.lexicons import lexicon
from veracity.mentions.keys import Token

__all__ = ["Aspect", "read_aspect"]

_COPULAS = frozenset({"is", "are"})
_PARTICIPLE_ENDINGS = ("ing", "ed")


@dataclass(frozen=True, slots=True)
class Aspect:
    ongoing: bool
    """The statement is in the present progressive or present passive ("is procuring")."""
    partial: bool
    """The statement's figure is one batch or part ("the first four", "12 more")."""


def _participle(word: str) -> bool:
    return any(word.endswith(e) and len(word) > len(e) for e in _PARTICIPLE_ENDINGS)


def _spaced(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    return bool(gap) and gap.isspace()


def _ongoing(text: str, tokens: Sequence[Token]) -> bool:
    for i, token in enumerate(tokens[:-1]):
        if token.text.lower() not in _COPULAS:
            continue
        following = tokens[i + 1]
        if not _spaced(text, token, following):
            continue
        if _participle(following.text.lower()):
            return True  # "being" itself ends in -ing: "is being supplied" is ongoing
    return False


def read_aspect(text: str, tokens: Sequence[Token]) -> Aspect:
    """The aspect of `text`, cut into `tokens` (see `veracity.mentions.keys.tokenise`)."""
    batch = lexicon("batch-words")
    partial = any(t.text.lower() in batch for t in tokens)
    return Aspect(ongoing=_ongoing(text, tokens), partial=partial)

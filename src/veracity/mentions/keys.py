"""Tokens of a text and the normalised keys that names are looked up by.

A key is what is left of a name once case, accents, spaces, hyphens and other punctuation are
taken away, with a Roman numeral after a name turned into digits: "Su-30SM", "Su 30SM" and
"SU30SM" all give ``su30sm``; "COBRA II" and "Cobra-2" give ``cobra2``; "TUSAŞ" gives ``tusas``.
An n-gram of tokens has the key of its tokens joined, so a split designation ("Su 30 SM") meets
the same dictionary entry as a whole one. Tokens never join across commas, brackets, full stops
or other sentence punctuation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from veracity.sources.names import name_key

__all__ = ["Token", "digits", "key_of", "tokenise", "words"]

_ALNUM = re.compile(r"[^\W_]+", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s\b")
_JOINERS = frozenset(" \t-‐‑–/&'’.")
_ROMAN = {"II": "2", "III": "3", "IV": "4", "VI": "6", "VII": "7", "VIII": "8", "IX": "9"}
_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss"})


class Token(NamedTuple):
    """A run of letters and digits in a text.

    A named tuple rather than a frozen dataclass: every claim is cut into tokens, and a tuple is
    made several times faster.
    """

    start: int
    end: int
    text: str
    key: str
    joined: bool
    """True when only spaces, hyphens or slashes separate it from the token before."""
    possessive: bool = False
    """True when the text writes it with 's ("Otokar's")."""
    glued: bool = False
    """True when joined to the token before without a space ("Su-30SM", "F-16C/D")."""

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@functools.lru_cache(maxsize=1 << 16)
def _token_key(word: str) -> str:
    return _ROMAN.get(word) or name_key(word).translate(_FOLD)


def key_of(name: str) -> str:
    """The key of a name as written in a dataset (same rules as text n-grams)."""
    return "".join(t.key for t in tokenise(name))


def _joiner_ok(between: str) -> bool:
    if len(between) > 3 or any(c not in _JOINERS for c in between):
        return False
    return not ("." in between and (" " in between or between.endswith(".")))


@functools.lru_cache(maxsize=1024)
def _gap(between: str) -> tuple[bool, bool]:
    """(may join, glued) for the characters between two tokens (a few kinds recur)."""
    joins = _joiner_ok(between)
    return joins, joins and not any(c.isspace() for c in between)


def tokenise(text: str) -> list[Token]:
    """The tokens of `text`, possessive 's dropped and marked on the token it follows."""
    tokens: list[Token] = []
    possessives = {m.start() for m in _POSSESSIVE.finditer(text)}
    for match in _ALNUM.finditer(text):
        start, end, word = match.start(), match.end(), match.group()
        if start - 1 in possessives and word.lower() == "s" and tokens:
            last = tokens[-1]
            tokens[-1] = last._replace(possessive=True)
            continue
        joins, glues = _gap(text[tokens[-1].end : start]) if tokens else (False, False)
        joined = joins and not tokens[-1].possessive
        glued = glues and joined
        tokens.append(Token(start, end, word, _token_key(word), joined, False, glued))
    return tokens


def digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def words(tokens: Sequence[Token]) -> list[str]:
    """Keys of the space-separated words of a token run ("Su-30SM" is one word, two tokens)."""
    out: list[str] = []
    for token in tokens:
        if out and token.glued:
            out[-1] += token.key
        else:
            out.append(token.key)
    return out

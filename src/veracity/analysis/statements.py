"""Origin and maker statements about a named system, read from a claim's text.

    "The X is made by Y" / "X was built by Y" / "X, developed by Y"   → maker statement
    "the Turkish X" / "the Soviet-designed X"                         → origin statement (adjective)
    "X is made in Turkey" / "X, produced in Israel"                   → origin statement (place)

A system's name is a run of capitalised or numbered words ("AK-47", "Desert Eagle",
"Bayraktar TB2"). A first word that reads as a nationality ("Turkish", "Soviet-made") is the
claimed origin, not part of the name. Which tail of the remaining words is the name is settled
by a lookup: `Name.candidates` offers them longest first.

The `statements` stage of the claim analysis (`ClaimDoc.statements`) holds what this reads, so a
verifier (`online.wikidata`) reads the claim's statements there rather than its text. It covers
these three statement shapes and nothing else; the names need not be in the bundled data.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from veracity.findings import Span

__all__ = [
    "MakerStatement",
    "Name",
    "OriginStatement",
    "Statements",
    "find_statements",
    "origin_word",
]

Word = tuple[int, int, str]
_WORD = r"(?:[A-Z0-9][\w.'’/]*(?:-[\w.]+)*)"
_RUN = rf"{_WORD}(?:[ \t]+{_WORD}){{0,5}}"
_VERB = r"(?:made|manufactured|produced|built|developed|designed)"
_BE = r"(?:(?:is|was|are|were|has\s+been|have\s+been|had\s+been|being)\s+)?"
_ORG_WORD = r"(?:[A-Z0-9][\w.'’/-]*)"
_ORG = rf"{_ORG_WORD}(?:(?:\s+|\s*&\s*|\s+(?:of|de)\s+){_ORG_WORD}){{0,6}}"
_STATEMENT = re.compile(
    rf"(?P<run>{_RUN})(?P<verb>,?\s+{_BE}(?:\w+ly\s+)?{_VERB}\s+(?P<kind>by|in))\s+"
    rf"(?:the\s+)?(?P<object>{_ORG})"
)
_NAMED = re.compile(_RUN)
_LEADING = {"the", "a", "an", "this", "that", "its", "their", "both", "all"}
_SUFFIX = re.compile(r"-(?:made|built|designed|produced|manufactured|developed|origin)$", re.I)
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ish|ian|an|ese|i|ic|ch|et|kh|ss)$")


def origin_word(word: str, known: Callable[[str], bool]) -> str | None:
    """`word` without a "-made" suffix if it reads as a nationality, else None."""
    bare = _SUFFIX.sub("", word)
    if bare != word or known(bare) or _DEMONYM.match(bare):
        return bare
    return None


@dataclass(frozen=True, slots=True)
class Name:
    """The words that hold a system's name, and the origin adjective in front, if any."""

    words: tuple[Word, ...]
    adjective: Word | None = None

    def candidates(self, limit: int = 3) -> Iterator[tuple[str, Span]]:
        """(name, span) for the run and its shorter tails, longest first."""
        for first in range(min(len(self.words), limit)):
            tail = self.words[first:]
            yield " ".join(w for _, _, w in tail), (tail[0][0], tail[-1][1])


@dataclass(frozen=True, slots=True)
class MakerStatement:
    name: Name
    predicate: Span
    maker: str
    maker_span: Span


@dataclass(frozen=True, slots=True)
class OriginStatement:
    name: Name
    place: str | None = None
    """The country named ("made in Turkey"); None for an adjective ("the Turkish X")."""
    place_span: Span | None = None
    predicate: Span | None = None


def _name(text: str, span: Span, known: Callable[[str], bool]) -> Name | None:
    start, end = span
    words = [
        (m.start() + start, m.end() + start, m.group())
        for m in re.finditer(r"\S+", text[start:end])
    ]
    while words and words[0][2].lower() in _LEADING:
        words.pop(0)
    if not words:
        return None
    adjective = None
    if len(words) > 1:
        bare = origin_word(words[0][2], known)
        if bare is not None:
            adjective = (words[0][0], words[0][1], bare)
            words.pop(0)
    return Name(tuple(words), adjective)


def find_statements(
    text: str, known: Callable[[str], bool]
) -> tuple[list[MakerStatement], list[OriginStatement]]:
    """The maker and origin statements of `text`, left to right.

    `known(word)` says whether the bundled data knows `word` as a country name or adjective.
    """
    makers: list[MakerStatement] = []
    origins: list[OriginStatement] = []
    taken: list[Span] = []
    for match in _STATEMENT.finditer(text):
        name = _name(text, match.span("run"), known)
        if name is None:
            continue
        thing = match["object"].rstrip(".")
        span = (match.start("object"), match.start("object") + len(thing))
        if match["kind"] == "by":
            makers.append(MakerStatement(name, match.span("verb"), thing, span))
        else:
            origins.append(OriginStatement(name, thing, span, match.span("verb")))
        if name.adjective is not None:
            origins.append(OriginStatement(name))
        taken += [match.span("run"), span]
    for match in _NAMED.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        name = _name(text, match.span(), known)
        if name is not None and name.adjective is not None:
            origins.append(OriginStatement(name))
    return makers, origins


@dataclass(frozen=True, slots=True)
class Statements:
    """The maker and origin statements of a claim, left to right (`find_statements`)."""

    makers: tuple[MakerStatement, ...] = ()
    origins: tuple[OriginStatement, ...] = ()

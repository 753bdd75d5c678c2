"""Which name an assertion is about: the small amount of syntax the verifiers share.

Claims attach a predicate to a name in three ways, and the verifiers read all three:

* **before the name**: "the Russian Su-30SM", "Turkish-made Bayraktar TB2", "the Turkish company
  Otocar" — `modifiers_before` gives the words between the previous break and the name;
* **after the name**: "Arlan wheeled armored vehicles", "Su-30SM planes" — `right_after`;
* **after a copula**: "The Su-30SM is a Russian aircraft", "The A400M that Kazakhstan is
  acquiring is a European … aircraft" — `copula_subject` finds the name a predicate is about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from veracity.mentions.finder import Mention

__all__ = [
    "COPULA",
    "clause_start",
    "copula_subject",
    "gap_is",
    "right_after",
    "subtract",
]

COPULA = re.compile(
    r"\b(?:is|are|was|were|remains?|be|been|becomes?|became|serves?\s+as|served\s+as)\s+"
    r"(?:(?:a|an|the|one\s+of\s+the|its|their)\s+)?",
    re.IGNORECASE,
)
_BREAK = re.compile(r"[.;:!?()\[\]]\s|[.;:!?]$|\s[-–—]\s|,\s*(?:and|but|while|whereas)\s")
_RELATIVE = re.compile(r",\s*(?:which|that|who)\b", re.IGNORECASE)
_BARE_ENDINGS = frozenset(
    {"is", "are", "was", "were", "remain", "remains", "be", "been", "become", "becomes", "became"}
)
"""A copula match ending in one of these has no article after it: a participle may follow."""
_PREDICATE_FILLER = 3
"""Words a predicate may put between the copula and the phrase checked ("a new European …")."""
_NOT_NOMINAL = re.compile(
    r"(?<!\S)(?:to|by|from|for|with|in|into|at|on|under|over|after|before|since|against|via)"
    r"(?!\S)",
    re.IGNORECASE,
)
"""A preposition between the copula and the phrase: the phrase belongs to the preposition's
object ("is in service with the Indian air force"), not to the subject."""
_PARTICIPLE = re.compile(r"\s*(?:\w+ly\s+)?\w+(?:ed|en|wn|ld|lt|nt|ing)\b", re.IGNORECASE)
"""A participle right after a bare copula: a passive or progressive verb ("was delivered",
"were sold", "is chasing"), whose object or agent the phrase may name, not a predicate noun
phrase."""


def clause_start(text: str, position: int) -> int:
    """Where the clause holding `position` begins (after the last strong break before it)."""
    start = 0
    for match in _BREAK.finditer(text, 0, position):
        start = match.end()
    return start


def gap_is(text: str, start: int, end: int, pattern: str) -> bool:
    """True if text[start:end] matches `pattern` entirely (case-insensitive)."""
    return start <= end and re.fullmatch(pattern, text[start:end], re.IGNORECASE) is not None


def right_after(text: str, mention: Mention, start: int) -> bool:
    """True if `start` follows the mention with only spaces or a hyphen between."""
    return gap_is(text, mention.end, start, r"[\s-]{0,3}")


def copula_subject(
    text: str, position: int, candidates: Sequence[Mention]
) -> tuple[Mention, tuple[int, int]] | None:
    """The name a predicate starting at `position` is said of, and the copula's span.

    "The Su-30SM is a Russian aircraft": for the position of "Russian" it returns the Su-30SM
    mention. The copula must come right before the predicate (at most three words between), and
    the name before the copula in the same clause, skipping a ", which …" aside.
    """
    head = text[:position]
    copula = None
    for match in COPULA.finditer(head):
        between = head[match.end() :]
        if len(between.split()) <= _PREDICATE_FILLER and not COPULA.search(between):
            copula = match
    if copula is not None:
        between = head[copula.end() :]
        bare = copula.group().rstrip().lower().split()[-1] in _BARE_ENDINGS
        if _NOT_NOMINAL.search(between) or (bare and _PARTICIPLE.match(between)):
            return None
    if copula is None:
        return None
    begin = clause_start(text, copula.start())
    before = [m for m in candidates if begin <= m.start and m.end <= copula.start()]
    if not before:
        return None
    chosen = before[-1]
    for earlier in reversed(before[:-1]):
        if _RELATIVE.search(text, earlier.end, chosen.start):
            chosen = earlier
    return chosen, (copula.start(), copula.end())


def subtract(span: tuple[int, int], holes: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of `span` outside every hole: a link's words without the country it names."""
    parts = [span]
    for hole_start, hole_end in holes:
        parts = [
            piece
            for start, end in parts
            for piece in ((start, min(end, hole_start)), (max(start, hole_end), end))
            if piece[0] < piece[1]
        ]
    return parts

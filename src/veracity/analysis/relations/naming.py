"""Naming: another name the claim gives a system, between two system names it links.

"X, which <someone> calls (the) Y", "X, (also) known (in <place>) as (the) Y", "X, (also)
called / dubbed / designated (the) Y", "X is referred to as Y", or "<someone> calls (the) X
(the) Y". The verbs and adverbs come from the `naming` class of the relations lexicon. Role
words of the first name may come between ("the Storm Shadow missile, which ..."); who uses the
name and where ("which Russia calls", "known in India as") are left out of what the assertion
covers: no dataset says who uses a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from veracity.analysis.relations.model import Relation
from veracity.findings import Span
from veracity.lexicons.relations import alternation
from veracity.mentions.finder import Mention, Mentions

__all__ = ["namings"]

_NAMER = r"(?:[\w'’.-]+\s+){0,4}?"
_LINK = re.compile(
    r"(?P<role>(?:\s+[a-z][\w-]*){0,3}?)\s*,?\s*(?:"
    rf"(?:which|that|whom)\s+(?P<who>{_NAMER}){alternation('naming', 'calls')}"
    r"|(?:(?:is|are|was|were)\s+)?(?:"
    + alternation("naming", "known_adverbs")
    + r"\s+)?"
    + alternation("naming", "known")
    + rf"(?P<where>\s+(?:in|to|by)\s+{_NAMER}[\w'’.-]+)?\s+as"
    r"|(?:(?:is|are|was|were)\s+)?(?:"
    + alternation("naming", "called_adverbs")
    + r"\s+)?"
    + alternation("naming", "called")
    + r")\s+(?:the\s+|an?\s+)?",
    re.IGNORECASE,
)
"""The words between two names that make the second a name of the first."""
_CALLS_BEFORE = re.compile(
    r"\b" + alternation("naming", "calls_before") + r"\s+(?:the\s+|its\s+)?$", re.IGNORECASE
)
_BETWEEN_CALLED = re.compile(r"\s+(?:the\s+|an?\s+)?")
"""Between the two names of "<someone> calls the X the Y"."""


def _link(text: str, first: Mention, second: Mention) -> tuple[str, list[Span]] | None:
    """The form and the spans of the naming words between two names (not the role words or
    who uses the name), or None when they are not linked."""
    gap = text[first.end : second.start]
    match = _LINK.fullmatch(gap)
    if match:
        start = first.end + match.end("role")
        open_ = [match.span(g) for g in ("who", "where") if match.group(g)]
        spans, at = [], start
        for s, e in sorted((first.end + s, first.end + e) for s, e in open_):
            spans.append((at, s))
            at = e
        return "apposition", [*spans, (at, second.start)]
    before = _CALLS_BEFORE.search(text[: first.start])
    if before and _BETWEEN_CALLED.fullmatch(gap):
        return "calls", [(before.start(), first.start)]
    return None


def namings(text: str, found: Mentions) -> Iterator[Relation]:
    """Each "X, also known as Y" the text makes between two system names, in text order. The
    assertion covers both names and the naming words, in that order."""
    for first, second in pairwise(found.of("system")):
        linked = _link(text, first, second)
        if linked is None:
            continue
        form, spans = linked
        words = " ".join(text[a:b].strip(" ,") for a, b in spans).strip()
        yield Relation(
            "naming",
            form,
            words,
            system=first,
            alias=second,
            covers=(first.span, *spans, second.span),
        )

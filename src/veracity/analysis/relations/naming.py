"""Naming: another name the claim gives a system, between two system names it links.

"X, which <someone> calls (the) Y", "X, (also) known (in <place>) as (the) Y", "X, (also)
called / dubbed / designated (the) Y", "X is referred to as Y", or "<someone> calls (the) X
(the) Y". The verbs and adverbs come from the `naming` class of the relations lexicon. Role
words of the first name may come between ("the Storm Shadow missile, which ..."); who uses the
name and where ("which Russia calls", "known in India as", "the Brazilian air force calls") are
left out of what the assertion covers; the country named there is the assertion's `namer`, for a
verifier that finds the name in that country's records.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from veracity.analysis.relations.model import Relation
from veracity.findings import Span
from veracity.lexicons.relations import alternation
from veracity.mentions.finder import Mention, Mentions
from veracity.sources.countries import CountryMention

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
_BEFORE_VERB = re.compile(r"(?:'s)?(?:\s+[a-z][\w-]*){0,3}\s+$")
"""Between a country and the verb of "<someone> calls": "the Brazilian air force calls"."""


def _link(text: str, first: Mention, second: Mention) -> tuple[str, list[Span], Span] | None:
    """The form and the spans of the naming words between two names (not the role words or
    who uses the name), and the span where who uses it may be named; None when they are not
    linked."""
    gap = text[first.end : second.start]
    match = _LINK.fullmatch(gap)
    if match:
        start = first.end + match.end("role")
        open_ = sorted(
            (first.end + s, first.end + e)
            for s, e in (match.span(g) for g in ("who", "where") if match.group(g))
        )
        spans, at = [], start
        for s, e in open_:
            spans.append((at, s))
            at = e
        who = (open_[0][0], open_[-1][1]) if open_ else (start, start)
        return "apposition", [*spans, (at, second.start)], who
    before = _CALLS_BEFORE.search(text[: first.start])
    if before and _BETWEEN_CALLED.fullmatch(gap):
        return "calls", [(before.start(), first.start)], (0, before.start())
    return None


def _namer(text: str, found: Mentions, form: str, where: Span) -> CountryMention | None:
    """The country that uses the name: one named in the who-or-where words of a which-clause
    or "known in", or the last before "<someone> calls" with at most a few words between."""
    inside = [c for c in found.countries if where[0] <= c.start and c.end <= where[1]]
    if form == "apposition":
        return inside[0] if len(inside) == 1 else None
    if inside and _BEFORE_VERB.fullmatch(text, inside[-1].end, where[1]):
        return inside[-1]
    return None


def namings(text: str, found: Mentions) -> Iterator[Relation]:
    """Each "X, also known as Y" the text makes between two system names, in text order. The
    assertion covers both names and the naming words, in that order."""
    for first, second in pairwise(found.of("system")):
        linked = _link(text, first, second)
        if linked is None:
            continue
        form, spans, where = linked
        words = " ".join(text[a:b].strip(" ,") for a, b in spans).strip()
        yield Relation(
            "naming",
            form,
            words,
            system=first,
            alias=second,
            namer=_namer(text, found, form, where),
            covers=(first.span, *spans, second.span),
        )

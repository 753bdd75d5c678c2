"""Variant: a system said to be a version of another, between two system names.

"X is a (advanced) variant of (the) Y", "X, an improved version of the Y", "X is a development
of Y". The base may be named by a run of names ("India's Light Combat Aircraft (LCA) Tejas Mk
1"): each is a candidate base. The nouns and adjectives come from the `variant` class of the
relations lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from veracity.analysis.relations.model import Relation
from veracity.lexicons.relations import alternation
from veracity.mentions.finder import Mentions

__all__ = ["variants"]

_LINK = re.compile(
    r"\s*,?\s+(?:(?:is|are|was|were)\s+)?(?:an?|the|one)\s+(?:of\s+the\s+)?(?:"
    + alternation("variant", "adjectives")
    + r"[\s,]+){0,2}"
    + alternation("variant", "nouns")
    + r"s?\s+of\s+(?:the\s+)?(?P<owner>[\w’']+['’]s\s+)?",
    re.IGNORECASE,
)
"""Between the variant and its base: "is an advanced variant of India's" (whose base it is
is another assertion, not covered here)."""
_CHAIN = re.compile(r"\s*(?:\((?P<short>[^()]{1,20})\))?\s*")
"""Between the names of one base: "Light Combat Aircraft (LCA) Tejas Mk 1"."""


def variants(text: str, found: Mentions) -> Iterator[Relation]:
    """Each "X is a variant of Y" the text makes, one assertion a candidate base."""
    systems = found.systems
    for at, variant in enumerate(systems[:-1]):
        after = systems[at + 1 :]
        link = _LINK.fullmatch(text, variant.end, after[0].start)
        if link is None:
            continue
        end = link.start("owner") if link.group("owner") else after[0].start
        covers = [variant.span, (variant.end, end), after[0].span]
        chain = [after[0]]
        for nxt in after[1:]:
            between = _CHAIN.fullmatch(text, chain[-1].end, nxt.start)
            if between is None:
                break
            if between.group("short") and _initials(chain[-1].text) == between.group("short"):
                covers.append(between.span("short"))  # "(LCA)" of "Light Combat Aircraft"
            chain.append(nxt)
            covers.append(nxt.span)
        for base in chain:
            yield Relation(
                "variant",
                "copula",
                text[variant.end : end].strip(" ,"),
                system=variant,
                base=base,
                covers=tuple(covers),
            )


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())

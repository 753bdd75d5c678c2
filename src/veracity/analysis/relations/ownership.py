"""Ownership: which group a maker belongs to, between two makers the claim names.

"ZALA Aero, part of the Kalashnikov Concern", "Irkut is a subsidiary of UAC", "Hyundai Rotem,
owned by Hyundai Motor Group". The nouns and participles come from the `ownership` class of the
relations lexicon.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from veracity.analysis.relations.model import Relation
from veracity.lexicons.relations import alternation
from veracity.mentions.finder import Mentions
from veracity.mentions.links import gap_is

__all__ = ["ownerships"]

_PART_OF = (
    r"\s*,?\s+(?:(?:is|was|has\s+been)\s+)?(?:(?:a|an|the|now)\s+)?(?:[\w-]+\s+)?"
    + alternation("ownership", "parts")
    + r"\s+of\s+(?:the\s+)?"
    r"|\s*,?\s+(?:(?:is|was)\s+)?" + alternation("ownership", "owned") + r"\s+by\s+(?:the\s+)?"
)


def ownerships(text: str, found: Mentions) -> Iterator[Relation]:
    """Each "A, part of B" the text makes between two makers it names, in text order."""
    makers = [m for m in found.makers if not m.of("system")]
    for member, owner in pairwise(makers):
        if gap_is(text, member.end, owner.start, _PART_OF):
            link = (member.end, owner.start)
            yield Relation(
                "ownership",
                "apposition" if text[link[0] : link[1]].lstrip().startswith(",") else "copula",
                text[link[0] : link[1]].strip(" ,"),
                maker=member,
                owner=owner,
                covers=(member.span, owner.span, link),
            )

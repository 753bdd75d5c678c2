"""Component: a part one system is built with or for, between the names the claim links.

* possessive between two systems: "the Patriot's PAC-3 MSE interceptor" (the PAC-3 MSE is a
  part of the Patriot);
* built on: "The Krab is built on a licensed K9 chassis", "… based on the chassis of the K9";
* supplier: "GE Aerospace is the American aircraft engine supplier of the Tejas Mk 1A" (the
  part named by its maker and its noun only).

The verbs and nouns come from the `component` class of the relations lexicon. An origin word
inside the link ("American") is left to the origin reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from veracity.analysis.relations.model import Relation
from veracity.lexicons.relations import alternation
from veracity.mentions.finder import Mentions
from veracity.mentions.links import subtract

__all__ = ["components"]

_PARTS = alternation("component", "parts")
_IS = r"\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
_POSSESSIVE = re.compile(r"['’]s\s+")
_BUILT_ON = re.compile(
    _IS + alternation("component", "built_on") + r"\s+(?:an?|the|its)\s+(?:[\w-]+\s+)?",
    re.IGNORECASE,
)
"""Between the system and its part: "is built on a licensed" (the part noun follows the part)."""
_BUILT_ON_OF = re.compile(
    _IS
    + alternation("component", "built_on")
    + r"\s+(?:an?|the|its)\s+(?:[\w-]+\s+)?(?P<noun>"
    + _PARTS
    + r")\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""Between the system and its part: "is based on the chassis of the"."""
_NOUN_AFTER = re.compile(r"[\s-]+(?P<noun>" + _PARTS + r")\b", re.IGNORECASE)
_SUPPLIER = re.compile(
    _IS
    + r"(?:the|an?|one\s+of\s+the)\s+(?:[\w-]+\s+){0,3}?(?P<noun>"
    + _PARTS
    + r")\s+"
    + alternation("component", "supplier")
    + r"s?\s+(?:of|for|to)\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""Between a maker and the system it supplies a part of: "is the American aircraft engine
supplier of the"."""


def components(text: str, found: Mentions) -> Iterator[Relation]:
    """Each part-of assertion the text makes, in text order of the systems and makers."""
    systems = found.systems
    for whole, part in pairwise(systems):
        link = (whole.end, part.start)
        between = _POSSESSIVE.fullmatch(text, *link) or _BUILT_ON_OF.fullmatch(text, *link)
        if between:
            noun = between.groupdict().get("noun") or ""
            yield Relation(
                "component",
                "built-on" if noun else "possessive",
                text[link[0] : link[1]].strip(),
                system=whole,
                part=part,
                part_noun=noun.lower(),
                covers=(whole.span, link, part.span),
            )
        elif _BUILT_ON.fullmatch(text, whole.end, part.start) and (
            noun := _NOUN_AFTER.match(text, part.end)
        ):
            yield Relation(
                "component",
                "built-on",
                f"{text[whole.end : part.start].strip()} {noun.group('noun')}",
                system=whole,
                part=part,
                part_noun=noun.group("noun").lower(),
                covers=(whole.span, (whole.end, part.start), part.span, noun.span("noun")),
            )
    places = [(c.start, c.end) for c in found.countries]
    for maker in (m for m in found.makers if not m.of("system")):
        after = [s for s in systems if s.start >= maker.end]
        if after and (match := _SUPPLIER.fullmatch(text, maker.end, after[0].start)):
            link = (maker.end, after[0].start)
            yield Relation(
                "component",
                "supplier",
                text[link[0] : link[1]].strip(),
                system=after[0],
                maker=maker,
                part_noun=match.group("noun").lower(),
                covers=(maker.span, *subtract(link, places), after[0].span),
            )

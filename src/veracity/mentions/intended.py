"""What a SIPRI record of a part says the part is for: the systems its comment names after "for".

SIPRI records parts bought for another system and says so in its comment ("Chassis for 54 Krab
self-propelled guns", "For 170 Tejas-1A (LCA) combat aircraft", "for use with the ..."). This
reads the dataset's own comment, not a claim: the systems named after "for" (up to a `;`, which
starts another remark) are what the part is for, in the order the comment names them.
"""

from __future__ import annotations

import re

from veracity.mentions.catalog import Entity
from veracity.mentions.finder import find_mentions
from veracity.mentions.transfers import Transfer
from veracity.sources.registry import Sources

__all__ = ["intended_for"]

_FOR = re.compile(r"\bfor\s+(?:use\s+with\s+)?(?:the\s+)?(?:\d+\s+)?(?P<what>[^;]+)", re.IGNORECASE)
"""SIPRI's "for 54 Krab self-propelled guns": what the recorded part is for."""


def intended_for(record: Transfer, sources: Sources) -> tuple[Entity, ...]:
    """The systems `record`'s comment says the part is for, in the comment's order."""
    comment = str(record.row.get("comments") or "")
    found = find_mentions(comment, sources).systems  # in context: a first word is a name
    named: list[Entity] = []
    for match in _FOR.finditer(comment):
        inside = [m for m in found if match.start("what") <= m.start < match.end("what")]
        for mention in inside:
            named.extend(mention.of("system"))
    return tuple(named)

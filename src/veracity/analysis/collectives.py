"""Whether an organisation's name stands for its member states: "NATO members", "the EU's
member states", "CSTO allies". An alliance or union builds and sells nothing; its members do.

The name is followed, after an optional possessive and spaces only, by a word of the
`membership-words` lexicon.
"""

from __future__ import annotations

from veracity.analysis.doc import ClaimDoc
from veracity.lexicons import lexicon
from veracity.mentions.links import gap_is

__all__ = ["names_members"]

_GAP = r"(?:['’]s)?\s+"
"""An optional possessive, then spaces only."""


def names_members(doc: ClaimDoc, end: int) -> bool:
    """Whether the name ending at `end` in the claim's text is followed by a membership word."""
    following = next((t for t in doc.tokens if t.start >= end), None)
    if following is None:
        return False
    return gap_is(doc.text, end, following.start, _GAP) and (
        following.text.lower() in lexicon("membership-words")
    )

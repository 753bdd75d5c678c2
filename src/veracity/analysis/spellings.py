"""Where a claim spells a name a dataset gives: a look-up the analysis answers for verifiers.

A verifier that holds a record's name (a SIPRI designation, a name its comments give) asks the
claim's analysis where the claim writes it (`ClaimDoc.spelled`), instead of searching the text
itself. The name matches with its letters and digits in order, each pair optionally split by
a space, a hyphen or a slash ("AH-64E" matches "AH 64E" and "AH64E"), case ignored, a plural
"s" allowed after it, and not inside a longer word.
"""

from __future__ import annotations

import re

from veracity.findings import Span

__all__ = ["spelled"]


def spelled(text: str, name: str) -> Span | None:
    """Where `text` writes `name`, if it does; None for a name of fewer than two letters."""
    chars = [c for c in name if c.isalnum()]
    if len(chars) < 2:
        return None
    pattern = r"[\s\-/]?".join(re.escape(c) for c in chars)
    match = re.search(rf"(?<!\w){pattern}(?=s?\b)", text, re.IGNORECASE)
    return match.span() if match else None

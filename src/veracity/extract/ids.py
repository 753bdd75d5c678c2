"""Stable claim ids: a slug of the claim's key words and a short hash of its text.

`kazakhstan-arlan-2024-receive-3f9a1c`: names first, then figures, then other content words, so
an id says what the claim is about; the hash of the normalised text keeps ids of near-identical
claims apart. The same text always gives the same id, run after run and machine after machine.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from veracity.extract.lexicon import is_name, is_number, words
from veracity.text import content_words

__all__ = ["claim_id", "slugify"]

MAX_WORDS = 4
MAX_SLUG = 48
_POSSESSIVE = re.compile(r"['’]s$")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3})")
_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ı": "i"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_GENERIC = words("including said says according set plans plan expected year years more than first")


def slugify(text: str) -> str:
    """Lowercase ASCII letters, digits and hyphens (`Su-30SM` → `su-30sm`)."""
    text = text.lower().translate(_LETTERS)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")


def _rank(word: str, first: bool) -> int:
    if is_number(word):
        return 1 if any(ch.isalpha() for ch in word) else 2  # designations, then figures
    return 0 if is_name(word, sentence_start=first) else 3


def claim_id(text: str) -> str:
    """The id of a claim with this text."""
    normalised = " ".join(text.split()).casefold()
    digest = hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:6]
    ranked: dict[str, tuple[int, int]] = {}
    for position, (start, _, word) in enumerate(content_words(_THOUSANDS.sub("", text))):
        slug = slugify(_POSSESSIVE.sub("", word))
        if slug and slug not in ranked and slug not in _GENERIC:
            ranked[slug] = (_rank(word, start == 0), position)
    chosen = sorted(ranked, key=ranked.__getitem__)[:MAX_WORDS]
    slug = "-".join(chosen)[:MAX_SLUG].strip("-")
    return f"{slug}-{digest}" if slug else f"claim-{digest}"

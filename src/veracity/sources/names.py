"""Names of things in reference data: lookup keys, identifiers and spelling variants.

`name_key` is the one normalisation every exact lookup uses: case-folded, accents removed,
hyphens, spaces and underscores dropped, so "Su-30SM", "Su 30SM", "su30sm" and "SU-30 SM" are the
same key. `spelling_variants` writes the forms the press uses for a designation ("Su 30SM",
"Su30SM"; "Cobra II" for "Cobra-2"), so text search can find them and people can read them.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["name_key", "slash_parts", "slug", "spelling_variants"]

_DROPPED = re.compile(r"[\s\-_‐‑‒–—]+")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_ROMAN = {"2": "II", "3": "III", "4": "IV", "5": "V"}
_ROMAN_SUFFIX = re.compile(r"\b[A-Z][a-z]{2,}(?P<sep>[- ])(?P<n>[2-5])$")
_ROMAN_WORD = re.compile(r"\b[A-Z][a-z]{2,}(?P<sep> )(?P<r>II|III|IV|V)$")


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("ı", "i").replace("’", "'")


@functools.lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The lookup key of a name: case-folded, accents removed, hyphens and spaces dropped."""
    if name.isascii():  # nothing to decompose or fold beyond case
        return _DROPPED.sub("", name.lower())
    return _DROPPED.sub("", _plain(name).casefold())


def slug(name: str) -> str:
    """A kebab-case ASCII identifier: "Su-30SM" -> "su-30sm", "TUSAŞ" -> "tusas"."""
    return _NOT_SLUG.sub("-", _plain(name).casefold()).strip("-")


def slash_parts(name: str) -> list[str]:
    """The names a slashed designation joins: "Mi-24V/Mi-35" -> ["Mi-24V", "Mi-35"].

    Only when every part reads as a name of its own (three characters or more, starting with a
    letter or digit): "R-27R/T" and "Spike-MR/LR" abbreviate variants and stay whole.
    """
    if "/" not in name:
        return []
    parts = [p.strip() for p in name.split("/")]
    if all(len(p) >= 3 and p[0].isalnum() and any(c.isalpha() for c in p) for p in parts):
        return parts
    return []


def spelling_variants(name: str) -> list[str]:
    """Press spellings of a designation, without the name itself, in a stable order.

    Hyphens written as spaces or left out ("Su-30SM" -> "Su 30SM", "Su30SM"), or else spaces
    written as hyphens ("Bayraktar-TB2"), and a trailing mark number as a Roman numeral and
    back ("Cobra-2" <-> "Cobra II").
    """
    forms: list[str] = []
    if "-" in name:
        forms += [name.replace("-", " "), name.replace("-", "")]
    elif " " in name:
        forms.append(name.replace(" ", "-"))
    roman = _ROMAN_SUFFIX.search(name)
    if roman:
        forms.append(name[: roman.start("sep")] + " " + _ROMAN[roman["n"]])
    arabic = _ROMAN_WORD.search(name)
    if arabic:
        number = {v: k for k, v in _ROMAN.items()}[arabic["r"]]
        stem = name[: arabic.start("sep")]
        forms += [stem + "-" + number, stem + " " + number]
    seen = {name}
    unique = []
    for form in forms:
        form = " ".join(form.split())
        if form and form not in seen:
            seen.add(form)
            unique.append(form)
    return unique

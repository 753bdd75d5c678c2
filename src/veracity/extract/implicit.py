"""What a claim leaves implicit and the article supplies: its date and its main country.

A desk reading "Denmark has 30 operative F-16s" in an article of 16 April 2024 knows the claim
is about April 2024; reading "The sale was approved in 2019" in an article about Taiwan knows
the sale is Taiwan's. Extracted claims carry the same, as hints marked *inferred* in the note:

- `year`: the article's year, for a claim in the present tense (`is`, `has`, `operates`) that
  names no year itself. A past event without a date ("was developed by Grumman") took place at
  some unknown time before the article, so it gets no year.
- `country`: the article's main country, for a claim that names no country. The main country
  is the one the article names most, when it is named at least `MAIN_SHARE` of all country
  mentions and `MAIN_LEAD` times as often as the next; an article about several countries
  alike has none, and then no claim gets one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from veracity.claims.models import Claim
from veracity.extract.grammar import Grammar
from veracity.extract.lexicon import AUXILIARIES
from veracity.extract.tokens import Sentence, tokenize
from veracity.mentions.places import country_name
from veracity.sources.countries import CountryResolver, countries
from veracity.sources.registry import Sources

__all__ = ["MAIN_LEAD", "MAIN_SHARE", "Implicit", "carry", "main_country"]

MAIN_SHARE = 0.4
MAIN_LEAD = 2.0
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PRESENT = frozenset(["is", "are", "has", "have", "am", "does", "do"])


@dataclass(frozen=True, slots=True)
class Implicit:
    """The article's date and main country (name as the reader knows it), when known."""

    published: dt.date | None
    country: str | None


def _resolver() -> CountryResolver:
    return countries(Sources())


def main_country(text: str, resolver: CountryResolver | None = None) -> str | None:
    """The country the article is about, if one dominates its country mentions."""
    resolver = resolver or _resolver()
    counts = Counter(m.country.iso3 for m in resolver.find(text))
    ranked = counts.most_common(2)
    if not ranked:
        return None
    top, count = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    total = sum(counts.values())
    dominant = count >= MAIN_SHARE * total and count >= MAIN_LEAD * second
    return country_name(top) if dominant else None


def present_tense(text: str) -> bool:
    """The claim's predicate is in the present tense (`is`, `has`, `operates`)."""
    g = Grammar(Sentence(text, tuple(tokenize(text, 0, len(text)))))
    body = list(range(len(g.t)))
    verb = g.first_finite(body)
    if verb < 0:
        return False
    word = g.w(body[verb])
    if word in _PRESENT:
        return True
    return word not in AUXILIARIES and word.endswith("s") and not word.endswith("ss")


def carry(claim: Claim, implicit: Implicit, resolver: CountryResolver | None = None) -> Claim:
    """The claim with the year and country it leaves implicit, marked inferred in its note."""
    if not claim.checkable:
        return claim
    update: dict[str, object] = {}
    said: list[str] = []
    if implicit.published and not _YEAR.search(claim.text) and present_tense(claim.text):
        update["year"] = implicit.published.year
        said.append(f"year {implicit.published.year} (the article's date)")
    if implicit.country and not any((resolver or _resolver()).find(claim.text)):
        update["country"] = implicit.country
        said.append(f"country {implicit.country} (the article's main country)")
    if not said:
        return claim
    note = f"Inferred from the article: {' and '.join(said)}."
    update["note"] = f"{claim.note} {note}" if claim.note else note
    return claim.model_copy(update=update)

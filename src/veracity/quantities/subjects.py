"""Whose quantity: the subject country of a claim, from its text, its hint or its article.

In the text, by priority:
1. a country after "to" or "for" ("delivered to Egypt", "for the Kazakh army"): the recipient;
2. a country named as a noun ("Egypt ordered 24 Rafale fighters"), unless it follows "from"
   or is "X-made"/"made in X" (a supplier or an origin);
3. an adjective before an institution ("the Kazakh army", "Polish Air Force").
Other adjectives describe origins ("Turkish drones", "the Russian Su-30SM") and are skipped.
Without a subject in the text: the claim's `country` hint, then the article's country, which is
the country named by most claims of the claim set (their texts and hints, plus the article's
title), when one country leads clearly; computed once per claim set. A claim that names an
alliance, union or international organisation (the `organisations` dataset: "NATO will
deploy …") does not fall back to the article's country.
"""

from __future__ import annotations

import re
from collections import Counter

from veracity.claims.models import Claim, ClaimSet
from veracity.context import Context
from veracity.memo import per_claim_set
from veracity.sources.countries import Country, CountryMention, CountryResolver, countries
from veracity.sources.registry import Sources

__all__ = ["article_country", "names_institution", "subject_country", "text_subject"]

_RECIPIENT = re.compile(r"\b(?:to|for|into)\s+(?:the\s+)?$", re.IGNORECASE)
_SUPPLIER = re.compile(
    r"\b(?:from|by\s+the|made\s+in|built\s+in|produced\s+in)\s+(?:the\s+)?$", re.IGNORECASE
)
_ORIGIN_AFTER = re.compile(r"^[\s-]*(?:made|built|produced|designed|origin)\b", re.IGNORECASE)
_INSTITUTIONS = (
    r"(?:(?:defen[cs]e|armed|air|land|ground|naval|military)\s+)*(?:army|armed\s+forces|forces|"
    r"military|air\s+force|navy|ministry|government|troops|defen[cs]e|authorities|border\s+guards?|"
    r"national\s+guard|marines|MoD)\b"
)
_INSTITUTION = re.compile(r"^\s+" + _INSTITUTIONS, re.IGNORECASE)
_THE_INSTITUTION = re.compile(r"\b(?:the|its|their)\s+" + _INSTITUTIONS, re.IGNORECASE)
"""A national institution named without its country ("for the Air Defense Forces"): in an
article about one country, the definite article points to that country's."""


def names_institution(text: str) -> bool:
    """True when `text` names a national institution by "the …" alone (no country with it)."""
    return bool(_THE_INSTITUTION.search(text))


def _rank(text: str, mention: CountryMention) -> int | None:
    """Priority of a mention as the subject (lower is stronger); None: not a subject."""
    before, after = text[: mention.start], text[mention.end :]
    if _SUPPLIER.search(before) or _ORIGIN_AFTER.match(after):
        return None
    if _RECIPIENT.search(before):
        return 0
    if not mention.adjective:
        return 1
    if _INSTITUTION.match(after):
        return 2
    return None


def text_subject(text: str, resolver: CountryResolver) -> CountryMention | None:
    """The subject country named in `text`, if any."""
    ranked = [(r, m.start, m) for m in resolver.find(text) if (r := _rank(text, m)) is not None]
    return min(ranked, key=lambda t: (t[0], t[1]))[2] if ranked else None


def _article_country(claim_set: ClaimSet, resolver: CountryResolver) -> Country | None:
    votes: Counter[str] = Counter()
    for text, hint in [(claim_set.article.title, None)] + [
        (c.text, c.country) for c in claim_set.claims
    ]:
        named = {m.country.iso3 for m in resolver.find(text)}
        if hint and (country := resolver.resolve(hint)) is not None:
            named.add(country.iso3)
        votes.update(named)
    ranking = votes.most_common(2)
    if not ranking or ranking[0][1] < 2 or (len(ranking) > 1 and ranking[1][1] == ranking[0][1]):
        return None
    return resolver.by_iso3[ranking[0][0]]


def article_country(context: Context) -> Country | None:
    """The country the article is about: the one most of its claims name, if one leads."""
    if context.claim_set is None:
        return None
    resolver = countries(context.sources)
    return per_claim_set(
        context, "quantities.article-country", lambda cs: _article_country(cs, resolver)
    )


def subject_country(
    claim: Claim, context: Context
) -> tuple[Country | None, CountryMention | None, str]:
    """(country, its mention in the text or None, where it came from: text/hint/article)."""
    resolver = countries(context.sources)
    mention = text_subject(claim.text, resolver)
    if mention is not None:
        return mention.country, mention, "text"
    if claim.country and (country := resolver.resolve(claim.country)) is not None:
        return country, None, "hint"
    if _names_organisation(claim.text, context.sources):
        return None, None, "organisation"  # "NATO will deploy …": not the article's country
    country = article_country(context)
    return country, None, ("article" if country else "none")


_MULTINATIONAL = frozenset({"alliance", "political-union", "international-organisation"})


def _organisation_pattern(sources: Sources) -> re.Pattern[str] | None:
    if "organisations" not in sources:
        return None
    names: set[str] = set()
    for row in sources.dataset("organisations"):
        if row.get("kind") not in _MULTINATIONAL:
            continue  # a national ministry or agency acts for its own country
        shared = set(row.get("ambiguous") or ())
        names.update(n for n in (row["name"], *(row.get("aliases") or ())) if n not in shared)
    forms = sorted((n for n in names if len(n) > 1), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


def _names_organisation(text: str, sources: Sources) -> bool:
    """True when the text names an alliance or organisation (`organisations` dataset)."""
    pattern = sources.derived("quantities.organisations", _organisation_pattern)
    return bool(pattern and pattern.search(text))

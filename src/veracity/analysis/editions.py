"""Which edition of a ranking a claim speaks of: the ranking's name in the text, the year
written with it, and the edition the claim's article is about.

A claim names the ranking ("Global Firepower 2024", "the GFP index", "2024 Global Firepower
ranking"); the edition is the year written with it, else a year elsewhere in the claim, the
claim's `year` hint, the edition the article is about (its title or two of its claims name the
ranking), or the year the article was published.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from veracity.claims.models import Claim, ClaimSet
from veracity.context import Context
from veracity.findings import Span
from veracity.memo import per_claim_set
from veracity.sources.countries import Country, countries
from veracity.sources.registry import Sources

__all__ = ["EDITION_PHRASE", "GFP", "ArticleRanking", "cites_gfp", "edition", "ranking_article"]

GFP = re.compile(
    r"(?:(?P<pre>(?:19|20)\d\d)\s+)?\b(?:Global[\s-]*Fire[\s-]?power(?:'s|’s)?(?:\s+(?:Index|"
    r"ranking|rankings|report|list|review))?|GFP(?:'s|’s)?|"
    r"(?:(?<=(?:19|20)\d\d\s)|(?=Military\s+Strength\s+Rankings?[\s\-–]*(?:19|20)\d\d\b))"
    r"Military\s+Strength\s+Rankings?)(?:\b|(?=(?:19|20)\d\d\b))"
    r"(?:\s*\((?:GFP|PwrIndx)\))?(?:[\s\-–]*(?P<post>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
"""The ranking's name, with an edition year before or after it ("Global Firepower 2024",
"GFP2024", "Global Firepower (GFP) 2024", "the 2024 GFP"), or by its own title, "Military
Strength Ranking", when a year is written with it ("the 2024 Military Strength Ranking")."""
_RANKING_TITLE = re.compile(
    r"\b(?:strongest|strong|powerful|most\s+powerful|mightiest|weakest|least\s+powerful|"
    r"military\s+strength|strength|"
    r"military\s+power|military\s+might|firepower|ranked|ranking|rankings|ranks|power\s+index|"
    r"powerindex|pwrindx|top\s+(?:\d{1,3}|five|ten|twenty|fifty|hundred))\b",
    re.IGNORECASE,
)
"""Words of a title about a strength ranking ("The 10 strongest militaries in 2024"): with one
claim naming Global Firepower, the article is about it."""
_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")
_EDITION_NOUNS = (
    r"(?:rankings?|index|review|list|edition|report|release|military\s+strength\s+ranking)"
)
EDITION_PHRASE = re.compile(
    r"\b(?P<pre>(?:19|20)\d\d)\s+(?:[A-Za-z-]+\s+){0,2}?" + _EDITION_NOUNS + r"\b|"
    r"\b" + _EDITION_NOUNS + r"\s+(?:(?:of|for)\s+)?(?P<post>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
"""A year written as an edition's ("the 2024 military review", "in 2024 rankings", "the
ranking for 2024"), for an article whose claims name the ranking without a year."""
_HINT = re.compile(r"fire\s*power|gfp", re.IGNORECASE)


def cites_gfp(claim: Claim) -> bool:
    """The claim's `source` hint names Global Firepower."""
    return bool(claim.source and _HINT.search(claim.source))


def edition(
    text: str, named: list[re.Match[str]], claim: Claim, context: Context
) -> tuple[int | None, Span | None]:
    """The edition year the claim means, and where the text gives it (None: from hints)."""
    for match in named:
        for group in ("post", "pre"):
            if match[group]:
                return int(match[group]), match.span(group)
    year_match = _YEAR.search(text)
    if year_match:
        return int(year_match["year"]), year_match.span()
    if claim.year:
        return claim.year, None
    article = context.claim_set.article if context.claim_set else None
    if article and article.published:
        return article.published.year, None
    return None, None


@dataclass(frozen=True, slots=True)
class ArticleRanking:
    """What a claim set says of the ranking it is about, for claims that leave it implicit."""

    edition: int
    """The edition named most often; the year of publication when none is; 0 when neither."""
    source: str
    """Where it was read, as a reader is told: "the claim set's title", "3 of its claims"."""
    country: Country | None
    """The one country the title names, if it names exactly one."""
    region: str | None = None
    """The one UN M49 region the title names ("Africa's 10 strongest militaries"), for a claim
    that points back to it ("the continent's strongest")."""


def _ranking_article(claim_set: ClaimSet, sources: Sources) -> ArticleRanking | None:
    """The Global Firepower edition an article is about: its title names the ranking, or at
    least two of its claims do, or one does and the title speaks of a strength ranking ("The 10
    strongest militaries in the world"); the edition is the year named with it most often, else the
    latest year its title or claims give an edition, up to the year of publication ("in 2024
    rankings", `EDITION_PHRASE`; "up from 30th in the 2023 ranking" names an earlier one),
    else the year of publication. None when the article is not about it."""
    title = claim_set.article.title
    texts = [title, *(c.text for c in claim_set.claims)]
    named = [m for text in texts for m in GFP.finditer(text)]
    in_title = bool(GFP.search(title))
    naming = len({id(t) for t in texts[1:] if GFP.search(t)})
    ranking_title = bool(_RANKING_TITLE.search(title))
    if not in_title and naming < 2 and not (naming == 1 and ranking_title):
        return None
    source = (
        "the claim set's title"
        if in_title
        else f"{naming} of its claims"
        if naming > 1
        else "its title and a claim"
    )
    years = Counter(int(m["post"] or m["pre"]) for m in named if m["post"] or m["pre"])
    published = claim_set.article.published
    if not years:  # "the 2024 military review": the edition in the article's own words, the
        # latest named (earlier ones are compared with) and none after publication
        phrases = [int(m["post"] or m["pre"]) for t in texts for m in EDITION_PHRASE.finditer(t)]
        latest = [y for y in phrases if not published or y <= published.year]
        years = Counter([max(latest)] if latest else [])
    year = years.most_common(1)[0][0] if years else (published.year if published else 0)
    resolver = countries(sources)
    regions = list(resolver.find_regions(title))
    found = {
        m.country.iso3: m.country
        for m in resolver.find(title)
        if not any(r.start <= m.start < r.end for r in regions)
    }
    country = next(iter(found.values())) if len(found) == 1 else None
    named_regions = {r.region for r in regions}
    region = next(iter(named_regions)) if len(named_regions) == 1 else None
    return ArticleRanking(year, source, country, region)


def ranking_article(context: Context) -> ArticleRanking | None:
    """What the claim's article says of the Global Firepower ranking (see `_ranking_article`):
    in such an article, "Algeria secures the 26th position" is a claim about that ranking."""
    if context.claim_set is None:
        return None
    sources = context.sources
    return per_claim_set(
        context, "rankings.article-edition", lambda cs: _ranking_article(cs, sources)
    )

"""The ClaimReview report (`<article id>.claimreview.jsonld`): schema.org JSON-LD, one
`ClaimReview` per claim in an `@graph`, as Google's Fact Check Explorer and fact-check
platforms read it.

Ratings, on Google's recommended 1–5 scale (1 false … 5 true):

| verdict             | ratingValue | alternateName       |
|---------------------|-------------|---------------------|
| supported           | 5           | Supported           |
| misleading          | 2           | Misleading          |
| refuted             | 1           | Refuted             |
| not-enough-evidence | (none)      | Not enough evidence |

The names are the project's own four verdicts, so every report says the same. `bestRating` 5
and `worstRating` 1 go with every numeric rating. A claim nobody could decide gets no number:
any number would place it on the true–false scale. `ratingExplanation` holds the run's
explanation.

The `author` is the publishing organisation from `[tool.veracity] author = {name = "…",
url = "…"}` of the workspace's pyproject.toml; each review's `url` is `review-url` from that
table (with `{article}` and `{claim}` replaced) or the author's `url` with
`#<article>-<claim>`. Without an author, `author` and `url` are left out: set them before
publishing. `datePublished` is the day of the run (UTC), or the day of `SOURCE_DATE_EPOCH` when
that is set, for reproducible builds. `itemReviewed` is a `Claim` whose `appearance` is the
article (URL, headline, date, publisher).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from typing import Any

from veracity.config import Author, parse_author
from veracity.findings import Verdict
from veracity.reports.escape import html_json_safe
from veracity.reports.jsontext import listing_chunks
from veracity.reports.model import ClaimResult, Report

__all__ = ["BEST", "RATINGS", "WORST", "chunks", "render", "review_date", "to_data"]

BEST, WORST = 5, 1
RATINGS: dict[Verdict, tuple[int | None, str]] = {
    Verdict.SUPPORTED: (5, "Supported"),
    Verdict.MISLEADING: (2, "Misleading"),
    Verdict.REFUTED: (1, "Refuted"),
    Verdict.NOT_ENOUGH_EVIDENCE: (None, "Not enough evidence"),
}


def review_date(environ: dict[str, str] | None = None) -> str:
    """Today (UTC) as YYYY-MM-DD, or the date of `SOURCE_DATE_EPOCH` when set."""
    environ = dict(os.environ) if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    moment = (
        dt.datetime.fromtimestamp(int(epoch), dt.UTC)
        if epoch.isdigit()
        else dt.datetime.now(dt.UTC)
    )
    return moment.date().isoformat()


def _review_url(author: Author | None, article_id: str, claim_id: str) -> str | None:
    if author is None:
        return None
    if author.review_url:
        return author.review_url.replace("{article}", article_id).replace("{claim}", claim_id)
    if author.url:
        return f"{author.url.split('#')[0]}#{article_id}-{claim_id}"
    return None


def _organisation(name: str, url: str | None = None) -> dict[str, Any]:
    return {"@type": "Organization", "name": name, **({"url": url} if url else {})}


def _appearance(report: Report) -> dict[str, Any]:
    article = report.claim_set.article
    work: dict[str, Any] = {"@type": "NewsArticle", "headline": article.title}
    if article.url:
        work["url"] = article.url
    if article.published:
        work["datePublished"] = article.published.isoformat()
    if article.publisher:
        work["publisher"] = _organisation(article.publisher)
    return work


def _rating(result: ClaimResult) -> dict[str, Any]:
    value, name = RATINGS[result.verdict]
    rating: dict[str, Any] = {"@type": "Rating"}
    if value is not None:
        rating |= {"ratingValue": value, "bestRating": BEST, "worstRating": WORST}
    return rating | {"alternateName": name, "ratingExplanation": result.explanation}


def _review(report: Report, result: ClaimResult, author: Author | None, date: str) -> Any:
    article = report.claim_set.article
    claim: dict[str, Any] = {"@type": "Claim", "appearance": _appearance(report)}
    if article.publisher:
        claim["author"] = _organisation(article.publisher)
    if article.published:
        claim["datePublished"] = article.published.isoformat()
    review: dict[str, Any] = {"@type": "ClaimReview"}
    url = _review_url(author, article.id, result.claim.id)
    if url:
        review |= {"@id": url, "url": url}
    review |= {
        "identifier": f"{article.id}/{result.claim.id}",
        "claimReviewed": result.claim.text,
        "datePublished": date,
    }
    if author is not None:
        review["author"] = _organisation(author.name, author.url)
    return review | {"reviewRating": _rating(result), "itemReviewed": claim}


def to_data(report: Report, date: str | None = None) -> dict[str, Any]:
    """The JSON-LD document; `date` defaults to `review_date()`."""
    author = parse_author(report.settings.get("author"))
    date = date or review_date()
    return {
        "@context": "https://schema.org",
        "@graph": [_review(report, r, author, date) for r in report.results],
    }


def chunks(report: Report, date: str | None = None) -> Iterator[str]:
    """The text of `render` one review at a time, so a large claim set is never held whole."""
    author = parse_author(report.settings.get("author"))
    date = date or review_date()
    document = {"@context": "https://schema.org", "@graph": []}
    reviews = (_review(report, r, author, date) for r in report.results)
    return listing_chunks(document, "@graph", reviews, safe=html_json_safe)


def render(report: Report) -> str:
    """The JSON-LD text, safe to paste into an HTML `<script type="application/ld+json">`."""
    return "".join(chunks(report))

"""Earlier fact-checks: Google's Fact Check Tools API, `claims:search`, as related reading.

Published reviews of similar claims are listed for the reader beside the verdict; they never
decide it (a review of a *similar* claim is not a check of *this* one). The API key comes from
the environment (`VERACITY_FACTCHECK_KEY`), travels in the `X-Goog-Api-Key` header added below
the cache, and is never logged, stored or recorded.

Shape: https://developers.google.com/fact-check/tools/api/reference/rest/v1alpha1/claims/search
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from veracity.errors import SourceUnavailable

if TYPE_CHECKING:
    from veracity.online.client import HttpClient

__all__ = ["API", "DATASET", "HOST", "KEY_VARIABLE", "SOURCE", "FactChecks", "PublishedCheck"]

HOST = "factchecktools.googleapis.com"
API = f"https://{HOST}/v1alpha1/claims:search"
SOURCE = "Google Fact Check Tools"
DATASET = "google-fact-check-tools"
"""The dataset id related-reading notes cite reviews under."""
KEY_VARIABLE = "VERACITY_FACTCHECK_KEY"
KEY_HEADER = "X-Goog-Api-Key"


@dataclass(frozen=True, slots=True)
class PublishedCheck:
    """One published review of a claim similar to ours."""

    claim: str
    publisher: str
    url: str
    title: str
    rating: str
    reviewed: str
    """The review date as published (ISO date), or ""."""


def _reviews(claim: Any) -> list[PublishedCheck]:
    if not isinstance(claim, dict) or not isinstance(claim.get("claimReview", []), list):
        raise SourceUnavailable(SOURCE, "unexpected answer (a claim is malformed)")
    found = []
    for review in claim.get("claimReview", []):
        if not isinstance(review, dict) or not isinstance(review.get("url"), str):
            continue  # a review without a link is no reading to offer
        publisher = review.get("publisher", {})
        if not isinstance(publisher, dict):
            publisher = {}
        found.append(
            PublishedCheck(
                claim=str(claim.get("text", "")),
                publisher=str(publisher.get("name") or publisher.get("site") or "unnamed"),
                url=review["url"],
                title=str(review.get("title", "")),
                rating=str(review.get("textualRating", "")),
                reviewed=str(review.get("reviewDate", ""))[:10],
            )
        )
    return found


class FactChecks:
    """Searches published fact-checks through the shared HTTP client."""

    def __init__(self, http: HttpClient) -> None:
        self.http = http
        self.retrieved = ""

    def search(self, text: str, language: str = "en", limit: int = 5) -> list[PublishedCheck]:
        query = " ".join(text.split())[:250]
        data, headers = self.http.get_json(
            SOURCE, API, {"query": query, "languageCode": language, "pageSize": limit}
        )
        from veracity.online.client import retrieved_date

        self.retrieved = retrieved_date(headers)
        if not isinstance(data, dict) or not isinstance(data.get("claims", []), list):
            raise SourceUnavailable(SOURCE, "unexpected answer (no list of claims)")
        return [check for claim in data.get("claims", []) for check in _reviews(claim)][:limit]

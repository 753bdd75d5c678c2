"""The ClaimReview report: schema.org JSON-LD, one review per claim, ratings as documented."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from veracity.errors import ConfigError
from veracity.reports import claimreview
from veracity.reports.model import Report

AUTHOR = {"name": "Example Desk", "url": "https://desk.example.org/"}


def _graph(report: Report) -> list[dict[str, Any]]:
    doc = json.loads(claimreview.render(report))
    assert doc["@context"] == "https://schema.org"
    graph: list[dict[str, Any]] = doc["@graph"]
    return graph


@pytest.fixture(autouse=True)
def _fixed_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")  # 2024-06-01 UTC


def test_one_review_per_claim(make_report: Callable[..., Report]) -> None:
    report = make_report(settings={"author": AUTHOR})
    graph = _graph(report)
    assert len(graph) == len(report.results)
    assert all(item["@type"] == "ClaimReview" for item in graph)
    assert [item["claimReviewed"] for item in graph] == [r.claim.text for r in report.results]
    assert [item["identifier"] for item in graph][:2] == ["desk/jets-count", "desk/jets-maker"]


def test_ratings_follow_the_documented_mapping(make_report: Callable[..., Report]) -> None:
    ratings = {
        item["identifier"].split("/")[1]: item["reviewRating"]
        for item in _graph(make_report(settings={"author": AUTHOR}))
    }
    scale = {"@type": "Rating", "bestRating": 5, "worstRating": 1}
    report_explanation = "The example data lists 40 fighter jets for Freedonia,\nnot 500 | ever."
    assert ratings["jets-count"] == {
        **scale,
        "ratingValue": 1,
        "alternateName": "Refuted",
        "ratingExplanation": report_explanation,
    }
    assert ratings["jets-maker"]["ratingValue"] == 2
    assert ratings["jets-maker"]["alternateName"] == "Misleading"
    assert ratings["index-rank"]["ratingValue"] == 5
    assert ratings["index-rank"]["alternateName"] == "Supported"
    undecided = ratings["hostile"]
    assert undecided["alternateName"] == "Not enough evidence"
    assert not {"ratingValue", "bestRating", "worstRating"} & set(undecided)


def test_author_url_and_date(make_report: Callable[..., Report]) -> None:
    review = _graph(make_report(settings={"author": AUTHOR}))[0]
    assert review["author"] == {
        "@type": "Organization",
        "name": "Example Desk",
        "url": "https://desk.example.org/",
    }
    assert review["url"] == review["@id"] == "https://desk.example.org/#desk-jets-count"
    assert review["datePublished"] == "2024-06-01"


def test_review_url_template(make_report: Callable[..., Report]) -> None:
    author = {**AUTHOR, "review-url": "https://desk.example.org/checks/{article}.html#{claim}"}
    review = _graph(make_report(settings={"author": author}))[1]
    assert review["url"] == "https://desk.example.org/checks/desk.html#jets-maker"


def test_without_an_author_there_is_no_author_or_url(report: Report) -> None:
    review = _graph(report)[0]
    assert not {"author", "url", "@id"} & set(review)
    assert review["reviewRating"]["alternateName"] == "Refuted"


def test_item_reviewed_is_the_claim_as_it_appeared(report: Report) -> None:
    item = _graph(report)[0]["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["datePublished"] == "2024-05-02"
    assert item["author"] == {"@type": "Organization", "name": "Example News"}
    assert item["appearance"] == {
        "@type": "NewsArticle",
        "headline": "Freedonia Buys Jets | A `Test` Article",
        "url": "https://news.example.org/2024/05/freedonia-jets",
        "datePublished": "2024-05-02",
        "publisher": {"@type": "Organization", "name": "Example News"},
    }


def test_a_bad_author_table_is_a_config_error(make_report: Callable[..., Report]) -> None:
    with pytest.raises(ConfigError, match="author: `name` is required"):
        claimreview.render(make_report(settings={"author": {"url": "https://x.example"}}))


def test_review_date_defaults_to_today(monkeypatch: pytest.MonkeyPatch) -> None:
    assert claimreview.review_date({"SOURCE_DATE_EPOCH": "0"}) == "1970-01-01"
    assert len(claimreview.review_date({})) == 10


def test_rendering_is_deterministic(make_report: Callable[..., Report]) -> None:
    settings = {"author": AUTHOR}
    assert claimreview.render(make_report(settings=settings)) == claimreview.render(
        make_report(settings=settings)
    )


def test_safe_to_embed_in_an_html_script_block(make_report: Callable[..., Report]) -> None:
    """Publishers paste the file into `<script type="application/ld+json">`: a claim holding
    `</script>` must not end the block, so `<`, `>` and `&` are JSON escapes."""
    report = make_report(settings={"author": AUTHOR})
    text = claimreview.render(report)
    assert "<" not in text
    assert ">" not in text
    assert "&" not in text
    assert "\\u003c/script\\u003e" in text
    reviewed = {r["identifier"]: r["claimReviewed"] for r in _graph(report)}
    assert reviewed["desk/hostile"] == report.claim_set.claim("hostile").text


def test_chunks_give_the_rendered_text(make_report: Callable[..., Report]) -> None:
    report = make_report(settings={"author": AUTHOR})
    assert "".join(claimreview.chunks(report)) == claimreview.render(report)
    assert len(list(claimreview.chunks(report))) == len(report.results) + 2

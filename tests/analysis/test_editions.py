"""Which Global Firepower edition a claim means."""

from __future__ import annotations

import datetime as dt

from veracity.analysis.editions import GFP, edition, ranking_article
from veracity.claims.models import Article, Claim, ClaimSet
from veracity.context import Context
from veracity.sources import Sources
from veracity.verifiers.gfp_editions import editions


def _edition(text: str, sources: Sources, **hints: object) -> int | None:
    claim = Claim(id="c", text=text, **hints)  # type: ignore[arg-type]
    article = Article(id="a", title="t", published=dt.date(2024, 5, 1))
    context = Context(sources=sources, claim_set=ClaimSet(article=article, claims=(claim,)))
    return edition(text, list(GFP.finditer(text)), claim, context)[0]


def test_year_with_the_name(sources: Sources) -> None:
    assert _edition("Global Firepower 2023 ranks Poland 20th.", sources) == 2023
    assert _edition("the 2022 Global Firepower index", sources) == 2022


def test_year_elsewhere_then_hint_then_article(sources: Sources) -> None:
    assert _edition("In 2021, the GFP index ranked it 10th.", sources) == 2021
    assert _edition("The GFP index ranks it 10th.", sources, year=2020) == 2020
    assert _edition("The GFP index ranks it 10th.", sources) == 2024


def test_bundled_editions(sources: Sources) -> None:
    assert editions(sources)[2024] == "gfp-2024"


def _article_edition(title: str, texts: list[str], sources: Sources) -> int | None:
    claims = tuple(Claim(id=f"c{i}", text=t) for i, t in enumerate(texts))
    article = Article(id="a", title=title, published=dt.date(2025, 1, 8))
    context = Context(sources=sources, claim_set=ClaimSet(article=article, claims=claims))
    about = ranking_article(context)
    return about.edition if about else None


def test_article_edition_from_an_edition_phrase(sources: Sources) -> None:
    texts = [
        "Nigeria fell in the latest Global Firepower (GFP) ranking, in the 2024 military review.",
        "According to the GFP report, smaller nations can compete.",
    ]
    assert _article_edition("Nigeria falls", texts, sources) == 2024


def test_article_edition_prefers_the_year_with_the_name(sources: Sources) -> None:
    texts = ["Global Firepower 2023 ranks it 36th.", "The GFP 2023 list, in 2024 rankings terms."]
    assert _article_edition("Nigeria falls", texts, sources) == 2023


def test_article_edition_else_the_year_published(sources: Sources) -> None:
    texts = ["The GFP ranks it 39th.", "The GFP report says so."]
    assert _article_edition("Nigeria falls", texts, sources) == 2025


def test_article_edition_from_phrases_is_the_latest_up_to_publication(sources: Sources) -> None:
    texts = [
        "Global Firepower ranks Nigeria 39th in the 2024 rankings.",
        "The GFP report had it 36th in the 2023 ranking; the 2026 edition is awaited.",
    ]
    assert _article_edition("Nigeria falls", texts, sources) == 2024


def test_the_rankings_own_title_with_a_year_names_it() -> None:
    """GFP's own title, "Military Strength Ranking", names the ranking when a year is written
    with it (its edition); without a year it is no name of its own."""
    for text in (
        "China was second in the 2024 Military Strength Ranking.",
        "India ranks fourth in the Military Strength Ranking 2024.",
        "according to the World Military Strength Ranking 2024",
    ):
        match = GFP.search(text)
        assert match is not None, text
        assert (match["pre"] or match["post"]) == "2024", text
    assert GFP.search("China was second in the Military Strength Ranking.") is None

"""Which Global Firepower edition a claim means."""

from __future__ import annotations

import datetime as dt

from veracity.analysis.editions import GFP, edition
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

"""Real sentences about Global Firepower 2024 (tests/data/gfp-probes.yaml), read and judged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml

from veracity.testing import verify_text

ARTICLES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent.parent / "data" / "gfp-probes.yaml").read_text("utf-8")
)
PROBES = [(article, probe) for article in ARTICLES for probe in article["probes"]]


@pytest.mark.parametrize(
    ("article", "probe"), PROBES, ids=[f"{a['publisher']}: {p['text'][:50]}" for a, p in PROBES]
)
def test_probe(article: dict[str, Any], probe: dict[str, Any]) -> None:
    others = [
        *article.get("context", []),
        *(p["text"] for p in article["probes"] if p is not probe),
    ]
    published = article.get("published")
    result = verify_text(
        probe["text"],
        title=article["title"],
        published=published if isinstance(published, dt.date) else None,
        other_claims=others,
    )
    assert result.verdict.value == probe["expect"], result.explanation


def test_every_probe_names_its_page() -> None:
    for article in ARTICLES:
        assert article["url"].startswith("https://")
        assert article["publisher"]
        assert article["title"]
        assert article["probes"]

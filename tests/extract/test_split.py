"""Compound sentences become atomic statements that stand alone (cases in split.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from veracity.extract.split import split_sentence

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parents[1] / "data" / "extract" / "split.yaml").read_text("utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_split(case: dict[str, Any]) -> None:
    sentence = case["sentence"]
    found = split_sentence(sentence, 0, len(sentence))
    assert [f.text for f in found] == case["statements"]


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_statements_stand_on_the_sentence_words(case: dict[str, Any]) -> None:
    sentence = case["sentence"]
    for found in split_sentence(sentence, 0, len(sentence)):
        assert 0 <= found.start < found.end <= len(sentence)
        quote = sentence[found.start : found.end]
        assert quote.strip() == quote
        assert quote[:1].isalnum() or quote[:1] in '"“$'


def test_hedge_is_reported() -> None:
    sentence = "The deal was signed in 2023, probably because of the war."
    hedges = [f.hedge for f in split_sentence(sentence, 0, len(sentence))]
    assert hedges == ["probably", None]


def test_offsets_are_article_offsets() -> None:
    article = "Heading\n\nThe K2, which weighs 55.8 tonnes, arrived in 2022."
    start = article.index("The K2")
    found = split_sentence(article, start, len(article))
    assert [article[f.start : f.end] for f in found] == [
        "The K2, which weighs 55.8 tonnes",
        "The K2, which weighs 55.8 tonnes, arrived in 2022",
    ]


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        (
            "Chile has bought 12 F-16 fighters, the defence ministry said on Monday.",
            "the defence ministry said on Monday",
        ),
        ("The ministry reported that Peru ordered 24 Gripen fighters.", "The ministry reported"),
        ("Chile bought 12 F-16 fighters.", None),
    ],
)
def test_attribution_split_off_is_reported(sentence: str, said: str | None) -> None:
    assert {f.said for f in split_sentence(sentence, 0, len(sentence))} == {said}

"""Sentence segmentation survives abbreviations, designations, decimals and quotes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from veracity.extract.segment import sentences

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parents[1] / "data" / "extract" / "sentences.yaml").read_text("utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[case["name"] for case in CASES])
def test_sentences(case: dict[str, Any]) -> None:
    text = case["text"]
    assert [text[start:end] for start, end in sentences(text)] == case["sentences"]


def test_offsets_point_into_the_whole_article() -> None:
    article = "Title\n\nFirst one. Second one."
    block_start = article.index("First")
    spans = sentences(article[block_start:], offset=block_start)
    assert [article[s:e] for s, e in spans] == ["First one.", "Second one."]


def test_blank_text_has_no_sentences() -> None:
    assert sentences("  \n ") == []

"""The attribution stage (veracity.analysis.attribution): who says the statement, and how."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from veracity.analysis.attribution import read_attribution

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "attribution.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_frames_and_statement(case: dict[str, Any]) -> None:
    text = case["text"]
    found = read_attribution(text)
    assert [f"{f.form} {f.stance} {f.source}" for f in found.frames] == case["frames"]
    if "statement" in case:
        start, end = found.statement
        assert text[start:end].strip(" ,") == case["statement"]
    if "quoted" in case:
        assert len(found.quoted) == case["quoted"]


def test_only_stated_frames_are_unjudged_and_hedged_ones_undecidable() -> None:
    stated = read_attribution("Poland ordered 180 K2 tanks, the ministry said.")
    assert stated.unjudged == (stated.frames[0].span,)
    assert not stated.undecidable
    hedged = read_attribution("Russian media claimed that Poland ordered 180 K2 tanks.")
    assert not hedged.unjudged
    assert hedged.undecidable == hedged.frames
    denied = read_attribution("The ministry denied that Poland ordered 180 K2 tanks.")
    assert not denied.unjudged
    assert not denied.undecidable


def test_the_summary_names_the_source() -> None:
    frame = read_attribution("According to AFP, Poland ordered 180 K2 tanks.").frames[0]
    assert frame.summary().startswith("attributed to AFP")

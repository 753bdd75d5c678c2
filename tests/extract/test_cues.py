"""The check-worthiness cues are a versioned data lexicon, compiled to whole-word patterns."""

from __future__ import annotations

import pytest

from veracity.extract.cues import cue, groups, phrases, version


def test_the_lexicon_is_versioned_and_has_its_groups() -> None:
    assert version() >= 1
    assert {"speech", "characterisation", "evaluation", "future", "figures"} <= groups()


def test_phrases_match_whole_words_ignoring_case() -> None:
    assert cue("speech").search("The Ministry SAID on Monday")
    assert not cue("speech").search("the unsaid words")
    assert not cue("figures").search("someone")


def test_an_ellipsis_stands_for_a_few_words() -> None:
    assert cue("characterisation").search("it sees Hungary as a home market")
    assert not cue("characterisation").search("it sees that the market, after many long years, as")


def test_longer_phrases_come_first() -> None:
    listed = phrases("future")
    assert listed.index("is expected to") < listed.index("will")


def test_unknown_group_is_named() -> None:
    with pytest.raises(KeyError, match="speech"):
        phrases("no-such-group")

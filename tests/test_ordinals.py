"""Ordinals in digits or words; property tests: every match parses, values round-trip."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veracity.ordinals import ORDINAL_PATTERN, WORD_ORDINALS, ordinal_value


@pytest.mark.parametrize(
    ("text", "value"),
    [("58th", 58), ("1st", 1), ("FIRST", 1), ("fifty-eighth", 58), ("Fifty Eighth", 58)],
)
def test_examples(text: str, value: int) -> None:
    assert ordinal_value(text) == value


@pytest.mark.parametrize("text", ["firſt", "fİrst", "fırst", "58", "fifty", "", "1000th"])
def test_not_ordinals(text: str) -> None:
    # 'ſ', 'İ' and 'ı' match 's' and 'i' under Unicode case folding; they used to match the
    # pattern and then miss the table (KeyError)
    assert ordinal_value(text) is None


@given(st.integers(0, 999), st.sampled_from(["st", "nd", "rd", "th", "TH"]))
def test_digits_round_trip(number: int, suffix: str) -> None:
    assert ordinal_value(f"{number}{suffix}") == number


@given(st.sampled_from(sorted(WORD_ORDINALS)), st.sampled_from([str.lower, str.upper, str.title]))
def test_words_round_trip(word: str, case: object) -> None:
    assert ordinal_value(case(word)) == WORD_ORDINALS[word]  # type: ignore[operator]


_CONFUSABLE = {"s": "ſ", "i": "ıİ", "k": "\u212a", "t": "T"}


@st.composite
def ordinal_like(draw: st.DrawFn) -> str:
    """An ordinal word with letters swapped for look-alikes that case folding may equate."""
    word = list(draw(st.sampled_from(sorted(WORD_ORDINALS))))
    for index in draw(st.lists(st.integers(0, len(word) - 1), max_size=3)):
        options = _CONFUSABLE.get(word[index].lower())
        if options:
            word[index] = draw(st.sampled_from(options))
    return "".join(word)


@given(st.lists(st.text(max_size=20) | ordinal_like(), max_size=6).map(" ".join))
def test_every_match_in_any_text_parses(text: str) -> None:
    for match in ORDINAL_PATTERN.finditer(text):
        value = ordinal_value(match.group())
        assert value is not None
        assert 0 <= value <= 999


@given(st.text(max_size=50))
def test_never_crashes(text: str) -> None:
    value = ordinal_value(text)
    assert value is None or 0 <= value <= 999

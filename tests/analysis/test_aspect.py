"""The aspect stage: whether a claim's figure is one under way now, or one part of a whole."""

from __future__ import annotations

import pytest

from veracity.analysis.aspect import read_aspect
from veracity.mentions.keys import tokenise


def _aspect(text: str) -> tuple[bool, bool]:
    found = read_aspect(text, tuple(tokenise(text)))
    return found.ongoing, found.partial


@pytest.mark.parametrize(
    "text",
    [
        "Twelve fighters are being procured for the air force.",
        "The army is procuring 40 tanks.",
        "Forty tanks are ordered this year.",
        "The country is being supplied with helicopters.",
    ],
)
def test_a_present_acquisition_is_ongoing(text: str) -> None:
    assert _aspect(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "The army procured 40 tanks.",
        "This is a tank.",  # no participle after the copula
        "They are\n\n, procured",  # punctuation between: not one verb group
        "Israel procured 40 tanks.",  # "is" inside a word is no copula
    ],
)
def test_other_statements_are_not_ongoing(text: str) -> None:
    assert not _aspect(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "The first four jets arrived in May.",
        "Twelve more helicopters will follow.",
        "An additional batch of 20 tanks was ordered.",
        "The second tranche covers 24 aircraft.",
        "The rest of the order, 30 vehicles, came in 2021.",
        "The part-time crews trained on 5 ships.",
    ],
)
def test_a_batch_word_makes_the_figure_partial(text: str) -> None:
    assert _aspect(text)[1]


def test_a_whole_order_is_not_partial() -> None:
    assert _aspect("Kazakhstan ordered 40 tanks in 2020.") == (False, False)


def test_the_batch_words_are_a_lexicon() -> None:
    from veracity.lexicons import lexicon

    assert {"batch", "tranches", "remaining"} <= lexicon("batch-words")

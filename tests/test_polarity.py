"""Negations, possibility words, questions and "only" are found; look-alikes are not."""

from __future__ import annotations

import pytest

from veracity.polarity import reversals


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Poland did not order K2 tanks.", ["not"]),
        ("Poland never received HIMARS.", ["never"]),
        ("Poland hasn't received the K2.", ["hasn't"]),
        ("Poland no longer operates the MiG-29.", ["no longer"]),
        ("No country ordered the K2.", ["No"]),
        ("Neither Poland nor Ukraine ordered it.", ["Neither", "nor"]),
        ("Poland could order 180 K2 tanks.", ["could"]),
        ("Poland may buy more tanks.", ["may"]),
        ("Did Poland order 180 K2 tanks?", ["?"]),
        ("Only Poland ordered K2 tanks.", ["Only"]),
        ("Rumours that Poland ordered 500 jets are false.", ["false"]),
        ("Warsaw denied that it ordered the K2.", ["denied"]),
        ("Reports of a K2 order were debunked.", ["debunked"]),
    ],
)
def test_found(text: str, words: list[str]) -> None:
    assert [r.word for r in reversals(text)] == words


@pytest.mark.parametrize(
    "text",
    [
        "Poland ordered 180 K2 tanks in 2022.",
        "Deliveries began in May 2024.",
        "Poland ordered no fewer than 180 K2 tanks.",
        "Poland ordered no more than 180 K2 tanks.",
        "Poland is No. 1 in Europe.",
        "Poland ordered not only tanks but also howitzers.",
        "Kazakhstan earlier considered purchasing French Rafale fighters.",
    ],
)
def test_not_found(text: str) -> None:
    assert reversals(text) == []


def test_a_text_read_again_is_answered_from_the_memo() -> None:
    """Several readers ask about one claim text: the second asks the memo, and each caller
    gets a list of its own."""
    from veracity.polarity import _reversals_of

    text = "Kazakhstan did not buy the tanks, officials may say?"
    first = reversals(text)
    hits = _reversals_of.cache_info().hits
    again = reversals(text)
    assert again == first
    assert again is not first
    assert _reversals_of.cache_info().hits == hits + 1
    again.clear()
    assert reversals(text) == first

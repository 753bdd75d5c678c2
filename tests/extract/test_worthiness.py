"""Check-worthiness: uncheckable statements are flagged with a note saying why."""

from __future__ import annotations

import pytest

from veracity.extract.worthiness import assess


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Experts suggest that the decision was influenced by the war.", "unnamed sources"),
        ("According to analysts, the jets are outdated.", "unnamed sources"),
        ("It is believed that the deal collapsed.", "unnamed sources"),
        ("Some observers said the army is weak.", "unnamed sources"),
        ("In our view, the purchase was a mistake.", "opinion"),
        ("The ministry ought to buy more tanks.", "opinion"),
        ("The army will become much stronger.", "forecast without a figure"),
        ("Kazakhstan is expected to modernize its forces.", "forecast without a figure"),
        ("Will the deal survive?", "question"),
    ],
)
def test_not_checkable(text: str, note: str) -> None:
    result = assess(text)
    assert not result.checkable
    assert result.note is not None
    assert note in result.note.lower()


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan was placed 58th out of 145 countries in Global Firepower 2024.",
        "The ANKA will begin production in Kazakhstan this year.",
        "The European Union is expected to deliver the first A400M to Kazakhstan.",
        "Deliveries should start in 2029.",
        "The Defense Ministry emphasized that the armed forces continue to rearm.",
        "The Defense Department plans to acquire mini unmanned systems (EVOMax).",
        "U.S. officials said 12 F-16s were delivered.",
    ],
)
def test_checkable(text: str) -> None:
    assert assess(text).checkable


def test_headline_and_hedge() -> None:
    assert assess("Poland Buys Jets", heading=True).note == (
        "Headline; its statements are checked in the article's body."
    )
    hedged = assess("The delay is likely due to sanctions.", hedge="likely")
    assert not hedged.checkable
    assert hedged.note is not None
    assert "likely" in hedged.note


def test_back_reference_is_noted_but_checkable() -> None:
    result = assess("The ministry has been discreet about the purchase of these planes.")
    assert result.checkable
    assert result.note is not None
    assert "these planes" in result.note
    assert assess("These days the army buys drones.").note is None

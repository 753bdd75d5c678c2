"""The three statement shapes online.wikidata reads, and what it leaves alone."""

from __future__ import annotations

import pytest

from veracity.analysis.statements import find_statements, origin_word

COUNTRIES = {"Turkey", "Israel", "Germany", "Kazakhstan"}


def _read(text: str) -> tuple[list[tuple[str, str]], list[tuple[str, str | None, str | None]]]:
    makers, origins = find_statements(text, COUNTRIES.__contains__)
    spans = [(" ".join(w for _, _, w in m.name.words), text[slice(*m.maker_span)]) for m in makers]
    places = [
        (
            " ".join(w for _, _, w in o.name.words),
            o.place,
            o.name.adjective[2] if o.name.adjective else None,
        )
        for o in origins
    ]
    return spans, places


@pytest.mark.parametrize(
    ("text", "makers", "origins"),
    [
        ("The AK-47 is made by Kalashnikov Concern.", [("AK-47", "Kalashnikov Concern")], []),
        (
            "The Desert Eagle, built by Israel Military Industries, is heavy.",
            [("Desert Eagle", "Israel Military Industries")],
            [],
        ),
        ("It was designed by Heckler & Koch.", [("It", "Heckler & Koch")], []),
        (
            "Kazakhstan bought the Turkish Bayraktar TB2 drones.",
            [],
            [("Bayraktar TB2", None, "Turkish")],
        ),
        ("The Soviet-designed PK machine gun", [], [("PK", None, "Soviet")]),
        ("The Desert Eagle is made in Germany.", [], [("Desert Eagle", "Germany", None)]),
        ("The AK-47 is a rifle.", [], []),
        ("Kazakhstan increased its budget.", [], []),
    ],
)
def test_statement_shapes(
    text: str, makers: list[tuple[str, str]], origins: list[tuple[str, str | None, str | None]]
) -> None:
    assert _read(text) == (makers, origins)


def test_origin_words() -> None:
    known = COUNTRIES.__contains__
    assert origin_word("Turkish", known) == "Turkish"
    assert origin_word("Soviet-made", known) == "Soviet"
    assert origin_word("Israel", known) == "Israel"
    assert origin_word("Famous", known) is None
    assert origin_word("Kalashnikov", known) is None

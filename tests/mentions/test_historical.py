"""Former states in text: names, acronyms and the adjectives the press uses."""

from __future__ import annotations

import pytest

from veracity.mentions.historical import find_historical
from veracity.sources import Sources


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the Soviet T-72", [("Soviet", "Soviet Union")]),
        ("built in the USSR", [("USSR", "Soviet Union")]),
        ("a Yugoslav design", [("Yugoslav", "Yugoslavia")]),
        ("Czechoslovakian rocket launchers", [("Czechoslovakian", "Czechoslovakia")]),
        ("an East German copy", [("East German", "East Germany (GDR)")]),
        ("the Russian Su-30SM", []),
        ("post-Soviet states", []),
    ],
)
def test_former_states(sources: Sources, text: str, found: list[tuple[str, str]]) -> None:
    assert [(m.text, m.region) for m in find_historical(text, sources)] == found


def test_a_former_state_names_its_successors(sources: Sources) -> None:
    [soviet] = find_historical("Soviet", sources)
    assert {"RUS", "UKR", "KAZ"} <= set(soviet.successors)

"""No built-in verifier fails (an `error` finding) on any claim text, however odd."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veracity.engine.plugins import discover
from veracity.testing import verify_text

BUILTINS = [v.name for v in discover(builtins_only=True)]
FRAGMENTS = [
    "Kazakhstan",
    "Kazakh",
    "58th",
    "fifty-eighth",
    "fİfth",
    "out of 145 countries",
    "Global Firepower 2024",
    "in the top fİve",
    "the strongest army",
    "Central Asia",
    "No. 12",
    "#3",
    "ranked",
    "2024",
]
claim_texts = st.lists(st.text(max_size=15) | st.sampled_from(FRAGMENTS), max_size=10).map(" ".join)


@pytest.mark.parametrize("name", BUILTINS)
@given(text=claim_texts.filter(str.strip))
def test_never_an_error_finding(name: str, text: str) -> None:
    result = verify_text(text, name)
    assert not result.errors, [f.explanation for f in result.errors]

"""Whether a SIPRI record's comment says units are produced or assembled in a country."""

from __future__ import annotations

import pytest

from veracity.mentions.licensed import built_there


@pytest.mark.parametrize(
    ("comments", "iso3", "built"),
    [
        ("incl production under licence in Egypt", "EGY", True),
        ("incl 223 assembled in India", "IND", True),
        ("incl 223 assembled in India", "EGY", False),
        ("assembled elsewhere; delivered in India", "IND", False),
        ("", "IND", False),
    ],
)
def test_a_licence_or_assembly_word_then_in_and_the_country(
    comments: str, iso3: str, built: bool
) -> None:
    assert built_there({"comments": comments}, iso3) is built

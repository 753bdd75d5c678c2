"""Claim ids: slugs of key words plus a hash of the text, stable and valid."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from veracity.claims.models import ID_PATTERN
from veracity.extract.ids import claim_id, slugify


def test_names_and_figures_first() -> None:
    text = "In 2024, Kazakhstan is set to receive wheeled armored vehicles, including the Arlan."
    assert claim_id(text).startswith("kazakhstan-arlan-2024-")
    assert claim_id("Over 1,500 units of military equipment have been repaired so far.").startswith(
        "1500-units-"
    )


def test_stable_and_whitespace_blind() -> None:
    text = "The Su-30SM is a multi-role fighter."
    assert claim_id(text) == claim_id("The  Su-30SM is a\nmulti-role fighter.")
    assert claim_id(text) == "su-30sm-multi-role-fighter-2a13da"  # the same on every machine
    assert claim_id(text) != claim_id("The Su-30SM is a multirole fighter.")


def test_slugify() -> None:
    assert slugify("Sabotøren’s Su-30SM (2024)") == "sabotorens-su-30sm-2024"


@settings(deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_every_text_gives_a_valid_id(text: str) -> None:
    identifier = claim_id(text)
    assert re.fullmatch(ID_PATTERN, identifier)
    assert len(identifier) <= 80

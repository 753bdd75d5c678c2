"""An organisation's name that stands for its member states ("NATO members")."""

from __future__ import annotations

import pytest

from veracity import Claim, Sources
from veracity.analysis import ClaimDoc
from veracity.analysis.collectives import names_members
from veracity.context import Context


def _members(text: str, name: str) -> bool:
    doc = ClaimDoc(Claim(id="c", text=text), Context(sources=Sources()))
    return names_members(doc, text.index(name) + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NATO members delivered tanks to Ukraine.", "NATO"),
        ("The EU's member states sent air-defence systems.", "EU"),
        ("CSTO allies supplied helicopters.", "CSTO"),
        ("NATO member countries pledged jets.", "NATO"),
    ],
)
def test_a_membership_word_after_the_name(text: str, name: str) -> None:
    assert _members(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NATO delivered tanks to Ukraine.", "NATO"),
        ("The EU, with member states, paid for it.", "EU"),  # a comma: another phrase
        ("The deal came from the EU", "EU"),
    ],
)
def test_the_body_itself(text: str, name: str) -> None:
    assert not _members(text, name)

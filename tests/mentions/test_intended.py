"""What a SIPRI record of a part says the part is for (its comment's "for ...")."""

from __future__ import annotations

from veracity.mentions.intended import intended_for
from veracity.mentions.transfers import Transfer
from veracity.sources import Sources


def _record(comments: str) -> Transfer:
    return Transfer({"id": "x", "designation": "TP400-D6", "comments": comments}, "direct", "")


def test_the_systems_named_after_for_are_what_the_part_is_for(fixture_sources: Sources) -> None:
    found = intended_for(_record("For 2 A400M transport aircraft from Spain"), fixture_sources)
    assert [e.id for e in found] == ["a400m"]


def test_a_system_named_outside_the_for_phrase_is_not(fixture_sources: Sources) -> None:
    assert intended_for(_record("A400M version; delivered 2024"), fixture_sources) == ()
    assert intended_for(_record("Spare parts; for use with the A400M"), fixture_sources)


def test_a_record_without_a_comment_names_nothing(fixture_sources: Sources) -> None:
    assert intended_for(_record(""), fixture_sources) == ()

"""Classes a catalogue row's notes give besides its own columns."""

from __future__ import annotations

from veracity.mentions.class_notes import other_classes
from veracity.mentions.roles import tags_of


def test_the_class_note_gives_tags_with_its_sentence() -> None:
    note = "The maker classes it as a MALE UAV. The buyer calls it tactical."
    found = other_classes(note, "")
    assert found
    assert set(found.values()) <= {
        "The maker classes it as a MALE UAV.",
        "The buyer calls it tactical.",
    }
    assert tags_of("MALE UAV")[1] <= set(found)


def test_a_quoted_label_the_notes_do_not_use_themselves_is_another_class() -> None:
    found = other_classes("", "A paper calls it 'heavy-class'. It is a drone.")
    assert set(found) == tags_of("heavy-class")[1]
    assert set(found.values()) == {"A paper calls it 'heavy-class'."}


def test_a_quoted_label_the_notes_also_use_is_no_dispute() -> None:
    found = other_classes("", "A MALE drone; one paper also calls it 'MALE'.")
    assert not set(found) & tags_of("MALE")[1]

"""Classes a catalogue row's notes give besides its own: another side of a disputed class.

A catalogue row's `class_note` names another classification ("Turkey classes it as MALE; the
buyer as a tactical drone"), and its notes may quote a label others use ('heavy-class') without
taking it on. This reads the dataset's own notes, not a claim: the tags each sentence gives,
with the sentence, so a claim using one of them can be called one side of a dispute.
"""

from __future__ import annotations

import re

from veracity.mentions.roles import tags_of

__all__ = ["other_classes"]

_QUOTED = re.compile(r"(?<!\w)['‘“\"]([^'‘’“”\"]{2,80}?)['’”\"](?!\w)")
"""A label the notes quote ('heavy-class'), not one they use in their own words."""
_SENTENCE_END = re.compile(r"(?<=[.;])\s+")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def other_classes(class_note: str, note: str) -> dict[str, str]:
    """Tags the class note gives, or the notes only quote ('heavy-class'), with the sentence.

    A label the notes also use in their own words is no dispute (the TB2's note calls it MALE
    itself and also quotes a paper doing so).
    """
    found: dict[str, str] = {}
    for sentence in _sentences(class_note):
        for tag in tags_of(sentence)[1]:
            found.setdefault(tag, sentence)
    notes = f"{class_note} {note}"
    affirmed = tags_of(_QUOTED.sub(" ", notes))[1]
    for sentence in _sentences(notes):
        for quoted in _QUOTED.finditer(sentence):
            for tag in tags_of(quoted.group(1))[1] - affirmed:
                found.setdefault(tag, sentence)
    return found

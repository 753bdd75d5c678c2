"""Which of a shared name's rows a claim may mean, narrowed by context — never by the fact judged.

A name several rows share ("Caracal": a Belarusian armoured vehicle and a French helicopter) is
narrowed by the context the finder reads (`veracity.mentions.finder`): a maker the text names
("… made by Airbus Helicopters"), role words ("the Caracal helicopter"), words of a vehicle that
supports others ("an armoured recovery vehicle"), the origin words before the name ("the
French Caracal", "a Belarusian-built Caracal"). Each piece of context is kept as a `Cue`: its
span in the text and the rows it keeps.

The narrowing must not be circular: the words a verifier judges may not be the words that chose
the row it judges them against, or "The Caracal is a helicopter" is checked against the
helicopter *because* it says helicopter, and comes out supported whatever the claim says.
`narrow(readings, cues, judged=...)` leaves out every cue that overlaps the judged words; the
verifier then decides on the rows the other context leaves, and where those are unrelated
systems, only on what all of them share (`veracity.mentions.readings`).

The steps, in order: the makers decide first; if they keep none, the role words; if neither
narrows the choice (none kept, or all), the words of a vehicle that supports others; if still
nothing narrows it, the origin words. A step that keeps none or all leaves every reading. The
origin verifier judges the origin words, so they never choose the row it judges them against.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from veracity.mentions.catalog import Entity

__all__ = ["Cue", "CueKind", "narrow"]

CueKind = Literal["maker", "role", "support", "origin"]
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Cue:
    """One piece of context and the readings it keeps."""

    kind: CueKind
    span: Span
    kept: tuple[Entity, ...]


def _overlaps(span: Span, others: Sequence[Span]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def _union(readings: Sequence[Entity], cues: Sequence[Cue], kind: CueKind) -> list[Entity]:
    kept = {e for c in cues if c.kind == kind for e in c.kept}
    return [e for e in readings if e in kept]


def narrow(
    readings: Sequence[Entity], cues: Sequence[Cue], *, judged: Sequence[Span] = ()
) -> tuple[Entity, ...]:
    """The readings the cues keep, leaving out every cue that overlaps a `judged` span."""
    live = [c for c in cues if not _overlaps(c.span, judged)]
    kept = _union(readings, live, "maker") or _union(readings, live, "role")
    supporting = [c for c in live if c.kind == "support"]
    if (not kept or len(kept) == len(readings)) and supporting:
        kept = [e for e in readings if e in supporting[0].kept]
    if not kept or len(kept) == len(readings):
        kept = _union(readings, live, "origin")
    if not kept or len(kept) == len(readings):
        return tuple(readings)
    return tuple(kept)

"""Words that turn a claim's statement around: a negation or denial, a possibility, a question,
"only".

Verifiers check what a claim states about weapons, deals and ranks: "Poland ordered 180 K2
tanks", "the Rafale is built by Dassault Aviation". They do not read "not", "never", "could" or a
question mark, so their findings hold for the statement without those words. "The Rafale is not
built by Dassault Aviation" would be supported by a finding that Dassault builds it, and "The K2
is not a Japanese tank" refuted by one that it is South Korean. `veracity.engine.aggregate`
leaves such claims undecided unless a finding covers the word. "Only Poland ordered K2 tanks"
adds that no other country did, which no finding checks either.

Not reversals: "not only", "no fewer than", "no more than" (amounts), "No. 1".
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from veracity.findings import Span

__all__ = ["Reversal", "reversals"]

_NEGATION = re.compile(
    r"\b(?:not|never|neither|nor|none|cannot|without|no\s+longer)\b|\w+n['’]t\b|"
    r"\bno\b(?!\.?\s*\d|\s+(?:fewer|more|less|later|earlier|sooner)\b)",
    re.IGNORECASE,
)
_DENIAL = re.compile(
    r"\b(?:false|untrue|incorrect|inaccurate|unfounded|baseless|debunked|fake|hoax|myth|"
    r"denied|denies|deny|dismissed|dismisses)\b",
    re.IGNORECASE,
)
"""Words that deny the statement they are said of: "Rumours that Kazakhstan ordered 500 jets
are false" asserts the opposite of the statement the verifiers check."""
_NOT_A_NEGATION = re.compile(r"\bnot\s+only\b", re.IGNORECASE)
_POSSIBILITY = re.compile(r"\b(?:could|might|may|perhaps|possibly)\b")
"""Lower case only: "May" is a month."""
_QUESTION = re.compile(r"\?\s*$")
_ONLY = re.compile(r"\b(?:only|solely|exclusively|sole)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Reversal:
    """One word that turns the statement around, and why."""

    span: Span
    word: str
    kind: str  # "negation", "possibility", "question", "only"


def reversals(text: str) -> list[Reversal]:
    """The negations, possibility words, question mark and "only" of a claim, left to right."""
    return list(_reversals_of(text))


@functools.lru_cache(maxsize=256)
def _reversals_of(text: str) -> tuple[Reversal, ...]:
    """`reversals`, remembered for the last texts read: the reversals stage, the aggregate and
    the verifiers each ask about the same claim text (18,440 calls for 8,727 texts over the
    10,000-claim benchmark set)."""
    found = [
        Reversal(m.span(), m.group(), "negation")
        for m in _NEGATION.finditer(text)
        if not _NOT_A_NEGATION.match(text, m.start())
    ]
    found += [Reversal(m.span(), m.group(), "negation") for m in _DENIAL.finditer(text)]
    found += [Reversal(m.span(), m.group(), "possibility") for m in _POSSIBILITY.finditer(text)]
    found += [Reversal(m.span(), "?", "question") for m in _QUESTION.finditer(text)]
    found += [
        Reversal(m.span(), m.group(), "only")
        for m in _ONLY.finditer(text)
        if not re.search(r"\bnot\s+$", text[: m.start()], re.IGNORECASE)
    ]
    return tuple(sorted(found, key=lambda r: r.span))

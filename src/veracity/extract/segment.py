"""Sentence segmentation: sentencex, with one repair for abbreviations it splits after.

Choice of library. Three rule-based segmenters were run on twelve news sentences full of
traps ("U.S.", "U.K.", "No. 1", "Gen. Smith", "Lt. Col. Ivanov", "Su-30SM", "F/A-18E/F",
"3.5 billion", "$2.5 bn. in 2023", "Approx. 30", "Vol. 2", "5 p.m.", quotes and em dashes):

- syntok 1.4 (segtok's successor, last release 2022): 1 error in 12 ("Lt. | Col. Ivanov"),
  but in a longer passage it also joined two sentences ("… at Mach 2.0. "It is the best,"
  said Lt."): a missed boundary merges two claims and cannot be repaired afterwards.
- pysbd 0.3.4 (Golden Rules, pure Python, last release 2021): 3 errors in 12, all splits after
  an abbreviation followed by a lowercase word or a digit ("bn. | in 2023", "Approx. | 30",
  "Vol. | 2"); 200 times slower than sentencex.
- sentencex 1.0 (Wikimedia's segmenter, Rust core, frequent releases, 1.0.32 in 2026; no
  dependencies; character offsets through `get_sentence_boundaries`): the same 3 errors as
  pysbd, nothing else.

sentencex is used: it is actively kept, fast, and its only errors are extra splits, which one
safe rule repairs: a "sentence" that starts with a lowercase letter or a digit continues the one
before (news sentences start with a capital, a quotation mark or a bracket). With the repair all
test sentences come out right except the genuinely ambiguous "4.5 bn. U.S. dollars".
"""

from __future__ import annotations

import sentencex

from veracity.findings import Span

__all__ = ["sentences"]


def _continues(text: str) -> bool:
    first = text[:1]
    return first.islower() or first.isdigit()


def sentences(text: str, offset: int = 0) -> list[Span]:
    """The sentences of one block of text as `(start, end)` spans, whitespace trimmed.

    `offset` is added to every span, so spans of a block point into the whole article.
    """
    spans: list[Span] = []
    for boundary in sentencex.get_sentence_boundaries("en", text):
        start, end = int(boundary["start_index"]), int(boundary["end_index"])
        piece = text[start:end]
        stripped = piece.strip()
        if not stripped:
            continue
        start += len(piece) - len(piece.lstrip())
        end = start + len(stripped)
        if spans and _continues(stripped):
            spans[-1] = (spans[-1][0], end + offset)
        else:
            spans.append((start + offset, end + offset))
    return spans

"""Small text helpers shared by the aggregate rule and verifiers.

`content_words` finds the words of a claim that carry an assertion (names, numbers, nouns,
verbs): everything but a short list of function words. A claim is only `supported` when its
supporting findings together cover every content word (see `veracity.engine.aggregate`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from veracity.findings import Span
from veracity.lexicons import lexicon

__all__ = [
    "FUNCTION_WORDS",
    "attribution_spans",
    "content_words",
    "merge_spans",
    "uncovered_words",
]

_WORD = re.compile(r"\w(?:[\w.\-/]*\w)?", re.UNICODE)

FUNCTION_WORDS = lexicon("function-words") | lexicon("no-assertion")
"""Words with no assertion of their own (the `function-words` and `no-assertion` lexicons)."""


def _spans(text: str) -> Iterator[tuple[int, int, str]]:
    for match in _WORD.finditer(text):
        yield match.start(), match.end(), match.group()


def content_words(text: str) -> list[tuple[int, int, str]]:
    """The (start, end, word) of every word that is not a function word."""
    return [s for s in _spans(text) if s[2].lower() not in FUNCTION_WORDS]


def merge_spans(spans: Iterable[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def uncovered_words(text: str, spans: Iterable[Span]) -> list[str]:
    """Content words of `text` that lie outside every span."""
    merged = merge_spans(spans)
    out: list[str] = []
    for start, end, word in content_words(text):
        if not any(s <= start and end <= e for s, e in merged):
            out.append(word)
    return out


_OPENERS = tuple(f"{word} to " for word in sorted(lexicon("attribution-openers")))


def attribution_spans(text: str) -> list[Span]:
    """The spans of an attribution set off by a comma at the start or end of `text`
    (a word of lexicon attribution-openers and "to"): "According to Reuters," or ", according to
    the ministry.".

    An opener inside the statement ("according to plan") is not one: only the part before the
    first comma, or after the last, that starts with an opener is the attribution.
    """
    spans: list[Span] = []
    lowered = text.lower()
    head, comma, _ = lowered.partition(",")
    if comma and head.lstrip().startswith(_OPENERS):
        spans.append((0, len(head)))
    before, comma, tail = lowered.rpartition(",")
    if comma and tail.strip().startswith(_OPENERS) and (not spans or len(before) > len(head)):
        spans.append((len(before) + 1, len(text)))
    return spans

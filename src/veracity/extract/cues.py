"""The check-worthiness cues of `cues.yaml`, a versioned data lexicon, as compiled patterns.

    from veracity.extract.cues import cue
    cue("speech").search("the ministry said")   # a match, or None

A group is a list of phrases; a phrase matches as whole words, case-insensitively, and `…`
inside it stands for up to four words. The file documents each group in a comment.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import yaml

__all__ = ["GAP_WORDS", "cue", "groups", "phrases", "version"]

GAP_WORDS = 4
"""How many words `…` in a phrase may stand for."""


@cache
def _data() -> dict[str, object]:
    text = resources.files(__package__).joinpath("cues.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or not isinstance(data.get("version"), int):
        raise ValueError("cues.yaml: a mapping with an integer `version` is expected")
    return data


def version() -> int:
    """The version of the cue lexicon."""
    value = _data()["version"]
    assert isinstance(value, int)
    return value


def groups() -> frozenset[str]:
    """The names of the cue groups."""
    return frozenset(k for k in _data() if k != "version")


def phrases(group: str) -> tuple[str, ...]:
    """The phrases of one group, longest first (so alternatives prefer the longer)."""
    if group not in groups():
        raise KeyError(f"no cue group {group!r}: choose from {', '.join(sorted(groups()))}")
    value = _data()[group]
    if not isinstance(value, list) or not all(isinstance(p, str) and p.strip() for p in value):
        raise ValueError(f"cues.yaml: group {group!r} must be a list of phrases")
    return tuple(sorted((" ".join(p.lower().split()) for p in value), key=len, reverse=True))


def _pattern(phrase: str) -> str:
    gap = rf"(?:\s+\S+){{0,{GAP_WORDS}}}\s+"
    parts = [r"\s+".join(re.escape(w) for w in part.split()) for part in phrase.split("…")]
    return gap.join(p for p in parts if p)


@cache
def cue(group: str) -> re.Pattern[str]:
    """A pattern matching any phrase of the group as whole words, ignoring case."""
    body = "|".join(_pattern(p) for p in phrases(group))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)

"""The word classes of ranking and inventory assertions, as data (`rankings.toml`).

    from veracity.analysis.ranking_words import alternation, words
    words("ahead")          # ("ahead of", "above", …)
    alternation("world")    # a pattern matching any of them, the longest first

Each table of `rankings.toml` is one class, with a comment saying what it is for; editing a
list needs no code change.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from veracity.patterns import literal_alternation

__all__ = ["also_counted", "alternation", "numbers", "tables", "words"]

_SPACE = r"\s+"


@cache
def _tables() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("rankings.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def tables() -> dict[str, Any]:
    """Every table of `rankings.toml`, as read."""
    return _tables()


def _table(name: str) -> dict[str, Any]:
    tables = _tables()
    if name not in tables:
        raise KeyError(f"no word class {name!r} in rankings.toml: choose from {sorted(tables)}")
    table: dict[str, Any] = tables[name]
    return table


def words(name: str) -> tuple[str, ...]:
    """The words of class `name`, lower-case, as listed."""
    return tuple(str(w).lower() for w in _table(name)["words"])


def numbers(name: str) -> dict[str, int]:
    """A class of number words with their values ("ten" -> 10)."""
    return {str(k).lower(): int(v) for k, v in _table(name).items()}


def also_counted() -> dict[str, tuple[str, ...]]:
    """Countries outlets also count in a second continent (ISO3 -> M49 regions), from the
    `also-counted` table: Russia in Asia, Turkey in Europe."""
    return {str(k).upper(): tuple(str(r) for r in v) for k, v in _table("also-counted").items()}


@cache
def alternation(*names: str) -> str:
    """A pattern (no group, no boundaries) matching any word of the classes `names`, the
    longest that fits first; a space in a word matches the class's `space` (default: any run
    of whitespace). Use it with re.IGNORECASE."""
    parts = [
        literal_alternation(
            (re.sub(r"\s+", " ", w) for w in words(name)), _table(name).get("space", _SPACE)
        )
        for name in names
    ]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

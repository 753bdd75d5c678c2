"""The word classes of ranking and inventory assertions, as data (`rankings.toml`).

    from veracity.analysis.ranking_words import alternation, words
    words("ahead")          # ("ahead of", "above", …)
    alternation("world")    # a pattern matching any of them, the longest first

Each table of `rankings.toml` is one class, with a comment saying what it is for; editing a
list needs no code change. A class may list `verbs` as lemmas ("rank", "come in"): each stands
for all its forms ("ranks", "ranked", "ranking"; `veracity.analysis.verb_forms`), the irregular
ones from the `irregular-verbs` table.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

from veracity.analysis.verb_forms import verb_forms
from veracity.patterns import literal_alternation

__all__ = ["also_counted", "alternation", "numbers", "press_regions", "tables", "verbs", "words"]

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


@cache
def words(name: str) -> tuple[str, ...]:
    """The words of class `name`, lower-case: its `words` as listed, then every form of its
    `verbs`."""
    table = _table(name)
    listed = [str(w).lower() for w in table.get("words", ())]
    return tuple(dict.fromkeys([*listed, *sorted(verbs(name))]))


@cache
def verbs(name: str) -> frozenset[str]:
    """Every form of the `verbs` of class `name` (none when it lists no verbs)."""
    irregular = {str(k): tuple(str(f) for f in v) for k, v in _table("irregular-verbs").items()}
    return frozenset(
        form for lemma in _table(name).get("verbs", ()) for form in verb_forms(lemma, irregular)
    )


def numbers(name: str) -> dict[str, int]:
    """A class of number words with their values ("ten" -> 10)."""
    return {str(k).lower(): int(v) for k, v in _table(name).items()}


def also_counted() -> dict[str, tuple[str, ...]]:
    """Countries outlets also count in a second continent (ISO3 -> M49 regions), from the
    `also-counted` table: Russia in Asia, Turkey in Europe."""
    return {str(k).upper(): tuple(str(r) for r in v) for k, v in _table("also-counted").items()}


def press_regions() -> dict[str, dict[str, tuple[str, ...]]]:
    """UN M49 sub-regions whose namesake in the press counts other countries (`press-regions`):
    region -> {"add": ISO3 codes outlets also count in it, "drop": those they leave out}."""
    return {
        str(region): {str(k): tuple(str(c).upper() for c in v) for k, v in table.items()}
        for region, table in _table("press-regions").items()
    }


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

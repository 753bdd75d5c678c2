"""The relations lexicon (`relations.yaml` beside this module), loaded once: the verb classes of
the relations stage (`veracity.analysis.relations`) and the deal verbs (`veracity.mentions.deals`).

Each verb class (manufacture, origin, ownership, naming, component, variant, acquisition,
supply, operation) lists
its roles and its forms in groups; the readers ask for a group as words or as a
regular-expression alternation (`veracity.patterns.literal_alternation`, the longest form
first).
The deal verbs (`deal_verbs`) are the transfer grammar's, one group an inflection.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from veracity.patterns import literal_alternation

__all__ = ["VERSION", "alternation", "deal_verbs", "former_operator", "roles", "words"]


@cache
def _lexicon() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("relations.yaml").read_text(encoding="utf-8")
    # PyYAML's C loader when built with it: the same data, a tenth of the pure-Python time
    data: dict[str, Any] = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return data


VERSION: int = _lexicon()["version"]
"""The lexicon's version: it changes when a class or a role changes meaning."""


def _group(verb_class: str, group: str) -> Any:
    try:
        return _lexicon()["classes"][verb_class][group]
    except KeyError:
        raise KeyError(f"the relations lexicon has no group {verb_class}.{group}") from None


def words(verb_class: str, group: str) -> tuple[str, ...]:
    """The forms of one group, in the lexicon's order."""
    return tuple(str(w) for w in _group(verb_class, group))


def roles(verb_class: str) -> tuple[str, ...]:
    """The argument roles of a verb class."""
    return words(verb_class, "roles")


@cache
def alternation(verb_class: str, group: str) -> str:
    """A non-capturing regular-expression alternation of the group's forms (a space in a form
    matches any run of spaces)."""
    return "(?:" + literal_alternation(words(verb_class, group), r"\s+") + ")"


@cache
def deal_verbs(group: str) -> str:
    """An alternation of one group of the deal verbs (`deal_verbs` in the lexicon)."""
    try:
        forms = _lexicon()["deal_verbs"][group]
    except KeyError:
        raise KeyError(f"the relations lexicon has no deal verbs {group!r}") from None
    return "(?:" + literal_alternation((str(w) for w in forms), r"\s+") + ")"


@cache
def former_operator() -> str:
    """An alternation of the phrases that name an earlier operator: the operation class's fixed
    `former_forms` and each of its `former_adverbs` with each `former_participles` and "by"
    ("formerly flown by", "once fielded by")."""
    composed = (
        f"{adverb} {participle} by"
        for adverb in words("operation", "former_adverbs")
        for participle in words("operation", "former_participles")
    )
    forms = dict.fromkeys((*words("operation", "former_forms"), *composed))
    return "(?:" + literal_alternation(forms, r"\s+") + ")"

"""Regular expressions over large vocabularies that stay fast.

An alternation of a thousand names (`Kazakhstan|Kazakh|Kenya|…`) makes the `re` engine try every
name at every place in a text. `literal_alternation` writes the same names as a trie, so each
character is compared once per place: "Ka(?:zakh(?:stan|)|…)". With the branches in depth-first
order (a longer continuation before the end of a name) the trie matches what the longest-first
alternation matches, at the same place, including where what follows the group decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["literal_alternation"]

_Trie = dict[str, "_Trie"]
_END = ""


def _insert(trie: _Trie, form: str) -> None:
    node = trie
    for char in form:
        node = node.setdefault(char, {})
    node[_END] = {}


def _emit(node: _Trie, space: str | None) -> str:
    branches = [
        (space if space is not None and char == " " else re.escape(char)) + _emit(child, space)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if not branches:
        return ""
    if len(branches) == 1 and _END not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ("|" if _END in node else "") + ")"


def literal_alternation(forms: Iterable[str], space: str | None = None) -> str:
    """A pattern matching any of `forms` literally, the longest that fits first.

    `space`, if given, is the pattern written for each space ("[\\s-]+" lets "Central Asia"
    match "Central-Asia"). Forms must differ in more than letter case when the pattern is used
    with re.IGNORECASE. An empty vocabulary gives a pattern that never matches.
    """
    trie: _Trie = {}
    for form in forms:
        if form:
            _insert(trie, form)
    return _emit(trie, space) if trie else "(?!)"

"""Regular expressions over large vocabularies that stay fast.

An alternation of a thousand names (`Kazakhstan|Kazakh|Kenya|…`) makes the `re` engine try every
name at every place in a text. `literal_alternation` writes the same names as a trie, so each
character is compared once per place: "Ka(?:zakh(?:stan|)|…)". With the branches in depth-first
order (a longer continuation before the end of a name) the trie matches what the longest-first
alternation matches, at the same place, including where what follows the group decides.

`lazy_compile` puts off compiling a pattern until it is first used: a module of a hundred large
patterns then costs nothing at import for a run that never reads the claims they are for (a
start-up of `verify` on one article compiled the ranking reader's patterns for 0.15 s).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, cast

__all__ = ["lazy_compile", "literal_alternation"]

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


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
"""What a lazy pattern hands to its compiled pattern once compiled, so each later call is the
compiled pattern's own method, with no lookup of the lazy one in between."""


class _LazyPattern:
    """A pattern compiled the first time anything but its source is read."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_flags", "_compiled"):  # (copying, pickling)
            raise AttributeError(name)
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = re.compile(self.pattern, self._flags)
            for method in _METHODS:
                self.__dict__[method] = getattr(compiled, method)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled on first use. Its `pattern` is the source
    (to build other patterns from) without compiling it; any other attribute compiles it.
    A match's `re` is the compiled pattern, not this one: never test it with `is`."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))

"""Word lists as data: each lexicon is a text file beside this module, one word a line.

    from veracity.lexicons import lexicon
    lexicon("function-words")   # frozenset of lower-case words

A lexicon holds words of one class ("function-words": no assertion of their own). Editing a
word list needs no code change; every file documents its class in its leading comment. Blank
lines and text after `#` are ignored; words are stored lower-case.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["lexicon", "names"]


@cache
def lexicon(name: str) -> frozenset[str]:
    """The words of lexicon `name` (a file `<name>.txt` in this package)."""
    if name not in names():
        raise KeyError(f"no lexicon {name!r}: choose from {', '.join(sorted(names()))}")
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    words = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(w for w in words if w)


@cache
def names() -> frozenset[str]:
    """The lexicons this package holds."""
    return frozenset(
        entry.name.removesuffix(".txt")
        for entry in resources.files(__package__).iterdir()
        if entry.name.endswith(".txt")
    )

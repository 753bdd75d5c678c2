"""The trie-shaped alternation matches what the longest-first alternation of the names matches."""

from __future__ import annotations

import importlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veracity.patterns import _LazyPattern, lazy_compile, literal_alternation

NAMES = ["Kazakh", "Kazakhstan", "Korea", "South Korea", "South Korean", "Niger", "Nigeria"]


def _plain(forms: list[str], flags: int = 0) -> re.Pattern[str]:
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)", flags)


def _trie(forms: list[str], flags: int = 0, space: str | None = None) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + literal_alternation(forms, space) + r")(?!\w)", flags)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_longest_name_that_ends_a_word_wins() -> None:
    text = "South Korean and Kazakhstan's jets; Kazakh-made; Nigerian; Niger."
    assert _found(_trie(NAMES), text) == _found(_plain(NAMES), text)
    assert [m.group() for m in _trie(NAMES).finditer(text)] == [
        "South Korean",
        "Kazakhstan",
        "Kazakh",
        "Niger",
    ]


def test_space_pattern_and_ignorecase() -> None:
    pattern = _trie(["central asia", "central asian", "europe"], re.IGNORECASE, r"[\s-]+")
    text = "Central-Asian states, CENTRAL  ASIA and Europe"
    assert [m.group() for m in pattern.finditer(text)] == [
        "Central-Asian",
        "CENTRAL  ASIA",
        "Europe",
    ]


def test_no_names_never_match() -> None:
    assert _found(_trie([]), "anything at all") == []


@given(
    st.lists(st.text(alphabet="abc .-", min_size=1, max_size=6), min_size=1, max_size=12),
    st.text(alphabet="abc .-xy", max_size=40),
)
def test_same_matches_as_the_alternation(forms: list[str], text: str) -> None:
    assert _found(_trie(forms), text) == _found(_plain(forms), text)


def test_a_lazy_pattern_compiles_on_first_use_and_matches_as_compiled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    compiled: list[str] = []
    real = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    lazy = lazy_compile(r"\b(?P<n>\d+)\s+tanks\b", re.IGNORECASE)
    assert lazy.pattern == r"\b(?P<n>\d+)\s+tanks\b"  # the source, to build other patterns
    assert compiled == []
    text = "It has 40 Tanks and 12 tanks."
    assert [m["n"] for m in lazy.finditer(text)] == ["40", "12"]
    assert lazy.search(text) is not None
    assert lazy.match(text) is None
    assert lazy.sub("N", text) == "It has N and N."
    assert lazy.groupindex == {"n": 1}
    assert len(compiled) == 1  # once, whatever is read afterwards


def test_a_lazy_pattern_that_is_never_used_is_never_compiled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(re, "compile", lambda *args: pytest.fail("compiled"))
    lazy = lazy_compile("(unbalanced")
    assert "unbalanced" in repr(lazy)


_LAZY_MODULES = (
    "veracity.mentions.deals",
    "veracity.mentions.deal_words",
    "veracity.ordinals",
    "veracity.sources.countries",
    "veracity.sources.sipri",
)
"""Modules whose module-level patterns compile on first use (a run of one article never reads
many of them: 74 of the 178 module-level patterns of a run over claims/kz2024.yaml)."""


@pytest.mark.parametrize("name", _LAZY_MODULES)
def test_module_patterns_compile_lazily_and_every_one_compiles(name: str) -> None:
    """None is compiled at import, and each compiles (a lazy pattern's error would otherwise
    wait for the first claim that reads it)."""
    module = importlib.import_module(name)
    patterns = [v for v in vars(module).values() if isinstance(v, _LazyPattern | re.Pattern)]
    assert patterns
    assert not [p.pattern for p in patterns if isinstance(p, re.Pattern)]
    for pattern in patterns:
        assert re.compile(pattern.pattern, pattern.flags).pattern == pattern.pattern

"""Run every verifier case file and every built-in verifier's docstring example."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import pytest

from veracity.engine.plugins import discover
from veracity.online import Online
from veracity.testing import (
    Case,
    case_problems,
    load_cases,
    replay_online,
    verify_case,
    verify_text,
)
from veracity.verifiers.base import docstring_context, docstring_example

CASE_DIR = Path(__file__).parent / "cases"
CASES = [case for path in sorted(CASE_DIR.glob("*.yaml")) for case in load_cases(path)]
BUILTINS = discover(builtins_only=True)
CASSETTES = {c.verifier: c.cassette for c in CASES if c.cassette}
"""Online verifiers replay their case file's recorded answers, for their docstring too."""


@contextmanager
def _online(cassette: Path | None) -> Iterator[Online | None]:
    with replay_online(cassette) if cassette else nullcontext() as online:
        yield online


@pytest.mark.parametrize("case", CASES, ids=[f"{c.verifier}:{c.name}" for c in CASES])
def test_case(case: Case, request: pytest.FixtureRequest) -> None:
    """A case marked `register: whole` runs with the whole SIPRI register imported (skipped
    when its raw export is absent); the others on the bundled data."""
    sources = request.getfixturevalue("whole_register") if case.register == "whole" else None
    assert case_problems(case, verify_case(case, sources=sources)) == []


def test_case_names_are_unique_per_verifier() -> None:
    names = [(c.verifier, c.name) for c in CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("loaded", BUILTINS, ids=[v.name for v in BUILTINS])
def test_docstring_example(loaded: object) -> None:
    verifier = loaded.verifier  # type: ignore[attr-defined]
    example = docstring_example(type(verifier))
    assert example is not None, f"{verifier.name}: the docstring gives no example claim"
    text, expected = example
    others = docstring_context(type(verifier))
    with _online(CASSETTES.get(verifier.name)) as online:
        result = verify_text(text, verifier.name, other_claims=others, online=online)
    assert result.verdict == expected


@pytest.mark.parametrize("loaded", BUILTINS, ids=[v.name for v in BUILTINS])
def test_every_builtin_has_a_case_file_of_40(loaded: object) -> None:
    name = loaded.name  # type: ignore[attr-defined]
    assert len([c for c in CASES if c.verifier == name]) >= 40

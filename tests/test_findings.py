"""Finding labels: the four verdicts plus `error` and `note`, which decide nothing."""

from __future__ import annotations

from veracity.findings import ERROR, NOTE, Finding, Verdict
from veracity.verifiers.base import BaseVerifier


class _Noter(BaseVerifier):
    """Says something informational."""

    name = "test.noter"


def test_note_is_neither_error_nor_verdict() -> None:
    note = Finding("v", NOTE, "See also claim b.", related=("b",))
    assert note.is_note
    assert not note.is_error
    assert NOTE not in {v.value for v in Verdict}
    assert not Finding("v", ERROR, "failed").is_note


def test_base_verifier_builds_notes() -> None:
    note = _Noter().note("Related figure in claim b.", related=["b"])
    assert note == Finding("test.noter", NOTE, "Related figure in claim b.", related=("b",))

"""A contradiction stands only on a confident reading: one that rests on one candidate of an
ambiguous name is not-enough-evidence, the candidates named (veracity.engine.precision)."""

from __future__ import annotations

from veracity.analysis.reading import Link, Reading
from veracity.engine.precision import rest_on_confident_readings
from veracity.findings import Evidence, Finding, Verdict

TEXT = "The Javelin is a Russian missile."
SPAN = (4, 11)


def reading(*, ambiguous: bool = True) -> Reading:
    link = Link(
        "Javelin",
        SPAN,
        ("systems:javelin-atgm", "systems:javelin-sam"),
        100.0,
        ambiguous=ambiguous,
        names=("FGM-148 Javelin", "Javelin (SAM)"),
    )
    return Reading((link,), (), (), (), (), None)


def evidence(key: str) -> Evidence:
    return Evidence("systems", key, "https://example.org", "2026-12-07", key)


def refuted(*keys: str, covers: tuple[tuple[int, int], ...] = (SPAN,)) -> Finding:
    return Finding(
        "systems.origin",
        Verdict.REFUTED,
        "It is not Russian.",
        tuple(evidence(k) for k in keys),
        covers,
    )


def test_a_contradiction_on_one_candidate_is_withheld() -> None:
    (got,) = rest_on_confident_readings([refuted("javelin-atgm")], reading())
    assert got.verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert "FGM-148 Javelin, Javelin (SAM)" in got.explanation
    assert got.covers == ()


def test_a_contradiction_that_judged_every_candidate_stands() -> None:
    finding = refuted("javelin-atgm", "javelin-sam")
    assert rest_on_confident_readings([finding], reading()) == [finding]


def test_versions_of_one_system_are_not_ambiguous() -> None:
    finding = refuted("javelin-atgm")
    assert rest_on_confident_readings([finding], reading(ambiguous=False)) == [finding]


def test_a_contradiction_elsewhere_in_the_claim_stands() -> None:
    finding = refuted("russia", covers=((17, 24),))
    assert rest_on_confident_readings([finding], reading()) == [finding]


def test_support_and_notes_pass_through() -> None:
    supported = Finding("systems.role", Verdict.SUPPORTED, "A missile.", (), (SPAN,))
    assert rest_on_confident_readings([supported], reading()) == [supported]
    assert rest_on_confident_readings([supported], None) == [supported]


def inferred_reading() -> Reading:
    link = Link(
        "such missiles",
        SPAN,
        ("systems:javelin-atgm",),
        100.0,
        names=("FGM-148 Javelin",),
        inferred="claim `earlier`",
    )
    return Reading((link,), (), (), (), (), None)


def test_a_contradiction_on_an_inferred_system_is_withheld() -> None:
    (got,) = rest_on_confident_readings([refuted("javelin-atgm")], inferred_reading())
    assert got.verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert "inferred from claim `earlier`" in got.explanation


def test_a_confirmation_on_an_inferred_system_names_the_inference_once() -> None:
    found = [
        Finding("a", Verdict.SUPPORTED, "Yes.", (evidence("javelin-atgm"),), (SPAN,)),
        Finding("b", Verdict.SUPPORTED, "Also.", (evidence("javelin-atgm"),), (SPAN,)),
    ]
    first, second = rest_on_confident_readings(found, inferred_reading())
    assert first.verdict == Verdict.SUPPORTED
    assert "inferred from claim `earlier`" in first.explanation
    assert second == found[1]

"""The aggregate rule: refuted > misleading > fully covered supported > not enough evidence."""

from __future__ import annotations

from veracity.engine.aggregate import aggregate
from veracity.findings import ERROR, NOTE, Finding, Verdict

TEXT = "Norway flies the Swedish Gripen"


def finding(verdict: object, covers: tuple[tuple[int, int], ...] = ()) -> Finding:
    return Finding("test", verdict, f"{verdict} finding.", (), covers)  # type: ignore[arg-type]


def span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return (start, start + len(word))


def test_no_findings() -> None:
    assert aggregate(TEXT, [])[0] == Verdict.NOT_ENOUGH_EVIDENCE


def test_refuted_wins() -> None:
    findings = [
        finding(Verdict.SUPPORTED, (span("Swedish Gripen"),)),
        finding(Verdict.REFUTED),
        finding(Verdict.MISLEADING),
    ]
    assert aggregate(TEXT, findings)[0] == Verdict.REFUTED


def test_misleading_over_supported() -> None:
    findings = [finding(Verdict.SUPPORTED, ((0, len(TEXT)),)), finding(Verdict.MISLEADING)]
    assert aggregate(TEXT, findings)[0] == Verdict.MISLEADING


def test_one_detail_does_not_support_the_claim() -> None:
    verdict, explanation = aggregate(TEXT, [finding(Verdict.SUPPORTED, (span("Swedish Gripen"),))])
    assert verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert "“Norway”" in explanation
    assert "“flies”" in explanation


def test_covered_claim_is_supported() -> None:
    findings = [
        finding(Verdict.SUPPORTED, (span("Swedish Gripen"),)),
        finding(Verdict.SUPPORTED, (span("Norway flies"),)),
    ]
    assert aggregate(TEXT, findings)[0] == Verdict.SUPPORTED


def test_errors_never_decide() -> None:
    verdict, explanation = aggregate(TEXT, [finding(ERROR)])
    assert verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert "failed" in explanation


def test_a_note_alone_leaves_the_honest_default() -> None:
    verdict, explanation = aggregate(TEXT, [finding(NOTE)])
    assert verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert explanation == "No verifier or dataset covers this claim."


def test_a_note_does_not_weaken_a_refutation() -> None:
    assert aggregate(TEXT, [finding(NOTE), finding(Verdict.REFUTED)])[0] == Verdict.REFUTED


def test_a_note_does_not_block_full_support() -> None:
    findings = [finding(Verdict.SUPPORTED, ((0, len(TEXT)),)), finding(NOTE)]
    verdict, explanation = aggregate(TEXT, findings)
    assert verdict == Verdict.SUPPORTED
    assert "note finding" not in explanation


def test_errors_still_show_beside_notes() -> None:
    verdict, explanation = aggregate(TEXT, [finding(ERROR), finding(NOTE)])
    assert verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert "failed" in explanation


def test_a_negation_no_finding_covers_leaves_the_claim_undecided() -> None:
    text = "The Rafale is not built by Dassault Aviation"
    whole = ((0, len(text)),)
    for verdict in (Verdict.SUPPORTED, Verdict.REFUTED, Verdict.MISLEADING):
        spans = ((0, text.index("not")), (text.index("built"), len(text)))
        result, explanation = aggregate(text, [finding(verdict, spans)])
        assert result == Verdict.NOT_ENOUGH_EVIDENCE
        assert "“not”" in explanation
    assert aggregate(text, [finding(Verdict.SUPPORTED, whole)])[0] == Verdict.SUPPORTED


def test_a_question_is_no_statement() -> None:
    text = "Did Norway buy the Gripen?"
    result, _ = aggregate(text, [finding(Verdict.SUPPORTED, ((0, len(text) - 1),))])
    assert result == Verdict.NOT_ENOUGH_EVIDENCE


def _covering(text: str, *words: str) -> list[Finding]:
    spans = tuple((text.index(w), text.index(w) + len(w)) for w in words)
    return [finding(Verdict.SUPPORTED, spans)]


def test_an_attribution_that_opens_the_claim_is_not_a_fact_to_check() -> None:
    text = "According to Reuters, Norway flies the Swedish Gripen"
    verdict, explanation = aggregate(text, _covering(text, "Norway flies", "Swedish Gripen"))
    assert verdict == Verdict.SUPPORTED
    assert "“According to Reuters”" in explanation
    assert "not itself checked" in explanation


def test_an_attribution_that_closes_the_claim_is_not_a_fact_to_check() -> None:
    text = "Norway flies the Swedish Gripen, according to the Norwegian defence ministry."
    verdict, _ = aggregate(text, _covering(text, "Norway flies", "Swedish Gripen"))
    assert verdict == Verdict.SUPPORTED


def test_attribution_words_inside_the_statement_still_need_checking() -> None:
    """Only an attribution set off by a comma at either end is set aside: 'according to plan'
    in the middle of a statement is part of what it says."""
    text = "Norway flies the Swedish Gripen according to plan"
    verdict, explanation = aggregate(text, _covering(text, "Norway flies", "Swedish Gripen"))
    assert verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert "“plan”" in explanation


def test_an_attribution_never_turns_a_refutation() -> None:
    text = "According to Reuters, Norway flies the Swedish Gripen"
    findings = [*_covering(text, "Norway flies"), finding(Verdict.REFUTED)]
    assert aggregate(text, findings)[0] == Verdict.REFUTED


def test_a_reported_speech_frame_is_not_a_fact_to_check() -> None:
    for text in (
        "Norway flies the Swedish Gripen, the defence ministry said on Monday",
        "The defence minister told Reuters that Norway flies the Swedish Gripen",
        "Officials say Norway flies the Swedish Gripen",
    ):
        verdict, explanation = aggregate(text, _covering(text, "Norway flies", "Swedish Gripen"))
        assert verdict == Verdict.SUPPORTED, text
        assert "not itself checked" in explanation


def test_a_hedged_or_alleged_statement_is_never_decided() -> None:
    for text in (
        "Russian media claimed that Norway flies the Swedish Gripen",
        "The ministry hopes that Norway flies the Swedish Gripen",
    ):
        covers = _covering(text, "Norway flies", "Swedish Gripen")[0].covers
        for label in (Verdict.SUPPORTED, Verdict.REFUTED):
            verdict, explanation = aggregate(text, [finding(label, covers)])
            assert verdict == Verdict.NOT_ENOUGH_EVIDENCE, (text, label)
            assert "neither confirms nor contradicts" in explanation


def test_a_denied_statement_keeps_its_polarity() -> None:
    text = "The ministry denied that Norway flies the Swedish Gripen"
    verdict, _ = aggregate(text, _covering(text, "Norway flies", "Swedish Gripen"))
    assert verdict == Verdict.NOT_ENOUGH_EVIDENCE

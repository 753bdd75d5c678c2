from veracity.findings import Finding, Verdict
from veracity.mentions.readings import agreed_reading, one_reading, shared_reading


def _f(verdict: Verdict, text: str = "x") -> Finding:
    return Finding("systems.role", verdict, text)


def test_agreeing_readings() -> None:
    assert one_reading([_f(Verdict.REFUTED), _f(Verdict.REFUTED)], "Cobra").verdict == "refuted"


def test_a_reading_without_data_does_not_block_support() -> None:
    found = one_reading([_f(Verdict.NOT_ENOUGH_EVIDENCE), _f(Verdict.SUPPORTED, "ok")], "Leopard 2")
    assert found.explanation == "ok"


def test_disagreeing_readings_decide_nothing() -> None:
    found = one_reading([_f(Verdict.SUPPORTED), _f(Verdict.REFUTED)], "Javelin")
    assert found.verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert "several systems" in found.explanation


def test_a_contradiction_of_one_candidate_only_decides_nothing() -> None:
    """The claim may be about the candidate the data says nothing against."""
    found = one_reading([_f(Verdict.NOT_ENOUGH_EVIDENCE, "a"), _f(Verdict.REFUTED, "b")], "Lynx")
    assert found.verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert "several systems" in found.explanation


def test_versions_of_one_family_do_not_block_each_other() -> None:
    found = one_reading(
        [_f(Verdict.NOT_ENOUGH_EVIDENCE, "a"), _f(Verdict.REFUTED, "b")], "Leopard 2", family=True
    )
    assert found.verdict == Verdict.REFUTED


def test_a_property_one_candidate_has_and_another_lacks_decides_nothing() -> None:
    """A fighter and an unrelated light aircraft share a name: the fighter's role supports
    "fighter", the light aircraft's says nothing of it; the claim may be about either."""
    findings = [_f(Verdict.NOT_ENOUGH_EVIDENCE, "light"), _f(Verdict.SUPPORTED, "fighter")]
    found = shared_reading(findings, [False, False], "Mirage")
    assert found.verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert "several systems" in found.explanation
    assert "light" in found.explanation
    assert "fighter" in found.explanation


def test_a_candidate_the_data_says_nothing_of_does_not_block() -> None:
    """A version with no origin in the data cannot disagree with the others' origin."""
    findings = [_f(Verdict.SUPPORTED, "a"), _f(Verdict.NOT_ENOUGH_EVIDENCE, "none")]
    assert shared_reading(findings, [False, True], "Mirage F1").verdict == Verdict.SUPPORTED


def test_versions_of_one_family_keep_the_family_rule() -> None:
    findings = [_f(Verdict.NOT_ENOUGH_EVIDENCE, "d"), _f(Verdict.SUPPORTED, "c")]
    found = shared_reading(findings, [False, False], "Gripen", family=True)
    assert found.verdict == Verdict.SUPPORTED


def test_candidates_that_all_agree_decide() -> None:
    findings = [_f(Verdict.SUPPORTED, "a"), _f(Verdict.SUPPORTED, "b")]
    assert shared_reading(findings, [False, False], "Mirage F1").verdict == Verdict.SUPPORTED


def test_a_relation_needs_every_unrelated_reading_to_agree() -> None:
    """One candidate's maker matches, the other's row names none: no support, both named."""
    found = agreed_reading([_f(Verdict.SUPPORTED, "a"), _f(Verdict.NOT_ENOUGH_EVIDENCE, "b")], "X")
    assert found.verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert "several systems" in found.explanation


def test_unrelated_readings_that_all_agree_decide() -> None:
    found = agreed_reading([_f(Verdict.SUPPORTED), _f(Verdict.SUPPORTED)], "X")
    assert found.verdict == Verdict.SUPPORTED


def test_versions_of_one_family_need_only_one_decided_reading() -> None:
    findings = [_f(Verdict.SUPPORTED), _f(Verdict.NOT_ENOUGH_EVIDENCE)]
    assert agreed_reading(findings, "Leopard 2", family=True).verdict == Verdict.SUPPORTED


def test_readings_that_all_decide_nothing_name_every_candidate() -> None:
    """No reading decides: the finding names each candidate, so a reader sees which systems
    the name may mean."""
    findings = [_f(Verdict.NOT_ENOUGH_EVIDENCE, "vehicle"), _f(Verdict.NOT_ENOUGH_EVIDENCE, "heli")]
    for found in (
        one_reading(findings, "Caracal"),
        shared_reading(findings, [False, False], "Caracal"),
        shared_reading(findings, [True, True], "Caracal"),
        agreed_reading(findings, "Caracal"),
    ):
        assert found.verdict == Verdict.NOT_ENOUGH_EVIDENCE
        assert "none of them decides" in found.explanation
        assert "vehicle" in found.explanation
        assert "heli" in found.explanation


def test_a_single_undecided_reading_is_kept_as_it_is() -> None:
    found = one_reading([_f(Verdict.NOT_ENOUGH_EVIDENCE, "only")], "Rafale")
    assert found.explanation == "only"

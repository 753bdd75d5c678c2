from veracity.findings import Finding, Verdict
from veracity.mentions.readings import one_reading


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

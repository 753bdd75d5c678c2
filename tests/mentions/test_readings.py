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

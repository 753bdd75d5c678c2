"""Plugin faults stay inside one error finding on one claim; the run goes on.

A verifier that raises (even SystemExit), hangs, swallows the time limit's exception, returns
the wrong type, yields a malformed Finding or yields forever gets one `error` finding and none of
its own; a DatasetError stops the run instead.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from veracity import Article, Claim, ClaimSet, Evidence, Finding, Sources, Verdict, run
from veracity.context import Context
from veracity.engine.guard import MAX_FINDINGS, guarded_check
from veracity.engine.plugins import LoadedVerifier, Plugin, load_class
from veracity.errors import DatasetError
from veracity.findings import ERROR
from veracity.memo import per_claim_set

CLAIM = Claim(id="a", text="Kazakhstan was placed 58th.")
CONTEXT = Context(sources=Sources())


def verifier(check: Any) -> LoadedVerifier:
    cls = type(
        "Faulty", (), {"__doc__": "A faulty verifier.", "name": "test.faulty", "check": check}
    )
    return load_class(cls, Plugin("test.faulty", "test", "-", "Faulty"))


def good(text: str = "ok") -> Finding:
    return Finding("test.faulty", Verdict.SUPPORTED, text, (), ((0, 10),))


def one_error(check: Any, timeout: float | None = 5.0) -> str:
    [finding] = guarded_check(verifier(check), CLAIM, CONTEXT, timeout)
    assert finding.verdict == ERROR
    assert finding.verifier == "test.faulty"
    assert finding.evidence == ()
    return finding.explanation


def test_raises() -> None:
    def check(self: Any, claim: Claim, context: Any) -> Iterator[Finding]:
        yield good()
        raise ValueError("bad row")

    assert "failed: ValueError: bad row" in one_error(check)


def test_system_exit_does_not_end_the_run() -> None:
    def check(self: Any, claim: Claim, context: Any) -> None:
        raise SystemExit(3)

    assert "failed: SystemExit: 3" in one_error(check)


def test_unprintable_exception() -> None:
    class Weird(Exception):
        def __str__(self) -> str:
            raise RuntimeError("no")

    def check(self: Any, claim: Claim, context: Any) -> None:
        raise Weird

    assert "Weird: (unprintable message)" in one_error(check)


def test_hang_is_stopped_on_the_main_thread() -> None:
    def check(self: Any, claim: Claim, context: Any) -> None:
        time.sleep(30)

    started = time.monotonic()
    assert "took longer than 0.2 s" in one_error(check, 0.2)
    assert time.monotonic() - started < 2


def test_a_verifier_that_swallows_exceptions_is_still_stopped() -> None:
    def check(self: Any, claim: Claim, context: Any) -> None:
        while True:
            with contextlib.suppress(Exception):  # the limit's exception is a BaseException
                time.sleep(0.01)

    assert "took longer than 0.2 s" in one_error(check, 0.2)


def test_hang_is_stopped_off_the_main_thread() -> None:
    stopped = threading.Event()

    def check(self: Any, claim: Claim, context: Any) -> None:
        try:
            while True:
                time.sleep(0.01)
        finally:
            stopped.set()

    outcome: list[str] = []
    started = time.monotonic()
    worker = threading.Thread(target=lambda: outcome.append(one_error(check, 0.2)))
    worker.start()
    worker.join(10)
    assert "took longer than 0.2 s" in outcome[0]
    assert time.monotonic() - started < 2
    assert stopped.wait(2), "the verifier's helper thread was not interrupted"


def test_off_the_main_thread_results_and_errors_come_back() -> None:
    results: list[list[Finding]] = []

    def ok(self: Any, claim: Claim, context: Any) -> Iterator[Finding]:
        yield good()

    def bad(self: Any, claim: Claim, context: Any) -> None:
        raise KeyError("x")

    def work() -> None:
        results.append(guarded_check(verifier(ok), CLAIM, CONTEXT, 5))
        results.append(guarded_check(verifier(bad), CLAIM, CONTEXT, 5))

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(10)
    assert results[0] == [good()]
    assert "KeyError" in results[1][0].explanation


def test_yields_forever() -> None:
    def check(self: Any, claim: Claim, context: Any) -> Iterator[Finding]:
        for number in itertools.count():
            yield good(str(number))

    assert f"more than {MAX_FINDINGS} findings" in one_error(check)


@pytest.mark.parametrize(
    ("produced", "message"),
    [
        (["supported"], "yielded str, not a Finding"),
        ([Finding("x", "true", "?")], "the verdict 'true' is not a verdict label"),  # type: ignore[arg-type]
        ([Finding("x", ["supported"], "?")], "is not a verdict label"),  # type: ignore[arg-type]
        ([Finding("x", Verdict.SUPPORTED, 42)], "explanation is not text"),  # type: ignore[arg-type]
        ([Finding("x", Verdict.SUPPORTED, "?", covers=((0, 999),))], "inside the claim text"),
        ([Finding("x", Verdict.SUPPORTED, "?", covers=((5, 2),))], "inside the claim text"),
        ([Finding("x", Verdict.SUPPORTED, "?", covers=(("a", 2),))], "inside the claim text"),  # type: ignore[arg-type]
        ([Finding("x", Verdict.SUPPORTED, "?", evidence=("row",))], "not an Evidence"),  # type: ignore[arg-type]
        ([Finding("x", Verdict.SUPPORTED, "?", evidence=(Evidence("d", 1, "", ""),))], "Evidence"),  # type: ignore[arg-type]
        ([Finding("x", Verdict.SUPPORTED, "?", related=(3,))], "`related`"),  # type: ignore[arg-type]
        ([good(), 7], "yielded int"),
    ],
)
def test_malformed_findings(produced: list[Any], message: str) -> None:
    def check(self: Any, claim: Claim, context: Any) -> list[Any]:
        return produced

    assert message in one_error(check)


def test_returns_a_non_iterable() -> None:
    def check(self: Any, claim: Claim, context: Any) -> int:
        return 42

    assert "TypeError" in one_error(check)


def test_none_means_no_findings_and_plain_strings_are_accepted_labels() -> None:
    def nothing(self: Any, claim: Claim, context: Any) -> None:
        return None

    def plain(self: Any, claim: Claim, context: Any) -> list[Finding]:
        return [Finding("x", "refuted", "No.", covers=[(0, 3)])]  # type: ignore[arg-type]

    assert guarded_check(verifier(nothing), CLAIM, CONTEXT, 5) == []
    [finding] = guarded_check(verifier(plain), CLAIM, CONTEXT, 5)
    assert finding.verdict is Verdict.REFUTED
    assert finding.covers == ((0, 3),)


def test_dataset_errors_stop_the_run() -> None:
    def check(self: Any, claim: Claim, context: Context) -> None:
        context.sources.dataset("no-such-dataset")

    claim_set = ClaimSet(article=Article(id="t", title="T"), claims=(CLAIM,))
    with pytest.raises(DatasetError, match="no dataset 'no-such-dataset'"):
        run(claim_set, [verifier(check)], Sources())


def test_the_run_goes_on_after_a_fault() -> None:
    def check(self: Any, claim: Claim, context: Any) -> Iterator[Finding]:
        if claim.id == "a":
            raise RuntimeError("only on a")
        yield Finding("x", Verdict.REFUTED, "Wrong.", (), ((0, 2),))

    claims = (CLAIM, Claim(id="b", text="Kazakhstan was placed 1st."))
    report = run(ClaimSet(article=Article(id="t", title="T"), claims=claims), [verifier(check)])
    assert report.results[0].verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert report.results[0].errors
    assert report.results[1].verdict == Verdict.REFUTED
    assert report.summary()["errors"] == 1


def test_a_well_formed_finding_is_kept_as_it_is() -> None:
    finding = good()

    def check(self: Any, claim: Claim, context: Any) -> list[Finding]:
        return [finding]

    [kept] = guarded_check(verifier(check), CLAIM, CONTEXT, 5)
    assert kept is finding


def test_a_finding_under_another_name_is_renamed() -> None:
    def check(self: Any, claim: Claim, context: Any) -> list[Finding]:
        return [Finding("other.name", Verdict.SUPPORTED, "ok", (), ((0, 10),))]

    [kept] = guarded_check(verifier(check), CLAIM, CONTEXT, 5)
    assert kept == good()


def test_any_base_exception_of_a_verifier_stays_in_its_findings() -> None:
    class PanicException(BaseException):  # what pyo3 raises when Rust code panics
        pass

    def check(self: Any, claim: Claim, context: Any) -> None:
        raise PanicException("called `Result::unwrap()` on an `Err` value")

    assert "PanicException" in one_error(check)


def test_a_structure_built_for_the_claim_set_is_not_charged_to_one_claim() -> None:
    def check(self: Any, claim: Claim, context: Context) -> Iterator[Finding]:
        def build(claim_set: ClaimSet) -> int:
            time.sleep(0.4)  # e.g. the quantities of every claim of a large article
            return len(claim_set.claims)

        per_claim_set(context, "test.slow", build)
        yield good()

    claim_set = ClaimSet(article=Article(id="t", title="T"), claims=(CLAIM,))
    report = run(claim_set, [verifier(check)], Sources(), timeout=0.2)
    assert [f.verdict for f in report.results[0].findings] == [Verdict.SUPPORTED]

"""The runner: verifiers that raise, hang or misbehave become error findings; the run goes on."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

from veracity import Article, Claim, ClaimSet, Finding, Sources, Verdict, run
from veracity.context import Context
from veracity.engine.plugins import LoadedVerifier, Plugin, load_class
from veracity.engine.runner import check_claim
from veracity.findings import NOTE
from veracity.testing import verify_text


class Raises:
    """Always fails."""

    name = "test.raises"

    def check(self, claim: Claim, context: Any) -> Iterator[Finding]:
        raise RuntimeError("boom")


class Hangs:
    """Never answers in time."""

    name = "test.hangs"

    def check(self, claim: Claim, context: Any) -> Iterator[Finding]:
        time.sleep(5)
        return iter(())


class WrongType:
    """Returns strings."""

    name = "test.wrong-type"

    def check(self, claim: Claim, context: Any) -> list[str]:
        return ["supported"]


class Supports:
    """Supports every word."""

    name = "test.supports"

    def check(self, claim: Claim, context: Any) -> Iterator[Finding]:
        yield Finding(self.name, Verdict.SUPPORTED, "All fine.", (), ((0, len(claim.text)),))


def loaded(cls: type) -> LoadedVerifier:
    return load_class(cls, Plugin(cls.name, "test", "-", cls.__name__))  # type: ignore[attr-defined]


CLAIM_SET = ClaimSet(
    article=Article(id="t", title="T"),
    claims=(
        Claim(id="a", text="Something happened."),
        Claim(id="b", text="Other.", checkable=False),
    ),
)


def test_faulty_verifiers_become_error_findings() -> None:
    verifiers = [loaded(Raises), loaded(WrongType), loaded(Hangs), loaded(Supports)]
    report = run(CLAIM_SET, verifiers, Sources(), timeout=0.2)
    first = report.results[0]
    assert first.verdict == Verdict.SUPPORTED
    errors = {f.verifier: f.explanation for f in first.errors}
    assert "RuntimeError: boom" in errors["test.raises"]
    assert "yielded str, not a Finding" in errors["test.wrong-type"]
    assert "longer than 0.2 s" in errors["test.hangs"]


def test_uncheckable_claims_are_not_checked() -> None:
    report = run(CLAIM_SET, [loaded(Supports)], Sources())
    assert report.results[1].verdict == Verdict.NOT_ENOUGH_EVIDENCE
    assert report.results[1].findings == ()


def test_verifier_name_is_enforced() -> None:
    class Liar:
        """Claims another name in its findings."""

        name = "test.liar"

        def check(self, claim: Claim, context: Any) -> Iterator[Finding]:
            yield Finding("someone.else", Verdict.NOT_ENOUGH_EVIDENCE, "?")

    findings = check_claim(CLAIM_SET.claims[0], [loaded(Liar)], None)  # type: ignore[arg-type]
    assert findings[0].verifier == "test.liar"


def test_progress_is_reported() -> None:
    seen: list[tuple[int, int]] = []
    run(CLAIM_SET, [], Sources(), progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]


class Noter:
    """Notes every claim."""

    name = "test.noter"

    def check(self, claim: Claim, context: Any) -> Iterator[Finding]:
        yield Finding(self.name, NOTE, "Compare with claim other-1.", related=("other-1",))


def test_a_note_is_kept_not_turned_into_an_error() -> None:
    result = verify_text("Kazakhstan received 40 tanks.", Noter(), other_claims=["Another."])
    assert [f.verdict for f in result.findings] == [NOTE]
    assert result.notes == result.findings
    assert result.errors == ()


CALLED: list[str] = []


class NeedsSystems:
    """Counts the claims it is called on."""

    name = "test.needs-systems"
    handles = frozenset({"systems"})

    def check(self, claim: Claim, context: Any) -> Iterator[Finding]:
        CALLED.append(claim.id)
        return iter(())


def test_a_verifier_is_skipped_on_claims_without_what_it_handles() -> None:
    CALLED.clear()
    claims = ClaimSet(
        article=Article(id="t", title="T"),
        claims=(
            Claim(id="named", text="The Arlan is a wheeled armoured vehicle."),
            Claim(id="plain", text="Something happened."),
        ),
    )
    run(claims, [loaded(NeedsSystems)], Sources())
    assert CALLED == ["named"]


def test_verifiers_of_one_claim_share_its_analysis() -> None:
    seen: list[object] = []

    class Reads:
        """Keeps the analysis it was given."""

        name = "test.reads"

        def check(self, claim: Claim, context: Any) -> Iterator[Finding]:
            seen.append(context.analysis(claim))
            return iter(())

    claim = Claim(id="a", text="The Arlan is a wheeled armoured vehicle.")
    context = Context(sources=Sources())
    check_claim(claim, [loaded(Reads), loaded(Reads)], context)
    assert len(seen) == 2
    assert seen[0] is seen[1]

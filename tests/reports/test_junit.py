"""The JUnit report: one test case per claim, outcomes by verdict and by the fail-on policy."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pytest

from veracity.findings import Finding, Verdict
from veracity.reports import junit
from veracity.reports.model import Report


def _outcomes(root: ET.Element) -> dict[str, str]:
    found = {}
    for case in root.iter("testcase"):
        kinds = [child.tag for child in case if child.tag in ("failure", "error", "skipped")]
        found[case.attrib["name"]] = kinds[0] if kinds else "passed"
    return found


def _parse(report: Report) -> ET.Element:
    return ET.fromstring(junit.render(report).encode("utf-8"))


def test_one_testcase_per_claim_with_outcomes(report: Report) -> None:
    root = _parse(report)
    assert _outcomes(root) == {
        "jets-count": "failure",
        "jets-maker": "passed",
        "index-rank": "passed",
        "hostile": "skipped",
        "crashed": "error",
        "wise": "skipped",
    }
    suite = root.find("testsuite")
    assert suite is not None
    assert suite.attrib["name"] == "desk"
    assert {k: suite.attrib[k] for k in ("tests", "failures", "errors", "skipped")} == {
        "tests": "6",
        "failures": "1",
        "errors": "1",
        "skipped": "2",
    }
    assert root.attrib["tests"] == "6"


def test_misleading_fails_only_when_the_policy_says_so(
    make_report: Callable[..., Report],
) -> None:
    strict = _parse(make_report(fail_on=frozenset({Verdict.REFUTED, Verdict.MISLEADING})))
    assert _outcomes(strict)["jets-maker"] == "failure"
    relaxed = _parse(make_report())
    case = next(c for c in relaxed.iter("testcase") if c.attrib["name"] == "jets-maker")
    out = case.find("system-out")
    assert out is not None
    assert out.text is not None
    assert "Passes: misleading is outside the policy (fail-on refuted)." in out.text


def test_not_enough_evidence_fails_when_the_policy_names_it(
    make_report: Callable[..., Report],
) -> None:
    root = _parse(make_report(fail_on=frozenset({Verdict.NOT_ENOUGH_EVIDENCE})))
    assert _outcomes(root)["hostile"] == "failure"
    assert _outcomes(root)["crashed"] == "failure"


def test_failure_carries_the_explanation_and_evidence(report: Report) -> None:
    case = next(c for c in _parse(report).iter("testcase") if c.attrib["name"] == "jets-count")
    assert case.attrib["classname"] == "desk"
    assert case.attrib["file"] == "data/desk.yaml"
    assert case.attrib["line"] == "11"
    failure = case.find("failure")
    assert failure is not None
    assert failure.text is not None
    assert failure.attrib["type"] == "refuted"
    assert failure.attrib["message"].startswith("refuted: The example data lists 40")
    assert "evidence: example-data row FRE (fighters = 40), https://data.example.org" in (
        failure.text
    )


def test_policy_is_a_suite_property(make_report: Callable[..., Report]) -> None:
    root = _parse(make_report(fail_on=frozenset()))
    properties = {p.attrib["name"]: p.attrib["value"] for p in root.iter("property")}
    assert properties["fail-on"] == "none"
    assert properties["article.url"] == "https://news.example.org/2024/05/freedonia-jets"


def test_characters_xml_cannot_hold_are_dropped(make_report: Callable[..., Report]) -> None:
    hostile = Finding("makers.example", Verdict.MISLEADING, "bell\x07 escape\x1b[31m ]]> <&>")
    text = junit.render(make_report(overrides={"jets-maker": (hostile,)}))
    root = ET.fromstring(text.encode("utf-8"))  # well-formed
    case = next(c for c in root.iter("testcase") if c.attrib["name"] == "jets-maker")
    out = case.find("system-out")
    assert out is not None
    assert out.text is not None
    assert "bell escape[31m ]]> <&>" in out.text


@pytest.mark.parametrize(
    ("verdict", "fail_on", "expected"),
    [
        (Verdict.REFUTED, frozenset(), "failure"),
        (Verdict.MISLEADING, frozenset(), "passed"),
        (Verdict.SUPPORTED, frozenset(), "passed"),
        (Verdict.NOT_ENOUGH_EVIDENCE, frozenset(), "skipped"),
    ],
)
def test_outcome_rule(
    report: Report, verdict: Verdict, fail_on: frozenset[Verdict], expected: str
) -> None:
    result = report.results[2].__class__(report.results[2].claim, verdict, "why", ())
    assert junit.outcome(result, fail_on) == expected


def test_rendering_is_deterministic(make_report: Callable[..., Report]) -> None:
    assert junit.render(make_report()) == junit.render(make_report())


@pytest.mark.parametrize(
    ("args", "maker_outcome"),
    [((), "passed"), (("--fail-on", "refuted,misleading"), "failure")],
)
def test_verify_writes_junit_under_the_fail_on_policy(
    verify: Callable[..., tuple[int, str, str]],
    tmp_path: Path,
    args: tuple[str, ...],
    maker_outcome: str,
) -> None:
    code, _, _ = verify("--format", "junit", *args)
    assert code == 1
    root = ET.parse(tmp_path / "out" / "desk.junit.xml").getroot()
    outcomes = _outcomes(root)
    assert len(outcomes) == 6
    assert outcomes["jets-count"] == "failure"
    assert outcomes["jets-maker"] == maker_outcome


def test_a_claim_file_name_with_control_characters_keeps_the_xml_well_formed(
    make_report: Callable[..., Report],
) -> None:
    report = make_report()
    claim_set = report.claim_set.model_copy(update={"path": Path("claims/a\x01b\nc\u202e.yaml")})
    root = _parse(dataclasses.replace(report, claim_set=claim_set))
    files = {case.attrib["file"] for case in root.iter("testcase")}
    assert files == {"claims/a\\x01b\\nc\\u202e.yaml"}

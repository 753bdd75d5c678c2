"""The SARIF report: valid SARIF 2.1.0 that GitHub code scanning can track claim by claim."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from veracity.findings import Finding, Verdict
from veracity.reports import sarif
from veracity.reports.model import Report

SCHEMA_NAME = "sarif-schema-2.1.0.json"


def _official_schema() -> Path | None:
    """The official schema in the shared data folder beside the project, when there is one."""
    root = Path(__file__).resolve().parents[2]
    for folder in (root, *root.parents):
        candidate = folder / "shared" / "data" / SCHEMA_NAME
        if candidate.is_file():
            return candidate
    return None


def _log(report: Report) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(sarif.render(report))
    return data


def _results(report: Report) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = _log(report)["runs"][0]["results"]
    return results


@pytest.mark.parametrize("notes", [False, True])
def test_valid_against_the_official_schema(make_report: Callable[..., Report], notes: bool) -> None:
    schema_path = _official_schema()
    if schema_path is None:
        pytest.skip(f"{SCHEMA_NAME} not found in a shared/data folder beside the project")
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft4Validator(json.loads(schema_path.read_text(encoding="utf-8")))
    log = _log(make_report(settings={"sarif-notes": notes}))
    errors = sorted(validator.iter_errors(log), key=str)
    assert not errors, [e.message for e in errors[:5]]


def test_essentials(report: Report) -> None:
    log = _log(report)
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-schema-2.1.0.json")
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("veracity", "9.9.9")
    assert run["automationDetails"]["id"] == "veracity/desk/"
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["invocations"][0]["executionSuccessful"] is True


def test_one_rule_per_verifier_with_descriptions_and_help(report: Report) -> None:
    rules = _log(report)["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [name for name, _, _ in report.verifiers]
    first = rules[0]
    assert first["name"] == "QuantitiesExample"
    assert first["shortDescription"]["text"] == "Checks quantities against the example data."
    assert first["fullDescription"]["text"].endswith("A test verifier.")
    assert "example-plugins 1.0" in first["help"]["text"]
    assert first["help"]["markdown"]


def test_one_result_per_refuted_or_misleading_claim(report: Report) -> None:
    results = _results(report)
    rules = _log(report)["runs"][0]["tool"]["driver"]["rules"]
    assert [(r["properties"]["claim"], r["level"]) for r in results] == [
        ("jets-count", "error"),
        ("jets-maker", "warning"),
    ]
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    assert results[0]["ruleId"] == "quantities.example"
    message = results[0]["message"]["text"]
    assert message.startswith("Refuted: “Freedonia's air force received 500 new fighter jets")
    assert "example-data row FRE (https://data.example.org/table#FRE" in message


def test_not_enough_evidence_as_notes_when_asked(make_report: Callable[..., Report]) -> None:
    report = make_report(settings={"sarif-notes": True})
    results = _results(report)
    notes = [r for r in results if r["level"] == "note"]
    assert [r["properties"]["claim"] for r in notes] == ["hostile", "crashed", "wise"]
    assert {r["ruleId"] for r in notes} == {sarif.UNDECIDED_RULE}
    rules = _log(report)["runs"][0]["tool"]["driver"]["rules"]
    assert rules[notes[0]["ruleIndex"]]["id"] == sarif.UNDECIDED_RULE


def test_location_is_the_article_text_with_the_claim_file_as_related(report: Report) -> None:
    refuted = _results(report)[0]
    (location,) = refuted["locations"]
    physical = location["physicalLocation"]
    assert physical["artifactLocation"] == {"uri": "data/desk.txt", "uriBaseId": "%SRCROOT%"}
    quote = "Freedonia's air force received 500 new fighter jets this year"
    assert physical["region"] == {
        "startLine": 2,
        "startColumn": 1,
        "endLine": 2,
        "endColumn": 1 + len(quote),
        "snippet": {"text": quote},
    }
    (related,) = refuted["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"] == "data/desk.yaml"
    assert related["physicalLocation"]["region"]["startLine"] == 11


def test_location_falls_back_to_the_claim_file(make_report: Callable[..., Report]) -> None:
    crashed = next(
        r
        for r in _results(make_report(settings={"sarif-notes": True}))
        if r["properties"]["claim"] == "crashed"
    )
    physical = crashed["locations"][0]["physicalLocation"]
    assert physical["artifactLocation"]["uri"] == "data/desk.yaml"
    assert physical["region"] == {"startLine": 22, "startColumn": 5}
    assert "relatedLocations" not in crashed


def test_fingerprints_are_stable_across_verdicts_and_distinct_per_claim(
    make_report: Callable[..., Report],
) -> None:
    before = {r["properties"]["claim"]: r for r in _results(make_report())}
    other = Finding("makers.example", Verdict.MISLEADING, "Another reason altogether.")
    after = {
        r["properties"]["claim"]: r
        for r in _results(make_report(overrides={"jets-count": (other,)}))
    }
    assert after["jets-count"]["level"] == "warning"
    assert after["jets-count"]["partialFingerprints"] == before["jets-count"]["partialFingerprints"]
    prints = [r["partialFingerprints"]["veracityClaim/v1"] for r in before.values()]
    assert len(set(prints)) == len(prints)
    assert all(len(p) == 64 for p in prints)


def test_verifier_errors_become_tool_notifications(report: Report) -> None:
    (note,) = _log(report)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["message"]["text"] == "claim crashed: The verifier crashy.example failed: boom"
    assert note["associatedRule"] == {"id": "crashy.example", "index": 3}


def test_rendering_is_deterministic(make_report: Callable[..., Report]) -> None:
    assert sarif.render(make_report()) == sarif.render(make_report())


def test_markdown_links_in_message_text_are_shown_not_made(
    make_report: Callable[..., Report],
) -> None:
    hostile = Finding(
        "makers.example",
        Verdict.MISLEADING,
        "See [the proof](javascript:alert(1)) and \\[escaped\\].",
    )
    report = make_report(overrides={"jets-maker": (hostile,)})
    (result,) = [r for r in _results(report) if r["properties"]["claim"] == "jets-maker"]
    text = result["message"]["text"]
    assert "\\[the proof\\](javascript:alert(1))" in text
    assert "\\\\\\[escaped\\\\\\]" in text
    assert "[the proof]" not in text.replace("\\[the proof\\]", "")
    assert "\n" not in text

"""The JUnit XML report (`<article id>.junit.xml`): one test case per claim.

CI systems (GitLab, Jenkins, Azure, test-report actions) show it as a test run. A claim is:

- a **failure** when it is `refuted`, or when its verdict is in the `--fail-on` policy
  (`--fail-on refuted,misleading` makes `misleading` claims failures; by default they pass);
- an **error** when a verifier failed on it and its verdict is not a failure;
- **skipped** when it is `not-enough-evidence` (no verifier could decide it);
- passed otherwise (`supported`, or `misleading` outside the policy, noted in its output).

The suite is named after the article, the case after the claim id; `file` and `line` point at
the claim in the claim file (control characters in its name written as escapes, `\\n`, so the
XML stays well-formed). No times are recorded: the same input gives the same file.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from veracity.findings import Finding, Verdict
from veracity.reports.escape import BIDI_CONTROLS
from veracity.reports.model import ClaimResult, Report
from veracity.workspace import visible

__all__ = ["outcome", "render"]

_NOT_XML = re.compile(
    f"[^\t\n\r\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[{BIDI_CONTROLS}]"
)


def _xml(text: str) -> str:
    """Text without the characters XML 1.0 cannot hold (control characters, lone surrogates),
    C1 controls or bidi overrides (which would reorder what a CI page shows)."""
    return _NOT_XML.sub("", text)


def _one_line(text: str) -> str:
    return _xml(" ".join(text.split()))


def outcome(result: ClaimResult, fail_on: frozenset[Verdict]) -> str:
    """`failure`, `error`, `skipped` or `passed` for one claim under a policy."""
    if result.verdict == Verdict.REFUTED or result.verdict in fail_on:
        return "failure"
    if result.errors:
        return "error"
    if result.verdict == Verdict.NOT_ENOUGH_EVIDENCE:
        return "skipped"
    return "passed"


def _finding_lines(finding: Finding) -> list[str]:
    lines = [f"- {finding.verifier}: {finding.verdict}. {finding.explanation}"]
    lines += [
        f"    evidence: {e.dataset} row {e.key}"
        + (f" ({e.detail})" if e.detail else "")
        + f", {e.url}, retrieved {e.retrieved}"
        for e in finding.evidence
    ]
    return lines


def _body(result: ClaimResult) -> str:
    lines = [f"Claim: {result.claim.text}", f"Verdict: {result.verdict.value}"]
    lines.append(f"Explanation: {result.explanation}")
    if result.findings:
        lines.append("Findings:")
        for finding in result.findings:
            lines += _finding_lines(finding)
    return _xml("\n".join(lines))


def _policy(fail_on: frozenset[Verdict]) -> str:
    return ",".join(v.value for v in Verdict if v in fail_on) or "none"


def _case(report: Report, result: ClaimResult, kind: str) -> ET.Element:
    claim_set = report.claim_set
    attributes = {"name": result.claim.id, "classname": claim_set.article.id, "time": "0"}
    if claim_set.path is not None:
        attributes["file"] = _xml(visible(claim_set.path.as_posix()))
        if result.location is not None:
            attributes["line"] = str(result.location.line)
    case = ET.Element("testcase", attributes)
    body = _body(result)
    verdict = result.verdict.value
    if kind == "failure":
        message = _one_line(f"{verdict}: {result.explanation}")
        ET.SubElement(case, "failure", message=message, type=verdict).text = body
        return case
    if kind == "error":
        message = _one_line(" ".join(f.explanation for f in result.errors))
        ET.SubElement(case, "error", message=message, type="verifier-error").text = body
        return case
    if kind == "skipped":
        ET.SubElement(case, "skipped", message=_one_line(f"{verdict}: {result.explanation}"))
    elif result.verdict == Verdict.MISLEADING:
        body += f"\nPasses: misleading is outside the policy (fail-on {_policy(report.fail_on)})."
    ET.SubElement(case, "system-out").text = body
    return case


def render(report: Report) -> str:
    kinds = [outcome(r, report.fail_on) for r in report.results]
    counts = {k: kinds.count(k) for k in ("failure", "error", "skipped")}
    totals = {
        "tests": str(len(kinds)),
        "failures": str(counts["failure"]),
        "errors": str(counts["error"]),
        "skipped": str(counts["skipped"]),
        "time": "0",
    }
    article = report.claim_set.article
    root = ET.Element("testsuites", {"name": "veracity", **totals})
    suite = ET.SubElement(root, "testsuite", {"name": article.id, **totals})
    properties = ET.SubElement(suite, "properties")
    for name, value in (
        ("article.title", article.title),
        ("article.url", article.url or ""),
        ("fail-on", _policy(report.fail_on)),
        ("veracity.version", report.tool_version),
    ):
        if value:
            ET.SubElement(properties, "property", name=name, value=_xml(value))
    for result, kind in zip(report.results, kinds, strict=True):
        suite.append(_case(report, result, kind))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"

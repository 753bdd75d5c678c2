"""The SARIF 2.1.0 report (`<article id>.sarif`), the format GitHub code scanning reads.

- One rule per verifier that ran: its docstring's first line as short description, the whole
  docstring as full description and help.
- One result per `refuted` claim (level `error`) and per `misleading` claim (`warning`);
  `not-enough-evidence` claims as `note`s when `[tool.veracity] sarif-notes = true`. The rule is
  the verifier whose finding decided the verdict.
- The location is the claim's words in the article text when found there (line, column, end),
  else the claim in the YAML file, which is then also given as a related location.
- `partialFingerprints["veracityClaim/v1"]` hashes the article id, claim id and claim text,
  so code scanning tracks a claim across runs whatever its verdict or position.
- A verifier that failed on a claim becomes a tool execution notification.
- `automationDetails.id` is `veracity/<article id>/`, one analysis category per claim set.
"""

from __future__ import annotations

import json
from typing import Any

from veracity.findings import Finding, Verdict
from veracity.reports.escape import json_safe, sarif_text
from veracity.reports.locate import Place, claim_file_place, fingerprint, place, uri
from veracity.reports.model import ClaimResult, Report

__all__ = ["LEVELS", "SCHEMA_URI", "render", "to_data"]

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
LEVELS = {
    Verdict.REFUTED: "error",
    Verdict.MISLEADING: "warning",
    Verdict.NOT_ENOUGH_EVIDENCE: "note",
}
UNDECIDED_RULE = "veracity.not-enough-evidence"
_VERDICT_WORDS = {
    Verdict.REFUTED: "Refuted",
    Verdict.MISLEADING: "Misleading",
    Verdict.NOT_ENOUGH_EVIDENCE: "Not enough evidence",
}


def _rule_name(verifier: str) -> str:
    return "".join(part.capitalize() for part in verifier.replace("-", ".").split("."))


def _rules(report: Report, with_notes: bool) -> list[dict[str, Any]]:
    rules = []
    listed = {name for name, _, _ in report.verifiers}
    unlisted = sorted({f.verifier for r in report.results for f in r.findings} - listed)
    for name, package, version in [*report.verifiers, *((n, "?", "?") for n in unlisted)]:
        doc = report.verifier_docs.get(name, "").strip() or name
        short = doc.splitlines()[0]
        rules.append(
            {
                "id": name,
                "name": _rule_name(name),
                "shortDescription": {"text": short},
                "fullDescription": {"text": doc},
                "help": {
                    "text": f"{doc}\n\nVerifier {name} from {package} {version}.",
                    "markdown": f"{doc}\n\nVerifier `{name}` from {package} {version}.",
                },
                "properties": {"package": package, "version": version, "tags": ["fact-check"]},
            }
        )
    if with_notes:
        rules.append(
            {
                "id": UNDECIDED_RULE,
                "name": "NotEnoughEvidence",
                "shortDescription": {"text": "A claim no verifier or dataset could decide."},
                "fullDescription": {
                    "text": "No verifier and no dataset could decide this claim, or only part "
                    "of it: check it by hand."
                },
                "defaultConfiguration": {"level": "note"},
            }
        )
    return rules


def _region(where: Place) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": where.line, "startColumn": where.column}
    if where.end_line is not None and where.end_column is not None:
        region |= {"endLine": where.end_line, "endColumn": where.end_column}
    if where.snippet:
        region["snippet"] = {"text": where.snippet}
    return region


def _location(where: Place) -> dict[str, Any]:
    artifact: dict[str, Any] = {"uri": uri(where.path)}
    if not where.path.is_absolute():
        artifact["uriBaseId"] = "%SRCROOT%"
    return {"physicalLocation": {"artifactLocation": artifact, "region": _region(where)}}


def _deciding(result: ClaimResult) -> Finding | None:
    return next(iter(result.deciding), None)


def _message(result: ClaimResult) -> str:
    evidence = [
        f"{e.dataset} row {e.key} ({e.url}, retrieved {e.retrieved})"
        for f in result.deciding
        for e in f.evidence
    ]
    text = f"{_VERDICT_WORDS[result.verdict]}: “{result.claim.text}” {result.explanation}"
    return text + (f" Evidence: {'; '.join(evidence)}." if evidence else "")


def _result(report: Report, result: ClaimResult, rule_index: dict[str, int]) -> dict[str, Any]:
    claim_set = report.claim_set
    deciding = _deciding(result)
    rule = deciding.verifier if deciding else UNDECIDED_RULE
    data: dict[str, Any] = {
        "ruleId": rule,
        "ruleIndex": rule_index[rule],
        "level": LEVELS[result.verdict],
        "message": {"text": sarif_text(_message(result))},
    }
    where = place(claim_set, result)
    if where is not None:
        data["locations"] = [_location(where)]
        in_file = claim_file_place(claim_set, result)
        if where.in_article and in_file is not None:
            related = _location(in_file)
            data["relatedLocations"] = [
                {"id": 1, **related, "message": {"text": f"claim {result.claim.id}"}}
            ]
    data["partialFingerprints"] = {"veracityClaim/v1": fingerprint(claim_set.article.id, result)}
    data["properties"] = {
        "article": claim_set.article.id,
        "claim": result.claim.id,
        "verdict": result.verdict.value,
        "verifiers": sorted({f.verifier for f in result.deciding}),
    }
    return data


def _notifications(report: Report, rule_index: dict[str, int]) -> list[dict[str, Any]]:
    notes = []
    for result in report.results:
        for finding in result.errors:
            note: dict[str, Any] = {
                "level": "error",
                "message": {"text": sarif_text(f"claim {result.claim.id}: {finding.explanation}")},
            }
            if finding.verifier in rule_index:
                note["associatedRule"] = {
                    "id": finding.verifier,
                    "index": rule_index[finding.verifier],
                }
            where = place(report.claim_set, result)
            if where is not None:
                note["locations"] = [_location(where)]
            notes.append(note)
    return notes


def to_data(report: Report) -> dict[str, Any]:
    """The SARIF log as plain data."""
    with_notes = report.settings.get("sarif-notes") is True
    rules = _rules(report, with_notes)
    rule_index = {rule["id"]: index for index, rule in enumerate(rules)}
    wanted = set(LEVELS) if with_notes else {Verdict.REFUTED, Verdict.MISLEADING}
    results = [_result(report, r, rule_index) for r in report.results if r.verdict in wanted]
    article = report.claim_set.article
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "veracity",
                "version": report.tool_version,
                "rules": rules,
            }
        },
        "automationDetails": {"id": f"veracity/{article.id}/"},
        "invocations": [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": _notifications(report, rule_index),
            }
        ],
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {
            "article": article.model_dump(mode="json", exclude_none=True),
            "summary": report.summary(),
            "failOn": sorted(v.value for v in report.fail_on),
        },
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report) -> str:
    return json_safe(json.dumps(to_data(report), indent=2, ensure_ascii=False)) + "\n"

"""The JSON report: the machine-readable contract of DESIGN.md."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from veracity.claims.models import Location
from veracity.findings import Finding
from veracity.reports.jsontext import listing_chunks
from veracity.reports.model import ClaimResult, Report

__all__ = ["chunks", "render", "to_data"]


def _location(location: Location | None) -> dict[str, int] | None:
    return {"line": location.line, "column": location.column} if location else None


def _finding(finding: Finding, text: str) -> dict[str, Any]:
    return {
        "verifier": finding.verifier,
        "verdict": str(finding.verdict),  # a plain str: orjson may then encode the item
        "explanation": finding.explanation,
        "evidence": [e.as_dict() for e in finding.evidence],
        "checked": [text[s:e] for s, e in finding.covers],
        **({"related": list(finding.related)} if finding.related else {}),
    }


def _claim(result: ClaimResult, claim_file: str | None) -> dict[str, Any]:
    claim = result.claim
    data: dict[str, Any] = {
        "id": claim.id,
        "text": claim.text,
        "verdict": result.verdict.value,
        "explanation": result.explanation,
        "findings": [_finding(f, claim.text) for f in result.findings],
        "location": {"file": claim_file, **(_location(result.location) or {})},
        "article_location": _location(result.article_location),
        "checkable": claim.checkable,
    }
    hints = {
        k: v
        for k, v in claim.model_dump(exclude={"id", "text", "checkable"}).items()
        if v is not None
    }
    if hints:
        data["hints"] = hints
    if result.reading is not None:
        data["reading"] = result.reading.as_dict()
    return data


def _claim_file(report: Report) -> str | None:
    return report.claim_set.path.as_posix() if report.claim_set.path else None


def to_data(report: Report) -> dict[str, Any]:
    data = _document(report)
    data["claims"] = [_claim(r, _claim_file(report)) for r in report.results]
    return data


def _document(report: Report) -> dict[str, Any]:
    """The report's JSON document with the claims left out (an empty list)."""
    article = report.claim_set.article.model_dump(mode="json", exclude_none=True)
    return {
        "article": article,
        "claims": [],
        "summary": report.summary(),
        "datasets": [
            {
                "id": m.id,
                "title": m.title,
                "publisher": m.publisher,
                "url": m.url,
                "retrieved": m.retrieved,
                "licence": m.licence,
            }
            for m in report.datasets
        ],
        "verifiers": [{"name": n, "package": p, "version": v} for n, p, v in report.verifiers],
        "tool": {"name": "veracity", "version": report.tool_version},
    }


def render(report: Report) -> str:
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    """The report's text in pieces, one claim each (see `veracity.reports.jsontext`)."""
    claim_file = _claim_file(report)
    items = (_claim(r, claim_file) for r in report.results)
    return listing_chunks(_document(report), "claims", items)

"""A small report for the reporter tests: the fictional claim set `data/desk.yaml` with
hand-made findings covering every verdict, a verifier error and hostile text."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from veracity.claims import load_claim_set
from veracity.cli import main
from veracity.engine.aggregate import aggregate
from veracity.findings import ERROR, Evidence, Finding, Verdict
from veracity.reports.model import DEFAULT_FAIL_ON, ClaimResult, Report
from veracity.sources.dataset import DatasetMeta

HERE = Path(__file__).parent
DATA = HERE / "data"
VERIFIERS = (
    ("quantities.example", "example-plugins", "1.0"),
    ("makers.example", "example-plugins", "1.0"),
    ("rankings.example", "example-plugins", "1.0"),
    ("crashy.example", "example-plugins", "1.0"),
)
DOCS = {
    name: f"Checks {name.split('.')[0]} against the example data.\n\nA test verifier."
    for name, _, _ in VERIFIERS
}
META = DatasetMeta(
    id="example-data",
    title="Example | data <b>bold</b>",
    publisher="Example Publisher",
    url="https://data.example.org/table",
    retrieved="2024-05-01",
    licence="CC BY 4.0",
)


def _evidence(key: str, detail: str = "") -> Evidence:
    return Evidence(
        "example-data", key, f"https://data.example.org/table#{key}", "2024-05-01", detail
    )


def _findings(text: str) -> dict[str, tuple[Finding, ...]]:
    return {
        "jets-count": (
            Finding(
                "quantities.example",
                Verdict.REFUTED,
                "The example data lists 40 fighter jets for Freedonia,\nnot 500 | ever.",
                (_evidence("FRE", "fighters = 40"),),
            ),
        ),
        "jets-maker": (
            Finding(
                "makers.example",
                Verdict.MISLEADING,
                "Acme Works is in Freedonia, not Sylvania.",
                (_evidence("acme-works"),),
            ),
        ),
        "index-rank": (
            Finding(
                "rankings.example",
                Verdict.SUPPORTED,
                "Freedonia is 3rd in the Example Index.",
                (_evidence("FRE/rank"),),
                covers=((0, len(text)),),
            ),
        ),
        "crashed": (Finding("crashy.example", ERROR, "The verifier crashy.example failed: boom"),),
    }


def build_report(
    fail_on: frozenset[Verdict] = DEFAULT_FAIL_ON,
    settings: Mapping[str, Any] | None = None,
    overrides: Mapping[str, tuple[Finding, ...]] | None = None,
) -> Report:
    """The desk report, loaded from `data/desk.yaml` relative to the working directory."""
    claim_set = load_claim_set(Path("data/desk.yaml"))
    results = []
    for claim in claim_set.claims:
        findings = (overrides or {}).get(claim.id, _findings(claim.text).get(claim.id, ()))
        verdict, explanation = (
            aggregate(claim.text, findings)
            if claim.checkable
            else (Verdict.NOT_ENOUGH_EVIDENCE, "Marked not checkable; not checked.")
        )
        results.append(
            ClaimResult(
                claim=claim,
                verdict=verdict,
                explanation=explanation,
                findings=findings,
                location=claim_set.claim_locations.get(claim.id),
                article_location=claim_set.article_location(claim),
            )
        )
    return Report(
        claim_set=claim_set,
        results=tuple(results),
        datasets=(META,),
        verifiers=VERIFIERS,
        tool_version="9.9.9",
        fail_on=fail_on,
        settings=dict(settings or {}),
        verifier_docs=DOCS,
    )


@pytest.fixture
def make_report(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Report]:
    """`build_report`, run from tests/reports/ so that paths are relative, as `verify
    claims/…` run from a repository gives them."""
    monkeypatch.chdir(HERE)
    return build_report


@pytest.fixture
def report(make_report: Callable[..., Report]) -> Report:
    return make_report()


Verify = Callable[..., tuple[int, str, str]]


@pytest.fixture
def verify(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Verify]:
    """Run `verify data/desk.yaml` from tests/reports/ with only the stub verifier of
    data/plugins/; returns (exit code, stdout, stderr). Reports go to tmp_path/out."""
    monkeypatch.chdir(HERE)
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY"):
        monkeypatch.delenv(name, raising=False)

    def run(*args: str) -> tuple[int, str, str]:
        out, err = io.StringIO(), io.StringIO()
        argv = ["data/desk.yaml", "--plugins", "data/plugins", "--select", "tests.desk-stub"]
        code = main([*argv, "--output-dir", str(tmp_path / "out"), *args], out, err)
        return code, out.getvalue(), err.getvalue()

    yield run
    sys.modules.pop("veracity_local_plugins.desk_stub", None)

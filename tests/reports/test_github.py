"""GitHub Actions: workflow-command annotations and the step summary."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from veracity.findings import Finding, Verdict
from veracity.reports import github
from veracity.reports.model import Report

ROOT = Path(__file__).resolve().parents[2]
Verify = Callable[..., tuple[int, str, str]]


@pytest.mark.parametrize(
    ("text", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("100% sure", "100%25 sure", "100%25 sure"),
        ("a\r\nb", "a%0D%0Ab", "a%0D%0Ab"),
        ("key: value, more", "key: value, more", "key%3A value%2C more"),
        ("%0A is literal", "%250A is literal", "%250A is literal"),
        ("::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"),
    ],
)
def test_escaping_matches_the_actions_toolkit(text: str, data: str, prop: str) -> None:
    assert github.escape_data(text) == data
    assert github.escape_property(text) == prop


def test_command_leaves_out_empty_properties() -> None:
    assert github.command("warning", {}, "m") == "::warning::m"
    line = github.command(
        "error", {"title": "T: x", "file": "a,b.txt", "line": 3, "col": None}, "m"
    )
    assert line == "::error title=T%3A x,file=a%2Cb.txt,line=3::m"


def test_annotations_for_refuted_and_misleading_claims(report: Report) -> None:
    refuted, misleading = github.annotation_commands(report)
    quote = "Freedonia's air force received 500 new fighter jets this year"
    assert refuted.startswith(
        "::error title=Refuted%3A jets-count,file=data/desk.txt,line=2,endLine=2,col=1,"
        f"endColumn={1 + len(quote)}::“Freedonia's air force received 500 new fighter jets"
    )
    assert refuted.endswith("not 500 | ever.")  # the line break became a space
    assert "\n" not in refuted
    assert misleading.startswith(
        "::warning title=Misleading%3A jets-maker,file=data/desk.txt,line=2,endLine=2,col=80,"
    )


def test_annotation_falls_back_to_the_claim_file(make_report: Callable[..., Report]) -> None:
    finding = Finding("makers.example", Verdict.REFUTED, "Percent 100% wrong,\r\nreally.")
    (_, _, crashed) = github.annotation_commands(make_report(overrides={"crashed": (finding,)}))
    assert crashed.startswith(
        "::error title=Refuted%3A crashed,file=data/desk.yaml,line=22,col=5::"
    )
    assert crashed.endswith("Percent 100%25 wrong, really.")


def test_absolute_paths_are_made_relative_to_the_checkout(
    make_report: Callable[..., Report], monkeypatch: pytest.MonkeyPatch
) -> None:
    report = make_report()
    absolute = report.claim_set.model_copy(update={"path": report.claim_set.path.resolve()})
    moved = Report(absolute, report.results, report.datasets, report.verifiers, "9.9.9")
    (line, _) = github.annotation_commands(moved, workspace=Path.cwd())
    assert ",file=data/desk.txt," in line
    (line, _) = github.annotation_commands(moved)
    assert f",file={Path.cwd().as_posix()}/data/desk.txt," in line


def test_step_summary_is_cut_at_a_line_with_a_note() -> None:
    text = "".join(f"| row {i} | ✅ |\n" for i in range(1000))
    assert github.step_summary(text, len(text.encode())) == text
    budget = 2000
    cut = github.step_summary(text, budget)
    assert len(cut.encode("utf-8")) <= budget
    assert cut.endswith(github.TRUNCATED_NOTE)
    kept = cut[: -len(github.TRUNCATED_NOTE)]
    assert text.startswith(kept)
    assert kept.endswith("|")
    assert github.step_summary(text, 10) == ""


def test_publish_does_nothing_outside_github_actions(report: Report, tmp_path: Path) -> None:
    out = io.StringIO()
    summary = tmp_path / "summary.md"
    github.publish([report], out, {"GITHUB_STEP_SUMMARY": str(summary)})
    assert out.getvalue() == ""
    assert not summary.exists()


def test_publish_appends_within_the_limit(
    report: Report, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step output\n", encoding="utf-8")
    monkeypatch.setattr(github, "SUMMARY_LIMIT", 3000)
    out = io.StringIO()
    env = {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(summary)}
    github.publish([report], out, env)
    lines = out.getvalue().splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::warning"]
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("earlier step output\n# Fact-check: Freedonia Buys Jets")
    assert len(written.encode("utf-8")) <= 3000
    assert written.endswith(github.TRUNCATED_NOTE)


def test_publish_survives_an_unwritable_summary(report: Report, tmp_path: Path) -> None:
    out = io.StringIO()
    github.publish([report], out, {"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": str(tmp_path)})
    assert out.getvalue().splitlines()[-1].startswith("::warning::cannot write the step summary")


def test_verify_in_github_actions(
    verify: Verify, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, _ = verify("--format", "sarif")
    assert code == 1
    commands = [line for line in out.splitlines() if line.startswith("::")]
    assert [c.split(" ", 1)[0] for c in commands] == ["::error", "::warning"]
    assert "file=data/desk.txt,line=2" in commands[0]
    assert summary.read_text(encoding="utf-8").startswith("# Fact-check:")
    assert (tmp_path / "out" / "desk.sarif").is_file()


def test_verify_elsewhere_prints_no_workflow_commands(verify: Verify) -> None:
    code, out, _ = verify()
    assert code == 1
    assert "::" not in out


def test_workflow_runs_verify_and_uploads_sarif() -> None:
    workflow = yaml.safe_load((ROOT / ".github/workflows/verify.yml").read_text(encoding="utf-8"))
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    runs = " ".join(str(step.get("run", "")) for step in steps)
    assert "verify claims/" in runs
    assert "--format sarif" in runs
    upload = next(s for s in steps if "codeql-action/upload-sarif" in str(s.get("uses")))
    assert upload["if"] == "${{ !cancelled() }}"
    job = next(iter(workflow["jobs"].values()))
    assert job["permissions"]["security-events"] == "write"


def test_a_file_name_with_a_line_break_stays_in_its_command(
    make_report: Callable[..., Report],
) -> None:
    report = make_report()
    hostile = report.claim_set.model_copy(
        update={"path": Path("claims/x\n::add-mask::y.yaml"), "article_text": None}
    )
    commands = github.annotation_commands(dataclasses.replace(report, claim_set=hostile))
    assert commands
    for line in commands:
        assert "\n" not in line
        assert "file=claims/x%0A%3A%3Aadd-mask%3A%3Ay.yaml," in line

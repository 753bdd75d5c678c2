"""GitHub Actions: annotations for refuted and misleading claims, and the job summary.

When `GITHUB_ACTIONS=true`, `verify` prints a workflow command per claim, which GitHub shows on
the file and line (the article text, else the claim file):

    ::error file=claims/kz2024.txt,line=4,col=12,endColumn=40,title=Refuted%3A fighter-jets::…
    ::warning …                     for misleading claims

escaped exactly as the Actions toolkit (`@actions/core`) escapes them, and appends the Markdown
report to `$GITHUB_STEP_SUMMARY`, cut at a line with a note when it would pass GitHub's 1 MiB
limit for one step's summary.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TextIO

from veracity.findings import Verdict
from veracity.reports import markdown
from veracity.reports.escape import terminal
from veracity.reports.locate import place, posix
from veracity.reports.model import ClaimResult, Report

__all__ = [
    "SUMMARY_LIMIT",
    "active",
    "annotation_commands",
    "command",
    "escape_data",
    "escape_property",
    "publish",
    "publish_texts",
    "step_summary",
    "workspace_of",
]

SUMMARY_LIMIT = 1024 * 1024
"""Bytes GitHub accepts in one step's summary file."""
COMMANDS = {Verdict.REFUTED: "error", Verdict.MISLEADING: "warning"}
_TITLES = {Verdict.REFUTED: "Refuted", Verdict.MISLEADING: "Misleading"}
TRUNCATED_NOTE = (
    "\n\n> [!NOTE]\n> The report was cut here: a step summary holds at most 1 MiB. "
    "The report files that `verify` wrote hold all of it.\n"
)


def escape_data(text: str) -> str:
    """A workflow command's message, as `@actions/core` escapes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value, as `@actions/core` escapes it."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, properties: Mapping[str, str | int | None], message: str) -> str:
    """`::name key=value,…::message`; empty properties are left out, as the toolkit does."""
    pairs = [f"{k}={escape_property(str(v))}" for k, v in properties.items() if v]
    return f"::{name}{' ' + ','.join(pairs) if pairs else ''}::{escape_data(message)}"


def _repo_path(path: Path, workspace: Path | None) -> str:
    """The path GitHub wants: relative to the checkout (`GITHUB_WORKSPACE`) when it can be."""
    if path.is_absolute() and workspace is not None and path.is_relative_to(workspace):
        path = path.relative_to(workspace)
    return posix(path)


def _annotation(report: Report, result: ClaimResult, workspace: Path | None) -> str:
    where = place(report.claim_set, result)
    properties: dict[str, str | int | None] = {
        "title": f"{_TITLES[result.verdict]}: {result.claim.id}",
    }
    if where is not None:
        one_line = where.end_line in (None, where.line)
        properties |= {
            "file": _repo_path(where.path, workspace),
            "line": where.line,
            "endLine": where.end_line,
            "col": where.column if one_line else None,
            "endColumn": where.end_column if one_line else None,
        }
    message = f"“{result.claim.text}” {result.explanation}"
    return command(COMMANDS[result.verdict], properties, terminal(message, 4000))


def annotation_commands(report: Report, workspace: Path | None = None) -> list[str]:
    """One workflow command per refuted or misleading claim, in claim order; absolute paths
    under `workspace` (the checkout) are made relative to it."""
    return [_annotation(report, r, workspace) for r in report.results if r.verdict in COMMANDS]


def step_summary(text: str, budget: int = SUMMARY_LIMIT) -> str:
    """`text`, cut after its last whole line that fits `budget` bytes with the note."""
    data = text.encode("utf-8")
    if len(data) <= budget:
        return text
    room = budget - len(TRUNCATED_NOTE.encode("utf-8"))
    if room < 0:
        return ""
    cut = data.rfind(b"\n", 0, room + 1)
    kept = data[: max(cut, 0)].decode("utf-8", errors="ignore")
    return kept + TRUNCATED_NOTE


def active(environ: Mapping[str, str]) -> bool:
    """True when running as a GitHub Actions step, where `publish` has work to do."""
    return environ.get("GITHUB_ACTIONS") == "true"


def publish(reports: Sequence[Report], out: TextIO, environ: Mapping[str, str]) -> None:
    """In GitHub Actions, print the annotations and append the summary; elsewhere nothing."""
    if not active(environ):
        return
    workspace = workspace_of(environ)
    publish_texts(
        [(annotation_commands(r, workspace), markdown.render(r)) for r in reports], out, environ
    )


def workspace_of(environ: Mapping[str, str]) -> Path | None:
    """The checkout of a GitHub Actions run, to which annotated paths are made relative."""
    return Path(environ["GITHUB_WORKSPACE"]) if environ.get("GITHUB_WORKSPACE") else None


def publish_texts(
    reports: Sequence[tuple[Sequence[str], str]], out: TextIO, environ: Mapping[str, str]
) -> None:
    """`publish` from each report's annotation commands and Markdown text, made beforehand
    (by `verify --jobs` workers)."""
    if not active(environ):
        return
    for commands, _ in reports:
        for line in commands:
            out.write(line + "\n")
    target = environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    path = Path(target)
    try:
        used = path.stat().st_size if path.exists() else 0
        text = step_summary("\n".join(text for _, text in reports), SUMMARY_LIMIT - used)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        out.write(command("warning", {}, f"cannot write the step summary: {exc}") + "\n")

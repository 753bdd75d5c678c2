"""Report writers, one module per format, imported only when that format is asked for."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from veracity.errors import ReportError, VeracityError
from veracity.reports.files import replace_all

if TYPE_CHECKING:
    from veracity.report import Report

__all__ = ["FORMATS", "Format", "render", "write_reports"]


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    extension: str
    module: str


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("markdown", ".md", "veracity.reports.markdown"),
        Format("json", ".json", "veracity.reports.json"),
        Format("sarif", ".sarif", "veracity.reports.sarif"),
        Format("junit", ".junit.xml", "veracity.reports.junit"),
        Format("claimreview", ".claimreview.jsonld", "veracity.reports.claimreview"),
    )
}


def render(report: Report, format_name: str) -> str:
    """One report as text; a reporter that fails raises ReportError naming the format."""
    fmt = FORMATS[format_name]
    try:
        module = importlib.import_module(fmt.module)
    except ModuleNotFoundError as exc:
        raise ReportError(f"the {format_name} format is not available: {exc}") from None
    try:
        text = module.render(report)
    except VeracityError:
        raise
    except Exception as exc:
        raise ReportError(
            f"the {format_name} report of {report.claim_set.article.id!r} could not be made: "
            f"{type(exc).__name__}: {exc}"
        ) from exc
    if not isinstance(text, str):
        raise ReportError(f"the {format_name} reporter returned {type(text).__name__}, not text")
    return text


def write_reports(reports: Sequence[Report], formats: Sequence[str], out_dir: Path) -> list[Path]:
    """Render every report in every format, then replace the files all or nothing.

    If rendering or writing fails, ReportError is raised and the reports already in `out_dir`
    are left byte-identical (see `veracity.reports.files`).
    """
    rendered: list[tuple[Path, str]] = []
    for report in reports:
        for name in formats:
            target = out_dir / f"{report.claim_set.article.id}{FORMATS[name].extension}"
            rendered.append((target, render(report, name)))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        replace_all(rendered)
    except OSError as exc:
        notes = getattr(exc, "__notes__", [])
        outcome = "; ".join(notes) if notes else "the reports already there are unchanged"
        raise ReportError(
            f"cannot write reports to {out_dir}: {exc.strerror or exc}; {outcome}"
        ) from None
    return [path for path, _ in rendered]

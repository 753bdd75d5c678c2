"""Report writers, one module per format, imported only when that format is asked for."""

from __future__ import annotations

import importlib
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from veracity.errors import ReportError

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
    fmt = FORMATS[format_name]
    try:
        module = importlib.import_module(fmt.module)
    except ModuleNotFoundError as exc:
        raise ReportError(f"the {format_name} format is not available: {exc}") from None
    text: str = module.render(report)
    return text


def _write_atomically(path: Path, text: str) -> None:
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_reports(reports: Sequence[Report], formats: Sequence[str], out_dir: Path) -> list[Path]:
    """Render every report in every format first, then write each file atomically."""
    rendered: list[tuple[Path, str]] = []
    for report in reports:
        for name in formats:
            target = out_dir / f"{report.claim_set.article.id}{FORMATS[name].extension}"
            rendered.append((target, render(report, name)))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for path, text in rendered:
            _write_atomically(path, text)
    except OSError as exc:
        raise ReportError(f"cannot write reports to {out_dir}: {exc.strerror or exc}") from None
    return [path for path, _ in rendered]

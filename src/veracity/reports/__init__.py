"""Report writers, one module per format, imported only when that format is asked for."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from veracity.errors import ReportError, VeracityError
from veracity.reports.files import OutputTooLarge, Staging, remove_stale
from veracity.reports.lock import FolderLock

if TYPE_CHECKING:
    from veracity.reports.model import Report

__all__ = ["FORMATS", "Format", "ReportWriter", "render", "render_chunks", "write_reports"]


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
    return "".join(render_chunks(report, format_name))


def render_chunks(report: Report, format_name: str) -> Iterator[str]:
    """One report as pieces of text, from the format's `chunks` where it has one (markdown and
    json do: a writer then never holds a whole report of many claims), else its `render`.
    A reporter that fails, now or while the pieces are read, raises ReportError naming it."""
    fmt = FORMATS[format_name]
    try:
        module = importlib.import_module(fmt.module)
    except ModuleNotFoundError as exc:
        raise ReportError(f"the {format_name} format is not available: {exc}") from None
    with _reporting(report, format_name):
        pieces = (
            module.chunks(report) if hasattr(module, "chunks") else iter([module.render(report)])
        )
    while True:
        with _reporting(report, format_name):
            piece = next(pieces, _END)
        if piece is _END:
            return
        if not isinstance(piece, str):
            raise ReportError(
                f"the {format_name} reporter returned {type(piece).__name__}, not text"
            )
        yield piece


_END = object()


@contextmanager
def _reporting(report: Report, format_name: str) -> Iterator[None]:
    try:
        yield
    except VeracityError:
        raise
    except Exception as exc:
        raise ReportError(
            f"the {format_name} report of {report.claim_set.article.id!r} could not be made: "
            f"{type(exc).__name__}: {exc}"
        ) from exc


class ReportWriter:
    """Renders each report as it comes and stages its files; `commit` puts them all in place.

        with ReportWriter(["markdown", "json"], Path("reports")) as writer:
            for claim_set in claim_sets:
                writer.add(run(claim_set, verifiers))  # the report can be dropped now
            written = writer.commit()

    A batch of many claim sets thus holds one report and its texts at a time. If rendering or
    writing fails, ReportError is raised and the reports already in `out_dir` are left
    byte-identical (see `veracity.reports.files`); so they are when the block is left without
    `commit`. From its first file to the end of the block the writer holds `out_dir`'s lock
    (`veracity.reports.lock`; a second run gets a ReportError) and, once it holds it, removes
    the temporary files a killed run left there. A `--jobs` worker's writer (`lock=False`)
    stages under the lock its parent took.
    """

    def __init__(self, formats: Sequence[str], out_dir: Path, *, lock: bool = True) -> None:
        self.formats = list(formats)
        self.out_dir = out_dir
        self._staging = Staging()
        self._lock = FolderLock(out_dir) if lock else None

    def __enter__(self) -> ReportWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self._staging.discard()
        if self._lock is not None:
            self._lock.release()

    def lock(self) -> None:
        """Take `out_dir`'s lock now (the first file takes it otherwise); clean up after a
        killed run."""
        if self._lock is None or self._lock.held:
            return
        with self._failing_as_report_error():
            self._lock.acquire()
            remove_stale(self.out_dir)

    def add(self, report: Report) -> None:
        """Render `report` in every format and stage the files."""
        self.lock()
        for name in self.formats:
            target = self.out_dir / f"{report.claim_set.article.id}{FORMATS[name].extension}"
            with self._failing_as_report_error():
                self.out_dir.mkdir(parents=True, exist_ok=True)
                try:
                    self._staging.stage(target, render_chunks(report, name))
                except OutputTooLarge as exc:
                    what = f"the {name} report of {report.claim_set.article.id!r}"
                    raise _too_large(exc, what) from None

    def adopt(self, staged: Sequence[tuple[Path, Path]]) -> None:
        """Take over report files another writer staged and released (a `--jobs` worker's)."""
        self.lock()
        try:
            self._staging.adopt(staged)
        except OutputTooLarge as exc:
            raise _too_large(exc, "the reports") from None

    def release(self) -> list[tuple[Path, Path]]:
        """Hand over the staged (target, temporary file) pairs, to be adopted by another writer."""
        return self._staging.release()

    def commit(self) -> list[Path]:
        """Put every staged file in place, all or nothing; the paths written."""
        with self._failing_as_report_error():
            return self._staging.commit()

    @contextmanager
    def _failing_as_report_error(self) -> Iterator[None]:
        try:
            yield
        except OSError as exc:
            self._staging.discard()
            notes = getattr(exc, "__notes__", [])
            outcome = "; ".join(notes) if notes else "the reports already there are unchanged"
            raise ReportError(
                f"cannot write reports to {self.out_dir}: {exc.strerror or exc}; {outcome}"
            ) from None


def _too_large(exc: OutputTooLarge, what: str) -> ReportError:
    scope = "for all the reports of one run" if exc.whole_run else "for one report file"
    return ReportError(
        f"{what} would pass the limit of {exc.limit:,} characters {scope}; split the claim "
        "set or the batch; the reports already there are unchanged"
    )


def write_reports(reports: Sequence[Report], formats: Sequence[str], out_dir: Path) -> list[Path]:
    """Render every report in every format, then replace the files all or nothing.

    If rendering or writing fails, ReportError is raised and the reports already in `out_dir`
    are left byte-identical (see `veracity.reports.files`).
    """
    with ReportWriter(formats, out_dir) as writer:
        for report in reports:
            writer.add(report)
        return writer.commit()

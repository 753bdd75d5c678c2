"""A batch of claim sets checked in several processes (`verify --jobs N`).

Each worker process discovers the verifiers and loads the reference data once (about a second),
then checks whole claim sets: it reads the file, runs every verifier, renders the reports and
stages their files beside their targets. The parent takes the staged files over in the order of
the batch and puts them all in place, or none, as a one-process run does; reports are the same,
byte for byte. Any error in a worker (a claim file changed since it was validated, a report
that cannot be written, a bug) reaches the parent as that exception, after the files the other
workers staged are removed.

On two cores, two processes check two claim sets of 10,000 claims in 0.5-0.8 of the time one
takes (bench/results.md). Workers are started with `spawn`, the same on every platform.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from veracity.findings import Verdict

if TYPE_CHECKING:
    from concurrent.futures import Future

    from veracity.engine.plugins import LoadedVerifier
    from veracity.reports import ReportWriter
    from veracity.reports.model import Report
    from veracity.sources import Sources

__all__ = ["Batch", "Checked", "Outcome", "check_in_processes"]


@dataclass(frozen=True, slots=True)
class Outcome:
    """What the printed summary needs of one report, so that the report can be let go."""

    article: str
    claims: int
    counts: dict[str, int]
    violations: tuple[tuple[str, str, str], ...]
    """(verdict, claim id, claim text) of each claim the policy fails on."""
    errors: tuple[tuple[str, str, str, str], ...] = ()
    """(verifier, claim id, explanation, traceback) of each verifier that failed on a claim."""

    @classmethod
    def of(cls, report: Report) -> Outcome:
        bad = tuple((r.verdict.value, r.claim.id, r.claim.text) for r in report.violations())
        errors = tuple(
            (f.verifier, r.claim.id, f.explanation, f.trace)
            for r in report.results
            for f in r.errors
        )
        return cls(report.claim_set.article.id, len(report.results), report.counts(), bad, errors)


@dataclass(frozen=True, slots=True)
class Batch:
    """How every claim set of the batch is checked and reported (sent to each worker)."""

    formats: tuple[str, ...]
    out_dir: Path
    plugins: Path | None = None
    select: frozenset[str] | None = None
    data: Path | None = None
    settings: dict[str, Any] | None = None
    timeout: float | None = 10.0
    fail_on: frozenset[Verdict] = frozenset({Verdict.REFUTED})
    github_workspace: Path | None = None
    """Set (with `github`) when running as a GitHub Actions step."""
    github: bool = False


@dataclass(frozen=True, slots=True)
class Checked:
    """One claim set checked by a worker: its staged report files and what the parent prints."""

    staged: list[tuple[Path, Path]]
    """(target, temporary file) of each report file."""
    outcome: Outcome
    annotations: tuple[str, ...] = ()
    summary: str = ""
    """The Markdown report, for the GitHub step summary (only with `Batch.github`)."""


def check_in_processes(
    files: Sequence[Path],
    batch: Batch,
    jobs: int,
    writer: ReportWriter,
    done: Callable[[Checked], None] | None = None,
) -> list[Checked]:
    """Check `files` (validated already) in up to `jobs` processes; their staged report files
    are handed to `writer`, in the order of `files`, for the caller to commit."""
    import multiprocessing  # only a batch in processes needs them (0.03 s of every start)
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=max(1, min(jobs, len(files))), mp_context=context) as pool:
        futures = [pool.submit(_check_file, path, batch) for path in files]
        results: list[Checked] = []
        try:
            for future in futures:
                checked = future.result()
                writer.adopt(checked.staged)
                results.append(checked)
                if done is not None:
                    done(checked)
        except BaseException:
            _clean_up(futures)
            raise
    return results


def _clean_up(futures: list[Future[Checked]]) -> None:
    """Stop what has not started; remove what the others staged (adopted files are the
    writer's to remove, and removing twice is harmless)."""
    for future in futures:
        future.cancel()
    for future in futures:
        if future.cancelled():
            continue
        try:
            staged = future.result().staged
        except BaseException:  # the first error is the one raised
            continue
        for _, temporary in staged:
            temporary.unlink(missing_ok=True)


_WORKER: dict[str, Any] = {}
"""The verifiers and sources of this worker process, made on its first claim set."""


def _tools(batch: Batch) -> tuple[list[LoadedVerifier], Sources]:
    from veracity.engine.plugins import discover
    from veracity.preload import preload, settle
    from veracity.sources import Sources

    if not _WORKER:
        _WORKER["verifiers"] = discover(folder=batch.plugins, select=batch.select)
        _WORKER["sources"] = Sources((batch.data,) if batch.data else ())
        preload(_WORKER["sources"])
        settle()
    return _WORKER["verifiers"], _WORKER["sources"]


def _check_file(path: Path, batch: Batch) -> Checked:
    from veracity.claims import load_claim_set
    from veracity.engine.runner import run
    from veracity.reports import ReportWriter, github, render

    verifiers, sources = _tools(batch)
    report = run(
        load_claim_set(path),
        verifiers,
        sources,
        settings=batch.settings,
        timeout=batch.timeout,
        fail_on=batch.fail_on,
    )
    with ReportWriter(batch.formats, batch.out_dir, lock=False) as writer:  # the parent's lock
        writer.add(report)
        staged = writer.release()
    if not batch.github:
        return Checked(staged, Outcome.of(report))
    annotations = tuple(github.annotation_commands(report, batch.github_workspace))
    return Checked(staged, Outcome.of(report), annotations, render(report, "markdown"))

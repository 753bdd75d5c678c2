"""The `verify` command: parse arguments, call the library, map errors to exit codes.

Exit codes: 0 every verdict within policy, 1 policy violated, 2 usage or input error.
"""

from __future__ import annotations

import argparse
import io
import math
import os
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

if TYPE_CHECKING:
    from veracity.claims import ClaimSet
    from veracity.config import Settings
    from veracity.engine.batch import Batch, Checked, Outcome
    from veracity.engine.plugins import LoadedVerifier
    from veracity.online import Online
    from veracity.reports import ReportWriter
    from veracity.sources import Sources

__all__ = ["main"]

MAX_ERROR_LINES = 200
"""Problems printed at most; the count of the others follows."""
MAX_VIOLATIONS = 20
"""Claims against the policy listed per claim set in the summary; the reports list them all."""

EPILOG = """\
examples:
  verify claims/kz2024.yaml                      write reports/kz2024.md, print a summary
  verify claims/ --format json --format sarif    every claim set in claims/, two formats
  verify claims/kz2024.yaml --fail-on none       report only; exit 0 whatever the verdicts
  verify claims/ --jobs auto                     a folder of claim sets, one process per CPU
  verify --list-verifiers                        the verifiers that will run
  verify sources                                 the reference datasets and their provenance
  verify extract article.html -o claims/x.yaml   turn an article into a claim set
  verify claims/kz2024.yaml --online             also consult Wikidata (and published
                                                 fact-checks with VERACITY_FACTCHECK_KEY set)

exit codes: 0 all verdicts within policy, 1 policy violated (default: any refuted claim),
2 usage or input error (nothing is written).
"""


def _jobs(value: str) -> int:
    """`--jobs`: a positive number of processes, or 'auto' for one per CPU."""
    if value.strip().lower() == "auto":
        return max(
            1,
            len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else os.cpu_count() or 1,
        )
    try:
        jobs = int(value)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a number of processes (1, 2, … or auto)"
        )
    return jobs


SUBCOMMANDS = ("init", "sources", "extract")


class _Parser(argparse.ArgumentParser):
    """argparse, with "did you mean" for a mistyped flag."""

    def error(self, message: str) -> NoReturn:
        from veracity.suggest import did_you_mean

        prefix = "unrecognized arguments: "
        if message.startswith(prefix):
            flags = [o for action in self._actions for o in action.option_strings]
            message = prefix + " ".join(
                f"{word}{did_you_mean(word.split('=')[0], flags) if word.startswith('-') else ''}"
                for word in message[len(prefix) :].split(" ")
            )
        super().error(message)


def _parser() -> argparse.ArgumentParser:
    from veracity.__about__ import __version__
    from veracity.reports import FORMATS

    parser = _Parser(
        prog="verify",
        description="Fact-check the claims of news articles against cited reference data.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "claims",
        nargs="*",
        type=Path,
        metavar="CLAIMS.yaml",
        help="claim-set files, or directories of *.yaml files",
    )
    parser.add_argument(
        "-f",
        "--format",
        action="append",
        choices=sorted(FORMATS),
        dest="formats",
        metavar="FORMAT",
        help=f"report format, repeatable: {', '.join(FORMATS)} (default: markdown)",
    )
    parser.add_argument(
        "-o",
        "--output-dir",
        type=Path,
        default=None,
        help="folder for the reports (default: reports/)",
    )
    parser.add_argument(
        "--fail-on",
        default=None,
        metavar="VERDICTS",
        help="comma-separated verdicts that make the exit code 1, or 'none' "
        "(default: refuted, or fail-on in [tool.veracity])",
    )
    parser.add_argument(
        "--select", action="append", metavar="VERIFIER", help="run only this verifier (repeatable)"
    )
    parser.add_argument(
        "--plugins",
        type=Path,
        default=None,
        metavar="DIR",
        help="a folder of local verifier plugin modules",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=None,
        metavar="SECONDS",
        help="time limit for one verifier on one claim, 0 for none (default: 10)",
    )
    parser.add_argument(
        "--online",
        action="store_true",
        default=None,
        help="also consult online sources (Wikidata; Google Fact Check Tools when "
        "VERACITY_FACTCHECK_KEY is set), cached in .veracity-cache/ (default: online in "
        "[tool.veracity], else off)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=None,
        metavar="N",
        help="check claim sets in N processes, or 'auto' for one per CPU (default: 1); pays "
        "on batches of large claim sets, since each process loads the reference data once "
        "(about a second); not with --online",
    )
    parser.add_argument(
        "--fail-on-error",
        action="store_true",
        default=None,
        help="exit 1 when a verifier fails on a claim, too (default: fail-on-error in "
        "[tool.veracity], else off: the failure is reported and the run goes on)",
    )
    parser.add_argument(
        "--traceback",
        action="store_true",
        help="print the whole traceback of each verifier that fails, not one line",
    )
    parser.add_argument(
        "--list-verifiers",
        action="store_true",
        help="list the verifiers with package, version and description; exit",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print only errors")
    parser.add_argument("--version", action="version", version=f"veracity {__version__}")
    return parser


def _progress(stream: TextIO, label: str) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        if total >= 500 and (done % 500 == 0 or done == total):
            stream.write(f"\r{label}: {done}/{total} claims")
            if done == total:
                stream.write("\n")
            stream.flush()

    return report


def _list_verifiers(verifiers: Sequence[LoadedVerifier], out: TextIO) -> None:
    from veracity.reports.escape import terminal

    rows = [
        (v.name, terminal(f"{v.plugin.package} {v.plugin.version}", 60), terminal(v.description))
        for v in verifiers
    ]
    width = max((len(r[0]) for r in rows), default=4)
    pwidth = max((len(r[1]) for r in rows), default=7)
    for name, package, description in rows:
        out.write(f"{name:<{width}}  {package:<{pwidth}}  {description}\n")


def _sources_command(argv: list[str], out: TextIO, err: TextIO) -> int:
    from veracity.config import load_settings
    from veracity.reports.escape import terminal
    from veracity.sources import Sources
    from veracity.sources.summary import render_json, render_text, summarise

    parser = argparse.ArgumentParser(
        prog="verify sources",
        description="List the reference datasets: rows, publisher, retrieval date, licence.",
    )
    parser.add_argument(
        "--data", type=Path, action="append", default=[], help="an extra folder of datasets"
    )
    parser.add_argument("--format", choices=["text", "json"], default="text")
    args = parser.parse_args(argv)
    settings = load_settings()
    for message in settings.deprecations:
        err.write(f"verify: {message}\n")
    workspace = settings.folder("sources-dir")
    sources = Sources((*((workspace,) if workspace else ()), *args.data))
    summaries = summarise(sources)
    if args.format == "json":
        out.write(render_json(summaries))
    else:  # dataset metadata may come from a workspace folder: print it safely
        out.write(
            "".join(terminal(line, 500) + "\n" for line in render_text(summaries).split("\n")[:-1])
        )
    return 0


def _extract_command(argv: list[str], out: TextIO, err: TextIO) -> int:
    from veracity.extract import extract, extract_to_file
    from veracity.extract.ids import slugify
    from veracity.extract.output import render_claim_set
    from veracity.reports.escape import terminal

    parser = argparse.ArgumentParser(
        prog="verify extract",
        description="Turn an article (plain text, Markdown or HTML) into a claim set. An "
        "existing claim set is merged into: its claims are kept as they are, new statements "
        "are inserted where the article says them, and claims no longer found in the article "
        "are reported.",
    )
    parser.add_argument("article", type=Path, metavar="ARTICLE", help=".txt, .md or .html file")
    parser.add_argument(
        "-o",
        "--output",
        default=None,
        metavar="CLAIMS.yaml",
        help="the claim set to write or merge into, or a folder for it (default: "
        "claims/<article name>.yaml; '-' prints it instead)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    args = parser.parse_args(argv)
    if args.output == "-":
        claim_set = extract(args.article)
        out.write(render_claim_set(claim_set.article, claim_set.claims, args.article.name))
        return 0
    name = f"{slugify(args.article.stem) or 'article'}.yaml"
    output = Path(args.output) if args.output else Path("claims") / name
    if output.is_dir():
        output = output / name
    result = extract_to_file(args.article, output)
    for claim, new in result.changed:
        err.write(
            f"{output}: claim {claim.id} is no longer found in the article: it now reads "
            f"{terminal(new.text, 100)} (added as {new.id}; remove {claim.id} if the new "
            f"one replaces it): was {terminal(claim.text, 100)}\n"
        )
    for claim in result.vanished:
        err.write(
            f"{output}: claim {claim.id} is no longer found in the article (kept; remove it "
            f"if the statement is gone): {terminal(claim.text, 100)}\n"
        )
    if result.moved and not args.quiet:
        ids = ", ".join(claim.id for claim in result.moved)
        out.write(f"{output}: moved in the article (kept in place): {ids}\n")
    if not args.quiet:
        unchecked = sum(1 for claim in result.added if not claim.checkable)
        added = f"{len(result.added)} claims ({unchecked} not checkable)"
        if not result.kept:
            out.write(f"wrote {output}: {added}\n")
        elif result.added:
            out.write(f"{output}: {added} added, {len(result.kept)} kept as they were\n")
        else:
            out.write(f"{output}: nothing new; {len(result.kept)} claims kept as they were\n")
    return 0


@contextmanager
def _online(args: argparse.Namespace, settings: Settings, err: TextIO) -> Iterator[Online | None]:
    """The run's online sources when asked for (`--online` or `online = true`), else None."""
    from veracity.online import open_online, wants_online

    if not wants_online(args.online, settings.table):
        yield None
        return

    def notice(message: str) -> None:
        err.write(f"verify: {message}\n")

    with open_online(settings.table, settings.root, notice=notice) as online:
        yield online


def _verify(
    args: argparse.Namespace, out: TextIO, err: TextIO, *, whole_process: bool = False
) -> int:
    from veracity.claims import claim_files, stream_claim_sets
    from veracity.config import load_settings, parse_fail_on
    from veracity.engine.batch import Batch, check_in_processes
    from veracity.engine.plugin_settings import validate_settings
    from veracity.engine.plugins import discover
    from veracity.engine.runner import DEFAULT_TIMEOUT
    from veracity.errors import ConfigError
    from veracity.preload import preload, settle
    from veracity.reports import ReportWriter, github
    from veracity.reports.escape import terminal
    from veracity.sources import Sources
    from veracity.workspace import quoted

    settings = load_settings()
    for message in settings.deprecations:
        err.write(f"verify: {message}\n")
    fail_on = parse_fail_on(args.fail_on) if args.fail_on is not None else settings.fail_on
    folder = args.plugins or settings.folder("verifiers-dir")
    verifiers = discover(folder=folder, select=frozenset(args.select) if args.select else None)
    validate_settings(verifiers, settings.verifier_tables, complete=not args.select)
    if args.list_verifiers:
        _list_verifiers(verifiers, out)
        return 0
    if not args.claims:
        err.write("verify: give at least one claim file or directory (see verify --help)\n")
        return 2
    data_folder = settings.folder("sources-dir")
    sources = Sources((data_folder,) if data_folder else ())
    sources.check_workspace()
    preload(sources)
    if whole_process:  # the collector's settings are the process's, not a caller's to lose
        settle()
    timeout = (
        args.timeout
        if args.timeout is not None
        else float(settings.table.get("timeout", DEFAULT_TIMEOUT))
    )
    if not math.isfinite(timeout) or timeout < 0:
        raise ConfigError(f"--timeout: {timeout} is not a number of seconds (0 for no limit)")
    batch = Batch(
        formats=tuple(dict.fromkeys(args.formats or settings.table.get("formats", ["markdown"]))),
        out_dir=args.output_dir or settings.path("output-dir") or Path("reports"),
        plugins=folder,
        select=frozenset(args.select) if args.select else None,
        data=data_folder,
        settings=settings.table,
        timeout=timeout,
        fail_on=fail_on,
        github=github.active(os.environ),
        github_workspace=github.workspace_of(os.environ),
    )
    with (
        _online(args, settings, err) as online,
        ReportWriter(batch.formats, batch.out_dir) as writer,
    ):
        if (args.jobs or 1) > 1 and online is not None:
            err.write("verify: --jobs is set aside with --online (one client, one cache)\n")
        files = claim_files(args.claims) if (args.jobs or 1) > 1 and online is None else []
        if len(files) > 1:
            writer.lock()  # before the workers stage their files
            done = None if args.quiet or not err.isatty() else _finished(err, len(files))
            checked = check_in_processes(files, batch, args.jobs, writer, done)
        else:
            sets = stream_claim_sets(args.claims)  # all validated now, then read one by one
            checked = _check_here(args, sets, verifiers, sources, batch, online, writer, err)
        written = writer.commit()
    github.publish_texts([(c.annotations, c.summary) for c in checked], out, os.environ)
    fail_on_error = (
        args.fail_on_error
        if args.fail_on_error is not None
        else settings.table.get("fail-on-error", False)
    )
    failed = False
    _print_errors([c.outcome for c in checked], args.traceback, err)
    for outcome in (c.outcome for c in checked):
        failed = failed or bool(outcome.violations) or (fail_on_error and bool(outcome.errors))
        if not args.quiet:
            summary = ", ".join(f"{n} {v}" for v, n in outcome.counts.items() if n)
            if outcome.errors:
                summary += f"; {len(outcome.errors)} verifier error{'s'[: len(outcome.errors) - 1]}"
            out.write(f"{outcome.article}: {outcome.claims} claims: {summary}\n")
            for verdict, claim_id, text in outcome.violations[:MAX_VIOLATIONS]:
                out.write(f"  {verdict}: {claim_id}: {terminal(text, 120)}\n")
            if len(outcome.violations) > MAX_VIOLATIONS:
                more = len(outcome.violations) - MAX_VIOLATIONS
                out.write(f"  … and {more} more against the policy (see the report)\n")
    if not args.quiet:
        for path in written:
            out.write(f"wrote {quoted(path)}\n")
    return 1 if failed else 0


def _print_errors(outcomes: Sequence[Outcome], whole: bool, err: TextIO) -> None:
    """One line on stderr per verifier that failed on a claim (with `whole`, its traceback)."""
    from veracity.reports.escape import terminal

    errors = [(o.article, *e) for o in outcomes for e in o.errors]
    for article, verifier, claim_id, explanation, trace in errors[:MAX_ERROR_LINES]:
        err.write(
            f"verify: {article}: claim {terminal(claim_id, 80)}: verifier {verifier} failed: "
            f"{terminal(explanation, 300)}\n"
        )
        if whole and trace:
            err.write("".join(_error_line(line) + "\n" for line in trace.splitlines()))
    if len(errors) > MAX_ERROR_LINES:
        err.write(f"verify: … and {len(errors) - MAX_ERROR_LINES} more verifier errors\n")


def _check_here(
    args: argparse.Namespace,
    claim_sets: Iterator[ClaimSet],
    verifiers: Sequence[LoadedVerifier],
    sources: Sources,
    batch: Batch,
    online: Online | None,
    writer: ReportWriter,
    err: TextIO,
) -> list[Checked]:
    """Check the claim sets one after the other in this process."""
    from veracity.engine.batch import Checked, Outcome
    from veracity.engine.runner import run
    from veracity.reports import github, render

    checked = []
    for claim_set in claim_sets:  # each let go once checked, with what was built for it
        progress = None if args.quiet or not err.isatty() else _progress(err, claim_set.article.id)
        report = run(
            claim_set,
            verifiers,
            sources,
            settings=batch.settings,
            timeout=batch.timeout,
            progress=progress,
            fail_on=batch.fail_on,
            online=online,
        )
        writer.add(report)  # rendered and staged now: a batch holds one report at a time
        if batch.github:  # GitHub's annotations and step summary are made now, too
            annotations = tuple(github.annotation_commands(report, batch.github_workspace))
            checked.append(Checked([], Outcome.of(report), annotations, render(report, "markdown")))
        else:
            checked.append(Checked([], Outcome.of(report)))
    return checked


def _finished(stream: TextIO, total: int) -> Callable[[Checked], None]:
    """Progress of a `--jobs` batch: one line per claim set, in the order of the batch."""
    count = 0

    def report(checked: Checked) -> None:
        nonlocal count
        count += 1
        stream.write(f"checked {checked.outcome.article} ({count}/{total})\n")
        stream.flush()

    return report


def _error_line(line: str) -> str:
    """One line of an error message, safe for a terminal and for a CI log: GitHub Actions runs
    a log line that starts with `::` as a workflow command, so none is let start that way."""
    from veracity.reports.escape import terminal

    shown = terminal(line, 2000)
    return f"verify: {shown}" if shown.lstrip().startswith("::") else shown


def _mistyped_subcommand(word: str, err: TextIO) -> bool:
    """True (and a message said) if `word` is no file but nearly a subcommand's name."""
    from veracity.reports.escape import terminal
    from veracity.suggest import did_you_mean

    if word.startswith("-") or Path(word).exists():
        return False
    hint = did_you_mean(word, SUBCOMMANDS)
    if hint:
        err.write(f"verify: {terminal(word, 80)} is neither a claim file nor a subcommand{hint}\n")
    return bool(hint)


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Entry point of the `verify` console script."""
    whole_process = argv is None  # the console script: the process is the run's own
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a non-UTF-8 terminal must not crash the run
        if out is None and isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    out = out or sys.stdout
    err = err or sys.stderr
    from veracity.errors import VeracityError

    try:
        if argv[:1] == ["sources"]:
            return _sources_command(argv[1:], out, err)
        if argv[:1] == ["extract"]:
            return _extract_command(argv[1:], out, err)
        if argv[:1] == ["init"]:
            from veracity.init import init_command

            return init_command(argv[1:], out)
        if argv and _mistyped_subcommand(argv[0], err):
            return 2
        args = _parser().parse_args(argv)
        return _verify(args, out, err, whole_process=whole_process)
    except VeracityError as exc:
        lines = str(exc).split("\n")  # problems one a line; nothing else starts a line
        shown = [_error_line(line) for line in lines[:MAX_ERROR_LINES]]
        if len(lines) > MAX_ERROR_LINES:
            shown.append(f"… and {len(lines) - MAX_ERROR_LINES} more")
        err.write(f"{type(exc).__name__}: " + "\n".join(shown) + "\n")
        return 2
    except KeyboardInterrupt:
        err.write("interrupted\n")
        return 130
    except Exception:  # a bug: show it, but never exit 1, which means "policy violated"
        traceback.print_exc(file=err)
        err.write("verify: internal error (a bug in veracity or a plugin); please report it\n")
        return 2


if __name__ == "__main__":
    raise SystemExit(main())

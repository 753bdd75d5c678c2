"""The exceptions veracity raises, one tree with a single root.

    VeracityError                  anything the CLI reports as `ClassName: message`, exit 2
    ├── ClaimFileError             a claim set that cannot be read or is not valid
    ├── ConfigError                a bad `[tool.veracity]` table or command-line option
    ├── PluginLoadError            a verifier plugin that cannot be imported or is malformed
    ├── DatasetError               a bundled or workspace dataset that is missing or corrupt
    ├── ReportError                a report that cannot be written
    ├── ExtractError               an article that cannot be read or holds no statement
    └── SourceUnavailable          an online source that did not answer usefully (`verify
                                   --online`); verifiers catch it and rest on offline data

Verifier failures during a run are not exceptions to the caller: the runner turns them into
`error` findings on the claim concerned and the run goes on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from veracity.workspace import quoted, visible

__all__ = [
    "ClaimFileError",
    "ConfigError",
    "DatasetError",
    "ExtractError",
    "PluginLoadError",
    "Problem",
    "ReportError",
    "SourceUnavailable",
    "VeracityError",
]


class VeracityError(Exception):
    """Root of every error veracity raises on purpose."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One located problem in an input file: where, what is wrong, how to fix it."""

    path: Path
    line: int  # 1-based; 0 for a problem of the whole file (missing, unreadable)
    column: int  # 1-based; 0 with line 0
    message: str
    hint: str = ""

    def __str__(self) -> str:
        """One line, whatever the file's name or the text quoted in the message holds."""
        where = f"{quoted(self.path)}:{self.line}:{self.column}" if self.line else quoted(self.path)
        text = f"{where}: {self.message}" + (f" — {self.hint}" if self.hint else "")
        return visible(text)


class ClaimFileError(VeracityError):
    """A claim set file that cannot be loaded; carries every problem found, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (str(p.path), p.line, p.column))
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''} in {quoted(self.problems[0].path)}"
        super().__init__(head + "\n" + "\n".join(str(p) for p in self.problems))

    def __reduce__(self) -> tuple[type[ClaimFileError], tuple[list[Problem]]]:
        return type(self), (self.problems,)  # crosses to the parent of a `--jobs` worker


class ConfigError(VeracityError):
    """A bad `[tool.veracity]` setting or command-line option."""


class PluginLoadError(VeracityError):
    """A verifier plugin that cannot be loaded; the message names it."""


class DatasetError(VeracityError):
    """A reference dataset that is missing, malformed or fails validation."""


class ReportError(VeracityError):
    """A report that cannot be rendered or written."""


class ExtractError(VeracityError):
    """An article `verify extract` cannot read, or one that holds no statement to extract."""


class SourceUnavailable(VeracityError):
    """An online source that timed out, refused, failed or answered unreadably.

    `source` names it for the reader ("Wikidata"); `reason` says what went wrong, without secrets.
    It never reaches the caller of a run: the online layer turns it into a note on the claim.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source} unavailable: {reason}")

    def __reduce__(self) -> tuple[type[SourceUnavailable], tuple[str, str]]:
        return type(self), (self.source, self.reason)

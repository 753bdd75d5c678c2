"""Where a claim stands, for reports that point at files: SARIF, GitHub annotations.

The article text is the better place when the claim's words (`quote`, else `text`) are found
in it; otherwise the claim's entry in the YAML claim file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from veracity.claims.models import ClaimSet
from veracity.reports.model import ClaimResult

__all__ = ["Place", "fingerprint", "line_column", "place", "posix", "uri"]


@dataclass(frozen=True, slots=True)
class Place:
    """A region of a file; lines and columns are 1-based, `end_column` is exclusive."""

    path: Path
    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None
    snippet: str | None = None
    in_article: bool = False


def line_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based (line, column) of a character offset, columns counted in code points."""
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def article_place(claim_set: ClaimSet, result: ClaimResult) -> Place | None:
    """The claim's words in the article text, when the text is known and contains them."""
    span = claim_set.article_span(result.claim)
    path = claim_set.article_path
    if span is None or path is None or claim_set.article_text is None:
        return None
    text = claim_set.article_text
    line, column = claim_set.line_column(span[0])
    end_line, end_column = claim_set.line_column(span[1])
    return Place(path, line, column, end_line, end_column, text[span[0] : span[1]], True)


def claim_file_place(claim_set: ClaimSet, result: ClaimResult) -> Place | None:
    """The claim's entry in the claim file."""
    if claim_set.path is None or result.location is None:
        return None
    return Place(claim_set.path, result.location.line, result.location.column)


def place(claim_set: ClaimSet, result: ClaimResult) -> Place | None:
    """The article text when the claim is found there, else the claim file."""
    return article_place(claim_set, result) or claim_file_place(claim_set, result)


def posix(path: Path) -> str:
    """The path as given on the command line (relative to the workspace), with `/`."""
    return path.as_posix()


def uri(path: Path) -> str:
    """A URI reference for the path: relative and percent-encoded, or `file://` if absolute."""
    return path.as_uri() if path.is_absolute() else quote(path.as_posix(), safe="/")


def fingerprint(article_id: str, result: ClaimResult) -> str:
    """A stable identity for a claim across runs: its article, id and text; not its verdict,
    explanation, quote or position, so moving a claim or changing verifiers keeps it the same."""
    claim = result.claim
    parts = ("veracity-claim-v1", article_id, claim.id, claim.text)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()

"""Load claim-set YAML files safely, with every error located at `file:line:col`.

The bytes are checked first (size, binary, UTF-8), then parsed into YAML nodes (libyaml's C
parser when present), which keep their position. `NodeReader` turns the nodes into plain data,
accepting only the YAML core types (see `veracity.claims.nodes`), and pydantic validates the
data; each of its errors is mapped back to the node it concerns, so a desk sees every problem of
a file at once, each with its fix. Nothing in a claim file is executed, and no file other than
the article text it names (a regular file, relative to it) is read.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from veracity.claims.messages import syntax_problem
from veracity.claims.models import Article, ClaimSet, Location
from veracity.claims.nodes import MAX_ALIASED, MAX_NODES, NodeReader, TooLarge
from veracity.claims.validate import validate
from veracity.errors import ClaimFileError, Problem
from veracity.workspace import Refused, quoted, read_file, workspace_of

__all__ = [
    "KEPT_CLAIMS",
    "MAX_FILE_BYTES",
    "MAX_NODES",
    "claim_files",
    "load_claim_set",
    "load_claim_sets",
    "parse_claim_set",
    "stream_claim_sets",
]

MAX_FILE_BYTES = 5 * 1024 * 1024
"""Claim files and article texts above this size are refused (10,000 claims take ~1.5 MB)."""

_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _too_large(path: Path) -> Problem:
    return Problem(
        path,
        0,
        0,
        f"the file is above the limit of {MAX_FILE_BYTES:,} bytes",
        "split the article's claims into several files",
    )


def _decode(path: Path, raw: bytes) -> str:
    if len(raw) > MAX_FILE_BYTES:
        raise ClaimFileError([_too_large(path)])
    if b"\x00" in raw:
        raise ClaimFileError(
            [
                Problem(
                    path,
                    1,
                    1,
                    "this is a binary file, not a YAML claim set",
                    "give a .yaml file written as UTF-8 text",
                )
            ]
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        raise ClaimFileError(
            [
                Problem(
                    path,
                    line,
                    column,
                    f"byte 0x{raw[exc.start]:02x} is not valid UTF-8",
                    "save the file as UTF-8",
                )
            ]
        ) from None


def _compose(path: Path, text: str) -> yaml.Node | None:
    try:
        node: yaml.Node | None = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise ClaimFileError([syntax_problem(path, text, exc)]) from None
    except yaml.YAMLError as exc:
        raise ClaimFileError(
            [Problem(path, 1, 1, f"YAML error: {exc}", "check that the file is YAML text")]
        ) from None
    except RecursionError:  # only with the pure-Python parser; libyaml stops at depth 1000
        raise ClaimFileError(
            [Problem(path, 1, 1, "the values are nested too deeply", "flatten the file")]
        ) from None
    return node


def parse_claim_set(raw: bytes, path: str | Path) -> ClaimSet:
    """Validate the bytes of a claim file read from `path`; raise ClaimFileError if bad."""
    path = Path(path)
    text = _decode(path, raw)
    root = _compose(path, text)
    if root is None:
        raise ClaimFileError(
            [Problem(path, 1, 1, "the file is empty", "write `article:` and `claims:` sections")]
        )
    reader = NodeReader(path)
    try:
        data = reader.read(root)
    except TooLarge as exc:
        if exc.aliased:
            message = f"the aliases expand to more than {MAX_ALIASED:,} values"
            hint = "remove the anchors and aliases (& and *)"
        else:
            message, hint = f"the file holds more than {MAX_NODES:,} values", "split the file"
        reader.problem(exc.mark, message, hint)
        raise ClaimFileError(reader.problems) from None
    article, claims = validate(data, reader)
    article_text = _read_article_text(path, article, reader) if article else None
    if reader.problems or article is None:
        raise ClaimFileError(
            reader.problems or [Problem(path, 1, 1, "no article", "add an `article:` section")]
        )
    locations = {
        claim.id: _location(reader.positions.find(("claims", index)))
        for index, claim in enumerate(claims)
    }
    return ClaimSet(
        article=article,
        claims=tuple(claims),
        path=path,
        claim_locations=locations,
        article_text=article_text,
        id_location=_location(reader.positions.find(("article", "id"))),
    )


def load_claim_set(path: str | Path) -> ClaimSet:
    """Read and validate one claim-set file; raise ClaimFileError listing every problem."""
    path = Path(path)
    try:
        raw = read_file(path, limit=MAX_FILE_BYTES, root=workspace_of(path))
    except Refused as exc:
        if exc.too_large:
            raise ClaimFileError([_too_large(path)]) from None
        raise ClaimFileError(
            [Problem(path, 0, 0, f"cannot read the file: {exc.reason}", "check the path")]
        ) from None
    return parse_claim_set(raw, path)


def _location(mark: yaml.Mark | None) -> Location:
    return (
        Location(line=mark.line + 1, column=mark.column + 1) if mark else Location(line=1, column=1)
    )


def _read_article_text(path: Path, article: Article, reader: NodeReader) -> str | None:
    if article.text is None:
        return None
    mark = reader.positions.find(("article", "text"))
    hint = "give a UTF-8 text file relative to the claim file, or drop `text:`"
    if Path(article.text).is_absolute():
        reader.problem(mark, "the article text must be a path relative to the claim file", hint)
        return None
    text_path = path.parent / article.text
    try:
        raw = read_file(text_path, limit=MAX_FILE_BYTES, root=workspace_of(path))
        return raw.decode("utf-8-sig")
    except Refused as exc:
        reason = exc.reason
    except UnicodeDecodeError as exc:
        reason = f"byte {exc.start:,} is not valid UTF-8"
    reader.problem(mark, f"cannot read the article text {quoted(text_path)}: {reason}", hint)
    return None


def _expand(paths: Iterable[str | Path]) -> Iterator[Path | Problem]:
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found = sorted(path.glob("*.yaml"))
            if not found:
                yield Problem(path, 0, 0, "no *.yaml claim file in this folder", "check the path")
            yield from found
        else:
            yield path


KEPT_CLAIMS = 20_000
"""Claims that `stream_claim_sets` keeps from its validating read; files past them are read
again when their turn comes, so that a large batch holds about one claim set in memory."""


def load_claim_sets(paths: Iterable[str | Path]) -> list[ClaimSet]:
    """Load files and directories (every `*.yaml` in them); all problems raised together.

    A file named twice is loaded once; two files whose articles share an id are an error, since
    their reports would overwrite each other.
    """
    return [claim_set for _, _, claim_set in _load_all(paths, keep=None) if claim_set]


def stream_claim_sets(
    paths: Iterable[str | Path], *, keep: int = KEPT_CLAIMS
) -> Iterator[ClaimSet]:
    """Like `load_claim_sets`, every file validated before this returns (all problems raised
    together), but the claim sets come one at a time: past `keep` claims a file is dropped
    after validation and read again when its turn comes (100,000 claims take 100 MB)."""
    plan = _load_all(paths, keep=keep)
    return _reread(plan)


def claim_files(paths: Iterable[str | Path]) -> list[Path]:
    """Every claim file of `paths` (folders expanded, a file named twice once), in order, each
    validated: all problems are raised together, as by `load_claim_sets`."""
    return [path for path, _, _ in _load_all(paths, keep=0)]


def _reread(plan: list[_Planned]) -> Iterator[ClaimSet]:
    while plan:
        path, article_id, kept = plan.pop(0)  # let each claim set go once the caller is done
        if kept is not None:
            yield kept
            continue
        claim_set = load_claim_set(path)
        if claim_set.article.id != article_id:
            where = claim_set.id_location or Location(line=1, column=1)
            problem = f"the article id changed from `{article_id}` while the batch was checked"
            raise ClaimFileError([Problem(path, where.line, where.column, problem, "run again")])
        yield claim_set


_Planned = tuple[Path, str, ClaimSet | None]
"""A validated file: its path, its article id and its claim set, or None to read it again."""


def _load_all(paths: Iterable[str | Path], *, keep: int | None) -> list[_Planned]:
    """Every file validated, in order; claim sets past `keep` claims are not kept."""
    sets: list[_Planned] = []
    kept = 0
    problems: list[Problem] = []
    seen_files: set[Path] = set()
    owners: dict[str, Path] = {}
    for path in _expand(paths):
        if isinstance(path, Problem):
            problems.append(path)
            continue
        key = Path(os.path.realpath(path))  # never raises, even on a link loop
        if key in seen_files:
            continue
        seen_files.add(key)
        try:
            claim_set = load_claim_set(path)
        except ClaimFileError as exc:
            problems.extend(exc.problems)
            continue
        article_id = claim_set.article.id
        if article_id in owners:
            where = claim_set.id_location or Location(line=1, column=1)
            problems.append(
                Problem(
                    path,
                    where.line,
                    where.column,
                    f"the article id `{article_id}` is also used by {owners[article_id]}",
                    "give each article its own id; it names the report files",
                )
            )
            continue
        owners[article_id] = path
        kept += len(claim_set.claims)
        held = keep is None or (keep > 0 and kept <= keep)
        sets.append((path, article_id, claim_set if held else None))
    if problems:
        raise ClaimFileError(problems)
    return sets

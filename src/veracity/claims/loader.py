"""Load claim-set YAML files safely, with every error located at `file:line:col`.

The file is parsed into YAML nodes (libyaml's C parser when present), which keep their position,
then turned into plain data by a walk that accepts only the YAML core types: no Python tags, no
alias bombs, no duplicate keys. Pydantic validates the data and each of its errors is mapped back
to the node it concerns, so a desk sees every problem of a file at once, each with its fix.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from veracity.claims.models import ID_PATTERN, Article, Claim, ClaimSet, Location
from veracity.errors import ClaimFileError, Problem

__all__ = ["MAX_FILE_BYTES", "MAX_NODES", "load_claim_set", "load_claim_sets"]

MAX_FILE_BYTES = 5 * 1024 * 1024
"""Claim files above this size are refused (a 10,000-claim file is about 1.5 MB)."""
MAX_NODES = 1_000_000
"""Upper bound on YAML nodes visited, aliases included: stops 'billion laughs' files."""

_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CORE_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}
_FIELDS = {
    "top": ["article", "claims"],
    "article": list(Article.model_fields),
    "claim": list(Claim.model_fields),
}
Path_ = tuple[str | int, ...]


class _Positions:
    """Maps a data path such as ('claims', 3, 'text') to the YAML node marks it came from."""

    def __init__(self) -> None:
        self.value: dict[Path_, yaml.Mark] = {}
        self.key: dict[Path_, yaml.Mark] = {}

    def find(self, path: Path_) -> yaml.Mark | None:
        for end in range(len(path), -1, -1):
            mark = self.value.get(path[:end])
            if mark is not None:
                return mark
        return None


class _Builder:
    """Turns a YAML node tree into plain Python data, recording positions."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.positions = _Positions()
        self.problems: list[Problem] = []
        self.visited = 0
        self._scalars = yaml.SafeLoader("")

    def problem(self, mark: yaml.Mark | None, message: str, hint: str = "") -> None:
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        self.problems.append(Problem(self.path, line, column, message, hint))

    def build(self, node: yaml.Node, at: Path_) -> Any:
        self.visited += 1
        if self.visited > MAX_NODES:
            raise _TooLarge(node.start_mark)
        self.positions.value.setdefault(at, node.start_mark)
        if node.tag not in _CORE_TAGS:
            self.problem(
                node.start_mark,
                f"the YAML tag {node.tag!r} is not allowed",
                "claim files hold plain text, numbers and dates; remove the tag",
            )
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, at)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(child, (*at, i)) for i, child in enumerate(node.value)]
        try:
            return self._scalars.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError) as exc:
            self.problem(node.start_mark, f"cannot read the value {node.value!r}: {exc}")
            return None

    def _mapping(self, node: yaml.MappingNode, at: Path_) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.problem(
                    key_node.start_mark,
                    "merge keys (<<) are not allowed",
                    "write the keys out in full",
                )
                continue
            key = self.build(key_node, (*at, "<key>"))
            if not isinstance(key, str):
                self.problem(
                    key_node.start_mark,
                    f"the key {key!r} is not text",
                    "keys are names such as `id` or `text`",
                )
                continue
            if key in result:
                self.problem(
                    key_node.start_mark, f"the key {key!r} appears twice here", "keep one of them"
                )
                continue
            self.positions.key[(*at, key)] = key_node.start_mark
            result[key] = self.build(value_node, (*at, key))
        return result


class _TooLarge(Exception):
    def __init__(self, mark: yaml.Mark) -> None:
        self.mark = mark


def _decode(path: Path, raw: bytes) -> str:
    if len(raw) > MAX_FILE_BYTES:
        raise ClaimFileError(
            [
                Problem(
                    path,
                    1,
                    1,
                    f"the file is {len(raw):,} bytes, above the limit of {MAX_FILE_BYTES:,}",
                    "split the article's claims into several files",
                )
            ]
        )
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


def _syntax_problem(path: Path, text: str, exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    what = (exc.problem or exc.context or "invalid YAML").strip()
    hint = "check the quoting and indentation around this place"
    lines = text.splitlines()
    at_tab = 0 < line <= len(lines) and "\t" in lines[line - 1][: column + 1]
    if "'\\t'" in what or "tab" in what or (at_tab and "cannot start any token" in what):
        what, hint = "a tab character is used for indentation", "indent with spaces, not tabs"
    elif "found unexpected end of stream" in what or "while scanning a quoted scalar" in str(
        exc.context or ""
    ):
        hint = "close the quotation mark that starts at " + (
            f"line {exc.context_mark.line + 1}" if exc.context_mark else "the value"
        )
    elif "mapping values are not allowed" in what:
        hint = "put text that contains ': ' in quotes"
    return Problem(path, line, column, f"YAML syntax error: {what}", hint)


def _describe(error: ErrorDetails) -> tuple[str, str]:
    kind, message = error["type"], error["msg"]
    loc = error["loc"]
    field = str(loc[-1]) if loc else "value"
    if kind == "missing":
        return f"`{field}` is missing", f"add `{field}:`"
    if kind == "string_pattern_mismatch" and field == "id":
        return (
            "ids must be lowercase letters, digits and hyphens",
            f"use a slug matching {ID_PATTERN}, e.g. `gfp-rank`",
        )
    if kind == "string_pattern_mismatch" and field == "url":
        return "the url is not an http(s) address", "write it as https://…"
    if kind == "string_type":
        return (
            f"`{field}` must be text, not {type(error['input']).__name__}",
            "put the value in quotes",
        )
    if kind == "string_too_short":
        return f"`{field}` is empty", f"write the {field}, or remove the entry"
    if kind.startswith(("date_", "datetime_")):
        return f"`{field}` must be a date", "write it as YYYY-MM-DD"
    if kind.startswith("int_"):
        return f"`{field}` must be a whole number", "write digits only, e.g. 2024"
    if kind.startswith("bool_"):
        return f"`{field}` must be true or false", "write `true` or `false`"
    return f"`{field}`: {message[0].lower() + message[1:]}", ""


def _unknown_key_hint(section: str, key: str) -> str:
    known = _FIELDS[section]
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    if close:
        return f"did you mean `{close[0]}`?"
    return "allowed keys here: " + ", ".join(f"`{k}`" for k in known)


def _validate(data: Any, builder: _Builder) -> tuple[Article | None, list[Claim]]:
    if not isinstance(data, dict):
        builder.problem(
            builder.positions.value.get(()),
            "the file must be a mapping with `article:` and `claims:`",
            "see the minimal form in README.md",
        )
        return None, []
    for key in data:
        if key not in _FIELDS["top"]:
            builder.problem(
                builder.positions.key.get((key,)),
                f"unknown key `{key}`",
                _unknown_key_hint("top", key),
            )
    for key in ("article", "claims"):
        if key not in data:
            builder.problem(None, f"`{key}:` is missing", f"add a top-level `{key}:` section")
    article = None
    if "article" in data:
        article = _validate_one(Article, "article", data["article"], ("article",), builder)
    claims: list[Claim] = []
    raw_claims = data.get("claims")
    if "claims" in data and not isinstance(raw_claims, list):
        builder.problem(
            builder.positions.find(("claims",)),
            "`claims` must be a list",
            "start each claim with `- id: …`",
        )
        raw_claims = []
    elif isinstance(raw_claims, list) and not raw_claims:
        builder.problem(
            builder.positions.find(("claims",)), "`claims` is empty", "add at least one claim"
        )
    first_seen: dict[str, int] = {}
    for index, raw in enumerate(raw_claims or []):
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        if isinstance(raw_id, str) and raw_id in first_seen:
            builder.problem(
                builder.positions.find(("claims", index, "id")),
                f"the claim id `{raw_id}` is used twice",
                f"ids must be unique; claim {first_seen[raw_id] + 1} already uses it",
            )
            continue
        if isinstance(raw_id, str):
            first_seen[raw_id] = index
        claim = _validate_one(Claim, "claim", raw, ("claims", index), builder)
        if claim is not None:
            claims.append(claim)
    return article, claims


def _validate_one(model: type[Any], section: str, raw: Any, at: Path_, builder: _Builder) -> Any:
    if not isinstance(raw, dict):
        builder.problem(
            builder.positions.find(at),
            f"this {section} must be a mapping",
            "write `key: value` lines under it",
        )
        return None
    try:
        return model.model_validate(raw, strict=False)
    except ValidationError as exc:
        for error in exc.errors():
            loc = (*at, *error["loc"])
            if error["type"] == "extra_forbidden":
                key = str(error["loc"][-1])
                builder.problem(
                    builder.positions.key.get(loc) or builder.positions.find(loc),
                    f"unknown key `{key}` in this {section}",
                    _unknown_key_hint(section, key),
                )
                continue
            what, hint = _describe(error)
            builder.problem(builder.positions.find(loc), what, hint)
        return None


def load_claim_set(path: str | Path) -> ClaimSet:
    """Read and validate one claim-set file; raise ClaimFileError listing every problem."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ClaimFileError(
            [Problem(path, 1, 1, f"cannot read the file: {reason}", "check the path")]
        ) from None
    text = _decode(path, raw)
    builder = _Builder(path)
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise ClaimFileError([_syntax_problem(path, text, exc)]) from None
    except yaml.YAMLError as exc:
        raise ClaimFileError([Problem(path, 1, 1, f"YAML error: {exc}")]) from None
    if root is None:
        raise ClaimFileError(
            [Problem(path, 1, 1, "the file is empty", "write `article:` and `claims:` sections")]
        )
    try:
        data = builder.build(root, ())
    except _TooLarge as exc:
        builder.problem(
            exc.mark,
            f"the YAML expands to more than {MAX_NODES:,} values",
            "remove the anchors and aliases (& and *)",
        )
        raise ClaimFileError(builder.problems) from None
    article, claims = _validate(data, builder)
    article_text = _read_article_text(path, article, builder) if article else None
    if builder.problems or article is None:
        raise ClaimFileError(builder.problems or [Problem(path, 1, 1, "no article")])
    locations = {
        claim.id: _location(builder.positions.find(("claims", index)))
        for index, claim in enumerate(claims)
    }
    return ClaimSet(
        article=article,
        claims=tuple(claims),
        path=path,
        claim_locations=locations,
        article_text=article_text,
    )


def _location(mark: yaml.Mark | None) -> Location:
    return (
        Location(line=mark.line + 1, column=mark.column + 1) if mark else Location(line=1, column=1)
    )


def _read_article_text(path: Path, article: Article, builder: _Builder) -> str | None:
    if article.text is None:
        return None
    text_path = path.parent / article.text
    try:
        return text_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        builder.problem(
            builder.positions.find(("article", "text")),
            f"cannot read the article text {text_path}: {getattr(exc, 'strerror', None) or exc}",
            "give a UTF-8 text file relative to the claim file, or drop `text:`",
        )
        return None


def _expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    for item in paths:
        path = Path(item)
        if path.is_dir():
            yield from sorted(path.glob("*.yaml"))
        else:
            yield path


def load_claim_sets(paths: Iterable[str | Path]) -> list[ClaimSet]:
    """Load files and directories (every `*.yaml` in them); all problems raised together."""
    sets: list[ClaimSet] = []
    problems: list[Problem] = []
    for path in _expand(paths):
        try:
            sets.append(load_claim_set(path))
        except ClaimFileError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ClaimFileError(problems)
    return sets

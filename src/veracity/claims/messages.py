"""What a claim-file problem says: the wording of syntax and validation errors, with their fix."""

from __future__ import annotations

import difflib
from pathlib import Path

import yaml
from pydantic_core import ErrorDetails

from veracity.claims.models import ID_PATTERN, Article, Claim
from veracity.errors import Problem

__all__ = ["FIELDS", "describe", "syntax_problem", "unknown_key_hint"]

FIELDS = {
    "top": ["article", "claims"],
    "article": list(Article.model_fields),
    "claim": list(Claim.model_fields),
}


def syntax_problem(path: Path, text: str, exc: yaml.MarkedYAMLError) -> Problem:
    """A YAML parse error as a located problem, with the likely fix."""
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
    elif "another document" in what:
        hint = "a claim file holds one document; remove the `---` line or split the file"
    elif "nesting depth" in what:
        hint = "a claim file nests three levels: claims, a claim, its keys"
    elif "control characters" in what or "special characters" in what:
        hint = "remove the control character; claim files hold printable text"
    return Problem(path, line, column, f"YAML syntax error: {what}", hint)


def describe(error: ErrorDetails) -> tuple[str, str]:
    """(what is wrong, how to fix it) for one pydantic validation error."""
    kind, message = error["type"], error["msg"]
    loc = error["loc"]
    field = str(loc[-1]) if loc else "value"
    if kind == "missing":
        return f"`{field}` is missing", f"add `{field}:`"
    if "links" in loc:
        return _link_problem(kind, message, error.get("ctx") or {})
    if kind == "string_pattern_mismatch" and field == "id":
        return (
            "ids must be lowercase letters, digits and hyphens",
            f"use a slug matching {ID_PATTERN}, e.g. `gfp-rank`",
        )
    if kind == "string_pattern_mismatch" and field == "url":
        return "the url is not an http(s) address", "write it as https://…"
    if error.get("input", 0) is None:
        return f"`{field}` has no value", f"write the {field} after `{field}:`, or remove the line"
    if kind == "string_type":
        return (
            f"`{field}` must be text, not {type(error['input']).__name__}",
            "put the value in quotes",
        )
    if kind == "string_too_short":
        return f"`{field}` is empty", f"write the {field}, or remove the entry"
    if kind == "string_too_long":
        limit = (error.get("ctx") or {}).get("max_length", "the limit")
        return f"`{field}` is longer than {limit} characters", "shorten it"
    if kind.startswith(("date_", "datetime_")):
        return f"`{field}` must be a date", "write it as YYYY-MM-DD"
    if kind.startswith("int_"):
        return f"`{field}` must be a whole number", "write digits only, e.g. 2024"
    if kind.startswith("bool_"):
        return f"`{field}` must be true or false", "write `true` or `false`"
    if kind in ("greater_than_equal", "less_than_equal"):
        ctx = error.get("ctx") or {}
        low, high = ctx.get("ge", "…"), ctx.get("le", "…")
        if kind == "greater_than_equal":
            return f"`{field}` must be at least {low}", "correct the value"
        return f"`{field}` must be at most {high}", "correct the value"
    return (
        f"`{field}`: {message[0].lower() + message[1:]}",
        "see the claim file format in README.md",
    )


_LINK_FORM = "write `systems:<id>`, `manufacturers:<id>`, `organisations:<id>` or `none`"


def _link_problem(kind: str, message: str, ctx: dict[str, object]) -> tuple[str, str]:
    """A fault in a claim's `links` (the desk's reading of its names)."""
    if kind == "string_pattern_mismatch":
        return "a link must name a catalogue row or `none`", _LINK_FORM
    if kind == "too_long":
        limit = ctx.get("max_length", "the limit")
        return f"`links` holds more than {limit} names", "link only the names the tool misreads"
    if kind == "value_error":
        return message.removeprefix("Value error, "), "see `links` in README.md"
    return f"`links`: {message[0].lower() + message[1:]}", "see `links` in README.md"


def unknown_key_hint(section: str, key: str) -> str:
    """`did you mean …?` for a misspelt key, else the list of allowed keys."""
    known = FIELDS[section]
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.75)
    if close:
        return f"did you mean `{close[0]}`?"
    return "allowed keys here: " + ", ".join(f"`{k}`" for k in known)

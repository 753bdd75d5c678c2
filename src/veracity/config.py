"""The workspace's `[tool.veracity]` settings, from the nearest pyproject.toml."""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from veracity.errors import ConfigError
from veracity.findings import Verdict
from veracity.suggest import did_you_mean
from veracity.workspace import Refused, inside, quoted, read_file

__all__ = [
    "MAX_PYPROJECT_BYTES",
    "PATH_KEYS",
    "Author",
    "Settings",
    "load_settings",
    "parse_author",
    "parse_fail_on",
]

MAX_PYPROJECT_BYTES = 1024 * 1024
PATH_KEYS = ("verifiers-dir", "sources-dir", "plugins", "data", "output-dir", "online-cache")
"""Settings that name a folder: relative to the workspace and inside it, links followed."""

KEYS = {
    "fail-on",
    "fail-on-error",
    "verifiers-dir",
    "sources-dir",
    "verifiers",
    "plugins",
    "data",
    "author",
    "online",
    "online-cache",
    "online-contact",
    "timeout",
    "formats",
    "output-dir",
    "sarif-notes",
}
AUTHOR_KEYS = ("name", "url", "review-url")
FOLDERS = {"verifiers-dir": ("plugins", "verifiers"), "sources-dir": ("data", "sources")}
"""Folder key → (its deprecated name, the workspace folder used when neither is set)."""
_HTTP = re.compile(r"^https?://[^\s]+$")


@dataclass(frozen=True, slots=True)
class Author:
    """The organisation that publishes the fact-checks (ClaimReview `author`).

    `review_url` is where a review is published; `{article}` and `{claim}` in it are replaced
    by the ids (default: the author's `url` with `#<article>-<claim>`).
    """

    name: str
    url: str | None = None
    review_url: str | None = None


def parse_author(value: Any) -> Author | None:
    """`author = {name = "…", url = "https://…", review-url = "https://…/{article}#{claim}"}`."""
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ConfigError(
            'author: must be a table such as {name = "Desk", url = "https://desk.example"}'
        )
    unknown = sorted(set(value) - set(AUTHOR_KEYS))
    if unknown:
        raise ConfigError(f"author: unknown keys {unknown}; known: {list(AUTHOR_KEYS)}")
    name = value.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError("author: `name` is required: the organisation publishing the checks")
    for key in ("url", "review-url"):
        item = value.get(key)
        if item is not None and not (isinstance(item, str) and _HTTP.match(item)):
            raise ConfigError(f"author: `{key}` must be an http(s) address, got {item!r}")
    return Author(name.strip(), value.get("url"), value.get("review-url"))


def parse_fail_on(value: object) -> frozenset[Verdict]:
    """`refuted`, `refuted,misleading` or `none` → the verdicts that fail the run."""
    allowed = ", ".join(v.value for v in Verdict)
    if isinstance(value, str):
        items: list[object] = list(value.split(","))
    elif isinstance(value, list):
        items = list(value)
    else:
        raise ConfigError(f"fail-on: {value!r} is not 'none' or a list of {allowed}")
    if not all(isinstance(i, str) for i in items):
        raise ConfigError(f"fail-on: {value!r} is not 'none' or a list of {allowed}")
    names = [str(i).strip() for i in items if str(i).strip()]
    if names == ["none"]:
        return frozenset()
    try:
        return frozenset(Verdict(n) for n in names)
    except ValueError:
        raise ConfigError(f"fail-on: {value!r} is not 'none' or a list of {allowed}") from None


@dataclass(frozen=True)
class Settings:
    root: Path
    table: dict[str, Any] = field(default_factory=dict)

    def path(self, key: str) -> Path | None:
        value = self.table.get(key)
        return None if value is None else (self.root / str(value))

    def check_paths(self, candidate: Path) -> None:
        """ConfigError when a folder setting is absolute or leads outside the workspace."""
        for key in PATH_KEYS:
            value = self.table.get(key)
            if not isinstance(value, str):
                continue
            if (
                "\x00" in value
                or Path(value).is_absolute()
                or not inside(Path(os.path.realpath(self.root / value)), self.root)
            ):
                raise ConfigError(
                    f"{quoted(candidate)}: [tool.veracity] {key} = {quoted(value)} leads outside "
                    f"the workspace {quoted(self.root)}; give a folder inside it"
                )

    def folder(self, key: str) -> Path | None:
        """`verifiers-dir` or `sources-dir`: the setting (or its deprecated name), else the
        workspace's `verifiers/` or `sources/` folder when it exists, else None."""
        old, default = FOLDERS[key]
        given = self.path(key) or self.path(old)
        if given is not None:
            return given
        found = self.root / default
        if not found.is_dir():
            return None
        if not inside(Path(os.path.realpath(found)), self.root):  # as check_paths for a setting
            raise ConfigError(
                f"the workspace folder {quoted(found)} links outside the workspace "
                f"{quoted(self.root)}; make it a folder inside it"
            )
        return found

    @property
    def deprecations(self) -> list[str]:
        """One message per deprecated key the table uses."""
        return [
            f"[tool.veracity] `{old}` is deprecated: call it `{key}` (same meaning)"
            for key, (old, _) in FOLDERS.items()
            if old in self.table
        ]

    @property
    def verifier_tables(self) -> dict[str, Any]:
        """`[tool.veracity.verifiers.NAME]` tables: each verifier's own settings."""
        tables = self.table.get("verifiers", {})
        return dict(tables) if isinstance(tables, dict) else {}

    @property
    def fail_on(self) -> frozenset[Verdict]:
        return parse_fail_on(self.table.get("fail-on", "refuted"))

    @property
    def author(self) -> Author | None:
        return parse_author(self.table.get("author"))


def _check_types(candidate: Path, table: dict[str, Any]) -> None:
    from veracity.reports import FORMATS

    for key in ("plugins", "data", "output-dir", *FOLDERS):
        if key in table and not isinstance(table[key], str):
            raise ConfigError(f"{candidate}: [tool.veracity] {key} must be a string")
    for key, (old, _) in FOLDERS.items():
        if key in table and old in table:
            raise ConfigError(f"{candidate}: [tool.veracity] sets both {key} and {old}: keep {key}")
    tables = table.get("verifiers", {})
    if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
        raise ConfigError(
            f"{candidate}: [tool.veracity] verifiers must hold one table per verifier, "
            '[tool.veracity.verifiers."NAME"]'
        )
    timeout = table.get("timeout", 1)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ConfigError(f"{candidate}: [tool.veracity] timeout must be a positive number")
    formats = table.get("formats", [])
    if not isinstance(formats, list) or not all(
        isinstance(f, str) and f in FORMATS for f in formats
    ):
        raise ConfigError(
            f"{candidate}: [tool.veracity] formats must be a list of {', '.join(FORMATS)}"
        )
    for key in ("online", "fail-on-error"):
        if key in table and not isinstance(table[key], bool):
            raise ConfigError(f"{candidate}: [tool.veracity] {key} must be true or false")


def load_settings(start: Path | None = None) -> Settings:
    """Settings from the first pyproject.toml at or above `start` (default: cwd)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                raw = read_file(candidate, limit=MAX_PYPROJECT_BYTES, root=folder)
                data = tomllib.loads(raw.decode("utf-8"))
            except (Refused, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"{quoted(candidate)}: {exc}") from None
            table = data.get("tool", {}).get("veracity", {})
            if not isinstance(table, dict):
                raise ConfigError(f"{candidate}: [tool.veracity] must be a table")
            unknown = sorted(set(table) - KEYS)
            if unknown:
                hints = ", ".join(f"{k!r}{did_you_mean(k, KEYS)}" for k in unknown)
                raise ConfigError(
                    f"{candidate}: unknown [tool.veracity] keys {hints}; known: {sorted(KEYS)}"
                )
            _check_types(candidate, table)
            settings = Settings(folder, table)
            settings.check_paths(candidate)
            try:  # validate early, naming the file
                settings.fail_on  # noqa: B018
                settings.author  # noqa: B018
                if not isinstance(table.get("sarif-notes", False), bool):
                    raise ConfigError("sarif-notes: must be true or false")
            except ConfigError as exc:
                raise ConfigError(f"{candidate}: [tool.veracity] {exc}") from None
            return settings
    return Settings(here)

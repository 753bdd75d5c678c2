"""The workspace's `[tool.veracity]` settings, from the nearest pyproject.toml."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from veracity.errors import ConfigError
from veracity.findings import Verdict

__all__ = ["Settings", "load_settings", "parse_fail_on"]

KEYS = {"fail-on", "plugins", "data", "author", "online", "timeout", "formats", "output-dir"}


def parse_fail_on(value: str | list[str]) -> frozenset[Verdict]:
    """`refuted`, `refuted,misleading` or `none` → the verdicts that fail the run."""
    items = value if isinstance(value, list) else value.split(",")
    names = [i.strip() for i in items if i.strip()]
    if names == ["none"]:
        return frozenset()
    try:
        return frozenset(Verdict(n) for n in names)
    except ValueError:
        allowed = ", ".join(v.value for v in Verdict)
        raise ConfigError(f"fail-on: {value!r} is not 'none' or a list of {allowed}") from None


@dataclass(frozen=True)
class Settings:
    root: Path
    table: dict[str, Any] = field(default_factory=dict)

    def path(self, key: str) -> Path | None:
        value = self.table.get(key)
        return None if value is None else (self.root / str(value))

    @property
    def fail_on(self) -> frozenset[Verdict]:
        return parse_fail_on(self.table.get("fail-on", "refuted"))


def load_settings(start: Path | None = None) -> Settings:
    """Settings from the first pyproject.toml at or above `start` (default: cwd)."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"{candidate}: {exc}") from None
            table = data.get("tool", {}).get("veracity", {})
            if not isinstance(table, dict):
                raise ConfigError(f"{candidate}: [tool.veracity] must be a table")
            unknown = sorted(set(table) - KEYS)
            if unknown:
                raise ConfigError(
                    f"{candidate}: unknown [tool.veracity] keys {unknown}; known: {sorted(KEYS)}"
                )
            settings = Settings(folder, table)
            settings.fail_on  # noqa: B018 - validate early
            return settings
    return Settings(here)

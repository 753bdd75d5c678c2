"""`[tool.veracity]` settings the reports read: the ClaimReview author and sarif-notes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from veracity.config import Author, load_settings, parse_author
from veracity.errors import ConfigError


def _workspace(tmp_path: Path, table: str) -> Path:
    (tmp_path / "pyproject.toml").write_text(f"[tool.veracity]\n{table}\n", encoding="utf-8")
    return tmp_path


def test_author_table_is_read(tmp_path: Path) -> None:
    folder = _workspace(
        tmp_path,
        'author = {name = "Example Desk", url = "https://desk.example.org", '
        'review-url = "https://desk.example.org/{article}#{claim}"}',
    )
    assert load_settings(folder).author == Author(
        "Example Desk", "https://desk.example.org", "https://desk.example.org/{article}#{claim}"
    )


def test_no_author_is_none(tmp_path: Path) -> None:
    assert load_settings(_workspace(tmp_path, 'fail-on = "refuted"')).author is None


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('author = "Example Desk"', "author: must be a table"),
        ('author = {url = "https://desk.example.org"}', "author: `name` is required"),
        ('author = {name = "  "}', "author: `name` is required"),
        ('author = {name = "D", url = "desk.example.org"}', "`url` must be an http"),
        ('author = {name = "D", review-url = "javascript:x"}', "`review-url` must be an http"),
        ('author = {name = "D", logo = "https://x.example"}', "unknown keys \\['logo'\\]"),
        ("sarif-notes = 1", "sarif-notes: must be true or false"),
    ],
)
def test_bad_settings_name_the_file(tmp_path: Path, table: str, message: str) -> None:
    folder = _workspace(tmp_path, table)
    with pytest.raises(ConfigError, match=message) as info:
        load_settings(folder)
    assert str(folder / "pyproject.toml") in str(info.value)


@pytest.mark.parametrize("value", [None, {"name": "Desk"}])
def test_parse_author_accepts(value: Any) -> None:
    author = parse_author(value)
    assert author is None or author.name == "Desk"

"""Claim-set files: valid per DESIGN, deterministic, written atomically."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from veracity.claims.models import Article, Claim
from veracity.errors import ExtractError
from veracity.extract import extract_to_file
from veracity.extract.output import render_claim_set, write_atomically

DATA = Path(__file__).parents[1] / "data" / "extract"


def test_same_article_same_bytes(tmp_path: Path) -> None:
    one = extract_to_file(DATA / "poland.md", tmp_path / "a" / "poland.yaml").path
    two = extract_to_file(DATA / "poland.md", tmp_path / "b" / "poland.yaml").path
    assert one.read_bytes() == two.read_bytes()


def test_awkward_strings_round_trip(tmp_path: Path) -> None:
    text = 'He said: "No. 1" — #1 # not a comment\\ {x: [y]} & *a !tag\u2028next'
    article = Article(id="odd", title="yes", published=dt.date(2024, 1, 2))
    claims = [
        Claim(id="odd-1", text=text, quote="line one\nline two", checkable=False, note="n"),
        Claim(id="odd-2", text="true"),
    ]
    path = tmp_path / "odd.yaml"
    loaded = write_atomically(path, render_claim_set(article, claims, "odd.txt"))
    assert loaded.article == article
    assert list(loaded.claims) == [
        claim.model_copy(update={"text": " ".join(claim.text.split())}) for claim in claims
    ]
    assert loaded.path == path


def test_a_file_that_would_not_load_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("keep me\n")
    with pytest.raises(ExtractError, match="would not load"):
        write_atomically(path, "article:\n  id: BAD ID\nclaims: []\n")
    assert path.read_text() == "keep me\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.yaml"]


def test_new_files_are_readable_by_others(tmp_path: Path) -> None:
    path = extract_to_file(DATA / "wrapped.txt", tmp_path / "w.yaml").path
    assert path.stat().st_mode & 0o777 == 0o644


def test_new_files_follow_the_umask(tmp_path: Path) -> None:
    before = os.umask(0o077)
    try:
        path = extract_to_file(DATA / "wrapped.txt", tmp_path / "w.yaml").path
    finally:
        os.umask(before)
    assert path.stat().st_mode & 0o777 == 0o600

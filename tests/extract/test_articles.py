"""Articles of our own, in each format, become the reviewed claim sets beside them."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from veracity.claims import load_claim_set
from veracity.extract import extract, extract_to_file

DATA = Path(__file__).parents[1] / "data" / "extract"
ARTICLES = [
    "poland.md",
    "korea.html",
    "wrapped.txt",
    "minimal.htm",
    "brahmos.txt",
    "attributed.txt",
]


def expected(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        (DATA / f"{name.split('.')[0]}.expected.yaml").read_text("utf-8")
    )
    return data


@pytest.mark.parametrize("name", ARTICLES)
def test_claims_as_reviewed(name: str) -> None:
    claim_set = extract(DATA / name, DATA / f"{name.split('.')[0]}.yaml")
    want = expected(name)["claims"]
    assert [c.text for c in claim_set.claims] == [w["text"] for w in want]
    assert [c.checkable for c in claim_set.claims] == [w.get("checkable", True) for w in want]
    for claim in claim_set.claims:
        assert claim.checkable or claim.note, claim.text


@pytest.mark.parametrize("name", ARTICLES)
def test_metadata(name: str) -> None:
    article = extract(DATA / name, DATA / f"{name.split('.')[0]}.yaml").article
    want = expected(name)["article"]
    got = {k: v for k, v in article.model_dump().items() if v is not None and k != "text"}
    assert got == want


@pytest.mark.parametrize("name", ARTICLES)
def test_written_file_loads_and_locates_every_claim(name: str, tmp_path: Path) -> None:
    shutil.copy(DATA / name, tmp_path / name)  # beside the claim file, inside its workspace
    result = extract_to_file(tmp_path / name, tmp_path / "out.yaml")
    loaded = load_claim_set(tmp_path / "out.yaml")
    assert loaded.claims == result.claim_set.claims
    if name.endswith(".txt"):
        assert loaded.article_text is not None
        for claim in loaded.claims:
            location = loaded.article_location(claim)
            assert location is not None, claim.id
            assert claim.quote is not None
            lines = loaded.article_text.splitlines()
            assert lines[location.line - 1][location.column - 1 :].startswith(
                claim.quote.split("\n")[0]
            )
    else:
        assert loaded.article.text is None


def test_plain_text_points_at_the_article(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "articles").mkdir()
    shutil.copy(DATA / "wrapped.txt", tmp_path / "articles" / "wrapped.txt")
    result = extract_to_file(tmp_path / "articles" / "wrapped.txt", tmp_path / "claims" / "w.yaml")
    text = result.claim_set.article.text
    assert text == "../articles/wrapped.txt"
    assert result.claim_set.article_text is not None


def test_an_article_outside_the_workspace_is_not_named(tmp_path: Path) -> None:
    """`verify` reads article texts only inside the claim file's workspace, so a claim set
    extracted from an article elsewhere leaves `text:` out rather than name one it refuses."""
    result = extract_to_file(DATA / "wrapped.txt", tmp_path / "claims" / "w.yaml")
    assert result.claim_set.article.text is None
    assert load_claim_set(tmp_path / "claims" / "w.yaml").claims == result.claim_set.claims


def test_quote_is_the_first_occurrence(tmp_path: Path) -> None:
    article = tmp_path / "repeat.txt"
    article.write_text(
        "Poland ordered 48 jets in 2020.\n\nIn 2024, Poland ordered 48 jets.\n", encoding="utf-8"
    )
    claim_set = load_claim_set(extract_to_file(article, tmp_path / "r.yaml").path)
    second = claim_set.claims[1]
    assert second.text == "In 2024, Poland ordered 48 jets."
    assert second.quote == "2024, Poland ordered 48 jets"  # lengthened: the words occur before
    location = claim_set.article_location(second)
    assert location is not None
    assert (location.line, location.column) == (3, 4)


def test_published_date_is_a_date() -> None:
    assert extract(DATA / "korea.html").article.published == dt.date(2022, 8, 27)

"""A credit line names the article's source: it is metadata, never a claim."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from veracity.extract import read_article
from veracity.extract.credit import is_credit, read_credit
from veracity.extract.document import Meta

DATA = Path(__file__).parents[1] / "data" / "extract"


def test_credit_line_is_metadata_not_a_paragraph() -> None:
    document = read_article(DATA / "credited.txt")
    assert [document.block_text(b) for b in document.blocks] == [
        "Title Of The Piece",
        "The army bought 12 tanks.",
    ]
    assert document.url == "https://example.org/news/1"
    assert document.published == dt.date(2024, 4, 16)
    assert document.publisher == "The Daily Paper"


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("(From X, April 16, 2024: https://x.org/a)", dt.date(2024, 4, 16)),
        ("(From X, 2024-04-16: https://x.org/a)", dt.date(2024, 4, 16)),
        ("(From X, December 2023: https://x.org/a)", None),
        ("(From X, 31 February 2024: https://x.org/a)", None),
    ],
)
def test_only_a_whole_date_is_a_date(line: str, date: dt.date | None) -> None:
    meta = Meta()
    read_credit(line, meta)
    assert meta.published == date
    assert meta.url == "https://x.org/a"


def test_a_credit_is_bracketed_and_names_a_url() -> None:
    assert is_credit("(Quoted from X: https://x.org/a)")
    assert is_credit("[Photo: https://x.org/a.jpg]")
    assert not is_credit("(The army bought 12 tanks.)")
    assert not is_credit("See https://x.org/a for the rest.")

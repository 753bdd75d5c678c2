"""Reading articles: formats, metadata, and the errors a desk can fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from veracity.errors import ExtractError
from veracity.extract import read_article
from veracity.extract.from_text import is_heading_line


def test_plain_text_keeps_the_file_text(write) -> None:  # type: ignore[no-untyped-def]
    path = write("a.txt", "Title Of The Piece\r\nFirst line\r\nwraps here. Next.\r\n")
    document = read_article(path)
    assert document.format == "text"
    assert document.text == "Title Of The Piece\nFirst line\nwraps here. Next.\n"
    assert [(b.kind, document.block_text(b)) for b in document.blocks] == [
        ("heading", "Title Of The Piece"),
        ("paragraph", "First line\nwraps here. Next."),
    ]
    assert document.title == "Title Of The Piece"


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Kazakh Defense Ministry Plans Major Weaponry Upgrades for 2024", True),
        ("Norway Picks German Submarines", True),
        ("The ministry said it would buy more tanks", False),
        ("A Sentence That Ends.", False),
        ("", False),
    ],
)
def test_heading_lines(line: str, heading: bool) -> None:
    assert is_heading_line(line) is heading


def test_markdown_is_parsed_not_pattern_matched(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "a.md",
        "# The *Real* Title\n\nText with `code`, a [link](https://x.org) and ![an image](i.png)"
        " here.\n\n```\nNot. Prose.\n```\n\n<div>Raw HTML.</div>\n\n> Quoted words.\n",
    )
    document = read_article(path)
    assert document.format == "markdown"
    assert document.title == "The Real Title"
    assert [document.block_text(b) for b in document.blocks] == [
        "The Real Title",
        "Text with code, a link and here.",
        "Quoted words.",
    ]


def test_markdown_front_matter(write) -> None:  # type: ignore[no-untyped-def]
    path = write("a.md", "---\ntitle: Meta\nurl: ftp://no\ndate: 2024-02-30\n---\n# H\n\nText.\n")
    document = read_article(path)
    assert (document.title, document.url, document.published) == ("Meta", None, None)


def test_html_by_sniffing_and_fallbacks(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "page.txt",
        "<!DOCTYPE html><html><head><title>From title</title></head><body>"
        "<main><p>One.</p><ul><li><p>Two.</p></li></ul><footer><p>No.</p></footer></main>"
        "</body></html>",
    )
    document = read_article(path)
    assert document.format == "html"
    assert document.title == "From title"
    assert [document.block_text(b) for b in document.blocks] == ["One.", "Two."]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the article is empty"),
        (b"  \n\n  ", "the article is empty"),
        (b"<html><body><nav><p>Menu</p></nav></body></html>", "the article is empty"),
        (b"\x00\x01binary", "binary file"),
        (b"caf\xe9 text", "is not valid UTF-8"),
    ],
)
def test_unusable_articles(write, content: bytes, message: str) -> None:  # type: ignore[no-untyped-def]
    suffix = ".html" if content.startswith(b"<html") else ".txt"
    with pytest.raises(ExtractError, match=message):
        read_article(write("bad" + suffix, content))


def test_missing_article(tmp_path: Path) -> None:
    with pytest.raises(ExtractError, match="cannot read the article"):
        read_article(tmp_path / "nope.txt")


def test_first_line_alone_is_the_headline_whatever_its_capitals(write) -> None:  # type: ignore[no-untyped-def]
    path = write("a.txt", "Argentina buys 24 of Denmark's aging F-16 fighter jets\n\nText here.\n")
    document = read_article(path)
    assert [b.kind for b in document.blocks] == ["heading", "paragraph"]
    assert document.title == "Argentina buys 24 of Denmark's aging F-16 fighter jets"
    asked = read_article(write("q.txt", "Who Leads the Region in 2024?\n\nText here.\n"))
    assert [b.kind for b in asked.blocks] == ["heading", "paragraph"]
    stated = read_article(write("s.txt", "The army bought tanks.\n\nText here.\n"))
    assert [b.kind for b in stated.blocks] == ["paragraph", "paragraph"]
    unbroken = read_article(write("b.txt", "the ministry said it would buy\nmore tanks.\n"))
    assert [b.kind for b in unbroken.blocks] == ["paragraph"]

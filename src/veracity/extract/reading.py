"""Read an article file: plain text, Markdown or HTML, chosen by its suffix (else sniffed).

Errors a desk can fix (a missing, unreadable, binary, non-UTF-8, oversized or empty file) are
raised as `ExtractError` with the path and what to do.
"""

from __future__ import annotations

import re
from pathlib import Path

from veracity.errors import ExtractError
from veracity.extract.document import Document, Format
from veracity.extract.from_html import read_html
from veracity.extract.from_markdown import read_markdown
from veracity.extract.from_text import read_text
from veracity.workspace import Refused, quoted, read_file

__all__ = ["MAX_ARTICLE_BYTES", "article_format", "read_article"]

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
"""Files above this size are refused: no news article is that long."""

_SUFFIXES: dict[str, Format] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}
_HTML_START = re.compile(r"\A\s*(?:<!doctype\s+html|<html|<head|<body|<article)", re.I)


def article_format(path: Path, text: str) -> Format:
    """The format named by the suffix; for any other suffix, HTML if it looks like HTML."""
    known = _SUFFIXES.get(path.suffix.lower())
    if known:
        return known
    return "html" if _HTML_START.match(text) else "text"


def _decode(path: Path, raw: bytes) -> str:
    if b"\x00" in raw:
        raise ExtractError(f"{path}: this is a binary file — give a text, Markdown or HTML article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ExtractError(
            f"{path}:{line}: byte 0x{raw[exc.start]:02x} is not valid UTF-8 — "
            "save the file as UTF-8"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_article(path: str | Path) -> Document:
    """Read and reduce one article file; raise ExtractError when it cannot be used."""
    path = Path(path)
    try:
        raw = read_file(path, limit=MAX_ARTICLE_BYTES, root=None)  # named by the user: anywhere
    except Refused as exc:
        if exc.too_large:
            raise ExtractError(
                f"{quoted(path)}: {exc.reason} — give one article per file"
            ) from None
        raise ExtractError(
            f"{quoted(path)}: cannot read the article: {exc.reason} — check the path"
        ) from None
    text = _decode(path, raw)
    readers = {"text": read_text, "markdown": read_markdown, "html": read_html}
    document = readers[article_format(path, text)](text)
    if not any(document.text[b.start : b.end].strip() for b in document.blocks):
        raise ExtractError(
            f"{path}: the article is empty — there is no text to extract claims from"
        )
    return document

"""The article as `verify extract` sees it: one text, its blocks, and the metadata found.

Every reader (plain text, Markdown, HTML) produces a `Document`. Offsets of blocks, sentences and
claims all point into `Document.text`, which for a plain-text article is the file's own content,
so a claim's `quote` is the article's exact words and `ClaimSet.article_location` finds them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["Block", "BlockKind", "Document", "DocumentBuilder", "Format", "Meta"]

BlockKind = Literal["heading", "paragraph"]
Format = Literal["text", "markdown", "html"]

_URL = re.compile(r"https?://\S+")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")


@dataclass(frozen=True, slots=True)
class Block:
    """A heading or a paragraph: the span `[start, end)` of `Document.text`."""

    start: int
    end: int
    kind: BlockKind


@dataclass(frozen=True, slots=True)
class Document:
    """An article reduced to text, with the metadata its file carries."""

    text: str
    blocks: tuple[Block, ...]
    format: Format
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    publisher: str | None = None

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]


@dataclass
class DocumentBuilder:
    """Builds the text of a Markdown or HTML article block by block, blank lines between."""

    parts: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    length: int = 0

    def add(self, text: str, kind: BlockKind) -> None:
        text = " ".join(text.split())
        if not text:
            return
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        self.blocks.append(Block(self.length, self.length + len(text), kind))
        self.parts.append(text)
        self.length += len(text)

    def build(self, fmt: Format, meta: Meta) -> Document:
        return Document(
            "".join(self.parts),
            tuple(self.blocks),
            fmt,
            title=meta.title,
            url=meta.url,
            published=meta.published,
            publisher=meta.publisher,
        )


@dataclass
class Meta:
    """Article metadata as found in a file; `set_*` keep the first good value offered."""

    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    publisher: str | None = None

    def set_title(self, value: object) -> None:
        if self.title is None and isinstance(value, str) and value.split():
            self.title = " ".join(value.split())

    def set_publisher(self, value: object) -> None:
        if self.publisher is None and isinstance(value, str) and value.split():
            self.publisher = " ".join(value.split())

    def set_url(self, value: object) -> None:
        if self.url is None and isinstance(value, str) and _URL.fullmatch(value.strip()):
            self.url = value.strip()

    def set_published(self, value: object) -> None:
        if self.published is not None:
            return
        if isinstance(value, dt.datetime):
            self.published = value.date()
        elif isinstance(value, dt.date):
            self.published = value
        elif isinstance(value, str) and (match := _DATE.match(value.strip())):
            with contextlib.suppress(ValueError):  # 2024-02-30: no date rather than a wrong one
                self.published = dt.date(int(match[1]), int(match[2]), int(match[3]))

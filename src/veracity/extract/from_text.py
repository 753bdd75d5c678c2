"""Plain-text articles: the file's own text, cut into headings and paragraphs.

The text is kept as it is (only line endings are made `\\n`, as Python's text mode does), so
offsets point at the file's exact words. Paragraphs are separated by blank lines or by a line
that ends a sentence; a short line without closing punctuation whose words are mostly capitalised
is a heading (the first one is the title). The file's first line, standing alone before a blank
line and not ending a statement, is its headline whatever its capitals ("Argentina buys 24 F-16
jets"), a question or an exclamation too ("Who Leads the Region in 2024?"). A hard-wrapped
paragraph stays one paragraph. A credit line (`credit`) is read as the article's metadata, not
as a paragraph.
"""

from __future__ import annotations

import re

from veracity.extract.credit import is_credit, read_credit
from veracity.extract.document import Block, BlockKind, Document, Meta
from veracity.extract.lexicon import words

__all__ = ["read_text"]

_LINE = re.compile(r"[^\n]*(?:\n|$)")
_ENDS_SENTENCE = re.compile(r"[.!?:;…][\"'”’)\]]*$")
_ENDS_STATEMENT = re.compile(r"[.:;…][\"'”’)\]]*$")
"""A full stop, colon or ellipsis: a line that ends a statement (a question or an exclamation
may be a headline's own punctuation, "Who Leads the Region in 2024?")."""
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MINOR = words("a an and as at but by for from in into nor of on or the to vs with")
MAX_HEADING_WORDS = 20


def is_heading_line(line: str) -> bool:
    """A short line, no closing punctuation, most of its words capitalised: a headline."""
    line = line.strip()
    if not line or _ENDS_SENTENCE.search(line):
        return False
    words = _WORD.findall(line)
    if not words or len(words) > MAX_HEADING_WORDS:
        return False
    major = [w for w in words if w.lower() not in _MINOR]
    capitalised = sum(1 for w in major if w[0].isupper())
    return bool(major) and capitalised / len(major) >= 0.6


def _headline_first(text: str, lines: list[tuple[int, int]]) -> bool:
    """The first line stands alone (a blank line or the end follows) and ends no sentence."""
    filled = [k for k, (a, b) in enumerate(lines) if text[a:b].strip()]
    if not filled:
        return False
    first = filled[0]
    start, end = lines[first]
    line = text[start:end].strip()
    alone = first + 1 == len(lines) or not text[slice(*lines[first + 1])].strip()
    short = 0 < len(_WORD.findall(line)) <= MAX_HEADING_WORDS
    return alone and short and not _ENDS_STATEMENT.search(line)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line without its newline."""
    spans = []
    for match in _LINE.finditer(text):
        if match.start() == len(text):
            break
        end = match.end() - (1 if match.group().endswith("\n") else 0)
        spans.append((match.start(), end))
    return spans


def _blocks(text: str) -> list[Block]:
    blocks: list[Block] = []
    start: int | None = None
    end = 0

    def close(kind: BlockKind = "paragraph") -> None:
        nonlocal start
        if start is not None:
            blocks.append(Block(start, end, kind))
        start = None

    lines = _lines(text)
    headline = _headline_first(text, lines)
    for line_start, line_end in lines:
        line = text[line_start:line_end]
        if not line.strip():
            close()
            continue
        left = line_start + len(line) - len(line.lstrip())
        right = line_end - (len(line) - len(line.rstrip()))
        if start is None and (is_heading_line(line) or (headline and not blocks)):
            start, end = left, right
            close("heading")
            continue
        if start is None:
            start = left
        end = right
        if _ENDS_SENTENCE.search(line.rstrip()):
            close()
    close()
    return blocks


def read_text(text: str) -> Document:
    """A plain-text article: headings and paragraphs over the unchanged text."""
    meta = Meta()
    blocks = []
    for block in _blocks(text):
        if is_credit(text[block.start : block.end]):
            read_credit(text[block.start : block.end], meta)
        else:
            blocks.append(block)
    if blocks and blocks[0].kind == "heading":
        meta.set_title(text[blocks[0].start : blocks[0].end])
    return Document(
        text,
        tuple(blocks),
        "text",
        meta.title,
        url=meta.url,
        published=meta.published,
        publisher=meta.publisher,
    )

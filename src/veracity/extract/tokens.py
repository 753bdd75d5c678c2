"""The words of a sentence with their places in the article, and statements built from them.

A `Statement` is a list of pieces: indexes of the sentence's tokens (the article's own words, in
order, with holes where a clause was taken out) and inserted words (a carried-over subject is
made of tokens too; only small words such as "is" are inserted). Rendering joins runs of
consecutive tokens with the article's own spacing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Sentence", "Statement", "Token", "tokenize"]

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., U.K.
    r"|\$?\d+(?:[.,]\d+)*(?:[-\w]+)?%?"  # 1,500 3.5 58th 30-year $2.5
    r"|\w+(?:[-'’/.&]\w+)*"  # Su-30SM F/A-18E/F Kazakhstan’s
    r"|[^\w\s]"
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """The tokens of `text[start:end]`, with offsets into `text`."""
    return [
        Token(m.start() + start, m.end() + start, m.group())
        for m in _TOKEN.finditer(text[start:end])
    ]


Piece = int | str


@dataclass(frozen=True, slots=True)
class Statement:
    """One atomic statement: its pieces, the token range it stands on, and a hedge if kept."""

    pieces: tuple[Piece, ...]
    own: tuple[int, int]  # first and last token index of the article words it stands on
    hedge: str | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the article and its tokens."""

    text: str  # the whole article
    tokens: tuple[Token, ...]

    def words(self, indexes: list[int] | range) -> list[str]:
        return [self.tokens[i].lower for i in indexes]

    def render(self, statement: Statement) -> str:
        """The statement as a sentence: article spacing kept, a capital and a full stop added."""
        parts: list[str] = []
        run: list[int] = []

        def flush() -> None:
            if run:
                first, last = self.tokens[run[0]], self.tokens[run[-1]]
                parts.append(" ".join(self.text[first.start : last.end].split()))
                run.clear()

        for piece in statement.pieces:
            if isinstance(piece, int) and (not run or piece == run[-1] + 1):
                run.append(piece)
                continue
            flush()
            if isinstance(piece, int):
                run.append(piece)
            else:
                parts.append(piece)
        flush()
        text = " ".join(parts)
        text = re.sub(r"\s+([,;:.!?)])", r"\1", text)
        text = re.sub(r"([(])\s+", r"\1", text)
        text = re.sub(r"(?:\s*[,;:—–-])+\s*$", "", text).strip()
        text = re.sub(r",(\s*,)+", ",", text)
        if not text:
            return ""
        text = text[0].upper() + text[1:]
        if not re.search(r"[.!?][\"'”’)]*$", text):
            text += "."
        return text

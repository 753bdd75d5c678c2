"""Make untrusted text safe in Markdown and in a terminal.

Claim texts, notes, explanations and dataset fields are data, never markup: in Markdown they
render literally (no HTML, no links, no emphasis, no table breaks, no headings or lists started
by their first character), and in a terminal they cannot move the cursor or change colours.
"""

from __future__ import annotations

import re

__all__ = [
    "guard_line_start",
    "md_cell",
    "md_code",
    "md_fragment",
    "md_inline",
    "md_text",
    "md_url",
    "shorten",
    "terminal",
]

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""ANSI escape sequences (whole) and other control characters."""
_BLOCK_START = re.compile(r"^(?:([#+=-])|(\d{1,9})([.)]))")
"""A first character that would start a heading, list, rule or setext underline."""
_SAFE_URL = re.compile(r"^https?://[^\s<>\"`]+$")


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def md_fragment(text: str) -> str:
    """A piece of a Markdown line that renders literally: HTML and Markdown syntax escaped,
    each whitespace run (line breaks included) one space, edges kept."""
    text = _CONTROL.sub("", re.sub(r"\s+", " ", text))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def guard_line_start(line: str) -> str:
    """`line` with a first character escaped that would make it a heading, list or rule."""
    return _BLOCK_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", line)


def md_text(text: str) -> str:
    """One line of text that renders literally in Markdown, however long."""
    return guard_line_start(md_fragment(" ".join(text.split())))


def md_inline(text: str, limit: int = 2000) -> str:
    """Text that renders literally inside a Markdown paragraph, never as HTML or markup."""
    return md_text(shorten(_CONTROL.sub("", " ".join(text.split())), limit))


def md_cell(text: str, limit: int = 300) -> str:
    """Text safe inside a GitHub table cell: one line, pipes escaped."""
    return md_inline(text, limit)


def md_code(text: str, limit: int = 200, *, in_table: bool = False) -> str:
    """`text` as an inline code span: shown verbatim, whatever backticks it holds."""
    text = shorten(_CONTROL.sub("", " ".join(text.split())), limit)
    fence = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text[:1] == "`" or text[-1:] == "`" else ""
    if in_table:
        text = text.replace("|", "\\|")
    return f"{fence}{pad}{text}{pad}{fence}"


def md_url(url: str) -> str | None:
    """`url` made safe as a Markdown link target, or None when it is not a plain http(s) URL
    (a `javascript:` address is never linked)."""
    url = url.strip()
    if not _SAFE_URL.match(url):
        return None
    return url.replace("(", "%28").replace(")", "%29")


def terminal(text: str, limit: int = 500) -> str:
    """Text safe to print: no escape sequences or control characters, bounded length."""
    return shorten(_CONTROL.sub("", text.replace("\n", " ")), limit)

"""Make untrusted text safe in Markdown and in a terminal."""

from __future__ import annotations

import re

__all__ = ["md_cell", "md_inline", "shorten", "terminal"]

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]|\x1b\[[0-?]*[ -/]*[@-~]")


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def md_inline(text: str, limit: int = 2000) -> str:
    """Text that renders literally inside a Markdown paragraph, never as HTML or markup."""
    text = _CONTROL.sub("", " ".join(text.split()))
    text = shorten(text, limit)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_cell(text: str, limit: int = 300) -> str:
    """Text safe inside a GitHub table cell: one line, pipes escaped."""
    return md_inline(text, limit)


def terminal(text: str, limit: int = 500) -> str:
    """Text safe to print: no escape sequences or control characters, bounded length."""
    return shorten(_CONTROL.sub("", text.replace("\n", " ")), limit)

"""Markdown articles, reduced to text with markdown-it-py (CommonMark), not with regexes.

Headings and paragraphs (in lists and block quotes too) become blocks; emphasis, links and
inline code keep their words; images, code blocks and raw HTML are left out. A YAML front
matter block (`---` … `---`) gives title, url, date/published and publisher; otherwise the first
level-1 heading is the title.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from veracity.extract.document import Document, DocumentBuilder, Meta

__all__ = ["read_markdown"]

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)---[ \t]*(?:\n|\Z)", re.DOTALL)
_SKIPPED_INLINE = frozenset({"image", "html_inline"})


def _front_matter(text: str, meta: Meta) -> str:
    match = _FRONT_MATTER.match(text)
    if not match:
        return text
    try:
        data: Any = yaml.load(match[1], Loader=yaml.BaseLoader)  # every value a string
    except yaml.YAMLError:
        return text
    if isinstance(data, dict):
        meta.set_title(data.get("title"))
        meta.set_url(data.get("url") or data.get("canonical_url"))
        meta.set_published(data.get("published") or data.get("date"))
        meta.set_publisher(data.get("publisher"))
    return text[match.end() :]


def _inline_text(token: Token) -> str:
    words: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            words.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            words.append(" ")
        elif child.type not in _SKIPPED_INLINE:
            continue
    return "".join(words)


def read_markdown(text: str) -> Document:
    """A Markdown article: its headings and paragraphs as text, metadata from front matter."""
    meta = Meta()
    body = _front_matter(text, meta)
    builder = DocumentBuilder()
    heading: str | None = None
    for token in MarkdownIt("commonmark").parse(body):
        if token.type == "heading_open":
            heading = token.tag
        elif token.type == "heading_close":
            heading = None
        elif token.type == "inline":
            content = _inline_text(token)
            if heading == "h1":
                meta.set_title(content)
            builder.add(content, "heading" if heading else "paragraph")
    return builder.build("markdown", meta)

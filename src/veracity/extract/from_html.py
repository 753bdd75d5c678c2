"""HTML articles, parsed with selectolax (the Lexbor HTML5 parser), not with regexes.

The body is the first `<article>`, else `<main>`, else `<body>`, without navigation, asides,
footers, forms, scripts and styles. Headings, paragraphs, list items, block quotes and captions
become blocks (the innermost when they nest). Metadata comes from the tags publishers set for
link previews: `og:title` (else `<title>`, else the first `<h1>`), `og:url` (else the canonical
link), `article:published_time` (else a `date` meta tag, `datePublished` or the first `<time>`),
and `og:site_name` as the publisher.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from veracity.extract.document import BlockKind, Document, DocumentBuilder, Meta

__all__ = ["read_html"]

_BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, dt, dd, td, th"
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_DROPPED = "script, style, noscript, template, nav, aside, footer, form, svg, iframe, button"
_DATE_TAGS = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="publish-date"]',
    'meta[name="dc.date"]',
    'meta[itemprop="datePublished"]',
)


def _content(tree: LexborHTMLParser, selector: str) -> str | None:
    node = tree.css_first(selector)
    return node.attributes.get("content") if node is not None else None


def _meta(tree: LexborHTMLParser) -> Meta:
    meta = Meta()
    meta.set_title(_content(tree, 'meta[property="og:title"]'))
    title = tree.css_first("title")
    if title is not None:
        meta.set_title(title.text())
    meta.set_url(_content(tree, 'meta[property="og:url"]'))
    canonical = tree.css_first('link[rel="canonical"]')
    if canonical is not None:
        meta.set_url(canonical.attributes.get("href"))
    for selector in _DATE_TAGS:
        meta.set_published(_content(tree, selector))
    for time in tree.css("time[datetime]"):
        meta.set_published(time.attributes.get("datetime"))
    meta.set_publisher(_content(tree, 'meta[property="og:site_name"]'))
    return meta


def _root(tree: LexborHTMLParser) -> LexborNode | None:
    for selector in ("article", "main", "body"):
        node = tree.css_first(selector)
        if node is not None:
            return node
    return tree.root


def read_html(text: str) -> Document:
    """An HTML article: its body's headings and paragraphs as text, metadata from meta tags."""
    tree = LexborHTMLParser(text)
    meta = _meta(tree)
    builder = DocumentBuilder()
    root = _root(tree)
    if root is not None:
        for node in root.css(_DROPPED):
            node.decompose()
        for node in root.css("br"):
            node.replace_with(" ")
        for node in root.css(_BLOCKS):
            if any(inner.mem_id != node.mem_id for inner in node.css(_BLOCKS)):
                continue  # the innermost block carries the words
            kind: BlockKind = "heading" if node.tag in _HEADINGS else "paragraph"
            content = node.text(deep=True, separator="", strip=False)
            if node.tag == "h1":
                meta.set_title(content)
            builder.add(content, kind)
    return builder.build("html", meta)

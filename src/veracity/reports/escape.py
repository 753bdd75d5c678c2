"""Make untrusted text safe in Markdown, in JSON files and in a terminal.

Claim texts, notes, explanations and dataset fields are data, never markup: in Markdown they
render literally (no HTML, no links, no emphasis, no table breaks, no headings or lists started
by their first character), and in a terminal they cannot move the cursor, change colours or
retitle the window. Everywhere, bidirectional overrides (U+202A-U+202E, U+2066-U+2069, the
"Trojan Source" characters) are removed so they cannot reorder what a reader sees, and long text
is shortened where a reader scans it. JSON keeps the data exact but writes those characters as
`\\uXXXX` escapes, so the file itself displays safely.
"""

from __future__ import annotations

import functools
import re

__all__ = [
    "BIDI_CONTROLS",
    "guard_line_start",
    "html_json_safe",
    "json_safe",
    "md_cell",
    "md_code",
    "md_fragment",
    "md_inline",
    "md_text",
    "md_url",
    "plain",
    "sarif_text",
    "shorten",
    "terminal",
]

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~$])")
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window title, hyperlinks
    r"|\x1b[@-Z\\-_]"  # other two-character escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
"""Terminal escape sequences, removed whole."""
_CONTROL = re.compile(f"[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f{BIDI_CONTROLS}]")
"""Control characters (tab and line feed aside) and bidi overrides."""
_LINE_BREAKS = re.compile(r"[\r\n\t\v\f\u2028\u2029\x85]+")
_ANY_HAZARD = re.compile(f"[\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029{BIDI_CONTROLS}]")
_JSON_UNSAFE = re.compile(f"[\\x7f-\\x9f\\u2028\\u2029{BIDI_CONTROLS}]")
_BLOCK_START = re.compile(r"^(?:([#+=-])|(\d{1,9})([.)]))")
"""A first character that would start a heading, list, rule or setext underline."""
_SAFE_URL = re.compile(r"^https?://[^\s<>\"`]+$")
_SPACES = re.compile(r"\s+")
_BACKTICKS = re.compile(r"`+")
_RECENT = 4096
"""Texts escaped again and again (dataset rows cited by many claims) are escaped once."""


def shorten(text: str, limit: int) -> str:
    """`text`, cut to at most `limit` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def plain(text: str) -> str:
    """`text` on one line, without escape sequences, control characters or bidi overrides."""
    if _ANY_HAZARD.search(text) is None:  # the common case: nothing to remove
        return text
    text = _LINE_BREAKS.sub(" ", text)
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))


def md_fragment(text: str) -> str:
    """A piece of a Markdown line that renders literally: HTML and Markdown syntax escaped,
    each whitespace run (line breaks included) one space, edges kept."""
    text = _SPACES.sub(" ", plain(text))
    if "&" in text or "<" in text or ">" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def guard_line_start(line: str) -> str:
    """`line` with a first character escaped that would make it a heading, list or rule."""
    return _BLOCK_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", line)


def md_text(text: str) -> str:
    """One line of text that renders literally in Markdown, however long."""
    return guard_line_start(md_fragment(" ".join(text.split())))


@functools.lru_cache(maxsize=_RECENT)
def md_inline(text: str, limit: int = 2000) -> str:
    """Text that renders literally inside a Markdown paragraph, never as HTML or markup."""
    return md_text(shorten(" ".join(plain(text).split()), limit))


def md_cell(text: str, limit: int = 300) -> str:
    """Text safe inside a GitHub table cell: one line, pipes escaped."""
    return md_inline(text, limit)


@functools.lru_cache(maxsize=_RECENT)
def md_code(text: str, limit: int = 200, *, in_table: bool = False) -> str:
    """`text` as an inline code span: shown verbatim, whatever backticks it holds."""
    text = shorten(" ".join(plain(text).split()), limit)
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(text)), default=0) + 1)
    pad = " " if text[:1] == "`" or text[-1:] == "`" or not text else ""
    if in_table:
        text = text.replace("|", "\\|")
    return f"{fence}{pad}{text}{pad}{fence}"


def md_url(url: str) -> str | None:
    """`url` made safe as a Markdown link target, or None when it is not a plain http(s) URL
    (a `javascript:` address, or one holding control or bidi characters, is never linked)."""
    url = url.strip()
    if not _SAFE_URL.match(url) or _ANY_HAZARD.search(url):
        return None
    return url.replace("(", "%28").replace(")", "%29")


def json_safe(text: str) -> str:
    """JSON text with C1 controls, line separators and bidi overrides written as escapes."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_HTML_IN_JSON = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def html_json_safe(text: str) -> str:
    """JSON text that is also safe inside an HTML `<script>` block: as `json_safe`, and `<`,
    `>` and `&` written as `\\u003c`, `\\u003e` and `\\u0026` (they can only stand in JSON
    strings, where the escapes mean the same), so no `</script>` or `<!--` can end the block."""
    return json_safe(text).translate(_HTML_IN_JSON)


_SARIF_LINK = re.compile(r"([\\\[\]])")


def sarif_text(text: str) -> str:
    """Text for a SARIF `message.text`: one line, `[`, `]` and `\\` escaped with a backslash
    as SARIF 2.1.0 asks for embedded links, so `[x](javascript:…)` is shown, never made a link."""
    return _SARIF_LINK.sub(r"\\\1", plain(text))


def terminal(text: str, limit: int = 500) -> str:
    """Text safe to print: no escape sequences, control or bidi characters, bounded length."""
    return shorten(plain(text), limit)

"""Property tests of every report format on main: hostile reports (claims, article texts, file
names) never crash any reporter, JSON round-trips, ClaimReview embeds in HTML, JUnit stays XML,
SARIF makes no links, claims are placed where their words stand, and Markdown renders as
literal text in tables that keep their cell count."""

from __future__ import annotations

import importlib.util
import json
import re
import xml.etree.ElementTree as ET

from hypothesis import given
from markdown_it import MarkdownIt

from strategies import reports
from veracity.reports import FORMATS, render
from veracity.reports.json import to_data
from veracity.reports.model import Report

AVAILABLE = sorted(name for name, f in FORMATS.items() if importlib.util.find_spec(f.module))
MD = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
OUR_HTML = re.compile(r'^(?:<a id="claim-[a-z0-9-]+">|</a>|</?b>|</?sup>)\s*$')
OUR_BLOCKS = re.compile(r"^(?:<details><summary>\d+ findings?</summary>|</details>)\s*$")
"""The folded findings of an undecided claim: the only HTML blocks the report writes."""
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
UNESCAPED_BRACKET = re.compile(r"(?<!\\)(?:\\\\)*[\[\]]")
"""A `[` or `]` after an even number of backslashes: SARIF would read it as link syntax."""


def test_markdown_and_json_are_on_main() -> None:
    assert {"markdown", "json"} <= set(AVAILABLE)


@given(report=reports())
def test_every_reporter_renders_safely(report: Report) -> None:
    for format_name in AVAILABLE:
        text = render(report, format_name)
        text.encode("utf-8")
        assert "\x1b" not in text, format_name
        assert not BIDI.search(text), format_name
    assert json.loads(render(report, "json")) == json.loads(json.dumps(to_data(report)))
    claimreview = render(report, "claimreview")
    assert not {"<", ">", "&"} & set(claimreview)  # safe inside an HTML <script> block
    json.loads(claimreview)
    ET.fromstring(render(report, "junit").encode("utf-8"))  # well-formed whatever the names
    sarif = json.loads(render(report, "sarif"))
    for result in sarif["runs"][0]["results"]:
        assert not UNESCAPED_BRACKET.search(result["message"]["text"])


@given(report=reports())
def test_claims_are_placed_where_their_words_first_stand(report: Report) -> None:
    claim_set = report.claim_set
    text = claim_set.article_text or ""
    for result in report.results:
        words = result.claim.quote or result.claim.text
        index = text.find(words) if text else -1
        span = claim_set.article_span(result.claim)
        assert span == (None if index < 0 else (index, index + len(words)))
        if span is None:
            continue
        line, column = claim_set.line_column(span[0])
        assert text.split("\n")[line - 1][column - 1 :].startswith(words.split("\n")[0])


@given(report=reports())
def test_markdown_renders_literally(report: Report) -> None:
    tokens = MD.parse(render(report, "markdown"))
    for token in tokens:
        assert token.type != "html_block" or OUR_BLOCKS.match(token.content), token.content
    inline = [child for t in tokens if t.children for child in t.children]
    for child in inline:
        assert child.type != "image"
        if child.type == "html_inline":
            assert OUR_HTML.match(child.content), child.content
    for link in (c for c in inline if c.type == "link_open"):
        href = str(link.attrs["href"])
        assert href.startswith(("#claim-", "http://", "https://")), href
    tables: list[list[int]] = []
    for token in tokens:
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            tables[-1].append(0)
        elif token.type in ("td_open", "th_open"):
            tables[-1][-1] += 1
    for rows in tables:  # no text breaks a table: every row has the header's cell count
        assert rows == [rows[0]] * len(rows)
    expected = 1 + len(report.results) + (1 + len(report.datasets) if report.datasets else 0)
    assert sum(len(rows) for rows in tables) == expected
    levels = [t.tag for t in tokens if t.type == "heading_open"]
    assert levels.count("h1") == 1
    assert levels.count("h3") == len(report.results)  # one per claim, none from the text

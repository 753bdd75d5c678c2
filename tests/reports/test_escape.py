"""Untrusted text in Markdown, JSON and the terminal: escaped, neutralised or shortened."""

from __future__ import annotations

import json

import pytest
from markdown_it import MarkdownIt

from veracity import Article, Claim, ClaimSet, Evidence, Finding, Verdict
from veracity.reports import render
from veracity.reports.escape import json_safe, md_code, md_inline, md_url, terminal
from veracity.reports.model import ClaimResult, Report

ANSI = "\x1b[31mred\x1b[0m \x1b]0;pwned title\x07 \x1b[2J \x9b1m"
BIDI = "access\u202e\u2066 // admin\u2069\u2066"
HTML = "<img src=x onerror=alert(1)> <script>alert(1)</script> &lt;"
INJECTION = "[click](javascript:alert(1)) ![x](http://e.x/p.png) <http://e.x> **b** | c |"
LONG = "word " * 3000


@pytest.mark.parametrize("text", [ANSI, BIDI, "NUL\x00 BEL\x07 CR\r LF\n C1\x85 DEL\x7f"])
def test_terminal_drops_escape_sequences_and_controls(text: str) -> None:
    shown = terminal(text)
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in shown)
    assert not any(c in shown for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert "[31m" not in shown
    assert "pwned title" not in shown


def test_terminal_shortens_long_lines() -> None:
    assert len(terminal(LONG, 120)) == 120
    assert terminal(LONG, 120).endswith("…")


def test_markdown_inline_is_literal() -> None:
    md = MarkdownIt("commonmark", {"html": True})
    for text in (HTML, INJECTION, "# not a heading", "- not a list", "1. not a list", "---"):
        html = md.render(md_inline(text))
        assert html.startswith("<p>"), (text, html)
        assert "<img" not in html
        assert "<script" not in html
        assert "<a " not in html
        assert "<strong>" not in html


def test_markdown_inline_shortens() -> None:
    assert len(md_inline(LONG, 300)) <= 300


def test_code_spans_and_urls() -> None:
    assert md_code("a`b") == "``a`b``"
    assert md_code("`x") == "`` `x ``"
    assert md_code("x|y", in_table=True) == "`x\\|y`"
    assert md_code("\x1b[31mred\u202e") == "`red`"
    assert md_url("javascript:alert(1)") is None
    assert md_url("data:text/html,x") is None
    assert md_url("https://e.x/a b") is None
    assert md_url("https://e.x/\u202eexe.txt") is None
    assert md_url("https://e.x/a(b)") == "https://e.x/a%28b%29"


def test_json_escapes_what_would_display_badly_but_keeps_the_data() -> None:
    text = json.dumps({"t": BIDI + "\x85\u2028"}, ensure_ascii=False)
    safe = json_safe(text)
    assert "\u202e" not in safe
    assert "\\u202e" in safe
    assert json.loads(safe) == json.loads(text)


def hostile_report() -> Report:
    claim = Claim(id="c1", text=f"{HTML} {INJECTION} {BIDI} {ANSI} {LONG}"[:3900], note=ANSI)
    finding = Finding(
        "test.hostile",
        Verdict.REFUTED,
        f"{HTML}\n# {INJECTION}\x00",
        (Evidence("gfp-2024", "K`A|Z", "javascript:alert(1)", "2024", BIDI),),
        ((0, 5),),
        ("c1", "../../etc/passwd"),
    )
    return Report(
        claim_set=ClaimSet(article=Article(id="t", title=HTML), claims=(claim,)),
        results=(ClaimResult(claim, Verdict.REFUTED, ANSI + LONG, (finding,)),),
        datasets=(),
        verifiers=(("test.hostile", "evil <b>pkg</b>", "1|0"),),
        tool_version="0.0.0",
    )


def test_markdown_report_renders_safely() -> None:
    text = render(hostile_report(), "markdown")
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    html = md.render(text)
    for bad in ("<script", "<img", 'href="javascript', "<b>", "\x1b", "\x00", "\u202e"):
        assert bad not in html, bad
    assert "[click](javascript:alert(1))" in html  # shown as text
    assert max(len(line) for line in text.splitlines()) < 2600
    tokens = md.parse(text)
    assert len([t for t in tokens if t.type == "td_open"]) == 5


def test_json_report_keeps_the_data_and_escapes_display_hazards() -> None:
    report = hostile_report()
    text = render(report, "json")
    assert "\u202e" not in text
    assert "\x1b" not in text
    data = json.loads(text)
    assert data["claims"][0]["text"] == report.results[0].claim.text
    assert data["claims"][0]["findings"][0]["evidence"][0]["detail"] == BIDI

"""The Markdown report: structure, safe escaping, determinism."""

from __future__ import annotations

from markdown_it import MarkdownIt

from veracity import Article, Claim, ClaimSet, Evidence, Finding, Verdict
from veracity.report import ClaimResult, Report
from veracity.reports import markdown

HOSTILE = "X | y `z` <script>alert(1)</script> [link](http://evil) **bold**\nnext line"


def report() -> Report:
    claim = Claim(id="c1", text="Kazakhstan was placed 58th.")
    evil = Claim(id="c2", text=HOSTILE)
    finding = Finding(
        "rankings.global-firepower",
        Verdict.SUPPORTED,
        "Global Firepower 2024 places Kazakhstan 58th.",
        (Evidence("gfp-2024", "KAZ", "https://www.globalfirepower.com/", "2024", "rank 58"),),
        ((0, 10),),
    )
    claim_set = ClaimSet(article=Article(id="t", title="A <b>title</b>"), claims=(claim, evil))
    return Report(
        claim_set=claim_set,
        results=(
            ClaimResult(claim, Verdict.SUPPORTED, "Checked.", (finding,)),
            ClaimResult(evil, Verdict.NOT_ENOUGH_EVIDENCE, HOSTILE, ()),
        ),
        datasets=(),
        verifiers=(("rankings.global-firepower", "veracity", "0.1.0"),),
        tool_version="0.1.0",
    )


def test_counts_table_and_sections() -> None:
    text = markdown.render(report())
    assert "**2 claims:**" in text
    assert "| 1 | [Kazakhstan was placed 58th.](#claim-c1) | ✅ supported |" in text
    assert "`gfp-2024` row `KAZ`: rank 58" in text
    assert '<a id="claim-c2"></a>' in text


def test_hostile_text_renders_safely() -> None:
    text = markdown.render(report())
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    html = md.render(text)
    assert "<script>" not in html
    assert "<b>title" not in html
    assert 'href="http://evil"' not in html
    tokens = md.parse(text)
    rows = [t for t in tokens if t.type == "tr_open"]
    cells = [t for t in tokens if t.type in ("td_open", "th_open")]
    assert len(cells) == 4 * len(rows)


def test_deterministic() -> None:
    assert markdown.render(report()) == markdown.render(report())

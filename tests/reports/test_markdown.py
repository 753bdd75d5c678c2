"""The Markdown report renders as GitHub-flavoured Markdown and reads well for a fact-checker."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from veracity import Article, Claim, ClaimSet, Evidence
from veracity.findings import Finding, Verdict
from veracity.reports import markdown
from veracity.reports.escape import md_code, md_inline, md_url
from veracity.reports.model import ClaimResult, Report

MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])
OUR_HTML = re.compile(
    r'^(<a id="claim-[a-z0-9-]+">|</a>|</?b>|</?sup>'
    r"|<details><summary>\d+ findings?</summary>|</details>)$"
)
"""The only HTML the report writes itself: claim anchors, bold claimed words, markers, and the
fold of an undecided claim's long findings."""


def _rows(tokens: list[Token]) -> list[list[str]]:
    """Each table row as the inline text of its cells."""
    rows: list[list[str]] = []
    for index, token in enumerate(tokens):
        if token.type == "tr_open":
            rows.append([])
        elif token.type in ("th_open", "td_open"):
            rows[-1].append(tokens[index + 1].content)
    return rows


def _tables(text: str) -> list[list[list[str]]]:
    tokens = MD.parse(text)
    tables, start = [], None
    for index, token in enumerate(tokens):
        if token.type == "table_open":
            start = index
        elif token.type == "table_close" and start is not None:
            tables.append(_rows(tokens[start:index]))
    return tables


def _raw_html(text: str) -> list[str]:
    html = []
    for token in MD.parse(text):
        if token.type == "html_block":
            html.append(token.content.strip())
        for child in token.children or []:
            if child.type == "html_inline":
                html.append(child.content)
    return html


HOSTILE = "X | y `z` <script>alert(1)</script> [link](http://evil) **bold**\nnext line"


def small_report() -> Report:
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


def testsmall_report_counts_table_and_sections() -> None:
    text = markdown.render(small_report())
    assert "**2 claims:**" in text
    assert "| 1 | ✅ supported | [Kazakhstan was placed 58th.](#claim-c1) | — |" in text
    assert "`gfp-2024` row `KAZ`: rank 58" in text
    assert '<a id="claim-c2"></a>' in text


def testsmall_report_hostile_text_renders_safely() -> None:
    text = markdown.render(small_report())
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    html = md.render(text)
    assert "<script>" not in html
    assert "<b>title" not in html
    assert 'href="http://evil"' not in html
    tokens = md.parse(text)
    rows = [t for t in tokens if t.type == "tr_open"]
    cells = [t for t in tokens if t.type in ("td_open", "th_open")]
    assert len(cells) == 5 * len(rows)


def testsmall_report_deterministic() -> None:
    assert markdown.render(small_report()) == markdown.render(small_report())


def test_counts_and_policy_come_first(report: Report) -> None:
    text = markdown.render(report)
    head = text.split("## ", 1)[0]
    assert "**6 claims:** ❌ refuted **1** · ⚠️ misleading **1** · ✅ supported **1**" in head
    assert "❔ not enough evidence **3**" in head
    assert "errors in verifiers **1**" in head
    assert "Policy `--fail-on refuted`: **1 claim fails it.**" in head


def test_policy_line_follows_fail_on(make_report: Callable[..., Report]) -> None:
    strict = markdown.render(make_report(fail_on=frozenset({Verdict.REFUTED, Verdict.MISLEADING})))
    assert "Policy `--fail-on refuted, misleading`: **2 claims fail it.**" in strict
    relaxed = markdown.render(make_report(fail_on=frozenset()))
    assert "Policy `--fail-on none`: no claim fails it." in relaxed


def test_refuted_and_misleading_claims_need_attention_first(report: Report) -> None:
    text = markdown.render(report)
    attention = text.split("## Needs attention", 1)[1].split("## ", 1)[0]
    items = [line for line in attention.splitlines() if line.startswith("- ")]
    assert len(items) == 2
    assert items[0].startswith("- ❌ refuted: [1. Freedonia's air force")
    assert items[1].startswith("- ⚠️ misleading: [2. The jets come")


def test_tables_parse_with_the_right_number_of_cells(report: Report) -> None:
    claims, datasets = _tables(markdown.render(report))
    assert len(claims) == 1 + len(report.results)
    assert all(len(row) == 5 for row in claims)
    assert claims[0] == ["#", "Verdict", "Claim", "Article line", "Decided by"]
    assert [row[1] for row in claims[1:]] == [
        "❌ refuted",
        "⚠️ misleading",
        "✅ supported",
        "❔ not enough evidence",
        "❔ not enough evidence",
        "❔ not enough evidence",
    ]
    assert all(len(row) == 5 for row in datasets)
    assert datasets[1][3:] == ["2024-05-01", "CC BY 4.0"]


def test_claim_text_renders_literally(report: Report) -> None:
    text = markdown.render(report)
    html = MD.render(text)
    assert "<script" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; nothing | else `code`" in html
    assert "<b>tags</b>" not in html
    assert "&lt;b&gt;tags&lt;/b&gt;" in html
    assert all(OUR_HTML.match(tag) for tag in _raw_html(text)), _raw_html(text)


def test_line_breaks_in_explanations_and_notes_stay_on_their_line(report: Report) -> None:
    text = markdown.render(report)
    assert "fighter jets for Freedonia, not 500 \\| ever." in text
    assert "*Desk note:* Line one Line two \\| with a pipe" in text


def test_article_text_is_quoted_with_claims_marked_inline(report: Report) -> None:
    text = markdown.render(report)
    article = text.split("## The article, annotated", 1)[1].split("\n## ", 1)[0]
    quoted = [line for line in article.splitlines() if line.startswith("> ")]
    assert len(quoted) == 4  # the article's four non-empty paragraphs
    assert quoted[1].startswith(
        "> <b>Freedonia's air force received 500 new fighter jets this year</b>"
        "<sup>[❌&nbsp;1](#claim-jets-count)</sup>, officials said."
    )
    assert "<sup>[⚠️&nbsp;2](#claim-jets-maker)</sup>" in quoted[1]
    assert "<sup>[❔&nbsp;4](#claim-hostile)</sup>" in quoted[2]
    assert quoted[3].startswith("> \\# Not a heading")
    assert "[5](#claim-crashed), [6](#claim-wise)" in article  # not found in the text
    html = MD.render(text)
    assert "<h1>Not a heading" not in html
    assert html.count("<blockquote>") >= 1


def test_overlapping_claims_are_each_marked(make_report: Callable[..., Report]) -> None:
    report = make_report()
    claim_set = report.claim_set
    assert claim_set.article_text is not None
    whole = claim_set.article_text.splitlines()[1]
    # A claim whose words contain two others: one bold run, three markers in order.
    inner = claim_set.claims[0].model_copy(update={"id": "whole", "quote": whole})
    patched = claim_set.model_copy(update={"claims": (*claim_set.claims, inner)})
    results = (*report.results, report.results[0].__class__(inner, Verdict.SUPPORTED, "ok", ()))
    text = markdown.render(
        Report(patched, results, report.datasets, report.verifiers, report.tool_version)
    )
    line = next(x for x in text.splitlines() if x.startswith("> <b>Freedonia's air"))
    markers = re.findall(r"\[([^\[\]]+)&nbsp;(\d)\]", line)
    assert markers == [("❌", "1"), ("⚠️", "2"), ("✅", "7")]
    assert line.count("<b>") == 2  # the run is cut only where a marker stands


def test_sections_give_explanation_evidence_and_sources(report: Report) -> None:
    text = markdown.render(report)
    section = text.split('<a id="claim-jets-count"></a>', 1)[1].split("<a id=", 1)[0]
    assert "### 1. ❌ refuted: `jets-count`" in section
    assert "*Where:* the article says “Freedonia's air force" in section
    assert "article line 2, `data/desk.yaml` line 11." in section
    assert "- ❌ refuted by `quantities.example`\n" in section
    assert (
        "  - `example-data` row `FRE`: fighters = 40 "
        "([source](https://data.example.org/table#FRE), retrieved 2024-05-01)"
    ) in section
    crashed = text.split('<a id="claim-crashed"></a>', 1)[1].split("<a id=", 1)[0]
    assert "- 💥 error in `crashy.example`: The verifier crashy.example failed: boom" in crashed


def test_datasets_list_retrieval_dates_and_licences(report: Report) -> None:
    text = markdown.render(report)
    assert (
        "| `example-data` | [Example \\| data &lt;b&gt;bold&lt;/b&gt;]"
        "(https://data.example.org/table) | Example Publisher | 2024-05-01 | CC BY 4.0 |"
    ) in text


def test_rendering_is_deterministic(make_report: Callable[..., Report]) -> None:
    assert markdown.render(make_report()) == markdown.render(make_report())


@pytest.mark.parametrize(
    ("text", "rendered_html"),
    [
        ("# not a heading", "<p># not a heading</p>"),
        ("1. not a list", "<p>1. not a list</p>"),
        ("- not a list | pipe", "<p>- not a list | pipe</p>"),
        ("`code` *em* _em_ [link](x)", "<p>`code` *em* _em_ [link](x)</p>"),
        ("<img src=x onerror=alert(1)>", "<p>&lt;img src=x onerror=alert(1)&gt;</p>"),
        ("two\nlines\r\nhere", "<p>two lines here</p>"),
        ("\x1b[31mred\x1b[0m", "<p>red</p>"),
    ],
)
def test_md_inline_renders_literally(text: str, rendered_html: str) -> None:
    assert MD.render(md_inline(text)).strip() == rendered_html


def test_md_code_and_md_url() -> None:
    assert MD.render(md_code("a`b")).strip() == "<p><code>a`b</code></p>"
    assert md_url("javascript:alert(1)") is None
    assert md_url("https://x.example/a (b)") is None
    assert md_url("https://x.example/a(b)") == "https://x.example/a%28b%29"


def test_a_finding_link_to_a_related_claim(make_report: Callable[..., Report]) -> None:
    related = Finding(
        "consistency.example",
        Verdict.REFUTED,
        "Contradicts another claim.",
        related=("jets-count",),
    )
    text = markdown.render(make_report(overrides={"jets-maker": (related,)}))
    assert "See [jets-count](#claim-jets-count)." in text


@given(st.lists(st.text(alphabet=" \n\tab✅"), max_size=6))
def test_lines_joined_in_one_piece_as_join_and_strip_would(lines: list[str]) -> None:
    assert markdown._joined(list(lines)) == "\n".join(lines).rstrip() + "\n"


def _one_claim_report(findings: tuple[Finding, ...], verdict: Verdict) -> Report:
    claim = Claim(id="c1", text="Kazakhstan ordered 12 Su-30SM fighters in 2024.")
    return Report(
        claim_set=ClaimSet(article=Article(id="t", title="t"), claims=(claim,)),
        results=(ClaimResult(claim, verdict, "Part of it was checked.", findings),),
        datasets=(),
        verifiers=(
            ("systems.maker", "veracity", "0.1.0"),
            ("online.wikidata", "veracity", "0.1.0"),
        ),
        tool_version="0.1.0",
    )


def _bullet(explanation: str, *evidence: Evidence) -> Finding:
    return Finding("systems.maker", Verdict.SUPPORTED, explanation, evidence)


def test_two_findings_that_read_the_same_are_one_bullet() -> None:
    same = _bullet(
        "Sukhoi makes the Su-30SM.", Evidence("systems", "su-30sm", "https://a.org", "2024")
    )
    text = markdown.render(_one_claim_report((same, same), Verdict.SUPPORTED))
    assert text.count("- ✅ supported by `systems.maker`: Sukhoi makes the Su-30SM.") == 1


def test_evidence_without_source_or_date_has_no_empty_parentheses() -> None:
    bare = _bullet("Sukhoi makes it.", Evidence("systems", "su-30sm", "", ""))
    half = _bullet("Sukhoi builds it.", Evidence("systems", "su-30", "", "2024"))
    text = markdown.render(_one_claim_report((bare, half), Verdict.SUPPORTED))
    assert "(source: , retrieved )" not in text
    assert "  - `systems` row `su-30sm`\n" in text
    assert "  - `systems` row `su-30` (retrieved 2024)\n" in text


def test_the_footer_lists_only_verifiers_that_ran() -> None:
    text = markdown.render(_one_claim_report((_bullet("Sukhoi makes it."),), Verdict.SUPPORTED))
    assert text.endswith("Verifiers: `systems.maker` (veracity 0.1.0).\n")
    assert "none" in markdown.render(_one_claim_report((), Verdict.NOT_ENOUGH_EVIDENCE))[-20:]


def test_long_detail_of_an_undecided_claim_is_folded() -> None:
    rows = tuple(Evidence("systems", f"row-{n}", "https://a.org", "2024") for n in range(4))
    findings = (_bullet("Sukhoi makes it.", *rows),)
    folded = markdown.render(_one_claim_report(findings, Verdict.NOT_ENOUGH_EVIDENCE))
    assert "<details><summary>1 finding</summary>\n\n- ✅ supported" in folded
    assert "`row-3`" in folded.split("</details>")[0]
    decided = markdown.render(_one_claim_report(findings, Verdict.SUPPORTED))
    assert "<details>" not in decided
    short = markdown.render(_one_claim_report(findings[:1][:0], Verdict.NOT_ENOUGH_EVIDENCE))
    assert "<details>" not in short

"""The Markdown report, for a fact-checker.

In reading order: the verdict counts and the policy; the claims that need attention; a table
of every claim with its verdict; the article text with each claim marked inline; one section
per claim with the explanation, each finding and its evidence rows with source links; the
datasets used with retrieval dates and licences. Every piece of claim, article or dataset text
is escaped (`veracity.reports.escape`), so it renders literally on GitHub.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from veracity.findings import ERROR, NOTE, Evidence, Finding, Label, Verdict
from veracity.reports.annotate import annotated_article, unplaced
from veracity.reports.escape import md_cell, md_code, md_fragment, md_inline, md_url, shorten
from veracity.reports.model import ClaimResult, Report

__all__ = ["MARKERS", "ORDER", "chunks", "render"]

MARKERS: dict[Label, str] = {
    Verdict.SUPPORTED: "✅ supported",
    Verdict.REFUTED: "❌ refuted",
    Verdict.MISLEADING: "⚠️ misleading",
    Verdict.NOT_ENOUGH_EVIDENCE: "❔ not enough evidence",
    ERROR: "💥 error",
    NOTE: "📝 note",
}
ICONS: dict[Label, str] = {label: marker.split(" ")[0] for label, marker in MARKERS.items()}
ORDER = (Verdict.REFUTED, Verdict.MISLEADING, Verdict.SUPPORTED, Verdict.NOT_ENOUGH_EVIDENCE)
"""Verdicts from the most to the least urgent for a desk."""


_NOT_SLUG = re.compile(r"[^a-z0-9-]")


def _anchor(claim_id: str) -> str:
    """`claim-<id>`; ids are slugs, and anything else (a plugin's `related`) is made one."""
    return "claim-" + _NOT_SLUG.sub("-", claim_id.lower())[:80]


def _link(label: str, url: str) -> str:
    safe = md_url(url)
    return f"[{label}]({safe})" if safe else f"{label}: {md_inline(url, 300)}"


def _marker(number: int, result: ClaimResult) -> str:
    return f"<sup>[{ICONS[result.verdict]}&nbsp;{number}](#{_anchor(result.claim.id)})</sup>"


def _header(report: Report) -> list[str]:
    article = report.claim_set.article
    lines = [f"# Fact-check: {md_inline(article.title)}", ""]
    meta = []
    if article.publisher:
        meta.append(f"**{md_inline(article.publisher)}**")
    if article.published:
        meta.append(f"published {article.published.isoformat()}")
    if article.url:
        meta.append(_link("read the article", article.url))
    if report.claim_set.path:
        meta.append(f"claims from {md_code(report.claim_set.path.as_posix())}")
    if meta:
        lines += [" · ".join(meta), ""]
    counts = report.counts()
    errors = sum(len(r.errors) for r in report.results)
    tally = " · ".join(f"{MARKERS[v]} **{counts[v.value]}**" for v in ORDER)
    if errors:
        tally += f" · {MARKERS[ERROR]}s in verifiers **{errors}**"
    notes = sum(len(r.notes) for r in report.results)
    if notes:
        tally += f" · {MARKERS[NOTE]}s **{notes}**"
    lines += [f"**{len(report.results)} claims:** {tally}", ""]
    policy = ", ".join(v.value for v in ORDER if v in report.fail_on) or "none"
    failing = len(report.violations())
    verdict = (
        f"**{failing} claim{'s' if failing != 1 else ''} fail{'' if failing != 1 else 's'} it.**"
        if failing
        else "no claim fails it."
    )
    return [*lines, f"Policy `--fail-on {policy}`: {verdict}", ""]


def _attention(report: Report) -> list[str]:
    urgent = [
        (n, r)
        for n, r in enumerate(report.results, start=1)
        if r.verdict in (Verdict.REFUTED, Verdict.MISLEADING)
    ]
    if not urgent:
        return []
    lines = ["## Needs attention", ""]
    for number, result in sorted(urgent, key=lambda item: ORDER.index(item[1].verdict)):
        lines.append(
            f"- {MARKERS[result.verdict]}: [{number}. {md_inline(result.claim.text, 160)}]"
            f"(#{_anchor(result.claim.id)}): {md_inline(result.explanation, 400)}"
        )
    return [*lines, ""]


def _table(report: Report) -> list[str]:
    lines = [
        "## All claims",
        "",
        "| # | Verdict | Claim | Article line | Decided by |",
        "|---:|---|---|---:|---|",
    ]
    for number, result in enumerate(report.results, start=1):
        deciders = sorted({f"`{f.verifier}`" for f in result.deciding})
        decided = ", ".join(deciders) or ("not checkable" if not result.claim.checkable else "—")
        if result.errors:
            decided += f" · {ICONS[ERROR]} " + ", ".join(
                sorted({f"`{f.verifier}` failed" for f in result.errors})
            )
        line = result.article_location.line if result.article_location else "—"
        lines.append(
            f"| {number} | {MARKERS[result.verdict]} "
            f"| [{md_cell(result.claim.text, 160)}](#{_anchor(result.claim.id)}) "
            f"| {line} | {decided} |"
        )
    return [*lines, ""]


def _article(report: Report) -> list[str]:
    quoted = annotated_article(report, _marker)
    if not quoted:
        return []
    legend = " · ".join(MARKERS[v] for v in ORDER)
    lines = [
        "## The article, annotated",
        "",
        f"Claimed words are in bold; each claim's number and verdict follow them ({legend}).",
        "",
        *quoted,
        "",
    ]
    missing = unplaced(report)
    if missing:
        links = ", ".join(f"[{n}](#{_anchor(r.claim.id)})" for n, r in missing)
        lines += [
            f"Not found word for word in the article text (give them a `quote`): {links}.",
            "",
        ]
    return lines


FOLD_LINES = 4
"""An undecided claim's findings longer than this many lines are folded in `<details>`."""


def _evidence(item: Evidence) -> str:
    detail = f": {md_inline(item.detail)}" if item.detail else ""
    where = [_link("source", item.url)] if item.url.strip() else []
    if item.retrieved.strip():
        where.append(f"retrieved {md_inline(item.retrieved, 40)}")
    said = f" ({', '.join(where)})" if where else ""
    return f"{md_code(item.dataset)} row {md_code(item.key)}{detail}{said}"


def _finding(finding: Finding, said: str) -> list[str]:
    """A finding with its evidence; its explanation unless the claim's already says it."""
    how = "in" if finding.is_error else "by"
    line = f"- {MARKERS[finding.verdict]} {how} `{finding.verifier}`"
    if finding.explanation.strip() not in said:
        line += f": {md_inline(finding.explanation)}"
    if finding.related:
        links = (f"[{md_inline(r, 80)}](#{_anchor(r)})" for r in finding.related)
        line += " See " + ", ".join(links) + "."
    return [line, *(f"  - {_evidence(e)}" for e in finding.evidence)]


def _section(report: Report, result: ClaimResult, number: int) -> list[str]:
    claim = result.claim
    lines = [
        f'<a id="{_anchor(claim.id)}"></a>',
        "",
        f"### {number}. {MARKERS[result.verdict]}: `{claim.id}`",
        "",
        f"> {md_inline(claim.text)}",
        "",
        md_inline(result.explanation),
        "",
    ]
    where = []
    if claim.quote:
        where.append(f"the article says “{md_inline(claim.quote, 400)}”")
    if result.article_location:
        where.append(f"article line {result.article_location.line}")
    if result.location and report.claim_set.path:
        where.append(f"{md_code(report.claim_set.path.as_posix())} line {result.location.line}")
    if where:
        lines += ["*Where:* " + ", ".join(where) + ".", ""]
    if result.reading is not None and not result.reading.empty:
        lines += [f"*Read as:* {md_inline(result.reading.summary(), 600)}.", ""]
    if claim.note:
        lines += [f"*Desk note:* {md_inline(claim.note)}", ""]
    shown: list[list[str]] = []
    for finding in result.findings:  # two findings that read the same are shown once
        if (block := _finding(finding, result.explanation)) not in shown:
            shown.append(block)
    detail = [line for block in shown for line in block]
    if result.verdict == Verdict.NOT_ENOUGH_EVIDENCE and len(detail) > FOLD_LINES:
        count = f"{len(shown)} finding{'s' if len(shown) != 1 else ''}"
        lines += [f"<details><summary>{count}</summary>", "", *detail, "", "</details>", ""]
    elif detail:
        lines += [*detail, ""]
    return lines


def _datasets(report: Report) -> list[str]:
    lines = ["## Datasets used", ""]
    if not report.datasets:
        return [*lines, "No dataset was cited.", ""]
    lines += ["| Dataset | Title | Publisher | Retrieved | Licence |", "|---|---|---|---|---|"]
    for meta in report.datasets:
        lines.append(
            f"| {md_code(meta.id, in_table=True)} | {_link(md_cell(meta.title), meta.url)} | "
            f"{md_cell(meta.publisher)} | {md_cell(meta.retrieved)} | {md_cell(meta.licence)} |"
        )
    return [*lines, ""]


def _footer(report: Report) -> list[str]:
    """The verifiers that ran: those with a finding on some claim (one that applied to no
    claim, or the online ones of an offline run, is left out)."""
    found = {f.verifier for r in report.results for f in r.findings}
    by_package: dict[str, list[str]] = defaultdict(list)
    for name, package, version in (v for v in report.verifiers if v[0] in found):
        by_package[md_fragment(shorten(f"{package} {version}", 120))].append(md_code(name))
    listed = "; ".join(f"{', '.join(names)} ({pkg})" for pkg, names in sorted(by_package.items()))
    return [
        "---",
        "",
        f"Generated by veracity {report.tool_version}. Verifiers: {listed or 'none'}.",
        "",
    ]


def render(report: Report) -> str:
    return "".join(chunks(report))


def chunks(report: Report) -> Iterator[str]:
    """The report's text a block at a time (one claim's section each), so that a writer holds
    one block, not the tens of megabytes of a report of many claims."""
    yield from _block([*_header(report), *_attention(report), *_table(report)])
    yield from _block([*_article(report), "## Claims", ""])
    for number, result in enumerate(report.results, start=1):
        yield from _block(_section(report, result, number))
    yield from _block(_datasets(report))
    yield _joined(_footer(report))


def _block(lines: list[str]) -> Iterator[str]:
    """Lines of the report, each ended by a line break (the footer is `_joined` instead)."""
    if lines:
        yield "\n".join(lines) + "\n"


def _joined(lines: list[str]) -> str:
    """The last lines of the report: trailing blank lines dropped, one line break at the end."""
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines:
        return "\n"
    lines[-1] = lines[-1].rstrip()
    lines.append("")
    return "\n".join(lines)

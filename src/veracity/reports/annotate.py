"""The article text in Markdown, each claim's words in bold and marked with its verdict.

A claim's words are its `quote` (else its `text`) where the article contains them verbatim.
Claims may overlap, so the text is cut at every claim's start and end: each piece is bold when
some claim covers it (a running count over the cuts; paragraphs and claims are swept together,
so the work grows with the text and the claims, not with their product), and after each
claim's last word comes a marker linking to its section,
e.g. `<sup>[❌ 17](#claim-fighter-jets)</sup>`. Every paragraph of the article is one line of a
block quote, escaped so that nothing in it renders as markup.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Sequence

from veracity.reports.escape import guard_line_start, md_fragment
from veracity.reports.model import ClaimResult, Report

__all__ = ["annotated_article", "unplaced"]

Marker = Callable[[int, ClaimResult], str]


def _spans(report: Report) -> list[tuple[int, int, int, ClaimResult]]:
    spans = []
    for number, result in enumerate(report.results, start=1):
        span = report.claim_set.article_span(result.claim)
        if span is not None:
            spans.append((span[0], span[1], number, result))
    return spans


def unplaced(report: Report) -> list[tuple[int, ClaimResult]]:
    """(number, result) of the claims whose words are not found in the article text."""
    placed = {number for _, _, number, _ in _spans(report)}
    return [(n, r) for n, r in enumerate(report.results, start=1) if n not in placed]


def _paragraph(
    text: str,
    start: int,
    end: int,
    spans: Sequence[tuple[int, int, int, ClaimResult]],
    marker: Marker,
) -> str:
    """One paragraph, `spans` being the claims that overlap it."""
    ends: dict[int, list[tuple[int, ClaimResult]]] = defaultdict(list)
    cuts = {start, end}
    for s, e, number, result in spans:
        cuts |= {max(s, start), min(e, end)}
        if start < e <= end:
            ends[e].append((number, result))
    points = sorted(cuts)
    index = {point: i for i, point in enumerate(points)}
    depth = [0] * (len(points) + 1)  # claims covering each piece, as a running sum of changes
    for s, e, _, _ in spans:
        depth[index[max(s, start)]] += 1
        depth[index[min(e, end)]] -= 1
    tokens: list[tuple[bool, str]] = []  # (bold, markdown)
    covering = 0
    for i, (left, right) in enumerate(itertools.pairwise(points)):
        covering += depth[i]
        covered = covering > 0
        piece = md_fragment(text[left:right])
        if tokens and tokens[-1][0] == covered:
            tokens[-1] = (covered, tokens[-1][1] + piece)
        else:
            tokens.append((covered, piece))
        for number, result in sorted(ends.get(right, []), key=lambda item: item[0]):
            tokens.append((False, marker(number, result)))
    line = "".join(_bold(piece) if bold else piece for bold, piece in tokens)
    return guard_line_start(line.strip())


def _bold(piece: str) -> str:
    core = piece.strip(" ")
    if not core:
        return piece
    lead = piece[: len(piece) - len(piece.lstrip(" "))]
    trail = piece[len(piece.rstrip(" ")) :]
    return f"{lead}<b>{core}</b>{trail}"


def annotated_article(report: Report, marker: Marker) -> list[str]:
    """Markdown lines quoting the article text with claims marked; [] when there is no text."""
    text = report.claim_set.article_text
    if not text:
        return []
    spans = sorted(_spans(report), key=lambda span: span[0])
    lines: list[str] = []
    offset = 0
    waiting = 0  # spans[waiting:] start at or after the paragraphs seen so far
    active: list[tuple[int, int, int, ClaimResult]] = []
    for raw in text.split("\n"):
        start, end = offset, offset + len(raw)
        offset = end + 1
        while waiting < len(spans) and spans[waiting][0] < end:
            active.append(spans[waiting])
            waiting += 1
        active = [span for span in active if span[1] > start]
        if not raw.strip():
            continue
        if lines:
            lines.append(">")
        lines.append("> " + _paragraph(text, start, end, active, marker))
    return lines

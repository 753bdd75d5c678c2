"""Hypothesis strategies shared by the property tests: claim-set data, claim sets and reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from veracity.claims.models import Article, Claim, ClaimSet, Location
from veracity.engine.aggregate import aggregate
from veracity.findings import ERROR, NOTE, Evidence, Finding, Verdict
from veracity.reports.model import ClaimResult, Report
from veracity.sources.dataset import DatasetMeta

slugs = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)
# printable text: no control characters, surrogates or line/paragraph separators
_letters = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Zs"))
words = st.text(_letters, min_size=1, max_size=12)
texts = st.lists(words, min_size=1, max_size=12).map(" ".join)
hostile = st.text(max_size=80) | st.sampled_from(
    [
        "<script>alert(1)</script>",
        "[click](javascript:alert(1))",
        "| a | b |\n|---|---|",
        "\x1b[31mred\x1b[0m \x1b]0;title\x07",
        "abc\u202edcba\u2066x\u2069",
        "NUL\x00 and \x85 C1",
        "# heading\n- list\n1. ordered\n> quote\n```code```",
        "x" * 5000,
        "![img](http://e.x/a.png) **bold** _it_ ~~s~~ $math$ &amp; &#x41;",
    ]
)

bounded = hostile.filter(lambda t: bool(t.strip()) and len(t) <= 4000)
"""Hostile text a Claim model accepts (non-blank, at most 4,000 characters)."""


@st.composite
def claim_set_data(draw: st.DrawFn) -> dict[str, Any]:
    """The plain data of a valid claim file: what yaml.safe_dump writes and the loader reads."""
    article: dict[str, Any] = {"id": draw(slugs), "title": draw(texts)}
    if draw(st.booleans()):
        article["published"] = draw(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)))
    if draw(st.booleans()):
        article["url"] = "https://example.org/" + draw(slugs)
    ids = draw(st.lists(slugs, min_size=1, max_size=6, unique=True))
    claims = []
    for claim_id in ids:
        claim: dict[str, Any] = {"id": claim_id, "text": draw(texts)}
        if draw(st.booleans()):
            claim["year"] = draw(st.integers(1900, 2100))
        if draw(st.booleans()):
            claim["checkable"] = draw(st.booleans())
        for hint in ("quote", "country", "source", "note"):
            if draw(st.integers(0, 3)) == 0:
                claim[hint] = draw(texts)
        claims.append(claim)
    return {"article": article, "claims": claims}


@st.composite
def findings(draw: st.DrawFn, text: str) -> Finding:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Finding(
        verifier=draw(st.sampled_from(["test.one", "test.two"])),
        verdict=draw(st.sampled_from([*Verdict, ERROR, NOTE])),
        explanation=draw(hostile),
        evidence=tuple(
            Evidence(draw(slugs), draw(hostile), draw(hostile), draw(hostile), draw(hostile))
            for _ in range(draw(st.integers(0, 2)))
        ),
        covers=((start, end),),
        related=tuple(draw(st.lists(hostile, max_size=2))),
    )


file_names = st.none() | st.sampled_from(
    ["claims/desk.yaml", "claims/a\nb.yaml", "claims/::error::x.yaml", "claims/\x01\u202e.yaml"]
).map(Path)
"""Claim file names, hostile ones included (a pull request names its files)."""


@st.composite
def article_texts(draw: st.DrawFn, claims: list[Claim]) -> str | None:
    """An article text of hostile pieces with some of the claims' words in it, once or twice,
    whole or cut across a line break; or no text."""
    if draw(st.booleans()):
        return None
    pieces = draw(st.lists(hostile, max_size=6))
    for claim in claims:
        words = claim.quote or claim.text
        kind = draw(st.sampled_from(["absent", "once", "twice", "broken"]))
        if kind == "once":
            pieces.append(words)
        elif kind == "twice":
            pieces += [words, draw(hostile), words]
        elif kind == "broken":
            middle = len(words) // 2
            pieces.append(words[:middle] + "\n" + words[middle:])
    order = draw(st.permutations(range(len(pieces))))
    separators = st.sampled_from([" ", "\n", "\n\n", "\r\n", ""])
    return "".join(pieces[i] + draw(separators) for i in order)


@st.composite
def reports(draw: st.DrawFn) -> Report:
    """A report on hostile claims, findings, dataset metadata, article text and file names."""
    claims = [
        Claim(id=claim_id, text=draw(bounded), note=draw(bounded))
        for claim_id in draw(st.lists(slugs, min_size=1, max_size=4, unique=True))
    ]
    claim_set = ClaimSet(
        article=Article(id=draw(slugs), title=draw(bounded), text="article.txt"),
        claims=tuple(claims),
        path=draw(file_names),
        article_text=draw(article_texts(claims)),
    )
    results = []
    for claim in claims:  # verdicts as the runner gives them, so reports are consistent
        found = tuple(draw(st.lists(findings(claim.text), max_size=3)))
        verdict, explanation = aggregate(claim.text, list(found))
        results.append(
            ClaimResult(
                claim=claim,
                verdict=verdict,
                explanation=explanation + draw(hostile),
                findings=found,
                location=Location(line=draw(st.integers(1, 10**6)), column=1),
            )
        )
    datasets = tuple(
        DatasetMeta(draw(slugs), *(draw(hostile) for _ in range(5)))
        for _ in range(draw(st.integers(0, 2)))
    )
    return Report(
        claim_set=claim_set,
        results=tuple(results),
        datasets=datasets,
        verifiers=(("test.one", draw(hostile), draw(hostile)), ("test.two", "pkg", "1.0")),
        tool_version="0.0.0",
        settings=draw(st.sampled_from([{}, {"sarif-notes": True}])),
    )

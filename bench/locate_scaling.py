"""How long locating claims in a large article text takes (not part of the test run).

    python bench/locate_scaling.py [--size-mb 5] [--claims 10000] [--old]

Builds an article text of about `--size-mb` MB from the sentences of `bench/generate.py`: the
claims' own sentences spread through it in order, among other generated sentences, with one
claim in ten absent from the text (a claim no quote matches is the costly case: it is looked
for everywhere). Then it times, for the whole claim set, what the reports do: the span and line
of every claim (`ClaimSet.article_location`, as the runner asks), their places for SARIF and the
annotations (`veracity.reports.locate.place`), and the Markdown article with every claim marked
(`veracity.reports.annotate.annotated_article`). `--old` also times the former way, one
`str.find` and one slice-and-count per claim, for comparison (it takes minutes at 5 MB).
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import claim_set as generated

from veracity.claims.models import Article, Claim, ClaimSet
from veracity.findings import Verdict
from veracity.reports.annotate import annotated_article
from veracity.reports.locate import place
from veracity.reports.model import ClaimResult, Report


def build(size: int, count: int, seed: int = 7) -> ClaimSet:
    rng = random.Random(seed)
    data = generated(count * 2, seed)
    rows = data["claims"]
    assert isinstance(rows, list)
    texts = [str(row["text"]) for row in rows]
    claim_texts, filler = texts[:count], texts[count:]
    paragraphs: list[str] = []
    length = 0
    per_claim = max(size // max(count, 1), 1)
    for index, text in enumerate(claim_texts):
        words = [text] if index % 10 else []  # one claim in ten is not in the article
        while sum(len(w) + 1 for w in words) < per_claim:
            words.append(rng.choice(filler))
        rng.shuffle(words)
        paragraph = " ".join(words)
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    text = "\n\n".join(paragraphs)
    claims = tuple(
        Claim(id=f"c{index}", text=claim_text) for index, claim_text in enumerate(claim_texts)
    )
    return ClaimSet(
        article=Article(id="bench", title="Bench", text="bench.txt"),
        claims=claims,
        path=Path("claims/bench.yaml"),
        article_text=text,
    )


def _report(claim_set: ClaimSet) -> Report:
    results = tuple(
        ClaimResult(
            claim=claim,
            verdict=Verdict.NOT_ENOUGH_EVIDENCE,
            explanation="",
            findings=(),
            article_location=claim_set.article_location(claim),
        )
        for claim in claim_set.claims
    )
    return Report(claim_set, results, (), (), "bench")


def _old(claim_set: ClaimSet) -> int:
    text = claim_set.article_text or ""
    found = 0
    for claim in claim_set.claims:
        index = text.find(claim.quote or claim.text)
        if index >= 0:
            before = text[:index]
            found += before.count("\n") >= 0
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=5.0)
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--old", action="store_true", help="also time one find per claim")
    args = parser.parse_args()
    claim_set = build(int(args.size_mb * 1_000_000), args.claims)
    text = claim_set.article_text or ""
    print(f"article text: {len(text):,} characters, {text.count(chr(10)) + 1:,} lines")
    print(f"claims: {len(claim_set.claims):,}")
    gc.collect()
    start = time.perf_counter()
    report = _report(claim_set)
    located = time.perf_counter()
    places = [place(claim_set, result) for result in report.results]
    placed = time.perf_counter()
    lines = annotated_article(report, lambda number, _: f"<sup>{number}</sup>")
    annotated = time.perf_counter()
    in_text = sum(1 for result in report.results if result.article_location is not None)
    print(f"claims found in the text: {in_text:,} (places: {sum(p is not None for p in places)})")
    print(f"locate every claim (index + spans + lines): {located - start:.2f} s")
    print(f"places for SARIF and annotations:           {placed - located:.2f} s")
    print(f"annotated Markdown article ({len(lines):,} lines): {annotated - placed:.2f} s")
    print(f"total:                                      {annotated - start:.2f} s")
    if args.old:
        start = time.perf_counter()
        _old(claim_set)
        print(f"former way, one find + slice per claim:     {time.perf_counter() - start:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

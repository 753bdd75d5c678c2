"""How consistency.quantities scales with the size of a claim set (not part of the test run).

    python bench/consistency_scaling.py 1000 10000 100000

Builds synthetic articles whose claims state counts of a few countries and categories (so the
groups are large, the worst case for pairwise comparison) and times one run of the verifier.
The ledger is built once per claim set, so time per claim should stay roughly flat.
"""

from __future__ import annotations

import random
import sys
import time

from veracity.claims.models import Article, Claim, ClaimSet
from veracity.engine.plugins import discover
from veracity.engine.runner import run
from veracity.sources import Sources

VERIFIER = discover(builtins_only=True, select=frozenset({"consistency.quantities"}))
COUNTRIES = ["Kazakhstan", "Uzbekistan", "Poland", "Egypt"]
THINGS = ["new tanks", "fighter jets", "armoured vehicles", "drones", "units of equipment"]
VERBS = ["received", "ordered", "repaired"]
WHEN = ["this year", "in 2023", "so far"]


def claim_set(size: int, seed: int = 1) -> ClaimSet:
    rng = random.Random(seed)
    claims = tuple(
        Claim(
            id=f"c{i}",
            text=f"{rng.choice(COUNTRIES)} {rng.choice(VERBS)} {rng.randint(1, 3000):,} "
            f"{rng.choice(THINGS)} {rng.choice(WHEN)}.",
        )
        for i in range(size)
    )
    return ClaimSet(article=Article(id="bench", title="Bench"), claims=claims)


def main(sizes: list[int]) -> None:
    verifier = VERIFIER
    sources = Sources()
    for size in sizes:
        claims = claim_set(size)
        start = time.perf_counter()
        report = run(claims, verifier, sources, timeout=None)
        seconds = time.perf_counter() - start
        refuted = sum(r.verdict == "refuted" for r in report.results)
        print(
            f"{size:>7,} claims: {seconds:6.2f} s, {1e6 * seconds / size:6.0f} µs/claim, "
            f"{refuted:,} refuted"
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1_000, 10_000])

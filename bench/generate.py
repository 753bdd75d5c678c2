"""Generate large claim sets from the bundled reference data, in varied phrasings.

    python bench/generate.py 10000 > bench/generated/bench-10k.yaml

Claims mix ranking statements (true and false), system/maker/origin statements when the
`systems` dataset is bundled, quantity statements, and sentences no verifier can check, so
every verifier and the aggregate rule get work of the kind real articles give them.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterator

import yaml

from veracity.sources import Sources

RANKING = [
    "In the annual Global Firepower-{year} ranking, {country} was placed {rank} out of {total} "
    "countries.",
    "Global Firepower {year} puts {country} at number {n}.",
    "{country} is ranked {rank} in the Global Firepower {year} index.",
    "According to Global Firepower {year}, {country} has the strongest military in {region}.",
    "{country} ranks ahead of {other} in Global Firepower {year}.",
]
SYSTEMS = [
    "The {name} is a {role}.",
    "The {adjective} {name} entered service with the army.",
    "The {name} is produced by {maker}.",
    "{country} received the {name} from its supplier.",
]
QUANTITIES = [
    "{country} is procuring {n} new fighter jets this year.",
    "The army received {n} new tanks in {year}.",
    "Over {n} units of military equipment have been repaired so far.",
]
FILLER = [
    "Officials said the programme would continue next year.",
    "Experts suggest the decision was influenced by recent conflicts.",
    "The ministry has been discreet about the details of the purchase.",
]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def claims(count: int, seed: int = 2024) -> Iterator[str]:
    rng = random.Random(seed)
    sources = Sources()
    gfp = list(sources.dataset("gfp-2024"))
    systems = list(sources.dataset("systems")) if "systems" in sources else []
    makers = (
        {r["id"]: r for r in sources.dataset("manufacturers")}
        if ("manufacturers" in sources)
        else {}
    )

    def ranking() -> str:
        row, other = rng.choice(gfp), rng.choice(gfp)
        rank = row["rank"] if rng.random() < 0.6 else rng.randint(1, 145)
        return rng.choice(RANKING).format(
            year=2024,
            country=row["country"],
            rank=_ordinal(rank),
            n=rank,
            total=145,
            region=rng.choice(["Central Asia", "Europe", "Africa", "South America"]),
            other=other["country"],
        )

    def system() -> str:
        if not systems:
            return rng.choice(FILLER)
        row = rng.choice(systems)
        maker_ids = row.get("makers") or ()
        maker = (
            makers.get(maker_ids[0], {}).get("name", "an unknown maker")
            if maker_ids
            else ("an unknown maker")
        )
        return rng.choice(SYSTEMS).format(
            name=row["name"],
            role=row.get("role") or "weapon system",
            maker=maker,
            adjective=rng.choice(["Russian", "Turkish", "French", "Chinese", "American"]),
            country=rng.choice(gfp)["country"],
        )

    def quantity() -> str:
        return rng.choice(QUANTITIES).format(
            country=rng.choice(gfp)["country"], n=rng.choice([12, 40, 500, 1500, 20]), year=2024
        )

    kinds: list[Callable[[], str]] = [
        ranking,
        ranking,
        system,
        system,
        quantity,
        lambda: rng.choice(FILLER),
    ]
    for _ in range(count):
        yield rng.choice(kinds)()


def claim_set(count: int, seed: int = 2024) -> dict[str, object]:
    return {
        "article": {
            "id": f"bench-{count}",
            "title": f"Benchmark claim set of {count} claims",
            "published": "2024-08-07",
        },
        "claims": [{"id": f"c{i}", "text": text} for i, text in enumerate(claims(count, seed))],
    }


def main(argv: list[str]) -> int:
    count = int(argv[1]) if len(argv) > 1 else 1000
    yaml.dump(
        claim_set(count),
        sys.stdout,
        Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
        allow_unicode=True,
        sort_keys=False,
        width=200,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

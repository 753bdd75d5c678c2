"""Generate large claim sets from the bundled reference data, in varied phrasings.

    python bench/generate.py 10000 [SEED] > bench/generated/bench-10000.yaml

Every built-in verifier gets work of the kind articles give it, true and false alike: Global
Firepower ranks, places, regions and comparisons (`gfp-2024`); a system's role, maker, origin
and spelling (`systems`, `manufacturers`, `country-names`); deliveries by organisations
(`organisations`); SIPRI deals with right and wrong numbers, years and suppliers
(`arms-transfers`); counts weighed against inventories (`gfp-2024`); the same figure stated twice
in one article, agreeing or not (consistency pairs); and sentences no verifier can check, some
marked `checkable: false`. Values are drawn from the data, so texts rarely repeat. The output is
deterministic for a given size and seed.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable, Iterator
from typing import Any

import yaml

from veracity.sources import Sources

Row = dict[str, Any]
REGIONS = ["Central Asia", "Europe", "Africa", "South America", "Asia", "the Middle East"]
RANKING = [
    "In the annual Global Firepower-{year} ranking, {country} was placed {rank} out of {total} "
    "countries.",
    "Global Firepower {year} puts {country} at number {n}.",
    "{country} is ranked {rank} in the Global Firepower {year} index.",
    "{country} sits at #{n} in Global Firepower {year}.",
    "According to Global Firepower {year}, {country} has the strongest military in {region}.",
    "{country} has the weakest military in {region}, according to Global Firepower {year}.",
    "{country} ranks ahead of {other} in Global Firepower {year}.",
    "In Global Firepower {year}, {country} ranks behind {other}.",
    "{country} is in the top {top} of the Global Firepower {year} ranking.",
    "GFP {year} ranks {country} {rank} in the world.",
]
ROLE = [
    "The {name} is a {role}.",
    "The {name} is the {role} of the army.",
    "the {role} {name}",
    "{plural} such as the {name}",
    "the {name}, a {role}",
]
MAKER = [
    "The {name} is produced by {maker}.",
    "The {name} is built by {maker}.",
    "{maker} builds the {name}.",
    "{maker}'s {name}",
    "The {name} comes from {maker}.",
    "The {name}, which is made by {maker}, entered service in {year}.",
]
ORIGIN = [
    "The {name} is {adjective}.",
    "the {adjective} {name}",
    "The {name} is {adjective}-made.",
    "{adjective}-made {name} {plural}",
    "The {name} is of {adjective} origin.",
    "The {name} is made in {country}.",
]
SUPPLIER = [
    "The {org} delivered the {name} to {country}.",
    "{country} received the {name} from the {org}.",
    "{maker} delivered the {name}.",
    "{maker} supplied the {name} to {country}.",
]
DEAL = [
    "{recipient} ordered {n} {name} in {year}.",
    "{recipient} has ordered {n} {name}.",
    "In {year}, {recipient} ordered {n} {name} from {supplier}.",
    "{recipient} received the {name} from {supplier}.",
    "{supplier} delivered {name} to {recipient} in {delivered}.",
    "{recipient} bought {n} {name} from {supplier} in {year}.",
]
QUANTITY = [
    "{country} is procuring {n} new {thing} this year.",
    "{country} will receive {n} {thing} in {year}.",
    "More than {n} {thing} were delivered to {country} in {year}.",
    "{country} ordered {n} {thing} in {year}.",
    "Up to {n} {thing} will be supplied to {country}.",
    "{country} has repaired {n} {thing} so far.",
]
PAIR = [
    (
        "{country} received {n} new {thing} in {year}.",
        "The {m} new {thing} {country} received in {year} were mostly second-hand.",
    ),
    (
        "{country} ordered {n} {thing} this year.",
        "This year {country} ordered about {m} {thing}, officials said.",
    ),
]
THINGS = {
    "tanks": "tanks",
    "fighter jets": "fighters",
    "helicopters": "helicopters",
    "attack helicopters": "attack_helicopters",
    "armoured vehicles": "armoured_vehicles",
    "submarines": "submarines",
    "rocket launchers": "rocket_launchers",
    "transport aircraft": "transport_aircraft",
    "troops": "active_personnel",
    "units of equipment": "",
}
FILLER = [
    "Officials in {country} said the programme would continue until {year}.",
    "Experts suggest the decision of {country} was influenced by recent conflicts.",
    "The ministry has been discreet about the details of the {thing} purchase.",
    "{country}'s defence minister visited the plant on {weekday}.",
    "Analysts expect the {region} market to grow after {year}.",
    "The parliament of {country} will debate the budget in {month}.",
    "Crews of the {name} will train abroad next {month}.",
    "The deal was described as historic by the press in {country}.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "March", "May", "July", "September", "November"]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _plural(noun: str) -> str:
    noun = noun.split("/")[-1]
    return noun if noun.endswith(("aircraft", "s")) else noun + "s"


def _misspell(rng: random.Random, name: str) -> str:
    """A one-letter slip (doubled, dropped or swapped letter) inside a word of the name."""
    spots = [i for i in range(1, len(name) - 1) if name[i].isalpha() and name[i - 1].isalpha()]
    if not spots:
        return name
    i = rng.choice(spots)
    slip = rng.randrange(3)
    if slip == 0:
        return name[:i] + name[i] + name[i:]
    if slip == 1:
        return name[:i] + name[i + 1 :]
    return name[: i - 1] + name[i] + name[i - 1] + name[i + 1 :]


class Generator:
    """Claim texts drawn from the bundled datasets."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        sources = Sources()
        self.gfp: list[Row] = list(sources.dataset("gfp-2024"))
        self.adjectives: dict[str, list[str]] = {
            str(r["iso3"]): list(r.get("adjectives") or ())
            for r in sources.dataset("country-names")
        }
        self.names = {str(r["iso3"]): str(r["name"]) for r in sources.dataset("countries")}
        self.names |= {str(r["iso3"]): str(r["country"]) for r in self.gfp}  # press names
        self.makers: dict[str, Row] = {str(r["id"]): r for r in sources.dataset("manufacturers")}
        systems = list(sources.dataset("systems"))
        self.systems = [r for r in systems if r.get("role")]
        self.made = [r for r in systems if any(m in self.makers for m in r.get("makers") or ())]
        self.originated = [r for r in systems if r.get("origin")]
        self.organisations = list(sources.dataset("organisations"))
        self.deals = [
            r
            for r in sources.dataset("arms-transfers")
            if r.get("recipient_iso3") and r.get("supplier_iso3") and r.get("year_of_order")
        ]
        self.kinds: list[tuple[Callable[[], list[str]], int]] = [
            (self.ranking, 15),
            (self.role, 10),
            (self.maker, 10),
            (self.origin, 10),
            (self.supplier, 4),
            (self.deal, 14),
            (self.quantity, 12),
            (self.pair, 4),
            (self.spelling, 5),
            (self.filler, 16),
        ]

    def country(self) -> Row:
        return self.rng.choice(self.gfp)

    def adjective(self, iso3: str) -> str | None:
        found = self.adjectives.get(iso3) or []
        return found[0] if found else None

    def ranking(self) -> list[str]:
        row, other = self.country(), self.country()
        rank = int(row["rank"]) if self.rng.random() < 0.6 else self.rng.randint(1, 145)
        total = 145 if self.rng.random() < 0.9 else self.rng.choice([140, 150])
        return [
            self.rng.choice(RANKING).format(
                year=2024,
                country=row["country"],
                rank=_ordinal(rank),
                n=rank,
                total=total,
                region=self.rng.choice(REGIONS),
                other=other["country"],
                top=self.rng.choice([10, 20, 25, 50]),
            )
        ]

    def role(self) -> list[str]:
        row = self.rng.choice(self.systems)
        other = self.rng.choice(self.systems)
        role = str(row["role"] if self.rng.random() < 0.6 else other["role"])
        return [self.rng.choice(ROLE).format(name=row["name"], role=role, plural=_plural(role))]

    def maker(self) -> list[str]:
        row = self.rng.choice(self.made)
        if self.rng.random() < 0.6:
            maker = self.makers[next(m for m in row["makers"] if m in self.makers)]
        else:
            maker = self.rng.choice(list(self.makers.values()))
        return [
            self.rng.choice(MAKER).format(
                name=row["name"], maker=maker["name"], year=self.rng.randint(1960, 2024)
            )
        ]

    def origin(self) -> list[str]:
        row = self.rng.choice(self.originated)
        iso3 = str(row["origin"][0]) if self.rng.random() < 0.6 else str(self.country()["iso3"])
        adjective = self.adjective(iso3) or "foreign"
        return [
            self.rng.choice(ORIGIN).format(
                name=row["name"],
                adjective=adjective,
                country=self.names.get(iso3, adjective),
                plural=_plural(str(row.get("category") or "system").replace("-", " ")),
            )
        ]

    def supplier(self) -> list[str]:
        row = self.rng.choice(self.made)
        maker = self.makers[next(m for m in row["makers"] if m in self.makers)]
        org = self.rng.choice(self.organisations)
        return [
            self.rng.choice(SUPPLIER).format(
                name=row["name"],
                org=org["name"],
                maker=maker["name"],
                country=self.country()["country"],
            )
        ]

    def deal(self) -> list[str]:
        row = self.rng.choice(self.deals)
        roll = self.rng.random()
        n = row.get("number_ordered") or 1
        year = int(row["year_of_order"])
        supplier = self.names.get(str(row["supplier_iso3"]), str(row["supplier"]))
        if roll < 0.2:
            n = int(n) + self.rng.randint(1, 10)
        elif roll < 0.4:
            year += self.rng.choice([-2, -1, 1, 2])
        elif roll < 0.5:
            supplier = self.country()["country"]
        delivered = list(row.get("years_of_delivery") or ()) or [year + 1]
        return [
            self.rng.choice(DEAL).format(
                recipient=self.names.get(str(row["recipient_iso3"]), str(row["recipient"])),
                n=n,
                name=row["designation"],
                year=year,
                supplier=supplier,
                delivered=self.rng.choice(delivered),
            )
        ]

    def _amount(self, row: Row, column: str) -> int:
        held = int(row.get(column) or 0) if column else 0
        scale = self.rng.choice([0.01, 0.05, 0.2, 1.0, 5.0, 20.0])
        return max(2, round((held or 50) * scale))

    def quantity(self) -> list[str]:
        row = self.country()
        thing, column = self.rng.choice(list(THINGS.items()))
        return [
            self.rng.choice(QUANTITY).format(
                country=row["country"],
                n=f"{self._amount(row, column):,}",
                thing=thing,
                year=self.rng.choice([2023, 2024, 2025]),
            )
        ]

    def pair(self) -> list[str]:
        row = self.country()
        thing, column = self.rng.choice(list(THINGS.items()))
        n = self._amount(row, column)
        m = n if self.rng.random() < 0.5 else n * self.rng.choice([2, 10])
        first, second = self.rng.choice(PAIR)
        values = {"country": row["country"], "thing": thing, "year": 2024}
        return [first.format(n=f"{n:,}", **values), second.format(m=f"{m:,}", **values)]

    def spelling(self) -> list[str]:
        row = self.rng.choice(self.made)
        maker = self.makers[next(m for m in row["makers"] if m in self.makers)]
        template = self.rng.choice(MAKER[:4])
        return [template.format(name=row["name"], maker=_misspell(self.rng, str(maker["name"])))]

    def filler(self) -> list[str]:
        return [
            self.rng.choice(FILLER).format(
                country=self.country()["country"],
                year=self.rng.randint(2024, 2035),
                thing=self.rng.choice(list(THINGS)),
                weekday=self.rng.choice(WEEKDAYS),
                month=self.rng.choice(MONTHS),
                region=self.rng.choice(REGIONS),
                name=self.rng.choice(self.systems)["name"],
            )
        ]

    def texts(self, count: int) -> Iterator[tuple[str, bool]]:
        """(text, checkable) pairs, `count` in all."""
        kinds, weights = zip(*self.kinds, strict=True)
        made = 0
        while made < count:
            kind = self.rng.choices(kinds, weights)[0]
            for text in kind()[: count - made]:
                checkable = kind != self.filler or self.rng.random() < 0.5
                yield text, checkable
                made += 1


def claim_set(count: int, seed: int = 2024) -> dict[str, object]:
    claims: list[dict[str, object]] = []
    for i, (text, checkable) in enumerate(Generator(seed).texts(count)):
        claim: dict[str, object] = {"id": f"c{i}", "text": text}
        if not checkable:
            claim["checkable"] = False
            claim["note"] = "An opinion or attribution."
        claims.append(claim)
    return {
        "article": {
            "id": f"bench-{count}" if seed == 2024 else f"bench-{count}-{seed}",
            "title": f"Benchmark claim set of {count} claims",
            "published": "2024-08-07",
        },
        "claims": claims,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=1000, help="claims (1000)")
    parser.add_argument("seed", type=int, nargs="?", default=2024, help="random seed (2024)")
    args = parser.parse_args(argv[1:])
    count, seed = args.count, args.seed
    yaml.dump(
        claim_set(count, seed),
        sys.stdout,
        Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
        allow_unicode=True,
        sort_keys=False,
        width=200,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

"""The alias index: every name of every system, maker and organisation, by normalised key.

Exact look-ups are one dict access per candidate n-gram; nothing scans the registry. Near misses
go through rapidfuzz, but only against a small bucket of keys built in advance:

* **names** (keys of five letters or more): the bucket holds keys with the same first letter and
  a length within ±2; `process.extract(..., scorer=fuzz.ratio, score_cutoff=NAME_CUTOFF)`,
  keeping the best score (and its ties, so "Rafal" is offered as both Rafale and Rafael).
  The cutoff of 82 was chosen on real cases (see tests/mentions/test_thresholds.py): it admits
  "Otocar" → Otokar (83.3), "Lockhead Martin" → Lockheed Martin (92.9), "Bayrakter TB2" →
  Bayraktar TB2 (91.7), "Dassualt" → Dassault (87.5), and keeps out "Rafaela" → Rafale (76.9),
  "Raphael" → Rafael (76.9) and "Arlen" → Arlan (80.0). A score alone cannot keep "Being" from
  Boeing (90.9), so the finder also demands a context cue for every near miss (see
  `veracity.mentions.cues`), and a key that merely continues another is never a near miss
  ("Irkutsk" is a city, not Irkut).
* **designations** (letters and digits): separators and case are already normalised away, so
  "Su30SM", "Su 30 SM" and "TB-2" are exact hits. What is left to fuzz is a typing slip, and a
  changed or added letter in a designation usually names another variant (Su-30MK is not
  Su-30SM, Leopard 1V not Leopard 1), so the bucket holds keys with the same first letter, the
  same digits and the same length, and a hit must also be a single swap of two adjacent
  characters ("Su-30MS"). Words around a designation ("Bayrakter TB2") are fuzzed as names
  while the designation itself must stand unchanged.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz import fuzz, process

from veracity.mentions.catalog import DATASETS, INDEXES, Entity, catalog
from veracity.mentions.keys import digits, tokenise
from veracity.mentions.roles import find_roles
from veracity.sources.registry import Sources

__all__ = [
    "DESIGNATION_CUTOFF",
    "LENGTH_BAND",
    "NAME_CUTOFF",
    "NAME_MIN_LENGTH",
    "Alias",
    "AliasIndex",
    "alias_index",
]

NAME_CUTOFF = 82.0
NAME_MIN_LENGTH = 5
LENGTH_BAND = 2
DESIGNATION_CUTOFF = 80.0


@dataclass(frozen=True, slots=True)
class Alias:
    """One name of one entity, as the dataset writes it."""

    surface: str
    key: str
    size: int
    """Number of tokens."""
    entity: Entity

    @property
    def acronym(self) -> bool:
        """An all-capital name such as "TAI", "EU", "NATO"."""
        return self.size == 1 and self.surface.isalpha() and self.surface.isupper()

    @property
    def generic(self) -> bool:
        """A name made of role and class words only ("Light Combat Aircraft", a programme's
        name): written in lower case, or with only its first word capitalised, it is the class
        of weapon, not this system."""
        surface = self.surface
        if not surface or not all(c.isalpha() or c in " -" for c in surface):
            return False
        rest = list(surface)
        for run in find_roles(surface):
            rest[run.start : run.end] = " " * (run.end - run.start)
        return surface.strip() != "" and "".join(rest).strip(" -") == ""

    @property
    def wordlike(self) -> bool:
        """One alphabetic word ("Arlan", "Cobra", "Otokar") that could also be a common word."""
        return self.size == 1 and self.surface.isalpha() and not self.acronym


def _transposed(a: str, b: str) -> bool:
    """True if b is a with two adjacent characters swapped."""
    if len(a) != len(b):
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]


class AliasIndex:
    """Exact and near look-up of names, built once per `Sources`."""

    def __init__(self, sources: Sources) -> None:
        self.exact: dict[str, list[Alias]] = defaultdict(list)
        self.first_tokens: set[str] = set()
        self.max_tokens = 1
        for entity, surface in _names(sources):
            tokens = tokenise(surface)
            key = "".join(t.key for t in tokens)
            if len(key) < 2 or any(a.entity == entity for a in self.exact.get(key, ())):
                continue
            self.exact[key].append(Alias(surface, key, len(tokens), entity))
            self.first_tokens.add(tokens[0].key)
            self.max_tokens = max(self.max_tokens, len(tokens) + 2)
        self._sorted = sorted(self.exact)
        self._begins = _Memo[str, bool]()
        self._near = _Memo[tuple[str, tuple[str, ...]], list[tuple[str, float]]]()
        names: dict[tuple[str, int], list[str]] = defaultdict(list)
        self._designations: dict[tuple[str, str], list[str]] = defaultdict(list)
        for key in self.exact:
            if any(c.isdigit() for c in key):
                self._designations[key[0], digits(key)].append(key)
            elif len(key) >= NAME_MIN_LENGTH:
                names[key[0], len(key)].append(key)
        self._names: dict[tuple[str, int], list[str]] = {}
        for first, length in {(f, n + d) for f, n in names for d in range(-2, 3)}:
            band = [
                k
                for n in range(length - LENGTH_BAND, length + LENGTH_BAND + 1)
                for k in names.get((first, n), ())
            ]
            if band:
                self._names[first, length] = band

    def lookup(self, key: str) -> list[Alias]:
        return self.exact.get(key, [])

    def extends(self, key: str) -> bool:
        """True if some known key starts with `key` (a bisection, no scan): a text n-gram whose
        key does not begin any name cannot become one by taking in more tokens."""
        known = self._begins.get(key)
        if known is None:
            keys = self._sorted
            at = bisect.bisect_left(keys, key)
            known = at < len(keys) and keys[at].startswith(key)
            self._begins[key] = known
        return known

    def longer(self, key: str) -> Iterator[str]:
        """The known keys that start with `key` and go on ("leopard" → "leopard2a4", …)."""
        keys = self._sorted
        at = bisect.bisect_right(keys, key)
        while at < len(keys) and keys[at].startswith(key):
            yield keys[at]
            at += 1

    def near(self, key: str, fixed: tuple[str, ...] = ()) -> list[tuple[str, float]]:
        """The closest known keys within the thresholds above (ties kept), with their score.

        `fixed` are the keys of the designation-shaped tokens of a name such as "Bayrakter
        TB2": they must stand unchanged in the hit, while the words around them may differ.
        A key that merely extends the other by two letters or more is no misspelling
        ("Irkutsk" is a city, not a slip for Irkut). Answers are remembered: the same words
        ("Global Firepower", "Defense Ministry") come back claim after claim.
        """
        found = self._near.get((key, fixed))
        if found is None:
            found = self._near[key, fixed] = self._closest(key, fixed)
        return list(found)

    def _closest(self, key: str, fixed: tuple[str, ...]) -> list[tuple[str, float]]:
        if len(key) < 2:
            return []
        if any(c.isdigit() for c in key):
            pool = self._designations.get((key[0], digits(key)), [])
            if fixed and "".join(fixed) != key:  # words and a designation: fuzz the words
                pool = [
                    k
                    for k in pool
                    if abs(len(k) - len(key)) <= LENGTH_BAND and all(f in k for f in fixed)
                ]
                return self._best(key, pool, NAME_CUTOFF)
            same_length = [k for k in pool if len(k) == len(key)]
            hits = self._best(key, same_length, DESIGNATION_CUTOFF)
            return [h for h in hits if _transposed(key, h[0])]
        if len(key) < NAME_MIN_LENGTH:
            return []
        return self._best(key, self._names.get((key[0], len(key)), []), NAME_CUTOFF)

    @staticmethod
    def _best(key: str, pool: list[str], cutoff: float) -> list[tuple[str, float]]:
        hits = process.extract(key, pool, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
        kept = [(k, float(score)) for k, score, _ in hits if k != key and not _extends(key, k)]
        return [h for h in kept if h[1] == kept[0][1]] if kept else []


K = TypeVar("K")
V = TypeVar("V")


class _Memo(dict[K, V]):
    """A dict of answers that starts afresh past `LIMIT` entries: texts are unbounded."""

    LIMIT = 1 << 16

    def __setitem__(self, key: K, value: V) -> None:
        if len(self) >= self.LIMIT:
            self.clear()
        super().__setitem__(key, value)


def _extends(a: str, b: str) -> bool:
    """One key continues the other: by two letters or more ("Irkutsk"), or by anything at all
    where there are digits, since a designation plus a letter is a variant ("Leopard 1V")."""
    short, long = sorted((a, b), key=len)
    margin = 1 if any(c.isdigit() for c in long) else 2
    return long.startswith(short) and len(long) - len(short) >= margin


def _names(sources: Sources) -> Iterator[tuple[Entity, str]]:
    """Every name and alias of the catalogue (from the shared name indexes); a SIPRI designation
    is left out, since it may name another system ("Su-30MK" is SIPRI's name for the Su-30SM)."""
    cat = catalog(sources)
    for kind, dataset_id in DATASETS.items():
        if dataset_id not in sources:
            continue
        for match in INDEXES[kind](sources).surface_forms():
            entity = cat.get(kind, match.entry.id)
            if entity is not None and match.via != "sipri":
                yield entity, match.surface


def alias_index(sources: Sources) -> AliasIndex:
    """The alias index of these sources, built once."""
    return sources.derived("mentions.alias-index", AliasIndex)

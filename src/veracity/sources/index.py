"""Name indexes over the catalogue datasets: weapon systems, manufacturers, organisations.

    index = systems_index(sources)
    index.lookup("Su 30SM")        # every match, best first: Match(entry, via="name", ...)
    index.resolve("Cobra II")      # the one best entry, or None when absent or ambiguous

Lookups are exact on `name_key` (case, accents, hyphens and spaces ignored). Each match says how
it was found (`via`: the entry's name, an alias, a SIPRI designation, or a variant SIPRI files
under that entry), so a verifier can tell "this is the system" from "this is a variant of it".
Names that several entries share on purpose are listed in each entry's `ambiguous` column.

Approximate matching (misspellings) is not done here: `surface_forms()` gives every name with
its entry, which a fuzzy matcher can index; `lookup` stays exact so a guess never passes for a
fact.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from veracity.sources.dataset import Dataset
from veracity.sources.names import name_key
from veracity.sources.registry import Sources

__all__ = [
    "Entry",
    "Match",
    "NameIndex",
    "makers_index",
    "organisations_index",
    "systems_index",
]

VIA_PRIORITY = ("name", "alias", "sipri", "variant")
"""How a match was found, strongest first."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One row of a catalogue dataset, as the index hands it out."""

    dataset: str
    id: str
    name: str
    row: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    via: str
    """"name", "alias", "sipri" (SIPRI's designation) or "variant" (a variant of the entry)."""
    surface: str
    """The stored spelling that matched."""


class NameIndex:
    """Exact lookup of a catalogue's entries by any of their names."""

    def __init__(self, dataset: Dataset, fields: Mapping[str, str]) -> None:
        """Index `dataset`; `fields` maps a column of names to its `via` label."""
        self.dataset_id = dataset.meta.id
        self._by_id: dict[str, Entry] = {}
        self._by_key: dict[str, list[Match]] = {}
        self._ambiguous: set[str] = set()
        for row in dataset:
            entry = Entry(self.dataset_id, str(row["id"]), str(row["name"]), row)
            self._by_id[entry.id] = entry
            for column, via in fields.items():
                value = row.get(column)
                names: Sequence[str] = (value,) if isinstance(value, str) else (value or ())
                for surface in names:
                    self._add(Match(entry, via, surface))
            self._ambiguous.update(name_key(n) for n in row.get("ambiguous") or ())
        for matches in self._by_key.values():
            matches.sort(key=lambda m: (VIA_PRIORITY.index(m.via), m.entry.id))

    def _add(self, match: Match) -> None:
        key = name_key(match.surface)
        if not key:
            return
        matches = self._by_key.setdefault(key, [])
        for i, known in enumerate(matches):
            if known.entry.id == match.entry.id:
                if VIA_PRIORITY.index(match.via) < VIA_PRIORITY.index(known.via):
                    matches[i] = match
                return
        matches.append(match)

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._by_id.values())

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def lookup(self, name: str) -> tuple[Match, ...]:
        """Every entry known by this name, strongest match first."""
        return tuple(self._by_key.get(name_key(name), ()))

    def resolve(self, name: str) -> Entry | None:
        """The entry this name denotes: None when unknown or when entries tie for it."""
        matches = self.lookup(name)
        if not matches:
            return None
        best = [m for m in matches if m.via == matches[0].via]
        return best[0].entry if len(best) == 1 else None

    def is_ambiguous(self, name: str) -> bool:
        """True if the name is declared shared, or several entries carry it as name or alias."""
        key = name_key(name)
        named = {m.entry.id for m in self._by_key.get(key, ()) if m.via in ("name", "alias")}
        return key in self._ambiguous or len(named) > 1

    def declared_ambiguous(self, name: str) -> bool:
        return name_key(name) in self._ambiguous

    def surface_forms(self) -> Iterator[Match]:
        """Every stored spelling with its entry (for text search and fuzzy matching)."""
        for matches in self._by_key.values():
            yield from matches


SYSTEM_NAMES = {"name": "name", "aliases": "alias", "sipri_names": "sipri", "variants": "variant"}
NAMES = {"name": "name", "aliases": "alias"}


def systems_index(sources: Sources) -> NameIndex:
    """Weapon systems by name, alias, SIPRI designation and variant (built once per sources)."""
    return sources.derived("index:systems", lambda s: NameIndex(s.dataset("systems"), SYSTEM_NAMES))


def makers_index(sources: Sources) -> NameIndex:
    """Manufacturers by name and alias (built once per sources)."""
    return sources.derived(
        "index:manufacturers", lambda s: NameIndex(s.dataset("manufacturers"), NAMES)
    )


def organisations_index(sources: Sources) -> NameIndex:
    """Organisations that buy or deliver arms but build nothing (EU, NATO, OCCAR ...)."""
    return sources.derived(
        "index:organisations", lambda s: NameIndex(s.dataset("organisations"), NAMES)
    )

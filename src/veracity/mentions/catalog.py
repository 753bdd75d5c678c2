"""The named things claims talk about: weapon systems, their makers, and organisations.

`Catalog` reads the `systems`, `manufacturers` and `organisations` datasets (those present; a
missing dataset simply contributes nothing) into `Entity` records, and answers the questions
every verifier asks: who makes a system, which group a maker belongs to, which countries a
system or maker comes from, and what evidence to cite for each. Built once per `Sources`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from veracity.findings import Evidence
from veracity.sources.index import NameIndex, makers_index, organisations_index, systems_index
from veracity.sources.registry import Sources

__all__ = ["DATASETS", "INDEXES", "Catalog", "Entity", "EntityKind", "catalog"]

EntityKind = Literal["system", "maker", "organisation"]
DATASETS: dict[EntityKind, str] = {
    "system": "systems",
    "maker": "manufacturers",
    "organisation": "organisations",
}
INDEXES: dict[EntityKind, Callable[[Sources], NameIndex]] = {
    "system": systems_index,
    "maker": makers_index,
    "organisation": organisations_index,
}
"""The shared name indexes of `veracity.sources.index`, one per kind."""


@dataclass(frozen=True, slots=True)
class Entity:
    """One row of the systems, manufacturers or organisations dataset."""

    kind: EntityKind
    id: str
    name: str
    row: Mapping[str, Any] = field(compare=False, hash=False, repr=False)

    @property
    def dataset(self) -> str:
        return DATASETS[self.kind]

    def values(self, column: str) -> tuple[str, ...]:
        """A ";"-list column as a tuple (empty when the column is blank or absent)."""
        value = self.row.get(column)
        if value is None or value == "":
            return ()
        if isinstance(value, (tuple, list)):
            return tuple(str(v) for v in value if str(v).strip())
        return (str(value),)

    def text(self, column: str) -> str:
        value = self.row.get(column)
        return "" if value is None else str(value).strip()

    @property
    def aliases(self) -> tuple[str, ...]:
        return (self.name, *self.values("aliases"))


class Catalog:
    """Systems, makers and organisations by id, with the links between them."""

    def __init__(self, sources: Sources) -> None:
        self._sources = sources
        self.by_kind: dict[EntityKind, dict[str, Entity]] = {}
        for kind, dataset_id in DATASETS.items():
            entries = INDEXES[kind](sources) if dataset_id in sources else ()
            self.by_kind[kind] = {e.id: Entity(kind, e.id, e.name, e.row) for e in entries}
        self._parents = {m.text("parent") for m in self.by_kind["maker"].values()}

    def __iter__(self) -> Iterator[Entity]:
        for entities in self.by_kind.values():
            yield from entities.values()

    def get(self, kind: EntityKind, entity_id: str) -> Entity | None:
        return self.by_kind[kind].get(entity_id)

    def has_subsidiaries(self, maker: Entity) -> bool:
        """True if another maker names it as parent (a group such as UAC or Rostec)."""
        return maker.id in self._parents

    def makers_of(self, system: Entity) -> list[Entity]:
        """The makers a system row names, in its order (unknown ids skipped)."""
        found = (self.get("maker", m) for m in system.values("makers"))
        return [m for m in found if m is not None]

    def group(self, maker: Entity) -> list[Entity]:
        """The maker followed by its parent, the parent's parent, … (cycle-safe)."""
        chain = [maker]
        parent_id = maker.text("parent")
        while parent_id and parent_id not in {m.id for m in chain}:
            parent = self.get("maker", parent_id)
            if parent is None:
                break
            chain.append(parent)
            parent_id = parent.text("parent")
        return chain

    def builds(self, maker: Entity, system: Entity) -> Entity | None:
        """The system's maker that `maker` is, or is a parent group of; None if neither."""
        for made_by in self.makers_of(system):
            if maker in self.group(made_by):
                return made_by
        return None

    def origin(self, system: Entity) -> tuple[str, ...]:
        """ISO alpha-3 codes of a system's countries of origin (every programme partner)."""
        return system.values("origin")

    def maker_countries(self, system: Entity) -> tuple[str, ...]:
        codes = (c for m in self.makers_of(system) for c in m.values("country"))
        return tuple(dict.fromkeys(codes))

    def evidence(self, entity: Entity, detail: str) -> Evidence:
        """The entity's row, cited: dataset id, row id, its source URL, and the date its pages
        were read (the row's own `retrieved`, else the dataset's)."""
        table = self._sources.dataset(entity.dataset)
        meta = table.meta
        retrieved = str(entity.row.get("retrieved") or meta.retrieved)
        return Evidence(meta.id, entity.id, table.row_url(entity.row), retrieved, detail)


def catalog(sources: Sources) -> Catalog:
    """The catalog of these sources, built once."""
    return sources.derived("mentions.catalog", Catalog)

"""Find and load reference datasets: those bundled with veracity and a workspace's own.

`Sources` loads each dataset once, on first use, and memoises indexes derived from it, so
verifiers share one copy however many claims they check.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from veracity.errors import DatasetError
from veracity.sources import manifest
from veracity.sources.dataset import Dataset, DatasetMeta, load_dataset
from veracity.timelimit import paused
from veracity.workspace import quoted

__all__ = ["BUNDLED_DATA", "Sources"]

T = TypeVar("T")
_MISSING = object()
BUNDLED_DATA = Path(str(resources.files("veracity.sources") / "data"))


class Sources:
    """The datasets a run may consult, by id, loaded lazily and cached."""

    def __init__(
        self, extra_folders: tuple[Path, ...] = (), *, bundled: Path | None = None
    ) -> None:
        """`bundled` is the folder of the bundled datasets, which must match its manifest
        (default BUNDLED_DATA); `extra_folders` add the workspace's own."""
        bundled = BUNDLED_DATA if bundled is None else bundled
        self._folders: dict[str, Path] = {}
        self._roots: dict[str, Path] = {}
        self.workspace_ids: tuple[str, ...] = ()
        """Ids of the datasets found in `extra_folders` (they override bundled ones)."""
        self._manifest = manifest.entries(bundled)
        for dataset_id in self._manifest:
            folder = bundled / dataset_id
            if not (folder / "datapackage.json").is_file():
                raise DatasetError(
                    f"bundled dataset {dataset_id!r} is missing ({folder}); reinstall veracity"
                )
            self._folders[dataset_id] = folder
            self._roots[dataset_id] = bundled
        for root in extra_folders:
            if not root.is_dir():
                raise DatasetError(f"the data folder {quoted(root)} does not exist")
            for descriptor in sorted(root.glob("*/datapackage.json")):
                self._folders[descriptor.parent.name] = descriptor.parent
                self._roots[descriptor.parent.name] = root
                self.workspace_ids += (descriptor.parent.name,)
        self._loaded: dict[str, Dataset] = {}
        self._derived: dict[str, Any] = {}
        self._lock = threading.RLock()
        self.used: set[str] = set()
        """Ids of the datasets consulted so far; reports list them."""

    def ids(self) -> list[str]:
        return sorted(self._folders)

    def __contains__(self, dataset_id: object) -> bool:
        return dataset_id in self._folders

    def dataset(self, dataset_id: str) -> Dataset:
        with self._lock:
            if dataset_id not in self._loaded:
                folder = self._folders.get(dataset_id)
                if folder is None:
                    raise DatasetError(
                        f"no dataset {dataset_id!r} in {BUNDLED_DATA} or the workspace data "
                        f"folder; known: {', '.join(self.ids()) or 'none'}"
                    )
                bundled = dataset_id not in self.workspace_ids
                with paused():  # loaded for every claim: not charged to the one asking first
                    self._loaded[dataset_id] = load_dataset(
                        folder,
                        root=self._roots[dataset_id],
                        manifest=self._manifest[dataset_id] if bundled else None,
                    )
            self.used.add(dataset_id)
            return self._loaded[dataset_id]

    def check_workspace(self) -> None:
        """Load every workspace dataset now, so a corrupt one fails before the run starts."""
        for dataset_id in self.workspace_ids:
            self.dataset(dataset_id)

    def meta(self, dataset_id: str) -> DatasetMeta:
        return self.dataset(dataset_id).meta

    def derived(self, name: str, build: Callable[[Sources], T]) -> T:
        """A structure computed once from the datasets (an index, a lookup table)."""
        known = self._derived.get(name, _MISSING)
        if known is not _MISSING:  # built already: no lock needed to read it
            found: T = known
            return found
        with self._lock:
            if name not in self._derived:
                with paused():  # built for every claim: not charged to the one asking first
                    self._derived[name] = build(self)
            value: T = self._derived[name]
            return value

    def __iter__(self) -> Iterator[Dataset]:
        for dataset_id in self.ids():
            yield self.dataset(dataset_id)

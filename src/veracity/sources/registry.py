"""Find and load reference datasets: those bundled with veracity and a workspace's own.

`Sources` loads each dataset once, on first use, and memoises indexes derived from it, so
verifiers share one copy however many claims they check.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from importlib import metadata, resources
from pathlib import Path
from typing import Any, TypeVar

from veracity.__about__ import __version__
from veracity.errors import DatasetError
from veracity.sources import cache, manifest
from veracity.sources.dataset import Dataset, DatasetMeta, load_dataset
from veracity.timelimit import paused
from veracity.workspace import quoted

__all__ = ["BUNDLED_DATA", "Sources"]

T = TypeVar("T")
_MISSING = object()
BUNDLED_DATA = Path(str(resources.files("veracity.sources") / "data"))
PACKAGE = Path(__file__).resolve().parents[1]
"""The installed `veracity` package (its files are part of the cache key)."""
READ_DATA = ("pycountry", "lemminflect")
"""Distributions whose own data the indexes read (their versions are part of the cache key)."""


class Sources:
    """The datasets a run may consult, by id, loaded lazily and cached."""

    def __init__(
        self, extra_folders: tuple[Path, ...] = (), *, bundled: Path | None = None
    ) -> None:
        """`bundled` is the folder of the bundled datasets, which must match its manifest
        (default BUNDLED_DATA); `extra_folders` add the workspace's own."""
        bundled = BUNDLED_DATA if bundled is None else bundled
        self._bundled = bundled
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
        self._asked: set[str] | None = None
        """While `preload` builds: the ids of every dataset asked for or about."""

    def ids(self) -> list[str]:
        return sorted(self._folders)

    def __contains__(self, dataset_id: object) -> bool:
        if self._asked is not None and isinstance(dataset_id, str):
            self._asked.add(dataset_id)
        return dataset_id in self._folders

    def dataset(self, dataset_id: str) -> Dataset:
        if self._asked is not None:
            self._asked.add(dataset_id)
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

    def preload(self, build: Callable[[Sources], object]) -> bool:
        """Load every bundled dataset and what `build(self)` derives from them now, from the
        user's cache when it holds them for this installation (`veracity.sources.cache`),
        writing it when it does not; True when they came from the cache.

        Nothing is written when `build` reads a dataset of the workspace (only bundled data
        is cached), and a cache built beside other datasets of the same ids is not read. The
        garbage collector is off meanwhile: it would walk the new objects again and again."""
        folder = cache.cache_dir()
        collecting = gc.isenabled()
        gc.disable()
        try:
            with self._lock, paused():
                path = folder / f"{self._cache_key()}.pickle" if folder else None
                if path is not None and self._restore(cache.read(path, {"sources": self})):
                    return True
                state = self._build(build)
                if path is not None and state is not None:
                    cache.write(path, state, {"sources": self})
                return False
        finally:
            if collecting:
                gc.enable()

    def _cache_key(self) -> str:
        versions = []
        for name in READ_DATA:
            try:
                versions.append((name, metadata.version(name)))
            except metadata.PackageNotFoundError:
                versions.append((name, ""))
        bundled = self._bundled.resolve()
        return cache.digest(
            [
                __version__,
                str(bundled),
                (bundled / manifest.MANIFEST).read_bytes(),
                cache.tree_stamp(bundled),
                str(PACKAGE),
                cache.tree_stamp(PACKAGE),
                versions,
            ]
        )

    def _folders_of(self, ids: set[str]) -> dict[str, str | None]:
        return {i: str(self._folders[i]) if i in self._folders else None for i in sorted(ids)}

    def _build(self, build: Callable[[Sources], object]) -> dict[str, Any] | None:
        """Load and build now; the state to cache, or None when it holds workspace data."""
        before, used = set(self._derived), set(self.used)
        self._asked = set()
        try:
            for dataset_id in self._manifest:
                if dataset_id in self._folders and dataset_id not in self.workspace_ids:
                    self.dataset(dataset_id)
            build(self)
            asked = self._asked
        finally:
            self._asked = None
            self.used = used
        if asked & set(self.workspace_ids):
            return None
        return {
            "folders": self._folders_of(asked),
            "loaded": {i: d for i, d in self._loaded.items() if i in asked},
            "derived": {n: v for n, v in self._derived.items() if n not in before},
        }

    def _restore(self, state: object) -> bool:
        """Adopt a cached state when it was built from the datasets this run has."""
        if not isinstance(state, dict) or not isinstance(state.get("folders"), dict):
            return False
        if self._folders_of(set(state["folders"])) != state["folders"]:
            return False
        for dataset_id, dataset in state["loaded"].items():
            self._loaded.setdefault(dataset_id, dataset)
        for name, value in state["derived"].items():
            self._derived.setdefault(name, value)
        return True

    def __iter__(self) -> Iterator[Dataset]:
        for dataset_id in self.ids():
            yield self.dataset(dataset_id)

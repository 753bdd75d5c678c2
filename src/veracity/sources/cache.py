"""A cache of the loaded bundled datasets and the indexes built from them, one file a user.

Loading the bundled data (29,515 SIPRI rows, the systems table) and building the indexes over
it (the catalogue, the alias index, the country resolver, the transfer and deal indexes) takes
about a second of every run; reading them back from one pickle takes about a fifth of that.
The first run writes the cache; every later run whose installation is the same reads it.

Where: `$VERACITY_CACHE_DIR` when set (an empty value turns the cache off), else
`$XDG_CACHE_HOME/veracity`, else `~/.cache/veracity`. The folder is made private (0700).

Invalidation: the file's name is a digest of everything the cached objects are made from or
with: the cache format, veracity's version, the Python version, the bundled data's folder and
the bytes of its `MANIFEST.json`, the size and modification time of each bundled file (a file
edited after installation misses the cache, and the rebuild then reports it as damaged, as
without a cache), the size and modification time of every file of the installed package (its
code and lexicons: an editable install that changed misses the cache), and the versions of the
distributions whose data the indexes read (pycountry). A stale file is never read again; the
folder keeps at most a few (the oldest are removed when one is written).

Safety: pickle can run code, so a cache file is read only when it is a regular file owned by
this user, in a folder owned by this user, neither writable by anyone else; its content must
match the SHA-256 in its header (a truncated or damaged file fails), and unpickling may only
name veracity's own classes and a few standard containers. Any failure means "no cache": the
data is loaded and indexed as without one, and the file is written again. Writes go to a
temporary file renamed into place, so a reader never sees half a file.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

__all__ = ["CACHE_ENV", "cache_dir", "digest", "read", "tree_stamp", "write"]

CACHE_ENV = "VERACITY_CACHE_DIR"
FORMAT = b"veracity-cache 1\n"
"""The first bytes of a cache file; a new layout of the file changes it."""
KEEP = 4
"""Cache files kept in the folder (the newest); older ones are removed when one is written."""

_ALLOWED = {
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("builtins", "list"),
    ("builtins", "tuple"),
    ("builtins", "dict"),
    ("builtins", "str"),
    ("builtins", "int"),
    ("builtins", "float"),
    ("builtins", "bool"),
    ("builtins", "object"),
    ("builtins", "Ellipsis"),
    ("collections", "defaultdict"),
    ("collections", "OrderedDict"),
    ("copyreg", "_reconstructor"),
    ("re", "_compile"),
    ("types", "GenericAlias"),
}
"""Globals outside veracity's own modules that a cache file may name."""


def cache_dir(environ: Mapping[str, str] = os.environ) -> Path | None:
    """The cache folder, or None when `$VERACITY_CACHE_DIR` is set empty or no home folder is
    known (cache off)."""
    chosen = environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen) if chosen.strip() else None
    base = environ.get("XDG_CACHE_HOME")
    if base and Path(base).is_absolute():
        return Path(base) / "veracity"
    try:
        home = Path.home()
    except RuntimeError:  # no home folder known: no cache rather than one in the workspace
        return None
    return home / ".cache" / "veracity" if home.is_absolute() else None


def tree_stamp(folder: Path) -> list[tuple[str, int, int]]:
    """(relative path, size, modification time in ns) of every file under `folder`, sorted;
    bytecode caches left out."""
    found: list[tuple[str, int, int]] = []
    pending = [folder]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        pending.append(Path(entry.path))
                elif entry.is_file(follow_symlinks=False):
                    info = entry.stat(follow_symlinks=False)
                    found.append(
                        (os.path.relpath(entry.path, folder), info.st_size, info.st_mtime_ns)
                    )
    return sorted(found)


def digest(parts: Iterable[object]) -> str:
    """A short hex digest of the `repr` of each part (the cache file's name)."""
    hasher = hashlib.sha256(FORMAT)
    hasher.update(sys.version.encode())
    for part in parts:
        hasher.update(repr(part).encode())
        hasher.update(b"\0")
    return hasher.hexdigest()[:32]


_SETTERS: dict[type, tuple[Callable[[object, object], None], ...]] = {}


def _slotted(cls: type, values: tuple[object, ...]) -> object:
    """An instance of the slotted dataclass `cls` with these field values, made without the
    per-object field look-up of the `__setstate__` that dataclasses generate (a tenth of a
    second over the 35,000 index entries)."""
    setters = _SETTERS.get(cls)
    if setters is None:
        setters = _SETTERS[cls] = tuple(
            getattr(cls, f.name).__set__ for f in dataclasses.fields(cls)
        )
    instance: object = object.__new__(cls)
    for setter, value in zip(setters, values, strict=True):
        setter(instance, value)
    return instance


class _Pickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, shared: Mapping[str, object]) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._shared = {id(value): name for name, value in shared.items()}

    def persistent_id(self, obj: Any) -> str | None:
        return self._shared.get(id(obj))

    def reducer_override(self, obj: Any) -> Any:
        if _frozen_slotted(type(obj)):
            values = tuple(getattr(obj, f.name) for f in dataclasses.fields(obj))
            return _slotted, (type(obj), values)
        return NotImplemented


def _frozen_slotted(cls: type) -> bool:
    """A frozen dataclass with slots and the generated `__setstate__` (no state of its own)."""
    setstate = getattr(cls, "__setstate__", None)
    return (
        "__slots__" in cls.__dict__
        and "__dataclass_fields__" in cls.__dict__
        and getattr(setstate, "__name__", "") == "_dataclass_setstate"
    )


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: io.BytesIO, shared: Mapping[str, object]) -> None:
        super().__init__(file)
        self._shared = shared

    def persistent_load(self, pid: Any) -> object:
        try:
            return self._shared[pid]
        except (KeyError, TypeError):
            raise pickle.UnpicklingError(f"unknown shared object {pid!r}") from None

    def find_class(self, module: str, name: str) -> Any:
        if module.startswith("veracity.") or (module, name) in _ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cache file")


def _private(info: os.stat_result) -> bool:
    """Owned by this user and writable by nobody else."""
    return info.st_uid == os.geteuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def read(path: Path, shared: Mapping[str, object]) -> Any | None:
    """The object cached in `path`, or None when there is none that may be trusted. `shared`
    names the live objects that `write` left out by name (the `Sources` the objects refer to)."""
    try:
        if not _private(os.stat(path.parent)):
            return None
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        with os.fdopen(descriptor, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode) or not _private(info):
                return None
            data = handle.read()
    except OSError:
        return None
    head = len(FORMAT) + 64
    if not data.startswith(FORMAT) or len(data) < head + 1:
        return None
    body = memoryview(data)[head:]
    if hashlib.sha256(body).hexdigest().encode() != data[len(FORMAT) : head]:
        return None
    try:
        return _Unpickler(io.BytesIO(body), shared).load()
    except Exception:  # a file of another version's classes, or damaged past the digest
        return None


def write(path: Path, value: object, shared: Mapping[str, object]) -> bool:
    """Store `value` in `path` (atomically, readable by this user only); False when the folder
    cannot be made or written, or the value cannot be pickled (the run goes on uncached)."""
    buffer = io.BytesIO()
    try:
        _Pickler(buffer, shared).dump(value)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return False
    body = buffer.getbuffer()
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(os.stat(path.parent)):
            return False
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(FORMAT)
                out.write(hashlib.sha256(body).hexdigest().encode())
                out.write(body)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    _prune(path)
    return True


def _prune(kept: Path) -> None:
    """Remove all but the newest KEEP cache files of `kept`'s folder (stale installations)."""
    try:
        files = sorted(
            kept.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True
        )
        for old in files[KEEP:]:
            if old != kept:
                old.unlink(missing_ok=True)
    except OSError:
        pass

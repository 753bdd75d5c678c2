"""Discover verifier plugins: the `veracity.verifiers` entry points and a local folder.

Data moves as small frozen records: a `Plugin` says where a verifier comes from, a
`LoadedVerifier` holds the instance. A plugin that cannot be imported, or that does not follow
the protocol, stops the run with a `PluginLoadError` naming it.
"""

from __future__ import annotations

import importlib.util
import inspect
import sys
from dataclasses import dataclass
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path
from types import ModuleType
from typing import Any, cast

from veracity.analysis.features import FEATURES, Feature
from veracity.errors import PluginLoadError
from veracity.suggest import did_you_mean
from veracity.verifiers.base import NAME_PATTERN, Verifier, summary
from veracity.workspace import Refused, quoted, read_file

__all__ = ["GROUP", "LoadedVerifier", "Plugin", "default_verifiers", "discover", "load_class"]

GROUP = "veracity.verifiers"
MAX_PLUGIN_BYTES = 1024 * 1024
"""A local plugin module above this size is refused."""
BUILTIN_PACKAGE = "veracity"


@dataclass(frozen=True, slots=True)
class Plugin:
    """Where a verifier comes from."""

    name: str
    package: str
    version: str
    target: str
    """`module:Class` for entry points, the file path for folder plugins."""


@dataclass(frozen=True, slots=True)
class LoadedVerifier:
    plugin: Plugin
    verifier: Verifier
    description: str
    handles: frozenset[Feature] = frozenset()
    """The features of a claim's analysis the verifier needs (any one of them); empty: every
    claim is its business."""

    @property
    def name(self) -> str:
        return self.plugin.name


def load_class(cls: Any, plugin: Plugin) -> LoadedVerifier:
    """Check a verifier class against the protocol and instantiate it."""
    where = f"verifier plugin {plugin.name!r} ({plugin.package}, {plugin.target})"
    if not inspect.isclass(cls):
        raise PluginLoadError(f"{where}: {cls!r} is not a class")
    name = getattr(cls, "name", None)
    if not isinstance(name, str) or not NAME_PATTERN.match(name):
        raise PluginLoadError(f"{where}: `name` must be a dotted lowercase string, got {name!r}")
    if not callable(getattr(cls, "check", None)):
        raise PluginLoadError(f"{where}: it has no `check(claim, context)` method")
    if not summary(cls):
        raise PluginLoadError(f"{where}: it needs a docstring whose first line describes it")
    handles = _handles(cls, where)
    try:
        verifier = cast(Verifier, cls())
    except (Exception, SystemExit) as exc:  # a plugin calling sys.exit() must not end the run
        raise PluginLoadError(f"{where}: cannot be created: {type(exc).__name__}: {exc}") from exc
    return LoadedVerifier(plugin, verifier, summary(cls), handles)


def _handles(cls: type, where: str) -> frozenset[Feature]:
    """The verifier's `handles` declaration, checked against the features the analysis has."""
    declared: object = getattr(cls, "handles", frozenset())
    if isinstance(declared, str) or not isinstance(declared, (set, frozenset, tuple, list)):
        raise PluginLoadError(
            f"{where}: `handles` must be a set of feature names, got {declared!r}; "
            f"known: {', '.join(FEATURES)}"
        )
    unknown = sorted(str(f) for f in declared if f not in FEATURES)
    if unknown:
        hint = did_you_mean(unknown[0], FEATURES)
        raise PluginLoadError(
            f"{where}: `handles` names no feature {unknown[0]!r}{hint}; "
            f"known: {', '.join(FEATURES)}"
        )
    return frozenset(cast(Feature, f) for f in declared)


def _from_entry_point(ep: EntryPoint) -> LoadedVerifier:
    dist = ep.dist
    plugin = Plugin(ep.name, dist.name if dist else "?", dist.version if dist else "?", ep.value)
    try:
        cls = ep.load()
    except (Exception, SystemExit) as exc:  # a plugin calling sys.exit() must not end the run
        raise PluginLoadError(
            f"verifier plugin {ep.name!r} ({plugin.package}) failed to load: "
            f"{type(exc).__name__}: {exc}"
        ) from exc
    loaded = load_class(cls, plugin)
    if loaded.verifier.name != ep.name:
        raise PluginLoadError(
            f"verifier plugin {ep.name!r} ({plugin.package}): the entry point is named "
            f"{ep.name!r} but the class says {loaded.verifier.name!r}"
        )
    return loaded


def _import_file(path: Path, root: Path) -> ModuleType:
    """The module of one plugin file, whose source is read inside `root` (the plugin folder):
    the bytes checked are the bytes run."""
    module_name = f"veracity_local_plugins.{path.stem}"
    try:
        source = read_file(path, limit=MAX_PLUGIN_BYTES, root=root)
    except Refused as exc:
        raise PluginLoadError(f"local plugin {quoted(path)}: cannot be read: {exc}") from None
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None:
        raise PluginLoadError(f"local plugin {quoted(path)}: cannot be imported")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    try:
        exec(compile(source, str(path), "exec"), module.__dict__)
    except (Exception, SystemExit) as exc:  # a plugin calling sys.exit() must not end the run
        del sys.modules[module_name]
        raise PluginLoadError(
            f"local plugin {quoted(path)} failed to load: {type(exc).__name__}: {exc}"
        ) from exc
    return module


def _from_folder(folder: Path) -> list[LoadedVerifier]:
    if not folder.is_dir():
        raise PluginLoadError(f"the plugin folder {quoted(folder)} does not exist")
    loaded = []
    for path in sorted(folder.glob("*.py")):
        if path.name.startswith("_"):
            continue
        module = _import_file(path, folder)
        for _, cls in sorted(inspect.getmembers(module, inspect.isclass)):
            if (
                cls.__module__ == module.__name__
                and isinstance(getattr(cls, "name", None), str)
                and callable(getattr(cls, "check", None))
            ):
                plugin = Plugin(str(getattr(cls, "name", "")), "local", "-", str(path))
                loaded.append(load_class(cls, plugin))
    return loaded


def discover(
    *, folder: Path | None = None, builtins_only: bool = False, select: frozenset[str] | None = None
) -> list[LoadedVerifier]:
    """Every verifier to run, sorted by name; `select` keeps only those names."""
    found: list[LoadedVerifier] = []
    for ep in entry_points(group=GROUP):
        if builtins_only and (ep.dist is None or ep.dist.name != BUILTIN_PACKAGE):
            continue
        if select is not None and ep.name not in select:
            continue
        found.append(_from_entry_point(ep))
    if folder is not None:
        found.extend(v for v in _from_folder(folder) if select is None or v.name in select)
    seen: dict[str, Plugin] = {}
    for item in found:
        if item.name in seen:
            raise PluginLoadError(
                f"two verifier plugins are named {item.name!r}: {seen[item.name].package} "
                f"and {item.plugin.package}"
            )
        seen[item.name] = item.plugin
    if select is not None and (missing := sorted(select - set(seen))):
        known = [ep.name for ep in entry_points(group=GROUP)]
        if folder is not None:
            known += [v.name for v in _from_folder(folder)]
        raise PluginLoadError(
            "no verifier named " + ", ".join(f"{m!r}{did_you_mean(m, known)}" for m in missing)
        )
    return sorted(found, key=lambda v: v.name)


def default_verifiers() -> list[LoadedVerifier]:
    """The installed verifiers (built-in and third-party), as `verify` runs them."""
    return discover()

"""Plugin discovery: entry points, a local folder, loud errors naming the plugin."""

from __future__ import annotations

from pathlib import Path

import pytest

from veracity.engine.plugins import discover
from veracity.errors import PluginLoadError


def test_builtins_are_registered_as_entry_points() -> None:
    names = [v.name for v in discover(builtins_only=True)]
    assert "rankings.global-firepower" in names
    assert names == sorted(names)
    for verifier in discover(builtins_only=True):
        assert verifier.plugin.package == "veracity"
        assert verifier.description


def test_local_folder(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "plugins/mine.py",
        'class Mine:\n    """Checks nothing at all."""\n    name = "local.mine"\n'
        "    def check(self, claim, context):\n        return []\n",
    )
    loaded = discover(folder=path.parent, builtins_only=True)
    mine = next(v for v in loaded if v.name == "local.mine")
    assert mine.plugin.package == "local"
    assert mine.description == "Checks nothing at all."


def test_import_error_names_the_plugin(write) -> None:  # type: ignore[no-untyped-def]
    path = write("plugins/broken.py", "import no_such_module\n")
    with pytest.raises(PluginLoadError, match=r"broken\.py failed to load: ModuleNotFoundError"):
        discover(folder=path.parent, builtins_only=True)


def test_malformed_plugin(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "plugins/bad.py",
        'class Bad:\n    name = "Bad Name"\n'
        "    def check(self, claim, context):\n        return []\n",
    )
    with pytest.raises(PluginLoadError, match="dotted lowercase"):
        discover(folder=path.parent, builtins_only=True)


def test_plugin_without_docstring(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "plugins/nodoc.py",
        'class NoDoc:\n    name = "local.nodoc"\n'
        "    def check(self, claim, context):\n        return []\n",
    )
    with pytest.raises(PluginLoadError, match="docstring"):
        discover(folder=path.parent, builtins_only=True)


@pytest.mark.parametrize(
    ("handles", "message"),
    [
        ('{"system"}', r"names no feature 'system' \(did you mean 'systems'\?\)"),
        ('"systems"', "must be a set of feature names"),
    ],
)
def test_handles_must_name_known_features(write, handles: str, message: str) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "plugins/needs.py",
        f'class Needs:\n    """Needs."""\n    name = "local.needs"\n    handles = {handles}\n'
        "    def check(self, claim, context):\n        return []\n",
    )
    with pytest.raises(PluginLoadError, match=message):
        discover(folder=path.parent, builtins_only=True)


def test_builtin_verifiers_declare_known_features() -> None:
    declared = {v.name: v.handles for v in discover(builtins_only=True)}
    assert declared["systems.role"] == {"systems"}
    assert declared["rankings.global-firepower"] == {"ranking"}
    assert declared["online.wikidata"] == frozenset()  # called on every checkable claim


def test_duplicate_names(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "plugins/dup.py",
        'class Dup:\n    """Same name as a built-in."""\n    name = "rankings.global-firepower"\n'
        "    def check(self, claim, context):\n        return []\n",
    )
    with pytest.raises(PluginLoadError, match="two verifier plugins"):
        discover(folder=path.parent, builtins_only=True)


def test_select_unknown() -> None:
    with pytest.raises(PluginLoadError, match="no verifier named 'nope'"):
        discover(builtins_only=True, select=frozenset({"nope"}))


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(PluginLoadError, match="does not exist"):
        discover(folder=tmp_path / "absent", builtins_only=True)

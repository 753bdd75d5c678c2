"""The cache file of loaded data: written atomically, read only when it may be trusted."""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

import pytest

from veracity.sources import cache
from veracity.sources.dataset import DatasetMeta

META = DatasetMeta(
    "d", "T", "P", "https://example.org/", "2024-01-01", "CC0", sources=(("a", "b"),)
)


class Live:
    """Stands in for the `Sources` that cached objects refer to and that is never pickled."""


def _value(live: Live) -> dict[str, object]:
    shared = ("shared",)
    return {"a": [shared, shared], "frozen": META, "live": live}


def test_a_value_comes_back_with_its_shared_parts(tmp_path: Path) -> None:
    live = Live()
    path = tmp_path / "folder" / "key.pickle"
    assert cache.write(path, _value(live), {"sources": live})
    found = cache.read(path, {"sources": live})
    assert found["a"] == [("shared",), ("shared",)]
    assert found["a"][0] is found["a"][1]
    assert found["frozen"] == META  # a frozen slotted dataclass (veracity's own: allowed)
    assert found["live"] is live  # the live object, not a copy
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert os.stat(path.parent).st_mode & 0o777 == 0o700


def test_a_value_that_cannot_be_pickled_is_not_written(tmp_path: Path) -> None:
    assert not cache.write(tmp_path / "key.pickle", {"f": lambda: 1}, {})
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("cut", [1, 100, -1])
def test_a_truncated_or_damaged_file_is_no_cache(tmp_path: Path, cut: int) -> None:
    path = tmp_path / "key.pickle"
    cache.write(path, list(range(1000)), {})
    data = path.read_bytes()
    if cut == -1:  # one byte changed inside the pickle
        data = data[:-10] + bytes([data[-10] ^ 1]) + data[-9:]
    else:
        data = data[:cut] if cut < 50 else data[:-cut]
    path.write_bytes(data)
    assert cache.read(path, {}) is None


def _forged(path: Path, body: bytes) -> None:
    path.write_bytes(cache.FORMAT + hashlib.sha256(body).hexdigest().encode() + body)
    path.chmod(0o600)


def test_a_file_naming_other_code_is_not_unpickled(tmp_path: Path) -> None:
    path = tmp_path / "key.pickle"
    _forged(path, pickle.dumps(os.getcwd))  # a pickle may name any function to call
    assert cache.read(path, {}) is None


def test_a_file_naming_an_unknown_shared_object_is_no_cache(tmp_path: Path) -> None:
    live = Live()
    path = tmp_path / "key.pickle"
    cache.write(path, live, {"sources": live})
    assert cache.read(path, {"other": live}) is None


@pytest.mark.parametrize("target", ["file", "folder"])
def test_a_file_others_could_write_is_not_read(tmp_path: Path, target: str) -> None:
    folder = tmp_path / "cache"
    path = folder / "key.pickle"
    cache.write(path, [1, 2, 3], {})
    (path if target == "file" else folder).chmod(0o777 if target == "folder" else 0o666)
    assert cache.read(path, {}) is None


def test_a_symbolic_link_is_not_followed(tmp_path: Path) -> None:
    real = tmp_path / "real.pickle"
    cache.write(real, [1], {})
    (tmp_path / "key.pickle").symlink_to(real)
    assert cache.read(tmp_path / "key.pickle", {}) is None


def test_a_missing_file_is_no_cache(tmp_path: Path) -> None:
    assert cache.read(tmp_path / "none.pickle", {}) is None
    assert cache.read(tmp_path / "no" / "none.pickle", {}) is None


def test_only_the_newest_files_are_kept(tmp_path: Path) -> None:
    for number in range(cache.KEEP + 3):
        path = tmp_path / f"{number}.pickle"
        cache.write(path, number, {})
        os.utime(path, ns=(number * 10**9, number * 10**9))
    kept = sorted(int(p.stem) for p in tmp_path.glob("*.pickle"))
    assert kept == list(range(3, cache.KEEP + 3))


def test_the_folder_is_chosen_by_the_environment(tmp_path: Path) -> None:
    assert cache.cache_dir({cache.CACHE_ENV: str(tmp_path)}) == tmp_path
    assert cache.cache_dir({cache.CACHE_ENV: ""}) is None
    assert cache.cache_dir({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "veracity"
    assert cache.cache_dir({"XDG_CACHE_HOME": "relative"}) == Path.home() / ".cache" / "veracity"


def test_the_tree_stamp_changes_when_a_file_does(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("one")
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "y.pyc").write_text("skipped")
    before = cache.tree_stamp(tmp_path)
    assert [name for name, _, _ in before] == [os.path.join("a", "x.txt")]
    (tmp_path / "a" / "x.txt").write_text("three")
    assert cache.digest([cache.tree_stamp(tmp_path)]) != cache.digest([before])


def test_no_home_folder_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    def unknown() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", unknown)
    assert cache.cache_dir({}) is None

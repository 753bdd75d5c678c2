"""replace_all: every file or none; old versions restored byte for byte; no leftovers."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from veracity.reports import files
from veracity.reports.files import Staging, replace_all

REAL_REPLACE = os.replace


def fail_replace(monkeypatch: pytest.MonkeyPatch, when: Callable[[str, str], bool]) -> None:
    """Make os.replace(src, dst) raise an I/O error when `when(src, dst)` holds."""

    def replace(src: str | Path, dst: str | Path) -> None:
        if when(str(src), str(dst)):
            raise OSError(5, "Input/output error")
        REAL_REPLACE(src, dst)

    monkeypatch.setattr(files.os, "replace", replace)


def test_writes_every_file(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("old")
    replace_all([(tmp_path / "a.md", "new a"), (tmp_path / "b.json", "new b\u202e")])
    assert (tmp_path / "a.md").read_text() == "new a"
    assert (tmp_path / "b.json").read_text(encoding="utf-8") == "new b\u202e"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.json"]


def test_lone_surrogates_are_written_visibly(tmp_path: Path) -> None:
    replace_all([(tmp_path / "a.md", "x\ud800y")])
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "x\\ud800y"


def test_a_failed_rename_restores_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.md").write_bytes(b"old a")
    (tmp_path / "c.md").write_bytes(b"old c")
    fail_replace(monkeypatch, lambda src, dst: dst.endswith("c.md") and src.endswith(".tmp"))
    with pytest.raises(OSError, match="Input/output error"):
        replace_all(
            [(tmp_path / "a.md", "new a"), (tmp_path / "b.md", "new b"), (tmp_path / "c.md", "c")]
        )
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == {
        "a.md": b"old a",
        "c.md": b"old c",
    }


def test_a_failed_restore_is_said(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.md").write_bytes(b"old a")
    fail_replace(monkeypatch, lambda src, dst: dst.endswith("b.md") or src.endswith(".bak"))
    with pytest.raises(OSError, match="Input/output error") as info:
        replace_all([(tmp_path / "a.md", "new a"), (tmp_path / "b.md", "new b")])
    assert any("could not restore" in note and "a.md" in note for note in info.value.__notes__)


def test_staged_files_are_dropped_unless_committed(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes(b"old a")
    with Staging() as staging:
        staging.stage(tmp_path / "a.md", "new a")
        staging.stage(tmp_path / "b.md", "new b")
        assert len(list(tmp_path.iterdir())) == 3  # a.md and two staged files
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == {"a.md": b"old a"}


def test_commit_returns_the_paths_in_order(tmp_path: Path) -> None:
    with Staging() as staging:
        staging.stage(tmp_path / "b.md", "b")
        staging.stage(tmp_path / "a.md", "a")
        assert staging.commit() == [tmp_path / "b.md", tmp_path / "a.md"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.md"]


@pytest.fixture
def umask() -> Iterator[Callable[[int], None]]:
    """Set the process umask for one test; the previous one is put back."""
    before = os.umask(0o022)
    os.umask(before)
    yield os.umask
    os.umask(before)


@pytest.mark.parametrize(("mask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_new_files_follow_the_umask(
    tmp_path: Path, umask: Callable[[int], None], mask: int, mode: int
) -> None:
    umask(mask)
    replace_all([(tmp_path / "a.md", "a\n")])
    assert (tmp_path / "a.md").stat().st_mode & 0o777 == mode


def test_stale_temporary_files_are_recognised_and_nothing_else(tmp_path: Path) -> None:
    stale = [
        tmp_path / ".kz2024.md.veracity-0123456789abcdef.tmp",
        tmp_path / ".kz2024.json.veracity-fedcba9876543210.bak",
    ]
    kept = [tmp_path / ".kz2024.md.tmp", tmp_path / "notes.tmp", tmp_path / "kz2024.md"]
    for path in stale + kept:
        path.write_text("x", encoding="utf-8")
    assert sorted(files.remove_stale(tmp_path)) == sorted(stale)
    assert sorted(tmp_path.iterdir()) == sorted(kept)


def test_a_file_above_the_limit_is_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.md").write_text("earlier\n", encoding="utf-8")
    monkeypatch.setattr(files, "MAX_FILE_CHARS", 10)
    with Staging() as staging, pytest.raises(files.OutputTooLarge, match="more than 10 char"):
        staging.stage(tmp_path / "a.md", iter(["12345", "67890", "x"]))
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "earlier\n"

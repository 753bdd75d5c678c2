"""The workspace boundary: files are read only inside it, as regular files, size-capped."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from veracity.workspace import Refused, quoted, read_file, visible, workspace_of


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "outside.txt").write_text("secret\n", encoding="utf-8")
    workspace = tmp_path / "ws"
    (workspace / "claims").mkdir(parents=True)
    (workspace / "pyproject.toml").write_text("", encoding="utf-8")
    (workspace / "claims" / "a.txt").write_text("inside\n", encoding="utf-8")
    return workspace


def test_a_file_inside_is_read(root: Path) -> None:
    assert read_file(root / "claims" / "a.txt", limit=100, root=root) == b"inside\n"


def test_a_link_inside_the_workspace_is_followed(root: Path) -> None:
    (root / "claims" / "b.txt").symlink_to("a.txt")
    assert read_file(root / "claims" / "b.txt", limit=100, root=root) == b"inside\n"


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda root: root / "claims" / ".." / ".." / "outside.txt", id="dot-dot"),
        pytest.param(
            lambda root: _link(root / "claims" / "out.txt", root.parent / "outside.txt"),
            id="outward-link",
        ),
        pytest.param(
            lambda root: _link(root / "claims" / "d", root.parent) / "outside.txt",
            id="outward-folder-link",
        ),
    ],
)
def test_a_file_outside_is_refused(root: Path, make: object) -> None:
    assert callable(make)
    with pytest.raises(Refused, match="outside the workspace"):
        read_file(make(root), limit=100, root=root)


def _link(link: Path, target: Path) -> Path:
    link.symlink_to(target)
    return link


@pytest.mark.parametrize("path", ["/dev/zero", "/proc/self/environ", "/sys/kernel/notes"])
def test_pseudo_files_are_refused_anywhere(path: str) -> None:
    if not os.path.lexists(path):
        pytest.skip(f"{path} is not on this system")
    with pytest.raises(Refused, match="not an ordinary file"):
        read_file(Path(path), limit=100, root=None)


def test_a_named_pipe_is_refused_without_waiting(root: Path) -> None:
    pipe = root / "claims" / "pipe.txt"
    os.mkfifo(pipe)
    outcome: list[BaseException] = []
    reader = threading.Thread(target=_read_into, args=(pipe, root, outcome), daemon=True)
    reader.start()
    reader.join(5)
    assert not reader.is_alive(), "read_file waited on a named pipe"
    assert len(outcome) == 1
    assert isinstance(outcome[0], Refused)
    assert "not a regular file" in str(outcome[0])


def _read_into(path: Path, root: Path, outcome: list[BaseException]) -> None:
    try:
        read_file(path, limit=100, root=root)
    except BaseException as exc:
        outcome.append(exc)


def test_a_folder_is_refused(root: Path) -> None:
    with pytest.raises(Refused, match="not a regular file"):
        read_file(root / "claims", limit=100, root=root)


def test_a_link_loop_is_refused(root: Path) -> None:
    (root / "claims" / "loop.txt").symlink_to("loop.txt")
    with pytest.raises(Refused, match="symbolic links") as caught:
        read_file(root / "claims" / "loop.txt", limit=100, root=root)
    assert not caught.value.too_large


def test_the_limit_is_named(root: Path) -> None:
    with pytest.raises(Refused, match="above the limit of 3 bytes") as caught:
        read_file(root / "claims" / "a.txt", limit=3, root=root)
    assert caught.value.too_large


def test_the_workspace_is_the_nearest_pyproject_or_the_folder(root: Path, tmp_path: Path) -> None:
    assert workspace_of(root / "claims" / "x.yaml") == root
    (tmp_path / "bare").mkdir()
    assert workspace_of(tmp_path / "bare" / "x.yaml") == tmp_path / "bare"


def test_the_workspace_follows_the_path_as_written(root: Path) -> None:
    """A claim file that links elsewhere belongs to the workspace it is listed in, so the
    link's target is judged against that workspace."""
    (root / "claims" / "evil.yaml").symlink_to(root.parent / "outside.txt")
    assert workspace_of(root / "claims" / "evil.yaml") == root


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("claims/kz2024.yaml", "claims/kz2024.yaml"),
        ("claims/my article.yaml", "claims/my article.yaml"),
        ("claims/a\n::error::b.yaml", "'claims/a\\n::error::b.yaml'"),
        ("claims/\u202eevil.yaml", "'claims/\\u202eevil.yaml'"),
        ("::warning::x.yaml", "'::warning::x.yaml'"),
        ("it's.yaml", '"it\'s.yaml"'),
    ],
)
def test_names_are_quoted_when_they_are_not_plain(name: str, shown: str) -> None:
    assert quoted(name) == shown
    assert "\n" not in quoted(name)


def test_visible_keeps_a_message_on_one_line() -> None:
    assert visible("a\nb\tc\x1b[31m") == "a\\nb\\tc\\x1b[31m"
    assert visible("plain — text") == "plain — text"

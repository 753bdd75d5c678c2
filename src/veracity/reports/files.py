"""Replace several files all or nothing.

Each new file is written in full to a temporary file beside its target (same folder, so that the
rename is atomic) and flushed to disk. Only when every one is staged are they renamed over their
targets; the previous versions are kept as copies until every rename has succeeded and are put
back if one fails. A run that fails anywhere, rendering, writing or renaming, leaves the previous
files byte-identical and no temporary file behind.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

__all__ = ["Staging", "replace_all"]


def _sibling(path: Path, suffix: str) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=suffix, dir=path.parent)
    os.close(fd)
    return Path(name)


def _stage(path: Path, text: str | Iterable[str]) -> Path:
    temporary = _sibling(path, ".tmp")
    try:
        # backslashreplace: a lone surrogate from a verifier is shown, not a crash
        with open(temporary, "w", encoding="utf-8", errors="backslashreplace", newline="\n") as f:
            if isinstance(text, str):
                f.write(text)
            else:
                f.writelines(text)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _backup(path: Path) -> Path:
    backup = _sibling(path, ".bak")
    try:
        shutil.copy2(path, backup)
    except BaseException:
        backup.unlink(missing_ok=True)
        raise
    return backup


def _roll_back(done: list[Path], backups: dict[Path, Path]) -> list[str]:
    failed = []
    for path in reversed(done):
        try:
            if path in backups:
                os.replace(backups.pop(path), path)
            else:
                path.unlink()
        except OSError as exc:
            failed.append(f"{path}: {exc.strerror or exc}")
    return failed


class Staging:
    """Files written in full beside their targets now, put in place all or none later.

    Staging as each file is ready lets a caller drop the text at once: a batch of many reports
    never holds them all in memory. Leaving the `with` block without `commit` removes what was
    staged and leaves the targets untouched.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()

    def stage(self, path: Path, text: str | Iterable[str]) -> None:
        """Write `text`, or its pieces one by one, to a temporary file beside `path`."""
        self._staged.append((path, _stage(path, text)))

    def adopt(self, staged: Sequence[tuple[Path, Path]]) -> None:
        """Take over (target, temporary file) pairs staged elsewhere (a `--jobs` worker)."""
        self._staged.extend(staged)

    def release(self) -> list[tuple[Path, Path]]:
        """Hand the staged (target, temporary file) pairs over; they are no longer removed here."""
        staged, self._staged = self._staged, []
        return staged

    def commit(self) -> list[Path]:
        """Rename every staged file over its target or, on any error, none (re-raised)."""
        backups: dict[Path, Path] = {}
        done: list[Path] = []
        try:
            for path, _ in self._staged:
                if path.exists():
                    backups[path] = _backup(path)
            for path, temporary in self._staged:
                os.replace(temporary, path)
                done.append(path)
        except BaseException as exc:
            for note in _roll_back(done, backups):
                exc.add_note(f"could not restore {note}")
            raise
        finally:
            self.discard()
            for backup in backups.values():
                backup.unlink(missing_ok=True)
        return done

    def discard(self) -> None:
        """Remove the temporary files not yet renamed."""
        for _, temporary in self._staged:
            temporary.unlink(missing_ok=True)
        self._staged.clear()


def replace_all(files: Sequence[tuple[Path, str]]) -> None:
    """Write every (path, text) or, on any error, none; the error is re-raised."""
    with Staging() as staging:
        for path, text in files:
            staging.stage(path, text)
        staging.commit()

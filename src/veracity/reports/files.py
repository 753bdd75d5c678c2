"""Replace several files all or nothing.

Each new file is written in full to a temporary file beside its target (same folder, so that the
rename is atomic) and flushed to disk. Only when every one is staged are they renamed over their
targets; the previous versions are kept as copies until every rename has succeeded and are put
back if one fails. A run that fails anywhere, rendering, writing or renaming, leaves the previous
files byte-identical and no temporary file behind.

New files get the permissions the umask allows (as any file a program creates), not the 0600 of
`tempfile`. The temporary files are named `.<target>.veracity-<random>.tmp` (`.bak` for the
copies), so a run that was killed before it could remove its own leaves files the next run
recognises: `remove_stale` deletes them, under the folder's lock (`veracity.reports.lock`).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterable, Sequence
from pathlib import Path

__all__ = [
    "MAX_FILE_CHARS",
    "MAX_RUN_CHARS",
    "OutputTooLarge",
    "Staging",
    "remove_stale",
    "replace_all",
]

MAX_FILE_CHARS = 256 * 1024 * 1024
"""A report file above this many characters is not written (10,000 claims take 15 MB)."""
MAX_RUN_CHARS = 1024 * 1024 * 1024
"""The files one run stages, all together, stay below this many characters."""
_MARK = "veracity-"
_STALE = re.compile(rf"^\..+\.{_MARK}[0-9a-f]{{16}}\.(?:tmp|bak)$")


class OutputTooLarge(ValueError):
    """A file that would pass MAX_FILE_CHARS, or take a run past MAX_RUN_CHARS (`whole_run`);
    nothing of it is kept."""

    def __init__(self, name: str, limit: int, *, whole_run: bool = False) -> None:
        what = "the reports of this run" if whole_run else name
        super().__init__(f"{what} would hold more than {limit:,} characters")
        self.limit = limit
        self.whole_run = whole_run


def _sibling(path: Path, suffix: str) -> Path:
    """A new empty file beside `path`, created with the umask's permissions."""
    for _ in range(100):
        name = path.parent / f".{path.name}.{_MARK}{os.urandom(8).hex()}{suffix}"
        try:
            fd = os.open(
                name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666
            )
        except FileExistsError:
            continue
        os.close(fd)
        return name
    raise FileExistsError(f"no free temporary name beside {path}")


def remove_stale(folder: Path) -> list[Path]:
    """Remove the temporary files a killed run left in `folder`; the paths removed. Call it
    only while holding the folder's lock, so that no running run's files are taken."""
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        if _STALE.match(name):
            path = folder / name
            try:
                path.unlink()
            except OSError:
                continue
            removed.append(path)
    return removed


def _stage(path: Path, text: str | Iterable[str], used: int = 0) -> tuple[Path, int]:
    """The temporary file holding `text` and its length; `used`: what the run staged before."""
    file_limit, run_limit = MAX_FILE_CHARS, MAX_RUN_CHARS
    temporary = _sibling(path, ".tmp")
    written = 0
    try:
        # backslashreplace: a lone surrogate from a verifier is shown, not a crash
        with open(temporary, "w", encoding="utf-8", errors="backslashreplace", newline="\n") as f:
            for piece in [text] if isinstance(text, str) else text:
                written += len(piece)
                if written > file_limit:
                    raise OutputTooLarge(path.name, file_limit)
                if used + written > run_limit:
                    raise OutputTooLarge(path.name, run_limit, whole_run=True)
                f.write(piece)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary, written


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
        self.written = 0
        """Characters staged so far (adopted files count by their size)."""

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()

    def stage(self, path: Path, text: str | Iterable[str]) -> None:
        """Write `text`, or its pieces one by one, to a temporary file beside `path`;
        OutputTooLarge past MAX_FILE_CHARS for the file or MAX_RUN_CHARS for all staged."""
        temporary, written = _stage(path, text, self.written)
        self._staged.append((path, temporary))
        self.written += written

    def adopt(self, staged: Sequence[tuple[Path, Path]]) -> None:
        """Take over (target, temporary file) pairs staged elsewhere (a `--jobs` worker)."""
        self._staged.extend(staged)
        self.written += sum(os.path.getsize(temporary) for _, temporary in staged)
        if self.written > MAX_RUN_CHARS:
            raise OutputTooLarge(staged[-1][0].name, MAX_RUN_CHARS, whole_run=True)

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

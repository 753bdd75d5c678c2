"""One run at a time writes into an output folder.

Two runs into one folder would interleave their files (one run's Markdown beside the other's
JSON) and could take each other's temporary files for stale ones. A run therefore holds an
exclusive `flock` on the folder itself while it stages and puts its reports in place; a second
run stops at once with a `ReportError` naming the folder (exit 2) instead of waiting on a run
that may never end. Locking the folder, not a lock file in it, leaves the folder's listing as
the reports alone, and the lock goes with the process however it ends. Where `fcntl` is not
available (Windows) there is no lock.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import ModuleType

from veracity.errors import ReportError
from veracity.workspace import quoted

__all__ = ["FolderLock"]

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None


class FolderLock:
    """An exclusive lock on a folder (created if missing), held from `acquire` to `release`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise ReportError at once when another run holds it."""
        if self._fd is not None:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        if fcntl is None:  # pragma: no cover - Windows
            self._fd = -1
            return
        fd = os.open(self.folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise ReportError(
                f"another verify run is writing reports to {quoted(self.folder)}; wait until it "
                "has finished, or give another --output-dir; the reports there are unchanged"
            ) from None
        except OSError:  # a file system without locks: go on unlocked, as before
            os.close(fd)
            self._fd = -1
            return
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None and self._fd >= 0:
            os.close(self._fd)  # closing the descriptor drops the lock
        self._fd = None

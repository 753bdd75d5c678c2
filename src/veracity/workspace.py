"""The workspace boundary: every input file veracity reads goes through `read_file`.

In CI a claim set arrives in a pull request, so whatever it names is untrusted. The workspace is
the folder of the nearest `pyproject.toml` at or above a claim file (else the claim file's own
folder); claim files, article texts, plugin modules and workspace datasets are read only when
their real path, after following every symbolic link, lies inside it. Only regular files are
read (a named pipe, a device such as `/dev/zero`, a folder or a `/proc` file is refused), never
more than a stated number of bytes, and a pipe is never waited on.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = [
    "PSEUDO_FILESYSTEMS",
    "Refused",
    "inside",
    "quoted",
    "read_file",
    "resolve_inside",
    "visible",
    "workspace_of",
]

PSEUDO_FILESYSTEMS = (Path("/proc"), Path("/sys"), Path("/dev"))
"""Never read, whatever the workspace: their files describe the machine and its processes."""
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


class Refused(ValueError):
    """A file that is not read: `reason` says why, in words for the error message."""

    def __init__(self, reason: str, *, too_large: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.too_large = too_large


def visible(text: str) -> str:
    """`text` with every character that is not printable (line breaks, tabs, control and bidi
    characters) written as its Python escape, so a message stays one honest line."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def quoted(name: object) -> str:
    """A file or key name for a one-line message: as it is when it is plain printable text,
    else quoted with its line breaks, control and bidi characters escaped as Python would."""
    text = str(name)
    if text and text.isprintable() and not any(c in text for c in "'\"\\`") and "::" not in text:
        return text
    return repr(text)


def workspace_of(path: Path) -> Path:
    """The folder of the nearest pyproject.toml at or above `path`'s folder, else that folder.

    Found from the path as written (made absolute, links not followed), so a claim file that
    is a link to a file elsewhere still belongs to the workspace it is listed in."""
    folder = Path(os.path.abspath(path)).parent
    for candidate in (folder, *folder.parents):
        if (candidate / "pyproject.toml").is_file():
            return candidate
    return folder


def inside(real: Path, root: Path) -> bool:
    """Whether the resolved path `real` lies in the folder `root` (resolved here)."""
    return real.is_relative_to(Path(os.path.realpath(root)))


def resolve_inside(path: Path, root: Path | None) -> Path:
    """`path` with every link followed; Refused when it does not exist, loops, or lies outside
    `root` (None: anywhere but the pseudo file systems)."""
    try:
        real = Path(os.path.realpath(path, strict=True))
    except OSError as exc:
        raise Refused(exc.strerror or type(exc).__name__) from None
    except (RuntimeError, ValueError) as exc:  # a link loop (older Pythons), a NUL in the name
        raise Refused(str(exc)) from None
    if any(real.is_relative_to(p) for p in PSEUDO_FILESYSTEMS):
        raise Refused(f"{quoted(real)} is not an ordinary file")
    if root is not None and not inside(real, root):
        raise Refused(f"it lies outside the workspace {quoted(root)}")
    return real


def read_file(path: Path, *, limit: int, root: Path | None) -> bytes:
    """The bytes of the regular file `path`, read only inside `root`, at most `limit` bytes.

    Raises Refused (a ValueError) naming the reason: outside the workspace, not a regular file,
    above the limit, or the operating system's reason (missing, unreadable, a link loop)."""
    real = resolve_inside(path, root)
    try:
        fd = os.open(real, _FLAGS)
    except OSError as exc:
        raise Refused(exc.strerror or type(exc).__name__) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise Refused("not a regular file")
        if info.st_size > limit:
            raise Refused(f"the file is above the limit of {limit:,} bytes", too_large=True)
        with open(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise Refused(exc.strerror or type(exc).__name__) from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise Refused(f"the file is above the limit of {limit:,} bytes", too_large=True)
    return data

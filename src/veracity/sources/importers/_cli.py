"""Bad input to an importer command: `path: what is wrong; how to fix`, exit 2, no traceback.

Every importer's `main` checks its input paths with `require` before reading and wraps the
import in `reporting`, so a missing file, a folder given for a file (or the reverse), a file
that cannot be read, one that is not UTF-8 text, or a table the importer refuses
(`DatasetError`, whose message already names its path) ends with one line on stderr.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

from veracity.errors import DatasetError

__all__ = ["reporting", "require"]

Kind = Literal["file", "folder"]


def require(parser: argparse.ArgumentParser, path: Path, kind: Kind, expected: str) -> None:
    """Exit 2 unless `path` is an existing file (or folder); `expected` says what to give."""
    fix = f"give {expected}"
    if not path.exists():
        parser.exit(2, f"{path}: no such file or folder; {fix}\n")
    if kind == "file" and path.is_dir():
        parser.exit(2, f"{path}: is a folder, not a file; {fix}\n")
    if kind == "folder" and not path.is_dir():
        parser.exit(2, f"{path}: is a file, not a folder; {fix}\n")


@contextmanager
def reporting(parser: argparse.ArgumentParser, path: Path, expected: str) -> Iterator[None]:
    """Turn a failure to read or accept the input into one line on stderr and exit 2."""
    fix = f"give {expected}"
    try:
        yield
    except DatasetError as exc:
        parser.exit(2, f"{exc}\n")
    except UnicodeDecodeError as exc:
        parser.exit(
            2,
            f"{path}: not UTF-8 text (byte {exc.start} cannot be read); save it as UTF-8 "
            f"CSV and {fix}\n",
        )
    except OSError as exc:
        where = exc.filename or path
        what = (exc.strerror or type(exc).__name__).lower()
        parser.exit(2, f"{where}: cannot be read or written ({what}); check it and {fix}\n")

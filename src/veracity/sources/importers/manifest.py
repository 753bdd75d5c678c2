"""Regenerate the bundled data's MANIFEST.json (SHA-256, size and rows of every file).

    python -m veracity.sources.importers.manifest [DATA_FOLDER]

The importers refresh their dataset's entry themselves; run this after editing a bundled file
by hand (`veracity.sources.manifest` says what the manifest guards against).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from veracity.sources.importers._cli import reporting, require
from veracity.sources.manifest import write_manifest
from veracity.sources.registry import BUNDLED_DATA

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder", type=Path, nargs="?", default=BUNDLED_DATA, help="a datasets folder"
    )
    args = parser.parse_args(argv)
    expected = "a datasets folder (default: the package's bundled data)"
    require(parser, args.folder, "folder", expected)
    with reporting(parser, args.folder, expected):
        print(f"wrote {write_manifest(args.folder)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

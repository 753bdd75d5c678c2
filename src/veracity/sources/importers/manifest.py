"""Regenerate the bundled data's MANIFEST.json (SHA-256, size and rows of every file).

    python -m veracity.sources.importers.manifest [DATA_FOLDER]

The importers refresh their dataset's entry themselves; run this after editing a bundled file
by hand (`veracity.sources.manifest` says what the manifest guards against).
"""

from __future__ import annotations

import sys
from pathlib import Path

from veracity.sources.manifest import write_manifest
from veracity.sources.registry import BUNDLED_DATA

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else BUNDLED_DATA
    print(f"wrote {write_manifest(folder)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The manifest of the bundled datasets: a SHA-256 and a size per file, a row count per table.

A bundled dataset that was cut short, edited by hand or lost would otherwise load (a CSV cut
at a line break is still a valid CSV) and change verdicts without a word. `MANIFEST.json`
beside the datasets records what each file must be; `check` compares the bytes a run has just
read against it, so the check costs one hash of data that is in memory anyway, and a file
already checked in this process (same path, size and modification time) is not hashed again.
A mismatch, a file the manifest does not list, or a dataset it lists that is missing is a
`DatasetError` naming the dataset, which stops the run with exit 2.

The importers refresh a dataset's entry when they write it; to regenerate the whole manifest
after editing the bundled data by hand:

    python -m veracity.sources.importers.manifest
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from veracity.errors import DatasetError

__all__ = ["MANIFEST", "check", "entries", "record", "write_manifest"]

MANIFEST = "MANIFEST.json"
_CHECKED: set[tuple[str, int, int, str]] = set()
"""(path, size, mtime in ns, sha256) of every file found to match in this process."""


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _rows(data: bytes) -> int:
    """Rows of a CSV table below its header, as `csv` reads them (quoted line breaks kept)."""
    import csv
    import io

    reader = csv.reader(io.StringIO(data.decode("utf-8-sig")))
    return max(sum(1 for _ in reader) - 1, 0)


def _entry(folder: Path) -> dict[str, Any]:
    files: dict[str, Any] = {}
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        data = path.read_bytes()
        item: dict[str, Any] = {"bytes": len(data), "sha256": _digest(data)}
        if path.suffix == ".csv":
            item["rows"] = _rows(data)
        files[path.name] = item
    return files


def write_manifest(data_folder: Path) -> Path:
    """Write `MANIFEST.json` for every dataset folder of `data_folder`; its path."""
    datasets = {
        folder.name: _entry(folder)
        for folder in sorted(data_folder.iterdir())
        if (folder / "datapackage.json").is_file()
    }
    return _save(data_folder, datasets)


def record(folder: Path) -> None:
    """Refresh the entry of the dataset in `folder` when its parent holds a manifest."""
    target = folder.parent / MANIFEST
    if not target.is_file():
        return
    datasets = dict(entries(folder.parent))
    datasets[folder.name] = _entry(folder)
    _save(folder.parent, dict(sorted(datasets.items())))


def _save(data_folder: Path, datasets: Mapping[str, Any]) -> Path:
    target = data_folder / MANIFEST
    document = {"version": 1, "datasets": datasets}
    target.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    return target


def entries(data_folder: Path) -> Mapping[str, Mapping[str, Any]]:
    """Dataset id → {file name → {bytes, sha256, rows}}; DatasetError if unreadable."""
    path = data_folder / MANIFEST
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        datasets = document["datasets"]
        if not isinstance(datasets, dict):
            raise TypeError("`datasets` is not an object")
    except FileNotFoundError:
        raise DatasetError(
            f"the bundled data has no manifest ({path}): the installation is incomplete; "
            "reinstall veracity"
        ) from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DatasetError(
            f"the manifest of the bundled data ({path}) is unreadable: {exc}"
        ) from None
    return datasets


def check(
    dataset_id: str,
    expected: Mapping[str, Any] | None,
    path: Path,
    data: bytes,
    rows: int | None = None,
) -> None:
    """DatasetError unless `data`, just read from `path`, is what the manifest records."""
    where = f"bundled dataset {dataset_id!r}"
    item = (expected or {}).get(path.name)
    if not isinstance(item, Mapping):
        raise DatasetError(f"{where}: {path.name} is not in the manifest; reinstall veracity")
    info = os.stat(path)
    key = (str(path), info.st_size, info.st_mtime_ns, str(item.get("sha256")))
    if key not in _CHECKED:
        if len(data) != item.get("bytes") or _digest(data) != item.get("sha256"):
            raise DatasetError(
                f"{where}: {path.name} is damaged ({len(data):,} bytes, the manifest records "
                f"{item.get('bytes', 0):,} and another SHA-256); reinstall veracity"
            )
        _CHECKED.add(key)
    if rows is not None and "rows" in item and rows != item["rows"]:
        raise DatasetError(
            f"{where}: {path.name} has {rows:,} rows, the manifest records {item['rows']:,}"
        )

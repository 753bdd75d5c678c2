"""Write a dataset folder: the CSV table and its Frictionless descriptor, deterministically."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from veracity.sources.manifest import record

__all__ = ["field", "write_dataset"]


def field(
    name: str,
    kind: str = "string",
    description: str = "",
    *,
    required: bool = False,
    separator: str | None = None,
) -> dict[str, Any]:
    spec: dict[str, Any] = {"name": name, "type": kind}
    if description:
        spec["description"] = description
    if required:
        spec["constraints"] = {"required": True}
    if separator:
        spec["veracity:separator"] = separator
    return spec


def _cell(value: Any, separator: str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if separator and isinstance(value, (list, tuple)):
        return separator.join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def write_dataset(
    folder: Path,
    descriptor: dict[str, Any],
    fields: Sequence[dict[str, Any]],
    rows: Iterable[dict[str, Any]],
    primary_key: Sequence[str],
) -> int:
    """Write `<folder>/<name>.csv` and `datapackage.json`; return the number of rows."""
    folder.mkdir(parents=True, exist_ok=True)
    name = descriptor["name"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([f["name"] for f in fields])
    count = 0
    for row in rows:
        writer.writerow([_cell(row.get(f["name"]), f.get("veracity:separator")) for f in fields])
        count += 1
    (folder / f"{name}.csv").write_text(buffer.getvalue(), encoding="utf-8")
    package = {
        **descriptor,
        "resources": [
            {
                "name": name,
                "path": f"{name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {"fields": list(fields), "primaryKey": list(primary_key)},
            }
        ],
    }
    (folder / "datapackage.json").write_text(
        json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    record(folder)  # the bundled data's manifest, when `folder` is one of its datasets
    return count

"""A reference dataset: one CSV table described by a Frictionless `datapackage.json`.

The descriptor carries the provenance a reader needs (title, publisher, source URLs, licence,
retrieval date) and the table schema (field names and types, required fields, primary key).
Loading validates types and unique keys once; verifiers then read plain typed rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from veracity.errors import DatasetError
from veracity.sources.coverage import Period, period_of
from veracity.sources.manifest import check
from veracity.workspace import Refused, quoted, read_file

__all__ = ["MAX_DATASET_BYTES", "Dataset", "DatasetMeta", "Row", "load_dataset"]

MAX_DATASET_BYTES = 64 * 1024 * 1024
"""A dataset file above this size is refused (the largest bundled table is 5 MB)."""

Row = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class DatasetMeta:
    """Provenance of a dataset, as a report cites it."""

    id: str
    title: str
    publisher: str
    url: str
    retrieved: str
    licence: str
    description: str = ""
    sources: tuple[tuple[str, str], ...] = ()
    """(title, url) of every upstream source."""
    period: Period | None = None
    """The years the data covers (`temporal`), if the descriptor declares them."""


def _integer(value: str) -> int:
    return int(value.replace(",", ""))


def _boolean(value: str) -> bool:
    if value.lower() in ("true", "yes", "1"):
        return True
    if value.lower() in ("false", "no", "0"):
        return False
    raise ValueError(f"not a boolean: {value!r}")


_TYPES: dict[str, Callable[[str], Any]] = {
    "string": str,
    "integer": _integer,
    "year": _integer,
    "number": float,
    "boolean": _boolean,
    "date": lambda v: dt.date.fromisoformat(v).isoformat(),
}


@dataclass(frozen=True, slots=True)
class _Field:
    name: str
    kind: str
    required: bool
    list_separator: str | None


@dataclass(slots=True)
class Dataset:
    """A loaded, validated table with its provenance."""

    meta: DatasetMeta
    rows: list[dict[str, Any]]
    key: tuple[str, ...]
    row_url_field: str | None = None
    _by_key: dict[tuple[Any, ...], dict[str, Any]] = field(default_factory=dict, repr=False)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def get(self, *key: Any) -> dict[str, Any] | None:
        return self._by_key.get(tuple(key))

    def row_key(self, row: Row) -> str:
        return "/".join(str(row[k]) for k in self.key)

    def row_url(self, row: Row) -> str:
        if self.row_url_field and row.get(self.row_url_field):
            return str(row[self.row_url_field]).split(" ; ")[0]
        return self.meta.url


def _meta(descriptor: dict[str, Any], path: Path) -> DatasetMeta:
    try:
        licences = descriptor.get("licenses") or [{}]
        sources = tuple(
            (str(s.get("title", "")), str(s.get("path", ""))) for s in descriptor.get("sources", [])
        )
        return DatasetMeta(
            id=str(descriptor["name"]),
            title=str(descriptor["title"]),
            publisher=str(descriptor["publisher"]),
            url=str(descriptor.get("homepage") or (sources[0][1] if sources else "")),
            retrieved=str(descriptor["retrieved"]),
            licence="; ".join(
                str(lic.get("title") or lic.get("name") or "unknown") for lic in licences
            ),
            description=str(descriptor.get("description", "")),
            sources=sources,
            period=period_of(str(descriptor["name"]), descriptor),
        )
    except (KeyError, TypeError, AttributeError, IndexError) as exc:
        raise DatasetError(f"{path}: the descriptor lacks {exc}") from None


def _fields(schema: Any, where: str) -> tuple[list[_Field], tuple[str, ...]]:
    try:
        fields = [
            _Field(
                name=str(f["name"]),
                kind=str(f.get("type", "string")),
                required=bool((f.get("constraints") or {}).get("required", False)),
                list_separator=f.get("veracity:separator"),
            )
            for f in schema["fields"]
        ]
        raw_key = schema.get("primaryKey") or []
        key = (raw_key,) if isinstance(raw_key, str) else tuple(str(k) for k in raw_key)
    except (KeyError, TypeError, AttributeError) as exc:
        raise DatasetError(f"{where}: the table schema is malformed ({exc!r})") from None
    names = [f.name for f in fields]
    unknown = [f.kind for f in fields if f.kind not in _TYPES]
    if unknown:
        raise DatasetError(f"{where}: unknown field types {unknown}")
    if not set(key) <= set(names) or len(set(names)) != len(names):
        raise DatasetError(f"{where}: the primary key {list(key)} or the field names are wrong")
    if any(not (f.list_separator is None or isinstance(f.list_separator, str)) for f in fields):
        raise DatasetError(f"{where}: `veracity:separator` must be text")
    return fields, key


def _read(path: Path, root: Path, where: str) -> bytes:
    if not os.path.lexists(path):
        raise DatasetError(f"{where}: missing file {quoted(path.name)}")
    try:
        return read_file(path, limit=MAX_DATASET_BYTES, root=root)
    except Refused as exc:
        raise DatasetError(f"{where}: cannot read {quoted(path.name)}: {exc}") from None


def load_dataset(
    folder: Path, *, root: Path | None = None, manifest: Mapping[str, Any] | None = None
) -> Dataset:
    """Load `folder/datapackage.json` and its single CSV resource, validating every row.

    Both files are read only inside `root` (default: `folder`), as regular files of at most
    MAX_DATASET_BYTES. With `manifest` (the dataset's entry in the bundled data's manifest),
    each file must match it (`veracity.sources.manifest`). Any fault (a missing file, bad JSON,
    a malformed schema, a bad cell, a damaged file) raises DatasetError naming the dataset
    folder and, where known, the file and line.
    """
    where = f"dataset {folder.name!r} ({quoted(folder)})"
    root = folder if root is None else root
    descriptor_path = folder / "datapackage.json"
    raw_descriptor = _read(descriptor_path, root, where)
    if manifest is not None:
        check(folder.name, manifest, descriptor_path, raw_descriptor)
    try:
        descriptor = json.loads(raw_descriptor.decode("utf-8"))
        resource = descriptor["resources"][0]
        schema = resource["schema"]
        csv_path = folder / str(resource["path"])
    except (ValueError, KeyError, IndexError, TypeError, RecursionError) as exc:
        raise DatasetError(f"{where}: unreadable descriptor: {exc!r}") from None
    raw = _read(csv_path, root, where)
    if manifest is not None:  # before parsing: a cut table should be named as damaged
        check(folder.name, manifest, csv_path, raw)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DatasetError(f"{where}: the table is not UTF-8 text: {exc}") from None
    if not isinstance(descriptor, dict):
        raise DatasetError(f"{where}: the descriptor is not a JSON object")
    meta = _meta(descriptor, descriptor_path)
    if meta.id != folder.name:
        raise DatasetError(f"{where}: the descriptor names it {meta.id!r}, not {folder.name!r}")
    fields, key = _fields(schema, where)
    rows = _read_rows(text, fields, csv_path)
    if manifest is not None:
        check(folder.name, manifest, csv_path, raw, len(rows))
    dataset = Dataset(
        meta=meta,
        rows=rows,
        key=key,
        row_url_field="source_url" if any(f.name == "source_url" for f in fields) else None,
    )
    if key:
        for number, row in enumerate(rows, start=2):
            k = tuple(row[name] for name in key)
            if k in dataset._by_key:
                raise DatasetError(f"{csv_path}:{number}: duplicate key {k} in {meta.id!r}")
            dataset._by_key[k] = row
    return dataset


def _read_rows(text: str, fields: list[_Field], csv_path: Path) -> list[dict[str, Any]]:
    try:
        return _parse_rows(text, fields, csv_path)
    except csv.Error as exc:
        raise DatasetError(f"{csv_path}: not a valid CSV table: {exc}") from None


def _parse_rows(text: str, fields: list[_Field], csv_path: Path) -> list[dict[str, Any]]:
    reader = csv.reader(io.StringIO(text))
    try:
        header = next(reader)
    except StopIteration:
        raise DatasetError(f"{csv_path}: empty table") from None
    names = [f.name for f in fields]
    if header != names:
        raise DatasetError(f"{csv_path}: columns {header} do not match the schema {names}")
    rows: list[dict[str, Any]] = []
    seen: dict[str, str] = {}  # one copy of each text: SIPRI repeats names in 30,000 rows
    typed = [(f, _TYPES[f.kind]) for f in fields]
    for number, cells in enumerate(reader, start=2):
        if len(cells) != len(fields):
            raise DatasetError(f"{csv_path}:{number}: {len(cells)} cells, expected {len(fields)}")
        row: dict[str, Any] = {}
        for (f, convert), cell in zip(typed, cells, strict=True):
            if cell == "":
                if f.required:
                    raise DatasetError(f"{csv_path}:{number}: {f.name!r} is required")
                row[f.name] = () if f.list_separator else None
                continue
            try:
                if f.list_separator:
                    row[f.name] = tuple(
                        seen.setdefault(p, p) if convert is str else convert(p)
                        for p in (part.strip() for part in cell.split(f.list_separator))
                        if p
                    )
                else:
                    row[f.name] = seen.setdefault(cell, cell) if convert is str else convert(cell)
            except (ValueError, KeyError, OverflowError) as exc:
                raise DatasetError(
                    f"{csv_path}:{number}: {f.name!r} = {cell!r} is not a valid {f.kind}: {exc}"
                ) from None
        rows.append(row)
    return rows

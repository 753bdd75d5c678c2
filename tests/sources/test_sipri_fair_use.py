"""The repository as a whole reproduces less than 10 per cent of SIPRI's trade register.

SIPRI's fair use covers "the reproduction of less than 10 per cent of a published data set"
(the `SIPRI-terms` licence of the bundled descriptor). The bundled orders 2019-2024 come close
to the limit, so every test fixture that copies SIPRI records counts too: a fixture record that
is also bundled adds nothing, one ordered before 2019 adds one. A SIPRI-shaped file is any CSV
or YAML data file under tests/ whose rows have a recipient, a supplier, a year of order and a
designation, however its columns are spelled (the bundled names, the importer's cleaned names or
the website export's headings).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from veracity.sources import Sources
from veracity.sources.registry import BUNDLED_DATA

TESTS = Path(__file__).resolve().parents[1]
Key = tuple[str, str, int, str]
COLUMNS = {
    "recipient": "recipient",
    "supplier": "supplier",
    "year_of_order": "year",
    "designation": "designation",
    "weapon_designation": "designation",
}


def _column(name: str) -> str:
    return COLUMNS.get(re.sub(r"\W+", "_", name.strip().lower()), "")


def _keys(rows: list[dict[str, Any]]) -> Counter[Key]:
    """The records of `rows` by (recipient, supplier, year of order, designation), counting the
    records that share a key; empty when the rows are not SIPRI records."""
    found: Counter[Key] = Counter()
    for row in rows:
        named = {_column(str(k)): v for k, v in row.items() if k is not None and _column(str(k))}
        if set(named) != {"recipient", "supplier", "year", "designation"}:
            return Counter()
        key = (str(named["recipient"]).strip(), str(named["supplier"]).strip())
        found[(*key, int(str(named["year"]).strip()), str(named["designation"]).strip())] += 1
    return found


def _csv_rows(path: Path) -> list[dict[str, Any]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")  # SIPRI's website export
    lines = text.splitlines(keepends=True)
    for at, line in enumerate(lines):  # the export opens with notes before its heading row
        heading = next(csv.reader([line]), [])
        if {"recipient", "supplier", "year", "designation"} <= {_column(h) for h in heading}:
            return list(csv.DictReader(io.StringIO("".join(lines[at:]))))
    return []


def _yaml_rows(path: Path) -> list[dict[str, Any]]:
    text = path.read_bytes().decode("utf-8", errors="replace")  # some fixtures are bad input
    if not re.search(r"^rows:", text, re.MULTILINE):
        return []
    try:
        spec = yaml.safe_load(text)
    except yaml.YAMLError:
        return []
    rows = spec.get("rows") if isinstance(spec, dict) else None
    return [r for r in rows if isinstance(r, dict)] if isinstance(rows, list) else []


def fixture_records() -> dict[Path, Counter[Key]]:
    """Every SIPRI-shaped data file under tests/ with its records."""
    found: dict[Path, Counter[Key]] = {}
    for path in sorted(TESTS.rglob("*")):
        if path.suffix == ".csv":
            keys = _keys(_csv_rows(path))
        elif path.suffix in {".yaml", ".yml"}:
            keys = _keys(_yaml_rows(path))
        else:
            continue
        if keys:
            found[path] = keys
    return found


def _bundled() -> Counter[Key]:
    return _keys([dict(row) for row in Sources().dataset("arms-transfers")])


def test_the_fixtures_are_found() -> None:
    names = {p.relative_to(TESTS).as_posix() for p in fixture_records()}
    assert {
        "fixtures/sources/arms-transfers.yaml",
        "data/datasets/arms-transfers/arms-transfers.csv",
        "sources/fixtures/sipri/cleaned.csv",
        "sources/fixtures/sipri/raw-export.csv",
    } <= names


def test_bundle_and_fixtures_together_hold_less_than_10_per_cent_of_the_register() -> None:
    descriptor = json.loads(
        (BUNDLED_DATA / "arms-transfers" / "datapackage.json").read_text(encoding="utf-8")
    )
    whole = descriptor["temporal"]["veracity:whole"]["rows"]
    bundled = _bundled()
    assert sum(bundled.values()) == len(Sources().dataset("arms-transfers"))
    held = Counter(bundled)
    for keys in fixture_records().values():
        held |= keys  # a record copied in several files is one record
    total = sum(held.values())
    older = sorted(k for k in held if k not in bundled)
    assert total < 0.10 * whole, f"{total} of {whole} SIPRI records; not bundled: {older}"

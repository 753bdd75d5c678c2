"""Compile the catalogue datasets from the project's research tables, SIPRI and Oryx.

    python -m veracity.sources.importers.catalogue data-src [--sipri EXPORT.csv] [--oryx ORYX.csv]
                                                   [--out FOLDER]

Reads the researched tables in `data-src/` (see `research`; the retrieval date in
`data-src/RETRIEVED`) and writes `country-names`, `historical-states`, `manufacturers`,
`organisations`, and `systems`, which also draws on the SIPRI register: the whole export with
--sipri (the bundled `arms-transfers` holds only recent orders, and a system's origin and first
order come from all of them), else the `arms-transfers` dataset; and, with --oryx, on the
Oryx-derived table of systems seen in the Russia-Ukraine war. Warnings (unknown makers, SIPRI
names not in the register ...) go to stderr; the rows concerned say what was dropped in their
note.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from veracity.errors import DatasetError
from veracity.sources.countries import countries
from veracity.sources.importers import catalogue_meta as meta
from veracity.sources.importers import sipri as sipri_register
from veracity.sources.importers._cli import reporting, require
from veracity.sources.importers._write import write_dataset
from veracity.sources.importers.catalogue_names import MakerTable
from veracity.sources.importers.catalogue_reference import (
    compile_country_names,
    compile_historical_states,
    compile_manufacturers,
    compile_organisations,
)
from veracity.sources.importers.catalogue_systems import build_systems
from veracity.sources.importers.oryx import read_oryx
from veracity.sources.importers.research import read_table
from veracity.sources.importers.sipri_export import read_export
from veracity.sources.importers.sipri_systems import derive_systems
from veracity.sources.registry import BUNDLED_DATA, Sources

__all__ = ["compile_catalogue", "main"]

Warn = Callable[[str], None]


def _sources(out: Path) -> Sources:
    return Sources() if out.resolve() == BUNDLED_DATA.resolve() else Sources((out,))


def _register(sources: Sources, export: Path | None, warn: Warn) -> list[dict[str, Any]]:
    """The SIPRI rows systems are derived from: the whole export, else the dataset."""
    if export is not None:
        return sipri_register.compile_rows(
            read_export(export), sipri_register.party_resolver(sources)
        )
    if "arms-transfers" in sources:
        dataset = sources.dataset("arms-transfers")
        if dataset.meta.period is not None and not dataset.meta.period.whole:
            warn(
                f"arms-transfers holds {dataset.meta.period.label} only: systems are derived "
                "from them alone (give --sipri EXPORT.csv for the whole register)"
            )
        return dataset.rows
    warn("no arms-transfers dataset: systems are built without SIPRI (run the sipri importer)")
    return []


def compile_catalogue(
    research: Path, out: Path, oryx: Path | None, warn: Warn, sipri: Path | None = None
) -> dict[str, int]:
    """Write the catalogue datasets to `out/<id>/`; return the row count of each."""
    retrieved_file = research / "RETRIEVED"
    if not retrieved_file.exists():
        raise DatasetError(f"{retrieved_file}: missing (the research date, YYYY-MM-DD)")
    retrieved = retrieved_file.read_text(encoding="utf-8").strip()
    read = partial(read_table, research, retrieved=retrieved)
    iso3 = frozenset(str(r["iso3"]) for r in _sources(out).dataset("countries"))
    tables: dict[str, list[dict[str, Any]]] = {
        "country-names": compile_country_names(read("country-names"), iso3, warn, read("capitals")),
        "historical-states": compile_historical_states(read("historical-states"), iso3, warn),
        "manufacturers": compile_manufacturers(read("manufacturers"), iso3, warn),
        "organisations": compile_organisations(read("organisations"), iso3, warn),
    }
    counts = {}
    for dataset_id, rows in tables.items():
        counts[dataset_id] = _write(out, dataset_id, rows, retrieved)
    sources = _sources(out)  # now with the country names just written
    resolver = countries(sources)

    def iso3_of(name: str) -> str | None:
        country = resolver.resolve(name)
        return country.iso3 if country else None

    successors = {
        name: tuple(row["successors"])
        for row in tables["historical-states"]
        for name in (row["name"], *row["aliases"])
        if row["successors"]
    }
    historical = {n for row in tables["historical-states"] for n in (row["name"], *row["aliases"])}
    register = _register(sources, sipri, warn)
    derived, unmapped = derive_systems(register, iso3_of, successors)
    for description in unmapped:
        warn(f"SIPRI description {description!r} has no category: 'other'")
    systems = build_systems(
        derived,
        {str(r["designation"]) for r in register},
        read("systems"),
        read_oryx(oryx) if oryx else [],
        MakerTable(tables["manufacturers"]),
        iso3_of,
        historical,
        iso3,
        warn,
    )
    counts["systems"] = _write(out, "systems", systems, retrieved, _extent(register))
    return counts


def _extent(register: list[dict[str, Any]]) -> dict[str, int]:
    """The SIPRI records the systems' first year of order and record count are taken from
    (`veracity:register`): what tells whether they hold for the whole register."""
    years = [int(r["year_of_order"]) for r in register if r.get("year_of_order") is not None]
    if not years:
        return {"rows": len(register)}
    return {"start": min(years), "end": max(years), "rows": len(register)}


def _write(
    out: Path,
    dataset_id: str,
    rows: list[dict[str, Any]],
    retrieved: str,
    register: dict[str, int] | None = None,
) -> int:
    descriptor, fields, key = meta.DATASETS[dataset_id]
    built = descriptor(retrieved)
    if register is not None:
        built["temporal"]["veracity:register"] = register
    return write_dataset(out / dataset_id, built, fields(), rows, key)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("research", type=Path, help="the folder of researched tables (data-src)")
    parser.add_argument("--sipri", type=Path, help="the whole SIPRI trade register (CSV)")
    parser.add_argument("--oryx", type=Path, help="the Oryx-derived system/origin table (CSV)")
    parser.add_argument("--out", type=Path, default=BUNDLED_DATA, help="the datasets folder")
    args = parser.parse_args(argv)
    warnings: list[str] = []
    require(parser, args.research, "folder", "the folder of researched tables (data-src)")
    for path, what in (
        (args.sipri, "the whole SIPRI trade register CSV"),
        (args.oryx, "the Oryx-derived table CSV"),
    ):
        if path is not None:
            require(parser, path, "file", what)
    with reporting(parser, args.research, "the folder of researched tables (data-src)"):
        counts = compile_catalogue(args.research, args.out, args.oryx, warnings.append, args.sipri)
    for warning in warnings:
        sys.stderr.write(f"warning: {warning}\n")
    for dataset_id, count in counts.items():
        print(f"wrote {count} rows to {args.out / dataset_id}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

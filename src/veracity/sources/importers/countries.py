"""Compile the countries dataset (ISO 3166-1 with UN M49 regions) from the public CSV.

    python -m veracity.sources.importers.countries iso3166-m49-regions-raw.csv [--out FOLDER]

Input: lukes/ISO-3166-Countries-with-Regional-Codes `all/all.csv` (see docs/data.md). Output:
one row per ISO country with its M49 region, sub-region and intermediate region.
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path
from typing import Any

from veracity.sources.importers import licences
from veracity.sources.importers._cli import reporting, require
from veracity.sources.importers._write import field, write_dataset
from veracity.sources.registry import BUNDLED_DATA

__all__ = ["compile_rows", "main"]

M49_URL = "https://unstats.un.org/unsd/methodology/m49/overview/"


def compile_rows(raw_path: Path) -> list[dict[str, Any]]:
    with raw_path.open(encoding="utf-8", newline="") as handle:
        raw_rows = list(csv.DictReader(handle))
    rows = [
        {
            "iso3": raw["alpha-3"],
            "iso2": raw["alpha-2"],
            "numeric": raw["country-code"],
            "name": raw["name"],
            "region": raw["region"] or None,
            "sub_region": raw["sub-region"] or None,
            "intermediate_region": raw["intermediate-region"] or None,
        }
        for raw in raw_rows
    ]
    rows.sort(key=lambda r: str(r["iso3"]))
    return rows


def descriptor() -> dict[str, Any]:
    return {
        "name": "countries",
        "title": "Countries (ISO 3166-1) with UN M49 regions",
        "description": "Every ISO 3166-1 country with its UN M49 region, sub-region and "
        "intermediate region (e.g. Central Asia, Eastern Europe, South America).",
        "publisher": "United Nations Statistics Division (M49); ISO 3166 Maintenance Agency",
        "homepage": M49_URL,
        "retrieved": "2024-06-19",
        "temporal": {"end": 2024, "label": "countries and regions as of 19 June 2024"},
        "licenses": [licences.LUKES_M49],
        "sources": [
            {"title": "UN M49 Standard country or area codes", "path": M49_URL},
            {
                "title": "lukes/ISO-3166-Countries-with-Regional-Codes all/all.csv @ 145f1ad3",
                "path": "https://github.com/lukes/ISO-3166-Countries-with-Regional-Codes",
            },
        ],
    }


def fields() -> list[dict[str, Any]]:
    return [
        field("iso3", "string", "ISO 3166-1 alpha-3", required=True),
        field("iso2", "string", "ISO 3166-1 alpha-2", required=True),
        field("numeric", "string", "ISO 3166-1 numeric / M49 code", required=True),
        field("name", "string", "ISO short name", required=True),
        field("region", "string", "M49 region"),
        field("sub_region", "string", "M49 sub-region"),
        field("intermediate_region", "string", "M49 intermediate region"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", type=Path, help="the raw ISO 3166 + M49 CSV")
    parser.add_argument("--out", type=Path, default=BUNDLED_DATA / "countries")
    args = parser.parse_args(argv)
    expected = "the raw ISO 3166 + M49 CSV (docs/data.md, countries)"
    require(parser, args.raw, "file", expected)
    with reporting(parser, args.raw, expected):
        count = write_dataset(args.out, descriptor(), fields(), compile_rows(args.raw), ["iso3"])
    print(f"wrote {count} rows to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

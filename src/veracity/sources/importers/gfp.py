"""Compile the Global Firepower 2024 dataset from a scrape of globalfirepower.com.

    python -m veracity.sources.importers.gfp gfp-2024-raw.csv [--out FOLDER]

The input is the public scrape described in docs/data.md (one row per ranked country, about 60
columns). The output keeps the rank, the PowerIndex and the inventory, manpower and budget figures
the verifiers use, under the project's own column names, keyed by ISO 3166-1 alpha-3.
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

__all__ = ["COLUMNS", "compile_rows", "main"]

URL = "https://www.globalfirepower.com/countries-listing.php"

COLUMNS: list[tuple[str, str, str]] = [
    # (our column, raw column, description)
    ("aircraft_total", "total_military_aircraft_strength", "all military aircraft"),
    ("fighters", "total_fighter/interceptor_aircraft_strength", "fighters and interceptors"),
    ("attack_aircraft", "total_attack_aircraft_strength", "dedicated attack aircraft"),
    ("transport_aircraft", "total_military_transport_aircraft_strength", "transport aircraft"),
    ("trainer_aircraft", "total_military_trainer_aircraft_strength", "trainer aircraft"),
    ("special_mission_aircraft", "special_mission_aircraft_fleets", "special-mission aircraft"),
    ("tanker_aircraft", "aerial_tanker_aircraft_fleet_strength", "aerial tankers"),
    ("helicopters", "total_helicopter_strength", "all helicopters"),
    ("attack_helicopters", "total_attack_helicopter_strength", "attack helicopters"),
    ("tanks", "total_combat_tank_strength", "combat tanks"),
    ("armoured_vehicles", "total_armored_fighting_vehicle_strength", "armoured vehicles"),
    ("sp_artillery", "total_self_propelled_artillery_strength", "self-propelled artillery"),
    ("towed_artillery", "total_towed_artillery_strength", "towed artillery"),
    ("rocket_launchers", "total_rocket_launcher_vehicle_strength", "rocket projectors"),
    ("naval_fleet", "navy_strength", "total naval assets"),
    ("aircraft_carriers", "aircraft_carrier_strength", "aircraft carriers"),
    ("helicopter_carriers", "helicopter_carrier_strength", "helicopter carriers"),
    ("submarines", "navy_submarine_strength", "submarines"),
    ("destroyers", "destroyer_warship_strength", "destroyers"),
    ("frigates", "navy_frigate_warship_strength", "frigates"),
    ("corvettes", "navy_corvette_warship_strength", "corvettes"),
    ("patrol_vessels", "navy_patrol_craft_strength", "patrol vessels"),
    ("mine_warfare", "navy_mine_warfare_craft_strength", "mine warfare vessels"),
    ("active_personnel", "active_service_military_manpower", "active personnel"),
    ("reserve_personnel", "active_service_reserve_components", "reserve personnel"),
    ("paramilitary", "active_paramilitary_force_strength", "paramilitary personnel"),
    ("defence_budget_usd", "national_annual_defense_budgets", "defence budget, US dollars"),
]


def compile_rows(raw_path: Path) -> list[dict[str, Any]]:
    with raw_path.open(encoding="utf-8", newline="") as handle:
        raw_rows = list(csv.DictReader(handle))
    rows = []
    for raw in raw_rows:
        row: dict[str, Any] = {
            "rank": int(raw["rank"]),
            "iso3": raw["country_code"].strip().upper(),
            "country": raw["country"].strip(),
            "power_index": float(raw["pwr_index"]),
        }
        for ours, theirs, _ in COLUMNS:
            value = raw[theirs].strip()
            row[ours] = int(float(value)) if value else None
        rows.append(row)
    rows.sort(key=lambda r: r["rank"])
    return rows


def descriptor() -> dict[str, Any]:
    return {
        "name": "gfp-2024",
        "title": "Global Firepower 2024 military strength ranking",
        "description": "Rank and PowerIndex (lower is stronger) of the 145 countries ranked by "
        "Global Firepower in its 2024 edition, with the inventory, manpower and "
        "budget figures it publishes per country.",
        "publisher": "Global Firepower (globalfirepower.com)",
        "homepage": URL,
        "retrieved": "2024",
        "temporal": {"start": 2024, "end": 2024, "label": "the 2024 edition (January 2024)"},
        "veracity:edition": 2024,
        "veracity:countries-ranked": 145,
        "licenses": [licences.GFP],
        "sources": [
            {"title": "Global Firepower 2024, countries listing", "path": URL},
            {
                "title": "Public scrape, devansh1925/The-Art-Of-War "
                "data/2024_military_strength_by_country.csv @ b8d9d441",
                "path": "https://github.com/devansh1925/The-Art-Of-War",
            },
        ],
    }


def fields() -> list[dict[str, Any]]:
    return [
        field("rank", "integer", "place in the 2024 ranking, 1 = strongest", required=True),
        field("iso3", "string", "ISO 3166-1 alpha-3", required=True),
        field("country", "string", "name as Global Firepower writes it", required=True),
        field("power_index", "number", "PwrIndx score, lower is stronger", required=True),
        *(field(ours, "integer", description) for ours, _, description in COLUMNS),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", type=Path, help="the raw Global Firepower 2024 CSV")
    parser.add_argument("--out", type=Path, default=BUNDLED_DATA / "gfp-2024")
    args = parser.parse_args(argv)
    expected = "the raw Global Firepower 2024 CSV (docs/data.md, gfp-2024)"
    require(parser, args.raw, "file", expected)
    with reporting(parser, args.raw, expected):
        count = write_dataset(args.out, descriptor(), fields(), compile_rows(args.raw), ["iso3"])
    print(f"wrote {count} rows to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Descriptors and schemas of the catalogue datasets (what `verify sources` and reports cite)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from veracity.sources.importers import licences
from veracity.sources.importers._write import field

__all__ = ["DATASETS"]

PROJECT = "veracity project (research from cited public pages)"
DOCS = "docs/data.md"
SIPRI_URL = "https://www.sipri.org/databases/armstransfers"
COMPILED = licences.COMPILED


_WHAT = {
    "systems": "weapon systems (from SIPRI's whole register, orders to 2024, and research)",
    "manufacturers": "makers",
    "organisations": "organisations",
    "country-names": "country names",
    "historical-states": "former states",
}
"""What each catalogue holds, for the period its `temporal` declares."""


def _descriptor(
    name: str, title: str, description: str, sources: list[dict[str, str]], **extra: Any
) -> Callable[[str], dict[str, Any]]:
    def build(retrieved: str) -> dict[str, Any]:
        return {
            "name": name,
            "title": title,
            "description": description,
            "publisher": extra.get("publisher", PROJECT),
            "homepage": extra.get("homepage", DOCS),
            "retrieved": retrieved,
            "temporal": {
                "end": int(retrieved[:4]),
                "label": f"{_WHAT.get(name, 'facts')} known on {retrieved} (a catalogue, not "
                "a register of dated events)",
            },
            "licenses": extra.get("licenses", [COMPILED]),
            "sources": sources,
        }

    return build


def _names(*, required_name: bool = True) -> list[dict[str, Any]]:
    return [
        field("id", "string", "kebab-case identifier", required=True),
        field("name", "string", "common English name", required=required_name),
        field("aliases", "string", "other names, acronyms, native names", separator=";"),
    ]


def _tail() -> list[dict[str, Any]]:
    return [
        field(
            "ambiguous", "string", "names this row shares with other rows on purpose", separator=";"
        ),
        field(
            "source_url",
            "string",
            "pages the row's facts come from (' ; ' between); empty where the facts were dropped"
            " for want of a page within the source policy (the note says so)",
        ),
        field(
            "retrieved",
            "date",
            "the date the row's pages were read (the latest, for a row compiled from several"
            " researched rows); empty where the row has no researched page: the dataset's"
            " `retrieved` then stands",
        ),
        field("note", "string", "how facts were derived; disagreements between sources"),
    ]


def _systems_fields() -> list[dict[str, Any]]:
    return [
        *_names(),
        field("sipri_names", "string", "designations SIPRI records it under", separator=";"),
        field(
            "variants",
            "string",
            "variant and national names SIPRI's comments file under it (without rows of their own)",
            separator=";",
        ),
        field(
            "category",
            "string",
            "aircraft, helicopter, uav, loitering-munition, tank, "
            "armoured-vehicle, artillery, rocket-artillery, air-defence, missile, bomb, ship, "
            "submarine, radar, sensor, engine, gun or other",
            required=True,
        ),
        field("role", "string", "e.g. multirole fighter, MALE UAV, armoured personnel carrier"),
        field("class", "string", "class in a recognised scheme (see class_note)"),
        field("class_note", "string", "the scheme the class belongs to"),
        field("makers", "string", "manufacturer ids, prime first", separator=";"),
        field(
            "origin", "string", "ISO alpha-3 of the country or countries of origin", separator=";"
        ),
        field(
            "origin_historical",
            "string",
            "former state of origin (Soviet Union ...)",
            separator=";",
        ),
        field(
            "origin_basis",
            "string",
            "where origin comes from: research (cited pages), sipri (the supplier of the first "
            "new-built units, an inference from SIPRI's register) or oryx (Oryx's lists)",
        ),
        field(
            "licensed_in",
            "string",
            "ISO alpha-3 of countries SIPRI says produced it under licence",
            separator=";",
        ),
        field("year_introduced", "year", "first entry into service, where a source gives it"),
        field("first_order_year", "year", "earliest year of order in the SIPRI register"),
        field("sipri_records", "integer", "number of SIPRI register records"),
        *_tail(),
    ]


def _manufacturers_fields() -> list[dict[str, Any]]:
    return [
        *_names(),
        field(
            "country",
            "string",
            "ISO alpha-3 of headquarters (every country for multinationals)",
            separator=";",
        ),
        field("parent", "string", "id of the parent group"),
        *_tail(),
    ]


def _organisations_fields() -> list[dict[str, Any]]:
    return [
        *_names(),
        field(
            "kind",
            "string",
            "political-union, alliance, procurement-agency, "
            "government-body or international-organisation",
            required=True,
        ),
        field("members", "string", "ISO alpha-3 of member states, where sourced", separator=";"),
        *_tail(),
    ]


def _country_names_fields() -> list[dict[str, Any]]:
    return [
        field("iso3", "string", "ISO 3166-1 alpha-3", required=True),
        field(
            "aliases",
            "string",
            "names used by SIPRI, Global Firepower and the press",
            separator=";",
        ),
        field("adjectives", "string", "adjectives and demonyms (Turkish, Kazakh)", separator=";"),
        field(
            "capitals",
            "string",
            "capital cities of an independent state (mledoze/countries), read as the country "
            'where the press uses them for its government ("Warsaw signed")',
            separator=";",
        ),
        *_tail(),
    ]


def _historical_fields() -> list[dict[str, Any]]:
    return [
        *_names(),
        field("successors", "string", "ISO alpha-3 of successor states", separator=";"),
        *_tail(),
    ]


COUNTRY_SOURCES = [
    {"title": "mledoze/countries (ODbL 1.0)", "path": "https://github.com/mledoze/countries"},
    {
        "title": "Imagin-io/country-nationality-list (from Wikipedia's list of adjectival forms)",
        "path": "https://github.com/Imagin-io/country-nationality-list",
    },
]

DATASETS: dict[
    str,
    tuple[Callable[[str], dict[str, Any]], Callable[[], list[dict[str, Any]]], list[str]],
] = {
    "systems": (
        _descriptor(
            "systems",
            "Weapon systems: names, category, role, makers and origin",
            "One row per weapon system: the name the press uses, aliases and spelling "
            "variants, SIPRI's designations, category and role, class, makers, country of "
            "origin. Rows are derived from the SIPRI trade register, completed and corrected "
            "by researched rows that cite their pages, and by Oryx's loss lists; each row's "
            "note says which fact came from where.",
            [
                {"title": "SIPRI Arms Transfers Database", "path": SIPRI_URL},
                {
                    "title": "Oryx, equipment losses in the Russia-Ukraine war (via "
                    "scarnecchia/oryx_data, CC BY 4.0)",
                    "path": "https://www.oryxspioenkop.com",
                },
                {
                    "title": "Researched rows (data-src/systems-*.csv), sources per row",
                    "path": DOCS,
                },
            ],
            homepage=SIPRI_URL,
            licenses=[COMPILED, licences.SIPRI, licences.ORYX],
        ),
        _systems_fields,
        ["id"],
    ),
    "manufacturers": (
        _descriptor(
            "manufacturers",
            "Defence manufacturers: names, aliases, country, parent group",
            "Arms makers with their aliases and transliterations (Turkish Aerospace / TAI / "
            "TUSAŞ), headquarters country and parent group, each row citing its pages.",
            [
                {
                    "title": "Researched rows (data-src/manufacturers.csv), sources per row",
                    "path": DOCS,
                }
            ],
        ),
        _manufacturers_fields,
        ["id"],
    ),
    "organisations": (
        _descriptor(
            "organisations",
            "Organisations that buy or deliver arms but build none",
            "Political unions, alliances, procurement agencies and government bodies the "
            "press names as buyers or suppliers (EU, NATO, OCCAR, NSPA, CSTO, ministries of "
            "defence), with their kind and, where sourced, member states.",
            [
                {
                    "title": "Researched rows (data-src/organisations.csv), sources per row",
                    "path": DOCS,
                }
            ],
        ),
        _organisations_fields,
        ["id"],
    ),
    "country-names": (
        _descriptor(
            "country-names",
            "Country name variants and adjectives",
            "Names SIPRI, Global Firepower and the press use for each ISO 3166-1 country, "
            "and its adjectives; read by the shared CountryResolver.",
            COUNTRY_SOURCES,
            homepage="https://github.com/mledoze/countries",
            licenses=[licences.MLEDOZE, COMPILED],
        ),
        _country_names_fields,
        ["iso3"],
    ),
    "historical-states": (
        _descriptor(
            "historical-states",
            "Former states and non-state parties named by SIPRI",
            "States without a current ISO 3166-1 code (Soviet Union, Yugoslavia, "
            "Czechoslovakia, Kosovo) with their successors, and the rebel groups and "
            "international bodies SIPRI lists as suppliers or recipients.",
            [
                {
                    "title": "Researched rows (data-src/historical-states.csv), sources per row",
                    "path": DOCS,
                }
            ],
            homepage=SIPRI_URL,
        ),
        _historical_fields,
        ["id"],
    ),
}

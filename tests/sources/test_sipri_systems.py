"""Deriving weapon systems from SIPRI records: category, origin, variants."""

from __future__ import annotations

from typing import Any

import pytest

from veracity.sources.importers.sipri_systems import derive_systems, is_generic, variants_in

CODES = {
    "Russia": "RUS",
    "Ukraine": "UKR",
    "South Africa": "ZAF",
    "Kazakhstan": "KAZ",
    "India": "IND",
    "Poland": "POL",
    "Belarus": "BLR",
}
SUCCESSORS = {"Soviet Union": ("RUS", "UKR", "BLR", "KAZ")}


def iso3(name: str) -> str | None:
    return CODES.get(name)


def record(
    supplier: str,
    year: int,
    status: str = "New",
    comments: str = "",
    designation: str = "X-1",
    description: str = "APC",
) -> dict[str, Any]:
    return {
        "supplier": supplier,
        "supplier_iso3": iso3(supplier),
        "year_of_order": year,
        "status": status,
        "comments": comments or None,
        "designation": designation,
        "description": description,
        "recipient": "Peru",
    }


def derive(*records: dict[str, Any]) -> Any:
    systems, unmapped = derive_systems(records, iso3, SUCCESSORS)
    assert unmapped == []
    return systems[0]


def test_origin_is_the_supplier_of_the_first_new_built_units() -> None:
    system = derive(
        record("Belarus", 1995, "Second hand"), record("Russia", 2001), record("Ukraine", 2005)
    )
    assert system.origin == ("RUS",)
    assert "Russia (ordered 2001)" in system.origin_note


def test_second_hand_in_the_comments_does_not_count() -> None:
    system = derive(
        record("Ukraine", 1999, comments="Probably second-hand"), record("Russia", 2003)
    )
    assert system.origin == ("RUS",)


def test_the_licensor_is_the_origin_not_the_licensee() -> None:
    system = derive(
        record("India", 1990, comments="Produced under licence in India"),
        record("South Africa", 2013, comments="Produced under licence in Kazakhstan as Arlan"),
    )
    assert system.origin == ("ZAF",)
    assert system.licensed_in == ("IND", "KAZ")
    assert system.variants == ("Arlan",)


def test_a_former_state_gives_way_to_the_successor_that_kept_building_it() -> None:
    system = derive(record("Soviet Union", 1980), record("Poland", 1985), record("Russia", 1995))
    assert system.origin_historical == ("Soviet Union",)
    assert system.origin == ("RUS",)


def test_no_origin_when_only_second_hand_or_unknown_suppliers() -> None:
    system = derive(record("Ukraine", 1999, "Second hand"), record("unknown supplier(s)", 2000))
    assert system.origin == ()
    assert system.origin_note.startswith("origin not derived")


def test_homonyms_in_different_categories_are_different_systems() -> None:
    systems, _ = derive_systems(
        [
            record("Russia", 2000, designation="Lynx", description="anti-submarine helicopter"),
            record("Russia", 2001, designation="Lynx", description="multiple rocket launcher"),
        ],
        iso3,
        SUCCESSORS,
    )
    assert [(s.designation, s.category) for s in systems] == [
        ("Lynx", "helicopter"),
        ("Lynx", "rocket-artillery"),
    ]


def test_a_support_vehicle_is_apart_from_the_fighting_vehicle_of_its_name() -> None:
    systems, _ = derive_systems(
        [
            record("South Africa", 1985, designation="Buffel", description="APC"),
            record("Russia", 1990, designation="Buffel", description="armoured recovery vehicle"),
            record("Russia", 1999, designation="Buffel", description="armoured recovery vehicle"),
        ],
        iso3,
        SUCCESSORS,
    )
    assert [(s.role, s.records, s.origin) for s in systems] == [
        ("armoured personnel carrier", 1, ("ZAF",)),
        ("armoured recovery vehicle", 2, ("RUS",)),
    ]


def test_generic_designations_are_not_systems() -> None:
    assert is_generic("aircraft engine")
    assert not is_generic("53-65")
    systems, _ = derive_systems(
        [record("Russia", 2000, designation="vehicle engine")], iso3, SUCCESSORS
    )
    assert systems == []


@pytest.mark.parametrize(
    ("designation", "comments", "names"),
    [
        ("Su-30MK", "Su-30SM version", ["Su-30SM"]),
        ("Su-30MK", "incl 2 Su-27UB trainer version", []),
        ("Mi-17", "Mi-171Sh armed version; for border guard", ["Mi-171Sh"]),
        ("Lynx", "$30 m deal; Kazakh designation Nayza", ["Nayza"]),
        ("Anka", "Anka-S+ version", ["Anka-S"]),
        ("F-16A", "incl F-16s for training", []),
        ("F-5E Tiger-2", "incl 2 F-5F version", ["F-5F"]),
        ("F-16A", "F-1A version", []),
        ("Sea Fury", "Sea Fury version", []),
        ("SA-316B Alouette-3", "produced under licence in India as Chetak", ["Chetak"]),
    ],
)
def test_variants_come_from_the_comments(designation: str, comments: str, names: list[str]) -> None:
    assert variants_in(designation, comments)[0] == names


def test_a_variant_that_is_the_designation_of_another_row_stays_with_that_row() -> None:
    """ "P-3A" is a sibling of the P-3B, but the catalogue's "P-3A Orion" row is the P-3A."""
    from veracity.sources.importers.catalogue_names import _settle
    from veracity.sources.importers.system_draft import Draft

    p3a = Draft(name="P-3A Orion", category="aircraft")
    p3b = Draft(name="P-3B Orion", category="aircraft", variants=["P-3A", "P-3T"])
    _settle([p3a, p3b])
    assert p3b.variants == ["P-3T"]
    assert "variants with rows of their own: P-3A" in p3b.notes

"""Validation of the bundled reference datasets: schema, keys, names, sources, codes, facts.

Loading a dataset checks its types, required cells and unique keys (`load_dataset`); these
tests check what holds across rows and datasets, and the facts the kz2024 article relies on.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import pytest

from veracity.sources import Sources
from veracity.sources.dataset import Dataset
from veracity.sources.importers.sipri_categories import CATEGORIES
from veracity.sources.index import makers_index, organisations_index, systems_index
from veracity.sources.names import name_key

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CATALOGUE = ("systems", "manufacturers", "organisations", "historical-states", "country-names")
NAME_COLUMNS = {
    "systems": ("name", "aliases"),
    "manufacturers": ("name", "aliases"),
    "organisations": ("name", "aliases"),
    "historical-states": ("name", "aliases"),
    "country-names": ("aliases", "adjectives"),
}


@pytest.fixture(scope="module")
def iso3(sources: Sources) -> set[str]:
    return {row["iso3"] for row in sources.dataset("countries")}


def names(row: dict[str, Any], columns: Iterable[str]) -> list[str]:
    found: list[str] = []
    for column in columns:
        value = row[column]
        found += [value] if isinstance(value, str) else list(value or ())
    return found


def test_every_bundled_dataset_loads_with_its_provenance(sources: Sources) -> None:
    assert {*CATALOGUE, "arms-transfers", "countries", "gfp-2024"} <= set(sources.ids())
    for dataset in sources:
        meta = dataset.meta
        assert len(dataset) > 0, meta.id
        assert meta.title, meta.id
        assert meta.publisher, meta.id
        assert meta.licence != "unknown", meta.id
        assert re.fullmatch(r"\d{4}(-\d\d-\d\d)?", meta.retrieved), meta.id


def test_counts(sources: Sources) -> None:
    assert len(sources.dataset("systems")) >= 1500
    assert len(sources.dataset("manufacturers")) >= 200
    assert len(sources.dataset("arms-transfers")) >= 2_900  # orders 2019-2024
    assert len(sources.dataset("country-names")) >= 240


def test_every_category_sipri_covers_has_systems(sources: Sources) -> None:
    present = {row["category"] for row in sources.dataset("systems")}
    assert {category for category, _ in CATEGORIES.values()} <= present
    roles = {row["role"] for row in sources.dataset("systems")}
    assert {"quadcopter", "loitering munition", "MALE UAV", "multirole fighter"} <= roles


@pytest.mark.parametrize("dataset_id", ["systems", "manufacturers", "organisations"])
def test_ids_are_kebab_slugs(sources: Sources, dataset_id: str) -> None:
    bad = [row["id"] for row in sources.dataset(dataset_id) if not SLUG.match(row["id"])]
    assert bad == []


@pytest.mark.parametrize("dataset_id", CATALOGUE)
def test_no_name_points_at_two_rows_unless_declared_ambiguous(
    sources: Sources, dataset_id: str
) -> None:
    dataset = sources.dataset(dataset_id)
    owners: dict[str, set[str]] = defaultdict(set)
    for row in dataset:
        for name in names(row, NAME_COLUMNS[dataset_id]):
            owners[name_key(name)].add(dataset.row_key(row))
    undeclared = []
    for row in dataset:
        declared = {name_key(n) for n in row["ambiguous"]}
        for name in names(row, NAME_COLUMNS[dataset_id]):
            if len(owners[name_key(name)]) > 1 and name_key(name) not in declared:
                undeclared.append((dataset.row_key(row), name))
    assert undeclared == []


@pytest.mark.parametrize("dataset_id", CATALOGUE)
def test_every_row_cites_its_source(sources: Sources, dataset_id: str) -> None:
    for row in sources.dataset(dataset_id):
        if row["source_url"] is None:  # its facts were dropped for want of a source
            assert "dropped" in row["note"], row
            continue
        urls = row["source_url"].split(" ; ")
        assert all(u.startswith(("http://", "https://")) for u in urls), row


def test_every_maker_a_system_names_exists(sources: Sources) -> None:
    makers = {row["id"] for row in sources.dataset("manufacturers")}
    missing = [
        (r["id"], m) for r in sources.dataset("systems") for m in r["makers"] if m not in makers
    ]
    assert missing == []
    parents = {r["parent"] for r in sources.dataset("manufacturers") if r["parent"]}
    assert parents <= makers


def test_every_country_code_is_iso_3166(sources: Sources, iso3: set[str]) -> None:
    columns = {
        "systems": ("origin", "licensed_in"),
        "manufacturers": ("country",),
        "organisations": ("members",),
        "historical-states": ("successors",),
        "country-names": ("iso3",),
        "arms-transfers": ("recipient_iso3", "supplier_iso3"),
    }
    for dataset_id, cols in columns.items():
        for row in sources.dataset(dataset_id):
            codes = {c for c in names(row, cols) if c}
            assert codes <= iso3, (dataset_id, row.get("id") or row.get("iso3"), codes - iso3)


def test_every_origin_says_where_it_comes_from(sources: Sources) -> None:
    for row in sources.dataset("systems"):
        has_origin = bool(row["origin"] or row["origin_historical"])
        assert (row["origin_basis"] in {"research", "sipri", "oryx"}) == has_origin, row["id"]


def test_former_states_of_origin_are_known(sources: Sources) -> None:
    known = {n for r in sources.dataset("historical-states") for n in names(r, ("name", "aliases"))}
    used = {n for r in sources.dataset("systems") for n in r["origin_historical"]}
    assert used <= known


def test_only_former_states_and_non_state_parties_lack_a_code(sources: Sources) -> None:
    known = {n for r in sources.dataset("historical-states") for n in names(r, ("name", "aliases"))}
    uncoded = set()
    for row in sources.dataset("arms-transfers"):
        for side in ("recipient", "supplier"):
            if row[f"{side}_iso3"] is None:
                uncoded.add(row[side])
    assert {n for n in uncoded if not n.endswith("*")} <= known


def test_organisation_kinds(sources: Sources) -> None:
    index = organisations_index(sources)
    expected = {
        "EU": "political-union",
        "NATO": "alliance",
        "OCCAR": "procurement-agency",
        "NSPA": "procurement-agency",
        "CSTO": "alliance",
    }
    for name, kind in expected.items():
        entry = index.resolve(name)
        assert entry is not None, name
        assert entry.row["kind"] == kind


@pytest.mark.parametrize(
    ("name", "maker_id"),
    [
        ("TUSAŞ", "turkish-aerospace"),
        ("TAI", "turkish-aerospace"),
        ("Otokar", "otokar"),
        ("Irkut", "irkut"),
        ("Sukhoi", "sukhoi"),
        ("Dassault Aviation", "dassault-aviation"),
        ("Airbus Defence and Space", "airbus-defence-and-space"),
        ("Autel Robotics", "autel-robotics"),
        ("Kazakhstan Paramount Engineering", "kazakhstan-paramount-engineering"),
        ("Baykar", "baykar"),
        ("Lockheed Martin", "lockheed-martin"),
        ("Hanwha Aerospace", "hanwha-aerospace"),
        ("Rafael", "rafael"),
    ],
)
def test_makers_the_press_names(sources: Sources, name: str, maker_id: str) -> None:
    entry = makers_index(sources).resolve(name)
    assert entry is not None
    assert entry.id == maker_id


def test_rafale_is_an_aircraft_not_a_maker(sources: Sources) -> None:
    assert makers_index(sources).lookup("Rafale") == ()
    assert systems_index(sources).lookup("Rafael") == ()


def system(sources: Sources, name: str) -> dict[str, Any]:
    entry = systems_index(sources).resolve(name)
    assert entry is not None, name
    return dict(entry.row)


def test_the_kz2024_systems(sources: Sources) -> None:
    su30sm = system(sources, "Su-30SM")
    assert (su30sm["origin"], su30sm["sipri_names"]) == (("RUS",), ("Su-30MK",))
    assert system(sources, "Sukhoi Su-30SM")["id"] == "su-30sm"
    arlan = system(sources, "Arlan")
    assert arlan["sipri_names"] == ("Marauder",)
    assert "kazakhstan-paramount-engineering" in arlan["makers"]
    assert system(sources, "Cobra-2")["id"] == system(sources, "Cobra II")["id"]
    assert system(sources, "Cobra II")["makers"] == ("otokar",)
    evo = system(sources, "EVO Max 4T")
    assert (evo["makers"], evo["origin"], evo["role"]) == (
        ("autel-robotics",),
        ("CHN",),
        "quadcopter",
    )
    rafale = system(sources, "Rafale")
    assert (rafale["makers"], rafale["origin"]) == (("dassault-aviation",), ("FRA",))
    anka = system(sources, "ANKA")
    assert (anka["makers"], anka["origin"], anka["role"]) == (
        ("turkish-aerospace",),
        ("TUR",),
        "MALE UAV",
    )
    a400m = system(sources, "A400M")
    assert set(a400m["origin"]) == {"DEU", "FRA", "ESP", "GBR", "TUR", "BEL", "LUX"}
    assert a400m["makers"] == ("airbus-defence-and-space",)


def test_a_fact_no_source_gives_is_left_empty_and_said(sources: Sources) -> None:
    rows = {r["id"]: r for r in sources.dataset("manufacturers")}
    kbm = rows["kbm"]  # only state media named its country: dropped, and the note says so
    assert (kbm["country"], kbm["parent"], kbm["source_url"]) == ((), None, None)
    assert "dropped" in kbm["note"]


def kazakh_orders(dataset: Dataset, designation: str) -> list[dict[str, Any]]:
    return [
        r for r in dataset if r["recipient"] == "Kazakhstan" and r["designation"] == designation
    ]


def test_sipri_rows_about_kazakhstan(whole_register: Sources) -> None:
    transfers = whole_register.dataset("arms-transfers")
    su30 = kazakh_orders(transfers, "Su-30MK")
    assert [r["year_of_order"] for r in su30] == [2014, 2015, 2018, 2021]
    assert all(r["comments"] == "Su-30SM version" and r["supplier"] == "Russia" for r in su30)
    assert max(y for r in su30 for y in r["years_of_delivery"]) == 2024
    (a400m,) = kazakh_orders(transfers, "A400M Atlas")
    assert (a400m["number_ordered"], a400m["year_of_order"], a400m["supplier"]) == (
        2,
        2021,
        "Spain",
    )
    anka = [r for r in kazakh_orders(transfers, "Anka") if r["year_of_order"] == 2021]
    assert [(r["number_ordered"], r["comments"]) for r in anka] == [(3, "Anka-S version")]
    marauder = kazakh_orders(transfers, "Marauder")
    assert marauder
    assert all("as Arlan" in r["comments"] for r in marauder)
    (cobra,) = kazakh_orders(transfers, "Cobra-2")
    assert (cobra["number_ordered"], cobra["year_of_order"], cobra["supplier_iso3"]) == (
        45,
        2024,
        "TUR",
    )


@pytest.mark.parametrize("dataset_id", [*CATALOGUE, "arms-transfers"])
def test_rows_are_sorted(sources: Sources, dataset_id: str) -> None:
    dataset = sources.dataset(dataset_id)
    if dataset_id == "arms-transfers":
        keys = [(r["recipient"], r["supplier"], r["year_of_order"]) for r in dataset]
    else:
        keys = [dataset.row_key(r) for r in dataset]
    assert keys == sorted(keys)


def test_sipris_buffel_is_two_systems_the_mrap_and_the_recovery_vehicle(sources: Sources) -> None:
    systems = sources.dataset("systems")
    mrap, arv = systems.get("buffel"), systems.get("bergepanzer-3-buffel")
    assert mrap is not None
    assert arv is not None
    assert (mrap["role"], mrap["origin"], mrap["sipri_records"]) == ("MRAP", ("ZAF",), 4)
    assert (arv["role"], arv["origin"], arv["sipri_records"]) == (
        "armoured recovery vehicle",
        ("DEU",),
        13,
    )
    assert arv["sipri_names"] == ("Buffel",)

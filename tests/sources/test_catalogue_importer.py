"""The catalogue importer: researched tables + SIPRI + Oryx -> the catalogue datasets.

Runs on small fixtures: research rows taken from data-src/, the SIPRI export fixture compiled
by the SIPRI importer, and lines of the Oryx-derived table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from veracity.errors import DatasetError
from veracity.sources.dataset import Dataset, load_dataset
from veracity.sources.importers import catalogue, sipri
from veracity.sources.importers.research import HEADERS, read_table

FIXTURES = Path(__file__).parent / "fixtures"
RESEARCH = FIXTURES / "catalogue" / "research"
ORYX = FIXTURES / "catalogue" / "oryx.csv"


def build(out: Path) -> tuple[dict[str, int], list[str]]:
    export = FIXTURES / "sipri" / "raw-export.csv"
    assert sipri.main([str(export), "--out", str(out / "arms-transfers")]) == 0
    warnings: list[str] = []
    counts = catalogue.compile_catalogue(RESEARCH, out, ORYX, warnings.append)
    return counts, warnings


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int], list[str]]:
    out = tmp_path_factory.mktemp("data")
    counts, warnings = build(out)
    return out, counts, warnings


@pytest.fixture(scope="module")
def systems(built: tuple[Path, dict[str, int], list[str]]) -> Dataset:
    return load_dataset(built[0] / "systems")


def row(dataset: Dataset, key: str) -> dict[str, Any]:
    found = dataset.get(key)
    assert found is not None, f"no row {key!r}"
    return found


def test_every_dataset_is_written_and_loads(built: tuple[Path, dict[str, int], list[str]]) -> None:
    out, counts, _ = built
    assert set(counts) == {
        "country-names",
        "historical-states",
        "manufacturers",
        "organisations",
        "systems",
    }
    for dataset_id, count in counts.items():
        dataset = load_dataset(out / dataset_id)
        assert len(dataset) == count
        assert dataset.meta.retrieved == "2026-11-25"


def test_the_build_is_deterministic(
    built: tuple[Path, dict[str, int], list[str]], tmp_path: Path
) -> None:
    build(tmp_path)
    for dataset_id in built[1]:
        for name in (f"{dataset_id}.csv", "datapackage.json"):
            first = (built[0] / dataset_id / name).read_bytes()
            assert (tmp_path / dataset_id / name).read_bytes() == first, name


def test_the_systems_declare_the_register_their_first_orders_come_from(
    built: tuple[Path, dict[str, int], list[str]], systems: Dataset
) -> None:
    register = load_dataset(built[0] / "arms-transfers")
    assert systems.meta.period is not None
    assert systems.meta.period.derived_rows == len(register)
    assert register.meta.period is not None
    assert register.meta.period.whole_rows is None  # a full import is no part


def test_a_variant_sipri_files_under_its_family_gets_its_own_row(systems: Dataset) -> None:
    su30sm = row(systems, "su-30sm")
    assert su30sm["sipri_names"] == ("Su-30MK",)
    assert su30sm["origin"] == ("RUS",)
    assert su30sm["makers"] == ("irkut", "uac")
    assert "Su 30SM" in su30sm["aliases"]
    family = row(systems, "su-30mk")
    assert "Su-30SM" not in family["variants"] + family["aliases"]
    assert "variants with rows of their own: Su-30SM" in family["note"]


def test_a_researched_row_about_the_sipri_system_is_merged_into_it(systems: Dataset) -> None:
    cobra = row(systems, "cobra-ii")
    assert cobra["name"] == "Cobra II"
    assert cobra["sipri_names"] == ("Cobra-2",)
    assert cobra["sipri_records"] == 1
    assert cobra["origin_basis"] == "research"
    assert {"Cobra-2", "Otokar Cobra II"} <= set(cobra["aliases"])
    assert cobra["source_url"].endswith("https://www.sipri.org/databases/armstransfers")
    assert "SIPRI: derived from the SIPRI trade register" in cobra["note"]
    assert systems.get("cobra-2") is None


def test_licence_production_names_the_licensee_row(systems: Dataset) -> None:
    arlan = row(systems, "arlan")
    assert arlan["sipri_names"] == ("Marauder",)
    assert arlan["makers"] == ("kazakhstan-paramount-engineering", "paramount-group")
    marauder = row(systems, "marauder")
    assert marauder["origin"] == ("ZAF",)
    assert marauder["licensed_in"] == ("KAZ",)
    assert "Arlan" not in marauder["aliases"]


def test_two_researchers_rows_about_one_system_become_one(systems: Dataset) -> None:
    caesar = [r for r in systems if "CAESAR" in r["name"]]
    assert [r["id"] for r in caesar] == ["caesar-155mm"]
    assert caesar[0]["makers"] == ()
    assert "maker 'knds-france' has no row in manufacturers: link dropped" in caesar[0]["note"]


def test_a_maker_id_that_is_another_makers_alias_is_read_as_it(systems: Dataset) -> None:
    assert row(systems, "su-30mk")["makers"] == ("sukhoi", "irkut", "knaaz")


def test_homonyms_are_declared_ambiguous(systems: Dataset) -> None:
    helicopter = row(systems, "lynx-helicopter")
    rocket = row(systems, "lynx-rocket-artillery")
    assert helicopter["ambiguous"] == rocket["ambiguous"] == ("Lynx",)
    assert rocket["variants"] == ("Nayza",)
    assert rocket["origin"] == ("ISR",)
    assert (helicopter["origin"], helicopter["origin_basis"]) == (("GBR",), "sipri")


def test_an_unsourced_fact_stays_empty(systems: Dataset) -> None:
    sunqar = row(systems, "sunqar")
    assert sunqar["makers"] == sunqar["origin"] == ()
    assert "No public source found" in sunqar["note"]


def test_a_row_whose_facts_were_dropped_keeps_its_names_and_sipris_facts(
    systems: Dataset,
) -> None:
    strela = row(systems, "strela-3")
    assert "SA-14 Gremlin" in strela["aliases"]
    assert strela["category"] != "other"
    assert strela["origin_basis"] == "sipri"
    assert "dropped" in strela["note"]


def test_a_row_whose_facts_were_dropped_and_that_sipri_lacks_is_left_out(
    systems: Dataset,
) -> None:
    assert systems.get("ghost-drone-x") is None


@pytest.mark.parametrize(
    ("table", "header", "line"),
    [
        (
            "manufacturers",
            "id,name,aliases,country,parent,kind,source_url,note",
            "a,A,,TUR,,manufacturer,,",
        ),
        ("systems-A", ",".join(HEADERS["systems"]), "X,,,aircraft,,,,,,,"),
    ],
)
def test_a_researched_row_that_states_facts_needs_a_source(
    tmp_path: Path, table: str, header: str, line: str
) -> None:
    (tmp_path / f"{table}.csv").write_text(f"{header}\n{line}\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="without source_url"):
        read_table(tmp_path, table.split("-")[0])


def test_a_researched_maker_with_its_facts_dropped_needs_no_source(tmp_path: Path) -> None:
    header = ",".join(HEADERS["manufacturers"])
    (tmp_path / "manufacturers.csv").write_text(
        f"{header}\na,A,,,,manufacturer,,dropped\n", "utf-8"
    )
    assert [r["id"] for r in read_table(tmp_path, "manufacturers")] == ["a"]


def test_oryx_adds_categorised_systems_nobody_else_lists(systems: Dataset) -> None:
    kub = row(systems, "zala-aero-kub-bla")
    assert (kub["category"], kub["origin"]) == ("loitering-munition", ("RUS",))
    assert kub["origin_basis"] == "oryx"
    assert kub["source_url"].startswith("https://www.oryxspioenkop.com")
    msta = row(systems, "2s19-msta-s")
    assert (msta["origin"], msta["origin_historical"]) == ((), ("Soviet Union",))
    assert row(systems, "bayraktar-tb2")["origin"] == ("TUR",)
    assert systems.get("orlan-10") is None  # Oryx does not say what it is


def test_every_maker_named_exists(built: tuple[Path, dict[str, int], list[str]]) -> None:
    out = built[0]
    makers = {r["id"] for r in load_dataset(out / "manufacturers")}
    for system in load_dataset(out / "systems"):
        assert set(system["makers"]) <= makers, system["id"]


def test_warnings_name_what_was_dropped(built: tuple[Path, dict[str, int], list[str]]) -> None:
    assert any("'knds-france' has no manufacturers row" in w for w in built[2])


def test_shared_names_of_organisations_and_countries_are_declared(
    built: tuple[Path, dict[str, int], list[str]],
) -> None:
    out = built[0]
    kazakh = row(load_dataset(out / "organisations"), "mod-kazakhstan")
    assert "MoD" in kazakh["ambiguous"]
    congo = row(load_dataset(out / "country-names"), "COD")
    assert congo["ambiguous"] == ("Congolese",)


def test_former_states_keep_their_successors(
    built: tuple[Path, dict[str, int], list[str]],
) -> None:
    soviet = row(load_dataset(built[0] / "historical-states"), "soviet-union")
    assert "RUS" in soviet["successors"]
    assert "USSR" in soviet["aliases"]


def test_a_research_folder_without_its_date_is_refused(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="RETRIEVED"):
        catalogue.compile_catalogue(tmp_path, tmp_path / "out", None, print)

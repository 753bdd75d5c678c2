import json
import shutil
from pathlib import Path

from veracity.mentions import catalog
from veracity.mentions.transfers import describe, transfers, uncertain
from veracity.sources import Sources


def _system(sources: Sources, system_id: str):  # type: ignore[no-untyped-def]
    found = catalog(sources).get("system", system_id)
    assert found is not None
    return found


def test_sipri_names_need_the_comment_to_name_the_system(fixture_sources: Sources) -> None:
    su30 = _system(fixture_sources, "su-30sm")
    index = transfers(fixture_sources)
    assert [t.id for t in index.of(su30, "KAZ")] == [
        "kaz-rus-2014-su-30mk",
        "kaz-rus-2015-su-30mk",
        "kaz-rus-2018-su-30mk",
        "kaz-rus-2021-su-30mk",
    ]
    assert index.of(su30, "IND") == []  # SIPRI: "Su-30MKI version"
    assert [t.version for t in index.of(su30, "MMR")] == ["Su-30SME"]


def test_licence_names_match(fixture_sources: Sources) -> None:
    arlan = _system(fixture_sources, "arlan")
    found = transfers(fixture_sources).of(arlan, "KAZ")
    assert {t.row["designation"] for t in found} == {"Marauder"}
    assert {t.version for t in found} == {"Arlan"}


def test_a_component_is_not_the_system(fixture_sources: Sources) -> None:
    a400m = _system(fixture_sources, "a400m")
    assert [t.id for t in transfers(fixture_sources).of(a400m, "KAZ")] == [
        "kaz-esp-2021-a400m-atlas"
    ]


def test_family_designations_match(fixture_sources: Sources) -> None:
    leopard = _system(fixture_sources, "leopard-2")
    assert [t.how for t in transfers(fixture_sources).of(leopard, "CZE")] == ["direct"]
    rafale = _system(fixture_sources, "rafale")
    assert [t.how for t in transfers(fixture_sources).of(rafale, "IDN")] == ["family"]  # Rafale F4


def test_rows_in_words_keep_sipri_uncertainty(fixture_sources: Sources) -> None:
    row = fixture_sources.dataset("arms-transfers").get("kaz-rus-2021-su-30mk")
    assert row is not None
    assert describe(row) == (
        "Kazakhstan ordered 12? Su-30MK from Russia in 2021?; 8 delivered in 2024 (Su-30SM version)"
    )
    assert uncertain(row) == ["the number ordered", "the year of order"]


def test_rows_of_another_kind_are_not_the_systems(sources: Sources) -> None:
    f16 = catalog(sources).get("system", "f-16")
    assert f16 is not None
    designations = {t.row["designation"] for t in transfers(sources).of(f16, "ARG")}
    assert "Viper" not in designations  # a turbojet


def test_a_support_vehicle_takes_the_rows_of_its_role_only(whole_register: Sources) -> None:
    sources = whole_register  # SIPRI's Buffel rows are older than the bundled orders
    index = transfers(sources)
    arv = catalog(sources).get("system", "bergepanzer-3-buffel")
    mrap = catalog(sources).get("system", "buffel")
    assert arv is not None
    assert mrap is not None
    arv_rows = {t.row["description"] for t in index.of(arv)}
    mrap_rows = {t.row["description"] for t in index.of(mrap)}
    assert arv_rows == {"armoured recovery vehicle"}  # SIPRI files it under "Buffel"
    assert mrap_rows == {"APC"}
    assert {t.how for t in index.of(arv)} == {"direct"}  # its own name "Büffel", shared


def test_the_first_record_of_a_weapon_comes_from_the_whole_register(sources: Sources) -> None:
    index = transfers(sources)
    assert index.first_record(_system(sources, "k2-black-panther")) == 2022
    himars = index.first_record(_system(sources, "himars"))
    assert himars is not None
    assert himars < 2019  # ordered before the bundled years: the part lacks some of its records


def test_a_family_name_takes_the_first_record_of_any_designation_extending_it(
    sources: Sources,
) -> None:
    index = transfers(sources)
    family = index.first_record(_system(sources, "ah-64e-apache"))
    assert family is not None
    assert family < 2000  # "AH-64A Apache" extends the family's name "Apache"


def test_a_catalogue_not_derived_from_the_whole_register_bounds_nothing(
    sources: Sources, tmp_path: Path
) -> None:
    bundled = sources._folders["systems"]
    copy = tmp_path / "systems"
    shutil.copytree(bundled, copy)
    descriptor = json.loads((copy / "datapackage.json").read_text(encoding="utf-8"))
    del descriptor["temporal"]["veracity:register"]
    (copy / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    partial = Sources((tmp_path,))
    assert transfers(partial).first_record(_system(partial, "k2-black-panther")) is None

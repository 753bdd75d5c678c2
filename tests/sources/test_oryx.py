"""Reading system names and origins from the Oryx-derived loss table."""

from __future__ import annotations

from pathlib import Path

import pytest

from veracity.sources.importers.oryx import clean_name, read_oryx

ORYX = Path(__file__).parent / "fixtures" / "catalogue" / "oryx.csv"


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("152mm 2S19 Msta-S", "2S19 Msta-S"),
        ("'Orlan-20' ''Kartograf'' reconnaissance UAV", "Orlan-20 Kartograf"),
        ("Su-30SM multirole aircraft", "Su-30SM"),
        ("Bayraktar TB2 UCAV", "Bayraktar TB2"),
        ("T-72B Obr. 1989", "T-72B"),
        ("Project 22800 Karakurt-class corvette", "Project 22800 Karakurt"),
        ("120mm self-propelled gun М1064А3", "M1064A3"),
        ("9<U+041C>133 Kornet", "9M133 Kornet"),
    ],
)
def test_clean_name_keeps_the_designation(raw: str, name: str) -> None:
    assert clean_name(raw) == name


def test_read_oryx_skips_unknowns_components_and_modifications() -> None:
    names = {s.name for s in read_oryx(ORYX)}
    assert "Orlan-10" in names
    assert not any("Unknown" in n or "TELAR" in n or "MT-LB" in n for n in names)


def test_read_oryx_gives_category_and_origins() -> None:
    systems = {s.name: s for s in read_oryx(ORYX)}
    assert (systems["ZALA Aero KUB-BLA"].category, systems["ZALA Aero KUB-BLA"].role) == (
        "loitering-munition",
        "loitering munition",
    )
    assert systems["Orlan-20 Kartograf"].role == "reconnaissance UAV"
    assert systems["2S19 Msta-S"].origins == {"Soviet Union"}
    assert systems["Bayraktar TB2"].origins == {"Turkey"}
    assert systems["Orlan-10"].category == ""

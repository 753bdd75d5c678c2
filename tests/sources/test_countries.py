"""The shared country resolver: names, codes, adjectives, regions."""

from __future__ import annotations

import pytest

from veracity.sources import Sources, countries


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Kazakhstan", "KAZ"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("United States", "USA"),
        ("the United States", "USA"),
        ("Czechia", "CZE"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Democratic Republic of the Congo", "COD"),
        ("Russia", "RUS"),
        ("South Korea", "KOR"),
        ("GBR", "GBR"),
    ],
)
def test_resolve(sources: Sources, name: str, iso3: str) -> None:
    country = countries(sources).resolve(name)
    assert country is not None
    assert country.iso3 == iso3


def test_unknown_name(sources: Sources) -> None:
    assert countries(sources).resolve("Atlantis") is None


def test_central_asia(sources: Sources) -> None:
    members = [c.iso3 for c in countries(sources).members("Central Asia")]
    assert members == ["KAZ", "KGZ", "TJK", "TKM", "UZB"]


def test_region_aliases(sources: Sources) -> None:
    resolver = countries(sources)
    assert {c.iso3 for c in resolver.members("Southeast Asia")} >= {"IDN", "VNM", "THA"}
    assert resolver.members("Middle Earth") == []


def test_find_in_text(sources: Sources) -> None:
    found = list(countries(sources).find("Kazakhstan buys from Russia and Turkey, not Iceland."))
    assert [m.country.iso3 for m in found] == ["KAZ", "RUS", "TUR", "ISL"]
    assert found[0].text == "Kazakhstan"


def test_find_regions(sources: Sources) -> None:
    found = list(countries(sources).find_regions("the strongest in Central Asia and in Europe"))
    assert [m.region for m in found] == ["Central Asia", "Europe"]

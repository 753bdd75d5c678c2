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


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Warsaw signed for 212 K9 howitzers in 2022.", [("Warsaw", "POL")]),
        ("Moscow's deliveries to Kazakhstan resumed.", [("Moscow", "RUS"), ("Kazakhstan", "KAZ")]),
        ("Germany delivered IRIS-T to Kyiv.", [("Germany", "DEU"), ("Kyiv", "UKR")]),
        ("The drones were supplied by Ankara.", [("Ankara", "TUR")]),
        ("Seoul has ordered more K2 tanks.", [("Seoul", "KOR")]),
        ("Talks in Ankara ended without a deal.", []),
        ("A plant near Moscow builds the engines.", []),
        ("The Washington Post reported the sale.", []),
        ("Hamilton said the order was late.", []),
        ("Sofia said the tanks would come.", []),
        ("Moscow-based analysts doubt it.", []),
        ("Washington has sent Kyiv HIMARS.", [("Washington", "USA"), ("Kyiv", "UKR")]),
        ("Paris agreed to sell Cairo Rafales.", [("Paris", "FRA"), ("Cairo", "EGY")]),
    ],
)
def test_capitals_standing_for_their_state(
    sources: Sources, text: str, found: list[tuple[str, str]]
) -> None:
    """The press writes "Warsaw signed" for Poland; a capital named as a place is not one."""
    mentions = list(countries(sources).find(text))
    assert [(m.text, m.country.iso3) for m in mentions] == found
    capitals = {"Warsaw", "Moscow", "Kyiv", "Ankara", "Seoul", "Washington", "Paris", "Cairo"}
    assert [m.capital for m in mentions] == [m.text in capitals for m in mentions]

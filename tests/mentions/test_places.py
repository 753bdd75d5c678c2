from veracity.mentions.places import compounds, country_name, join_names
from veracity.sources import Sources
from veracity.sources.countries import countries


def test_short_country_names() -> None:
    assert country_name("RUS") == "Russia"
    assert country_name("KOR") == "South Korea"
    assert country_name("USA") == "the United States"
    assert country_name("TUR") == "Türkiye"


def test_join_names() -> None:
    assert join_names([]) == ""
    assert join_names(["A"]) == "A"
    assert join_names(["A", "B", "C"]) == "A, B and C"


def test_hyphenated_country_adjectives(fixture_sources: Sources) -> None:
    resolver = countries(fixture_sources)
    found = compounds("the Franco-British Storm Shadow", resolver, [])
    assert [c.country.iso3 for c in found] == ["FRA", "GBR"]
    assert compounds("the Russian-Ukrainian war", resolver, [])[1].country.iso3 == "UKR"
    assert compounds("the Su-Ultra jet", resolver, []) == []
    (ex,) = compounds("24 ex-Polish T-72 tanks", resolver, [])  # the units' earlier operator
    assert (ex.text, ex.country.iso3, ex.adjective) == ("Polish", "POL", True)
    assert compounds("ex-Soviet tanks", resolver, []) == []  # no state today

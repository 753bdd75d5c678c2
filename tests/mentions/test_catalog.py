from veracity.mentions import catalog
from veracity.mentions.catalog import DATASETS
from veracity.sources import Sources


def test_entities_by_kind(fixture_sources: Sources) -> None:
    cat = catalog(fixture_sources)
    su30 = cat.get("system", "su-30sm")
    assert su30 is not None
    assert su30.name == "Su-30SM"
    assert [m.id for m in cat.makers_of(su30)] == ["irkut"]
    assert cat.origin(su30) == ("RUS",)


def test_parent_groups_count_as_makers(fixture_sources: Sources) -> None:
    cat = catalog(fixture_sources)
    su30, uac, sukhoi = (
        cat.get("system", "su-30sm"),
        cat.get("maker", "uac"),
        cat.get("maker", "sukhoi"),
    )
    assert su30
    assert uac
    assert sukhoi
    assert [m.id for m in cat.group(cat.makers_of(su30)[0])] == ["irkut", "uac", "rostec"]
    assert cat.builds(uac, su30) is not None
    assert cat.builds(uac, su30).id == "irkut"
    assert cat.builds(sukhoi, su30) is None  # a sister company is not the maker


def test_evidence_cites_the_row(fixture_sources: Sources) -> None:
    cat = catalog(fixture_sources)
    otokar = cat.get("maker", "otokar")
    assert otokar is not None
    evidence = cat.evidence(otokar, "Otokar, Türkiye")
    assert (evidence.dataset, evidence.key, evidence.url) == (
        "manufacturers",
        "otokar",
        "https://en.wikipedia.org/wiki/Otokar",
    )
    assert evidence.retrieved == "2024-08-20"


def test_evidence_gives_the_date_its_row_was_read_before_the_datasets(
    fixture_sources: Sources,
) -> None:
    cat = catalog(fixture_sources)
    sukhoi = cat.get("maker", "sukhoi")
    assert sukhoi is not None
    assert cat.evidence(sukhoi, "Sukhoi, Russia").retrieved == "2026-12-08"


def test_missing_datasets_contribute_nothing() -> None:
    sources = Sources()
    cat = catalog(sources)
    for kind, dataset_id in DATASETS.items():
        if dataset_id not in sources:
            assert cat.by_kind[kind] == {}

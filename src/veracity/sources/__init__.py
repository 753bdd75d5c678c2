"""Reference data with provenance: the dataset model, bundled datasets, shared resolvers."""

from veracity.sources.countries import Country, CountryResolver, countries
from veracity.sources.dataset import Dataset, DatasetMeta, load_dataset
from veracity.sources.index import (
    Entry,
    Match,
    NameIndex,
    makers_index,
    organisations_index,
    systems_index,
)
from veracity.sources.names import name_key
from veracity.sources.registry import BUNDLED_DATA, Sources

__all__ = [
    "BUNDLED_DATA",
    "Country",
    "CountryResolver",
    "Dataset",
    "DatasetMeta",
    "Entry",
    "Match",
    "NameIndex",
    "Sources",
    "countries",
    "load_dataset",
    "makers_index",
    "name_key",
    "organisations_index",
    "systems_index",
]

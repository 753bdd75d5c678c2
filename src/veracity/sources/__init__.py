"""Reference data with provenance: the dataset model, bundled datasets, shared resolvers."""

from veracity.sources.countries import Country, CountryResolver, countries
from veracity.sources.dataset import Dataset, DatasetMeta, load_dataset
from veracity.sources.registry import BUNDLED_DATA, Sources

__all__ = [
    "BUNDLED_DATA",
    "Country",
    "CountryResolver",
    "Dataset",
    "DatasetMeta",
    "Sources",
    "countries",
    "load_dataset",
]

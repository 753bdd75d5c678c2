"""What a run loads before its first claim: the bundled datasets and the shared indexes.

`preload(sources)` builds the indexes that nearly every claim consults (the catalogue, the alias
index and mention finder, the country resolver, the transfer and deal indexes of the SIPRI
register, the former states), so the first claim does not pay for them, and lets `Sources`
keep them in the user's cache (`veracity.sources.cache`): a later run reads them back instead
of building them. The garbage collector then sets the loaded objects aside (`gc.freeze`): they
live as long as the run, and each full collection would otherwise walk them all again.
"""

from __future__ import annotations

import gc

from veracity.mentions.catalog import catalog
from veracity.mentions.finder import find_mentions
from veracity.mentions.historical import find_historical
from veracity.mentions.index import alias_index
from veracity.mentions.transfers import transfers
from veracity.quantities.deals import deals
from veracity.sources.countries import countries
from veracity.sources.registry import Sources

__all__ = ["build_indexes", "preload"]


def build_indexes(sources: Sources) -> None:
    """Build every shared index of `sources` (each once; see `Sources.derived`)."""
    catalog(sources)
    alias_index(sources)
    countries(sources)
    find_mentions("", sources)
    find_historical("", sources)
    transfers(sources)
    deals(sources)


def preload(sources: Sources) -> bool:
    """Load the bundled datasets and build the shared indexes of `sources` now, from the cache
    when it holds them (True then); then freeze what was loaded out of the collector's way."""
    cached = sources.preload(build_indexes)
    gc.freeze()
    return cached

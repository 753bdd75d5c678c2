"""Mention finding, shared by the weapon-system verifiers.

`find_mentions(text, sources)` returns the systems, makers, organisations, countries and regions
a claim's text names, with exact hits from a normalised alias index and guarded near misses
(misspellings) from rapidfuzz; `catalog(sources)` answers who makes what and where it comes from;
`find_roles(text)` reads category, role and class words.
"""

from veracity.mentions.catalog import Catalog, Entity, EntityKind, catalog
from veracity.mentions.finder import Mention, Mentions, Rejected, find_mentions
from veracity.mentions.index import Alias, AliasIndex, alias_index
from veracity.mentions.roles import RoleMention, find_roles

__all__ = [
    "Alias",
    "AliasIndex",
    "Catalog",
    "Entity",
    "EntityKind",
    "Mention",
    "Mentions",
    "Rejected",
    "RoleMention",
    "alias_index",
    "catalog",
    "find_mentions",
    "find_roles",
]

"""Claim sets: the Article and Claim records and their YAML loader."""

from veracity.claims.loader import (
    MAX_FILE_BYTES,
    claim_files,
    load_claim_set,
    load_claim_sets,
    parse_claim_set,
    stream_claim_sets,
)
from veracity.claims.models import Article, Claim, ClaimSet, Location

__all__ = [
    "MAX_FILE_BYTES",
    "Article",
    "Claim",
    "ClaimSet",
    "Location",
    "claim_files",
    "load_claim_set",
    "load_claim_sets",
    "parse_claim_set",
    "stream_claim_sets",
]

"""What a claim may hold that a verifier needs before it has anything to check.

A verifier declares the features it handles (`handles = frozenset({"systems"})`); the runner
skips it on a claim whose analysis holds none of them.
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = ["FEATURES", "Feature"]

Feature = Literal[
    "systems", "makers", "names", "countries", "places", "quantities", "deals", "ranking"
]
"""systems, makers: a catalogue system or maker is named; names: any catalogue name (system,
maker, organisation); countries: a country; places: a country or region; quantities: a count;
deals: a transfer assertion (an order, delivery or supply of a named system); ranking: an
assertion about a strength ranking (a rank, comparison or score)."""
FEATURES: tuple[Feature, ...] = get_args(Feature)

"""The Global Firepower editions the data bundles, shared by the rank and inventory verifiers.

Which edition a claim means is read by the analysis (`veracity.analysis.editions`); this module
holds the data side: the editions bundled, and why a claim about another cannot be checked.
"""

from __future__ import annotations

import re

from veracity.sources.registry import Sources

__all__ = ["editions", "not_bundled"]


def editions(sources: Sources) -> dict[int, str]:
    """The bundled editions: year -> dataset id (`gfp-2024`)."""
    found = {}
    for dataset_id in sources.ids():
        match = re.fullmatch(r"gfp-(\d{4})", dataset_id)
        if match:
            found[int(match[1])] = dataset_id
    return found


def not_bundled(year: int | None, have: dict[int, str], what: str) -> str:
    """Why a claim about an edition the data lacks cannot be checked."""
    asked = f"the {year} edition" if year else "no edition year"
    listed = ", ".join(str(y) for y in sorted(have)) or "none"
    return (
        f"The claim refers to {asked} of Global Firepower; the bundled data has the edition(s) "
        f"{listed} only, so {what} cannot be checked."
    )

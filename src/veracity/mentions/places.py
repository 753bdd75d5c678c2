"""Countries as explanations name them, and the UN M49 evidence for regional claims."""

from __future__ import annotations

from collections.abc import Iterable

import pycountry

from veracity.findings import Evidence
from veracity.sources.countries import countries
from veracity.sources.registry import Sources

__all__ = ["country_name", "join_names", "names", "region_evidence"]

_READABLE = {"RUS": "Russia"}
"""ISO names that no reader uses ("Russian Federation"); pycountry's common names cover the rest."""
_WITH_THE = ("United ", "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Comoros")


def country_name(iso3: str) -> str:
    """A short English name: "Türkiye", "South Korea", "Russia", "the United States"."""
    if iso3 in _READABLE:
        return _READABLE[iso3]
    record = pycountry.countries.get(alpha_3=iso3)
    if record is None:
        return iso3
    name = str(getattr(record, "common_name", None) or record.name).split(",")[0]
    if name.startswith(_WITH_THE) or name.endswith(("Republic", "Islands", "Emirates")):
        return "the " + name
    return name


def join_names(items: Iterable[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    listed = list(items)
    if len(listed) <= 1:
        return "".join(listed)
    return ", ".join(listed[:-1]) + " and " + listed[-1]


def names(codes: Iterable[str]) -> str:
    return join_names(country_name(c) for c in codes)


def region_evidence(sources: Sources, codes: Iterable[str], region: str) -> Evidence:
    """The countries dataset, cited for which of `codes` lie in an M49 region."""
    resolver = countries(sources)
    inside = {c.iso3 for c in resolver.members(region)}
    listed = list(codes)
    meta = sources.meta("countries")
    detail = "; ".join(
        f"{country_name(c)}: {'in' if c in inside else 'not in'} {region}" for c in listed
    )
    return Evidence(meta.id, ";".join(listed), meta.url, meta.retrieved, f"UN M49: {detail}")

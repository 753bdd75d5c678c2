"""Countries as explanations name them, and the UN M49 evidence for regional claims."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import pycountry

from veracity.findings import Evidence
from veracity.sources.countries import CountryMention, CountryResolver, countries
from veracity.sources.registry import Sources

__all__ = ["compounds", "country_name", "join_names", "names", "region_evidence"]

_COMBINING = {
    "anglo": "GBR", "franco": "FRA", "sino": "CHN", "russo": "RUS", "italo": "ITA",
    "germano": "DEU", "hispano": "ESP", "luso": "PRT", "turco": "TUR", "greco": "GRC",
    "austro": "AUT", "indo": "IND", "polono": "POL", "belgo": "BEL",
}  # fmt: skip
"""Combining forms of country adjectives: "Franco-British", "Sino-Russian"."""
_COMPOUND = re.compile(r"(?<![\w-])[A-Z][\w]+(?:[-–/][A-Z][\w]+)+(?![\w-])")

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


def compounds(
    text: str, resolver: CountryResolver, taken: Sequence[tuple[int, int]]
) -> list[CountryMention]:
    """Countries in hyphenated adjectives the resolver leaves out: "British-French" gives
    British and French, "Franco-British" French and British (each part must be a country)."""
    found: list[CountryMention] = []
    for match in _COMPOUND.finditer(text):
        parts = list(re.finditer(r"[A-Z][\w]+", match.group()))
        resolved = []
        for part in parts:
            word = part.group()
            code = _COMBINING.get(word.lower())
            country = resolver.by_iso3.get(code) if code else resolver.resolve(word)
            if country is None:
                break
            start = match.start() + part.start()
            resolved.append(CountryMention(start, start + len(word), word, country, True))
        if len(resolved) == len(parts):
            found += [c for c in resolved if not any(s <= c.start < e for s, e in taken)]
    for match in _EX.finditer(text):  # "ex-Danish F-16s": the units' earlier operator
        country = resolver.resolve(match["name"])
        if country is not None and not any(s <= match.start("name") < e for s, e in taken):
            found.append(
                CountryMention(match.start("name"), match.end(), match["name"], country, True)
            )
    return found


_EX = re.compile(r"(?<![\w-])ex-(?P<name>[A-Z][\w]+)(?![\w-])")
"""A country adjective after "ex-" ("ex-Danish"): who had the units before."""

"""One country resolver for every dataset and verifier.

Names come from the `countries` dataset (ISO 3166-1 + UN M49), pycountry's common and official
names, and, when bundled, the `country-names` dataset of press variants and adjectives
("Turkish", "Kazakh", "U.S."). `find` locates countries named in a text; `members` lists the
countries of an M49 region ("Central Asia", "Europe", "South America").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from veracity.patterns import lazy_compile, literal_alternation
from veracity.sources.registry import Sources

__all__ = ["Country", "CountryMention", "CountryResolver", "RegionMention", "countries"]


_RECENT = 256

_DISTRICT = lazy_compile(r",?\s+D\.\s?C\.$")
_NOT_METONYMS = frozenset(
    {"hamilton", "kingston", "male", "santiago", "sofia", "victoria", "wellington"}
)
"""Capitals that are as often a person's name ("Hamilton said"): never read as a country."""
_ACTS = (
    "accepts?|accepted|acquire[sd]?|agree[sd]?|aims?|announce[sd]?|approve[sd]?|asked|bought|buys|"
    "chose|chooses|commissioned|committed|confirm(?:s|ed)?|contracted|decided|delivere?d?s?|"
    "deploy(?:s|ed)|donated|exports?|exported|fields|handed|imports?|imported|inked|intends?|"
    "ordere?d?s?|operates|placed|plans?|planned|pledged?s?|procured?s?|procuring|provided?s?|purchased?|"
    "purchases|received?s?|requested|said|says|selected|sells|sent|sends|signed|signs|sold|"
    "suppl(?:y|ies|ied)|transferred|transfers|unveiled|wants?|wanted|will|would|has|had|is|was"
)
_CAPITAL_ACTS = lazy_compile(rf"\s+(?:{_ACTS})\b")
"""What follows a capital used for its government: a verb of the state's acts."""
_GIVES = (
    "sent|sends|send|sending|sold|sells|sell|selling|gave|gives|give|giving|supplied|supplies|"
    "supply|supplying|handed|hands|offered|offers|offer|shipped|ships|ship|promised|pledged|"
    "granted|lent|leased"
)
"""Verbs of giving whose indirect object is the recipient: "Washington has sent Kyiv …",
"Paris agreed to sell Cairo …"."""
_CAPITAL_BEFORE = lazy_compile(rf"\b(?:to|from|by|with|and|for|{_GIVES})\s+$", re.IGNORECASE)
_PLACE_BEFORE = lazy_compile(
    r"\b(?:in|near|at|outside|around|of|over|above|via)\s+$", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str
    region: str | None
    sub_region: str | None
    intermediate_region: str | None

    @property
    def regions(self) -> tuple[str, ...]:
        return tuple(r for r in (self.intermediate_region, self.sub_region, self.region) if r)


@dataclass(frozen=True, slots=True)
class CountryMention:
    start: int
    end: int
    text: str
    country: Country
    adjective: bool
    """True for "Turkish", "Russian-made"; False for the country's name."""
    capital: bool = False
    """True for a capital standing for its government: "Warsaw signed", "Moscow's order"."""


@functools.lru_cache(maxsize=1 << 14)
def normalise(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.casefold().replace("’", "'").strip()
    plain = re.sub(r"^the\s+", "", plain)
    return re.sub(r"[\s\-]+", " ", plain)


_REGION_ALIASES = {
    # press names for UN M49 areas (https://unstats.un.org/unsd/methodology/m49/)
    "latin america": "Latin America and the Caribbean",
    "sub saharan africa": "Sub-Saharan Africa",
    "southeast asia": "South-eastern Asia",
    "south east asia": "South-eastern Asia",
    "south asia": "Southern Asia",
    "east asia": "Eastern Asia",
    "west asia": "Western Asia",
    "west africa": "Western Africa",
    "east africa": "Eastern Africa",
    "north africa": "Northern Africa",
    "central africa": "Middle Africa",
    "east europe": "Eastern Europe",
    "west europe": "Western Europe",
    "the americas": "Americas",
}


@dataclass(frozen=True, slots=True)
class RegionMention:
    start: int
    end: int
    text: str
    region: str
    """The M49 name, e.g. "Central Asia"."""


class CountryResolver:
    """Resolves names, adjectives and codes to countries; finds them in text."""

    def __init__(self, sources: Sources) -> None:
        import pycountry  # only to build the resolver, which a run reads from its data cache

        table = sources.dataset("countries")
        self.by_iso3: dict[str, Country] = {}
        self._names: dict[str, Country] = {}
        self._adjectives: dict[str, Country] = {}
        surface_names: set[str] = set()
        surface_adjectives: set[str] = set()
        capitals: dict[str, set[str]] = {}
        capital_forms: set[str] = set()
        for row in table:
            country = Country(
                row["iso3"],
                row["iso2"],
                row["name"],
                row["region"],
                row["sub_region"],
                row["intermediate_region"],
            )
            self.by_iso3[country.iso3] = country
            names = {row["name"], row["iso3"]}
            record = pycountry.countries.get(alpha_3=country.iso3)
            if record is not None:
                for attr in ("name", "common_name", "official_name"):
                    value = getattr(record, attr, None)
                    if value:
                        names.add(value)
            for name in names:
                self._names.setdefault(normalise(name), country)
                surface_names.add(name)
        if "country-names" in sources:
            for row in sources.dataset("country-names"):
                country = self.by_iso3[row["iso3"]]
                shared = {normalise(n) for n in row.get("ambiguous") or ()}  # "Congolese"
                for name in row["aliases"]:
                    if normalise(name) not in shared:
                        self._names.setdefault(normalise(name), country)
                        surface_names.add(name)
                for adjective in row["adjectives"]:
                    if normalise(adjective) not in shared:
                        self._adjectives.setdefault(normalise(adjective), country)
                        surface_adjectives.add(adjective)
                for capital in row.get("capitals") or ():
                    for form in {capital, _DISTRICT.sub("", capital)}:  # "Washington D.C."
                        capitals.setdefault(normalise(form), set()).add(country.iso3)
                        capital_forms.add(form)
        if "gfp-2024" in sources:
            for row in sources.dataset("gfp-2024"):
                if row["iso3"] in self.by_iso3:
                    self._names.setdefault(normalise(row["country"]), self.by_iso3[row["iso3"]])
                    surface_names.add(row["country"])
        self._regions: dict[str, list[Country]] = {}
        for country in self.by_iso3.values():
            for region in country.regions:
                self._regions.setdefault(normalise(region), []).append(country)
        self._pattern = self._compile(surface_names, surface_adjectives)
        self._capitals = {
            key: self.by_iso3[next(iter(owners))]
            for key, owners in capitals.items()
            if len(owners) == 1 and key not in self._names and key not in _NOT_METONYMS
        }
        forms = {f for f in capital_forms if normalise(f) in self._capitals}
        self._capital_pattern = (
            re.compile(rf"(?<![\w-])(?:{literal_alternation(forms)})(?:['’]s)?(?![\w-])")
            if forms
            else None
        )
        self._found = functools.lru_cache(maxsize=_RECENT)(self._find)
        """Every verifier asks about the claim at hand: the recent texts' answers are kept."""
        self._region_titles = {normalise(r): r for c in self.by_iso3.values() for r in c.regions}
        self._region_forms: dict[str, str] = {}
        for key, title in self._region_titles.items():
            self._region_forms[key] = title
            self._region_forms[key + "n"] = title  # Asian, African, Central Asian
            if key.endswith("e"):
                self._region_forms[key + "an"] = title  # European
        for alias, title in _REGION_ALIASES.items():
            target = self._region_titles.get(normalise(title))
            if target:
                self._region_forms[alias] = target
                self._region_forms[alias + "n"] = target
        self._region_pattern = re.compile(
            r"(?<![\w-])(?:"
            + literal_alternation(self._region_forms, space=r"[\s-]+")
            + r")(?![\w-])",
            re.IGNORECASE,
        )

    def __getstate__(self) -> dict[str, Any]:
        """The resolver without its memo of recent answers (a cache file holds the rest)."""
        state = dict(self.__dict__)
        del state["_found"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._found = functools.lru_cache(maxsize=_RECENT)(self._find)

    @staticmethod
    def _compile(names: set[str], adjectives: set[str]) -> re.Pattern[str]:
        forms = {f for f in names | adjectives if (len(f) > 1 and not f.isupper()) or len(f) >= 2}
        return re.compile(rf"(?<![\w-])(?:{literal_alternation(forms)})(?![\w])")

    def resolve(self, name: str) -> Country | None:
        """A country from its name, code, alias or adjective; None if unknown."""
        key = normalise(name)
        if len(name) == 3 and name.isupper() and name in self.by_iso3:
            return self.by_iso3[name]
        return self._names.get(key) or self._adjectives.get(key)

    def find(self, text: str) -> Iterator[CountryMention]:
        """Countries named or described (by adjective) in `text`, left to right."""
        return iter(self._found(text))

    def _find(self, text: str) -> tuple[CountryMention, ...]:
        named = list(self._mentions(text))
        taken = [(m.start, m.end) for m in named]
        capitals = [
            m
            for m in self._capital_mentions(text)
            if not any(s < m.end and m.start < e for s, e in taken)
        ]
        return tuple(sorted(named + capitals, key=lambda m: m.start)) if capitals else tuple(named)

    def _capital_mentions(self, text: str) -> Iterator[CountryMention]:
        """Capitals standing for their state: before one of its acts ("Warsaw signed"), with a
        possessive ("Moscow's order"), after "to", "from", "by", "with" ("supplied to Kyiv") or
        as the indirect object of a verb of giving ("has sent Kyiv"); never a place ("talks in
        Ankara", "a plant near Moscow")."""
        if self._capital_pattern is None:
            return
        for match in self._capital_pattern.finditer(text):
            surface = match.group()
            possessive = surface.endswith(("'s", "’s"))
            name = surface[:-2] if possessive else surface
            country = self._capitals.get(normalise(name))
            if country is None:
                continue
            before = text[max(0, match.start() - 12) : match.start()]
            if _PLACE_BEFORE.search(before):
                continue
            if (
                possessive
                or _CAPITAL_BEFORE.search(before)
                or _CAPITAL_ACTS.match(text, match.end())
            ):
                end = match.start() + len(name)
                yield CountryMention(match.start(), end, name, country, False, capital=True)

    def _mentions(self, text: str) -> Iterator[CountryMention]:
        for match in self._pattern.finditer(text):
            surface = match.group()
            key = normalise(surface)
            if surface.isupper() and len(surface) == 3 and surface not in ("USA", "UAE", "DRC"):
                continue  # bare ISO codes in prose are too often acronyms
            country = self._names.get(key)
            adjective = False
            if country is None:
                country = self._adjectives.get(key)
                adjective = True
            if country is not None:
                yield CountryMention(match.start(), match.end(), surface, country, adjective)

    def region_names(self) -> list[str]:
        return sorted(self._region_titles.values())

    def find_regions(self, text: str) -> Iterator[RegionMention]:
        """M49 regions named ("Central Asia") or described ("Central Asian") in `text`."""
        for match in self._region_pattern.finditer(text):
            key = normalise(match.group())
            region = self._region_forms.get(key)
            if region is not None:
                yield RegionMention(match.start(), match.end(), match.group(), region)

    def members(self, region: str) -> list[Country]:
        """Countries of an M49 region, sub-region or intermediate region (empty if unknown)."""
        title = self._region_forms.get(normalise(region))
        key = normalise(title) if title else normalise(region)
        return sorted(self._regions.get(key, []), key=lambda c: c.iso3)


def countries(sources: Sources) -> CountryResolver:
    """The resolver for these sources, built once."""
    return sources.derived("countries", CountryResolver)

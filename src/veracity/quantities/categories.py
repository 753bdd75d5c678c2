"""What is counted: the nouns of military inventories, mapped to the columns of Global Firepower
(`gfp-2024`) and to SIPRI's weapon descriptions (`arms-transfers`).

Global Firepower's "total aircraft" includes helicopters, so "aircraft" maps to
`aircraft_total`. A modifier before the noun that names a narrower column ("towed artillery",
"tanker aircraft", "mine warfare vessels", "paramilitary personnel") is its own category,
listed before the broader one, so a count of it is never weighed against the broader column.
Drones and air-defence systems have no Global Firepower column (`columns` is empty); "units of
equipment" sums the major-equipment columns (aircraft, armoured vehicles, tanks, artillery,
ships), which leaves out the trucks and small arms that such press totals sometimes include.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

from veracity.lexicons import lexicon

__all__ = ["CATEGORIES", "Category", "CategoryMention", "find_categories"]


_LEXICON: dict[str, Any] = tomllib.loads(
    resources.files("veracity.lexicons").joinpath("categories.toml").read_text(encoding="utf-8")
)
"""The category nouns and the modifier nouns after them, as data, read once at import."""


def _names(text: str) -> frozenset[str]:
    return frozenset(n.strip() for n in text.split(";") if n.strip())


_FIGHTER = _names("fighter aircraft; FGA aircraft")
_HELI = _names(
    "helicopter; light helicopter; transport helicopter; combat helicopter; "
    "anti-submarine helicopter"
)
_ARMOUR = _names(
    "APC; infantry fighting vehicle; armoured car; armoured reconnaissance vehicle; "
    "fire-support vehicle"
)
_SHIPS = _names(
    "frigate; corvette; destroyer; cruiser; aircraft carrier; submarine; nuclear submarine; "
    "patrol boat; patrol ship; missile boat; gunboat; torpedo boat; landing ship; "
    "amphibious assault ship; minesweeper; minehunter; MCM ship; support ship; replenishment ship"
)
_AIRCRAFT = (
    _FIGHTER
    | _HELI
    | _names(
        "ground-attack aircraft; bomber aircraft; transport aircraft; light transport aircraft; "
        "heavy transport aircraft; tanker/transport aircraft; trainer aircraft; "
        "trainer/combat aircraft; (armed) trainer aircraft; maritime patrol aircraft; "
        "airborne early-warning aircraft; reconnaissance aircraft"
    )
)
_EQUIPMENT = (
    "aircraft_total tanks armoured_vehicles sp_artillery towed_artillery rocket_launchers "
    "naval_fleet"
)


@dataclass(frozen=True, slots=True)
class Category:
    """A kind of thing counted, with where inventories and arms-transfer registers count it."""

    id: str
    singular: str
    plural: str
    fleet: str
    """How a reader names the whole inventory: "fighter fleet", "tank fleet"."""
    columns: tuple[str, ...]
    """Global Firepower columns whose sum is the inventory; empty when it has none."""
    sipri: frozenset[str]
    """SIPRI weapon descriptions that count as this category."""
    nouns: str
    """Regular expression of the nouns that name it (`categories.toml` in veracity.lexicons)."""


def _category(ident: str, names: str, fleet: str, columns: str, sipri: frozenset[str]) -> Category:
    singular, plural = (n.strip() for n in names.split("/"))
    nouns = "|".join(_LEXICON["nouns"][ident])
    return Category(ident, singular, plural, fleet, tuple(columns.split()), sipri, nouns)


# Order matters where nouns overlap: the first category whose nouns match at a place wins.
# fmt: off
CATEGORIES: tuple[Category, ...] = (
    _category("aircraft-carriers", "aircraft carrier / aircraft carriers", "carrier fleet",
              "aircraft_carriers", _names("aircraft carrier")),
    _category("attack-helicopters", "attack helicopter / attack helicopters",
              "attack-helicopter fleet", "attack_helicopters", _names("combat helicopter")),
    _category("helicopter-carriers", "helicopter carrier / helicopter carriers",
              "helicopter-carrier fleet", "helicopter_carriers", frozenset()),
    _category("helicopters", "helicopter / helicopters", "helicopter fleet", "helicopters", _HELI),
    _category("fighters", "fighter / fighters", "fighter fleet", "fighters", _FIGHTER),
    _category("combat-aircraft", "combat aircraft / combat aircraft",
              "fleet of fighter and attack aircraft", "fighters attack_aircraft",
              _FIGHTER | _names("ground-attack aircraft; bomber aircraft")),
    _category("attack-aircraft", "attack aircraft / attack aircraft", "attack-aircraft fleet",
              "attack_aircraft", _names("ground-attack aircraft")),
    _category("transport-aircraft", "transport aircraft / transport aircraft",
              "transport-aircraft fleet", "transport_aircraft",
              _names("transport aircraft; light transport aircraft; heavy transport aircraft; "
                     "tanker/transport aircraft")),
    _category("trainer-aircraft", "trainer aircraft / trainer aircraft", "trainer fleet",
              "trainer_aircraft",
              _names("trainer aircraft; trainer/combat aircraft; (armed) trainer aircraft")),
    _category("tanker-aircraft", "tanker aircraft / tanker aircraft", "tanker fleet",
              "tanker_aircraft", frozenset()),
    _category("special-mission-aircraft", "special-mission aircraft / special-mission aircraft",
              "special-mission fleet", "special_mission_aircraft", frozenset()),
    _category("aircraft", "aircraft / aircraft", "aircraft fleet", "aircraft_total", _AIRCRAFT),
    _category("tanks", "tank / tanks", "tank fleet", "tanks", _names("tank; light tank")),
    _category("armoured-vehicles", "armoured vehicle / armoured vehicles",
              "fleet of armoured vehicles", "armoured_vehicles", _ARMOUR),
    _category("sp-artillery", "self-propelled gun / self-propelled guns",
              "self-propelled artillery", "sp_artillery", _names("self-propelled gun")),
    _category("rocket-launchers", "rocket launcher / rocket launchers", "rocket artillery",
              "rocket_launchers", _names("multiple rocket launcher")),
    _category("towed-artillery", "towed artillery piece / towed artillery pieces",
              "towed artillery", "towed_artillery", _names("towed gun")),
    _category("artillery", "artillery piece / artillery pieces", "artillery",
              "sp_artillery towed_artillery rocket_launchers",
              _names("self-propelled gun; towed gun; multiple rocket launcher")),
    _category("submarines", "submarine / submarines", "submarine fleet", "submarines",
              _names("submarine; nuclear submarine")),
    _category("destroyers", "destroyer / destroyers", "destroyer fleet", "destroyers",
              _names("destroyer")),
    _category("frigates", "frigate / frigates", "frigate fleet", "frigates", _names("frigate")),
    _category("corvettes", "corvette / corvettes", "corvette fleet", "corvettes",
              _names("corvette")),
    _category("patrol-vessels", "patrol vessel / patrol vessels", "patrol fleet",
              "patrol_vessels", _names("patrol boat; patrol ship")),
    _category("mine-warfare", "mine warfare vessel / mine warfare vessels", "mine warfare fleet",
              "mine_warfare", _names("minesweeper; minehunter; MCM ship")),
    _category("ships", "ship / ships", "naval fleet", "naval_fleet", _SHIPS),
    _category("drones", "drone / drones", "drone fleet", "",
              _names("UAV; armed UAV; one-way attack drone")),
    _category("air-defence", "air-defence system / air-defence systems",
              "air-defence inventory", "",
              _names("SAM system; mobile SAM system; self-propelled air-defence system")),
    _category("reservists", "reservist / reservists", "reserve", "reserve_personnel",
              frozenset()),
    _category("paramilitary", "paramilitary / paramilitary personnel", "paramilitary force",
              "paramilitary", frozenset()),
    _category("total-personnel", "member of the armed forces / total military personnel",
              "total military personnel", "active_personnel reserve_personnel paramilitary",
              frozenset()),
    _category("personnel", "soldier / troops", "active force", "active_personnel", frozenset()),
    _category("equipment", "unit of equipment / units of equipment",
              "inventory of major weapons",
              _EQUIPMENT, frozenset()),
)
# fmt: on
_BY_GROUP = {f"c{i}": c for i, c in enumerate(CATEGORIES)}
_LINKS = "|".join(map(re.escape, sorted(lexicon("count-after-noun"), key=lambda w: (-len(w), w))))
_WHOLE = rf"(?:fleet|forces?)(?!(?:\s*(?:{_LINKS}))+\s*(?:[a-z]+\s+)?\d)"
""""Fleet" or "force" after a noun makes the noun a modifier ("the tank fleet"), unless a
count follows through the words of lexicon count-after-noun ("a tank fleet of 14,777", "a
tank force numbering 2,501"): that count is of the noun (`veracity.quantities.parse`)."""
_PATTERN = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<c{i}>{c.nouns})" for i, c in enumerate(CATEGORIES))
    + r")(?![\w-])(?![\s-]+(?:"
    + "|".join(_LEXICON["modifiers"]["words"])
    + "|"
    + _WHOLE
    + r")\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class CategoryMention:
    """A category noun in a text; a noun that modifies another ("tank crews") is not one."""

    start: int
    end: int
    text: str
    category: Category


def find_categories(text: str) -> Iterator[CategoryMention]:
    """Category nouns in `text`, left to right (the earliest, longest reading wins)."""
    return iter(_categories_of(text))


@functools.lru_cache(maxsize=256)
def _categories_of(text: str) -> tuple[CategoryMention, ...]:
    """`find_categories`, remembered for the last texts read: the quantity, measure, inventory
    and ranking readers each ask about the same claim text (44,169 calls for 8,728 texts over
    the 10,000-claim benchmark set)."""
    found = []
    for match in _PATTERN.finditer(text):
        group = match.lastgroup
        if group is None:  # pragma: no cover - every alternative is a named group
            continue
        found.append(CategoryMention(match.start(), match.end(), match.group(), _BY_GROUP[group]))
    return tuple(found)

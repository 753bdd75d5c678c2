"""What is counted: the nouns of military inventories, mapped to the columns of Global Firepower
(`gfp-2024`) and to SIPRI's weapon descriptions (`arms-transfers`).

Global Firepower's "total aircraft" includes helicopters, so "aircraft" maps to
`aircraft_total`. Drones and air-defence systems have no Global Firepower column (`columns` is
empty); "units of equipment" sums the major-equipment columns (aircraft, armoured vehicles,
tanks, artillery, ships), which leaves out the trucks and small arms that such press totals
sometimes include.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from veracity.lexicons import lexicon

__all__ = ["CATEGORIES", "Category", "CategoryMention", "find_categories"]


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
    """Regular expression of the nouns that name it."""


def _category(
    ident: str, names: str, fleet: str, columns: str, sipri: frozenset[str], nouns: str
) -> Category:
    singular, plural = (n.strip() for n in names.split("/"))
    return Category(ident, singular, plural, fleet, tuple(columns.split()), sipri, nouns)


_A = r"armou?red"
_D = r"defen[cs]e"
# Order matters where nouns overlap: the first alternative that matches at a place wins.
# fmt: off
CATEGORIES: tuple[Category, ...] = (
    _category("aircraft-carriers", "aircraft carrier / aircraft carriers", "carrier fleet",
              "aircraft_carriers", _names("aircraft carrier"), r"aircraft\s+carriers?"),
    _category("attack-helicopters", "attack helicopter / attack helicopters",
              "attack-helicopter fleet", "attack_helicopters", _names("combat helicopter"),
              r"(?:attack|combat|assault)\s+(?:helicopters?|helos)|helicopter\s+gunships?|gunships?"),
    _category("helicopter-carriers", "helicopter carrier / helicopter carriers",
              "helicopter-carrier fleet", "helicopter_carriers", frozenset(),
              r"(?:helicopter|helo)\s+carriers?"),
    _category("helicopters", "helicopter / helicopters", "helicopter fleet", "helicopters", _HELI,
              r"(?:military\s+|transport\s+|utility\s+)?(?:helicopters?|helos)|choppers?"),
    _category("fighters", "fighter / fighters", "fighter fleet", "fighters", _FIGHTER,
              r"(?:jet\s+)?fighter(?:[\s-]+(?:jets?|aircraft|planes?|bombers?|interceptors?))?|"
              r"(?:multi-?role\s+)?fighters?|interceptors?"),
    _category("combat-aircraft", "combat aircraft / combat aircraft",
              "fleet of fighter and attack aircraft", "fighters attack_aircraft",
              _FIGHTER | _names("ground-attack aircraft; bomber aircraft"),
              r"combat\s+(?:aircraft|jets?|planes?)|warplanes?|war\s+planes?"),
    _category("attack-aircraft", "attack aircraft / attack aircraft", "attack-aircraft fleet",
              "attack_aircraft", _names("ground-attack aircraft"),
              r"(?:ground-?\s?)?attack\s+(?:aircraft|jets?|planes?)|strike\s+aircraft"),
    _category("transport-aircraft", "transport aircraft / transport aircraft",
              "transport-aircraft fleet", "transport_aircraft",
              _names("transport aircraft; light transport aircraft; heavy transport aircraft; "
                     "tanker/transport aircraft"),
              r"(?:heavy[\s-]+|military\s+)?transport\s+(?:aircraft|planes?)|airlifters?|"
              r"cargo\s+planes?"),
    _category("trainer-aircraft", "trainer aircraft / trainer aircraft", "trainer fleet",
              "trainer_aircraft",
              _names("trainer aircraft; trainer/combat aircraft; (armed) trainer aircraft"),
              r"(?:jet\s+)?trainer\s+(?:aircraft|jets?|planes?)|training\s+aircraft|trainers"),
    _category("aircraft", "aircraft / aircraft", "aircraft fleet", "aircraft_total", _AIRCRAFT,
              r"(?:military\s+)?(?:aircraft|air\s?planes?|planes|jets)"),
    _category("tanks", "tank / tanks", "tank fleet", "tanks", _names("tank; light tank"),
              r"(?:main\s+)?battle\s+tanks?|(?-i:MBTs?)|(?<!anti-)(?<!anti\s)tanks?"),
    _category("armoured-vehicles", "armoured vehicle / armoured vehicles",
              "fleet of armoured vehicles", "armoured_vehicles", _ARMOUR,
              rf"(?:wheeled\s+|tracked\s+)?{_A}\s+(?:personnel\s+carriers?|fighting\s+vehicles?|"
              r"combat\s+vehicles?|vehicles?|cars?)|infantry\s+fighting\s+vehicles?|"
              r"(?-i:APCs?|IFVs?|AFVs?|MRAPs?)"),
    _category("sp-artillery", "self-propelled gun / self-propelled guns",
              "self-propelled artillery", "sp_artillery", _names("self-propelled gun"),
              r"self-propelled\s+(?:howitzers?|guns?|artillery(?:\s+systems?)?)"),
    _category("rocket-launchers", "rocket launcher / rocket launchers", "rocket artillery",
              "rocket_launchers", _names("multiple rocket launcher"),
              r"(?:multiple\s+)?rocket\s+launchers?|(?-i:MLRS)|rocket\s+artillery\s+systems?"),
    _category("artillery", "artillery piece / artillery pieces", "artillery",
              "sp_artillery towed_artillery rocket_launchers",
              _names("self-propelled gun; towed gun; multiple rocket launcher"),
              r"artillery\s+(?:pieces?|systems?|guns?)|howitzers?"),
    _category("submarines", "submarine / submarines", "submarine fleet", "submarines",
              _names("submarine; nuclear submarine"), r"submarines?|subs"),
    _category("destroyers", "destroyer / destroyers", "destroyer fleet", "destroyers",
              _names("destroyer"), r"destroyers?"),
    _category("frigates", "frigate / frigates", "frigate fleet", "frigates", _names("frigate"),
              r"frigates?"),
    _category("corvettes", "corvette / corvettes", "corvette fleet", "corvettes",
              _names("corvette"), r"corvettes?"),
    _category("patrol-vessels", "patrol vessel / patrol vessels", "patrol fleet",
              "patrol_vessels", _names("patrol boat; patrol ship"),
              r"patrol\s+(?:boats?|vessels?|ships?|craft)"),
    _category("ships", "ship / ships", "naval fleet", "naval_fleet", _SHIPS,
              r"(?:naval\s+|combat\s+)?(?:warships?|ships?|vessels?|boats?)"),
    _category("drones", "drone / drones", "drone fleet", "",
              _names("UAV; armed UAV; one-way attack drone"),
              r"(?:combat\s+|attack\s+|reconnaissance\s+|kamikaze\s+)?drones?|"
              r"(?-i:UCAVs?|UAVs?)|unmanned\s+(?:aerial|combat\s+aerial)\s+vehicles?|"
              r"unmanned\s+aircraft|quadcopters?"),
    _category("air-defence", "air-defence system / air-defence systems",
              "air-defence inventory", "",
              _names("SAM system; mobile SAM system; self-propelled air-defence system"),
              rf"(?:air[\s-]+{_D}|anti-aircraft(?:\s+missile)?|surface-to-air\s+missile|"
              r"(?-i:SAM))\s+(?:systems?|batteries|complexes)"),
    _category("reservists", "reservist / reservists", "reserve", "reserve_personnel",
              frozenset(), r"reservists|reserve\s+(?:troops|soldiers|personnel)"),
    _category("personnel", "soldier / troops", "active force", "active_personnel", frozenset(),
              r"(?:military\s+)?personnel|troops|soldiers|servicemen|service\s*members|"
              r"conscripts|recruits"),
    _category("equipment", "unit of equipment / units of equipment",
              "inventory of major weapons",
              _EQUIPMENT, frozenset(),
              r"(?:units?|pieces?|items?)\s+of\s+(?:modern\s+)?(?:military\s+)?(?:equipment|"
              r"hardware|weaponry)|weapons?\s+systems"),
)
# fmt: on
_BY_GROUP = {f"c{i}": c for i, c in enumerate(CATEGORIES)}
_LINKS = "|".join(map(re.escape, sorted(lexicon("count-after-noun"), key=len, reverse=True)))
_WHOLE = rf"(?:fleet|forces?)(?!(?:\s*(?:{_LINKS}))+\s*(?:[a-z]+\s+)?\d)"
""""Fleet" or "force" after a noun makes the noun a modifier ("the tank fleet"), unless a
count follows through the words of lexicon count-after-noun ("a tank fleet of 14,777", "a
tank force numbering 2,501"): that count is of the noun (`veracity.quantities.parse`)."""
_PATTERN = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<c{i}>{c.nouns})" for i, c in enumerate(CATEGORIES))
    + r")(?![\w-])(?![\s-]+(?:pilots?|crews?|operators?|engines?|squadrons?|regiments?|"
    r"battalions?|brigades?|bases?|programmes?|programs?|production|plants?|factor(?:y|ies)|"
    r"parts|repairs?|ammunition|shells|missiles|munitions|simulators?|training|deals?|"
    r"contracts?|orders?|purchases?|units?|" + _WHOLE + r")\b)",
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
    for match in _PATTERN.finditer(text):
        group = match.lastgroup
        if group is None:  # pragma: no cover - every alternative is a named group
            continue
        yield CategoryMention(match.start(), match.end(), match.group(), _BY_GROUP[group])

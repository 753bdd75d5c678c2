"""SIPRI's weapon descriptions mapped to the catalogue's category and role.

SIPRI describes each weapon in a few words ("FGA aircraft", "armed UAV", "APC"; see
https://www.sipri.org/databases/armstransfers/sources-and-methods). The role keeps SIPRI's meaning:
where the catalogue's role vocabulary has the same thing under another name ("APC" = "armoured
personnel carrier", "portable SAM" = "MANPADS") it uses that name, otherwise SIPRI's own words
("fighter/ground-attack aircraft" for "FGA aircraft": SIPRI does not say "multirole").
A description not listed maps to ("other", the description) and is reported by the importer.

Some roles are of vehicles that support others (recovery, engineer, bridgelayer: the words in
`support-vehicle-roles.txt` beside this module, a word list in the format of
`veracity.lexicons`, kept here because the sources layer may not import that package): SIPRI
may give such a vehicle the name of a fighting or transport vehicle, and `supports` tells the
two apart.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

__all__ = ["CATEGORIES", "category_of", "supports"]

_A, _H, _U, _L = "aircraft", "helicopter", "uav", "loitering-munition"
_T, _V, _G, _R = "tank", "armoured-vehicle", "artillery", "rocket-artillery"
_D, _M, _B, _S = "air-defence", "missile", "bomb", "ship"
_SUB, _RAD, _SEN, _E, _GUN, _O = "submarine", "radar", "sensor", "engine", "gun", "other"

CATEGORIES: dict[str, tuple[str, str]] = {
    # aircraft
    "FGA aircraft": (_A, "fighter/ground-attack aircraft"),
    "FGA/electronic warfare aircraft": (_A, "fighter/ground-attack/electronic warfare aircraft"),
    "fighter aircraft": (_A, "fighter aircraft"),
    "ground-attack aircraft": (_A, "ground-attack aircraft"),
    "bomber aircraft": (_A, "bomber"),
    "trainer aircraft": (_A, "trainer aircraft"),
    "(armed) trainer aircraft": (_A, "trainer aircraft"),
    "trainer/combat aircraft": (_A, "trainer/combat aircraft"),
    "light /trainer aircraft": (_A, "light/trainer aircraft"),
    "light/trainer aircraft": (_A, "light/trainer aircraft"),
    "transport/trainer aircraft": (_A, "transport/trainer aircraft"),
    "light aircraft": (_A, "light aircraft"),
    "light aircraft/UAV": (_A, "light aircraft/UAV"),
    "transport aircraft": (_A, "transport aircraft"),
    "heavy transport aircraft": (_A, "heavy transport aircraft"),
    "light transport aircraft": (_A, "light transport aircraft"),
    "tanker/transport aircraft": (_A, "tanker aircraft"),
    "maritime patrol aircraft": (_A, "maritime patrol aircraft"),
    "anti-submarine aircraft": (_A, "anti-submarine aircraft"),
    "airborne early-warning aircraft": (_A, "AEW&C aircraft"),
    "airborne early-warning/ground surveillance aircraft": (_A, "AEW&C aircraft"),
    "ground surveillance aircraft": (_A, "ground surveillance aircraft"),
    "reconnaissance aircraft": (_A, "reconnaissance aircraft"),
    "reconnaissance/signals intelligence aircraft": (_A, "reconnaissance aircraft"),
    "signals intelligence aircraft": (_A, "signals intelligence aircraft"),
    "signals intelligence/ground surveillance aircraft aircraft": (
        _A,
        "signals intelligence aircraft",
    ),
    "target tow aircraft": (_A, "target tow aircraft"),
    "helicopter/transport aircraft": (_A, "tiltrotor transport aircraft"),
    "light transport airship": (_A, "transport airship"),
    # helicopters
    "helicopter": (_H, "helicopter"),
    "light helicopter": (_H, "light helicopter"),
    "transport helicopter": (_H, "transport helicopter"),
    "combat helicopter": (_H, "attack helicopter"),
    "anti-submarine helicopter": (_H, "anti-submarine helicopter"),
    "anti-ship helicopter": (_H, "anti-ship helicopter"),
    "airborne early-warning helicopter": (_H, "AEW helicopter"),
    "signals intelligence helicopter": (_H, "signals intelligence helicopter"),
    # unmanned
    "UAV": (_U, "UAV"),
    "(armed) UAV": (_U, "UAV (armed versions exist)"),
    "armed UAV": (_U, "UCAV"),
    "maritime patrol UAV": (_U, "maritime patrol UAV"),
    "loitering munition": (_L, "loitering munition"),
    "one-way attack drone": (_L, "one-way attack drone"),
    "armed UGV": (_V, "armed unmanned ground vehicle"),
    # tanks and armoured vehicles
    "tank": (_T, "tank"),
    "light tank": (_T, "light tank"),
    "training tank": (_T, "training tank"),
    "tank destroyer": (_V, "tank destroyer"),
    "APC": (_V, "armoured personnel carrier"),
    "infantry fighting vehicle": (_V, "infantry fighting vehicle"),
    "armoured car": (_V, "armoured car"),
    "armoured reconnaissance vehicle": (_V, "armoured reconnaissance vehicle"),
    "armoured recovery vehicle": (_V, "armoured recovery vehicle"),
    "armoured bridgelayer": (_V, "armoured bridgelayer"),
    "armoured engineer vehicle": (_V, "armoured engineer vehicle"),
    "armoured engineer/recovery vehicle": (_V, "armoured engineer/recovery vehicle"),
    "armoured logistical vehicle": (_V, "armoured supply vehicle"),
    "armoured supply vehicle": (_V, "armoured supply vehicle"),
    "Armoured supply vehicle": (_V, "armoured supply vehicle"),
    "fire-support vehicle": (_V, "fire-support vehicle"),
    # turrets and chassis: SIPRI counts them as major arms of their own
    "APC turret": (_O, "APC turret"),
    "infantry fighting vehicle turret": (_O, "infantry fighting vehicle turret"),
    "iinfantry fighting vehicle turret": (_O, "infantry fighting vehicle turret"),
    "tank turret": (_O, "tank turret"),
    "tank chassis": (_O, "tank chassis"),
    "tank destroyer turret": (_O, "tank destroyer turret"),
    "self-propelled gun turret": (_O, "self-propelled gun turret"),
    "self-propelled gun chassis": (_O, "self-propelled gun chassis"),
    "mortar turret": (_O, "mortar turret"),
    "helicopter turret": (_O, "helicopter turret"),
    "anti-aircraft gun turret": (_D, "anti-aircraft gun turret"),
    # artillery
    "towed gun": (_G, "towed gun"),
    "self-propelled gun": (_G, "self-propelled gun"),
    "mortar": (_G, "mortar"),
    "self-propelled mortar": (_G, "self-propelled mortar"),
    "coastal defence gun": (_G, "coastal defence gun"),
    "multiple rocket launcher": (_R, "multiple rocket launcher"),
    "naval multiple rocket launcher": (_R, "naval multiple rocket launcher"),
    "guided rocket": (_R, "guided rocket"),
    "guided rocket/air-to-surface missile": (_M, "guided rocket/air-to-surface missile"),
    "guided shell": (_O, "guided artillery shell"),
    # air defence
    "SAM system": (_D, "SAM system"),
    "mobile SAM system": (_D, "mobile SAM system"),
    "naval SAM system": (_D, "naval SAM system"),
    "SAM system radar": (_RAD, "SAM system radar"),
    "portable SAM": (_D, "MANPADS"),
    "ABM system": (_D, "anti-ballistic missile system"),
    "ABM/SAM system": (_D, "anti-ballistic missile/SAM system"),
    "air-defence system": (_D, "air-defence system"),
    "self-propelled AD system": (_D, "self-propelled air-defence system"),
    "self-propelled air-defence system": (_D, "self-propelled air-defence system"),
    "anti-aircraft gun": (_D, "anti-aircraft gun"),
    "anti-aircraft gun system": (_D, "anti-aircraft gun system"),
    "anti-aircraft gun/SAM system": (_D, "anti-aircraft gun/SAM system"),
    "self-propelled anti-aircraft gun": (_D, "self-propelled anti-aircraft gun"),
    # missiles
    "SAM": (_M, "surface-to-air missile"),
    "SAM/ABM": (_M, "surface-to-air/anti-ballistic missile"),
    "ABM missile": (_M, "anti-ballistic missile"),
    "short-range air-to-air missile": (_M, "short-range air-to-air missile"),
    "long-range air-to-air missile": (_M, "long-range air-to-air missile"),
    "long-range air-to-air missile/SAM": (_M, "air-to-air/surface-to-air missile"),
    "air-to-surface missile": (_M, "air-to-surface missile"),
    "air-to-surface/anti-ship missile": (_M, "air-to-surface/anti-ship missile"),
    "air-to-surface/surface-to-surface missile": (_M, "air-to-surface/surface-to-surface missile"),
    "anti-radar missile": (_M, "anti-radiation missile"),
    "anti-radar missile/ASM": (_M, "anti-radiation/air-to-surface missile"),
    "anti-ship missile": (_M, "anti-ship missile"),
    "anti-ship missile/ASM/SAM": (_M, "anti-ship/air-to-surface/surface-to-air missile"),
    "anti-ship/anti-radar missile": (_M, "anti-ship/anti-radiation missile"),
    "anti-ship/land-attack missile": (_M, "anti-ship/land-attack missile"),
    "anti-ship/surface-to-surface missile": (_M, "anti-ship/surface-to-surface missile"),
    "anti-submarine missile": (_M, "anti-submarine missile"),
    "anti-tank missile": (_M, "anti-tank missile"),
    "anti-tank/air-to-surface missile": (_M, "anti-tank/air-to-surface missile"),
    "land-attack missile": (_M, "land-attack cruise missile"),
    "surface-to-surface missile": (_M, "surface-to-surface missile"),
    "surface-to-surface missile launcher": (_M, "surface-to-surface missile launcher"),
    "submarine-launched ballistic missile": (_M, "submarine-launched ballistic missile"),
    "coastal defence system": (_M, "coastal defence missile system"),
    # bombs, torpedoes, mines
    "guided bomb": (_B, "guided bomb"),
    "guided glide bomb": (_B, "guided glide bomb"),
    "anti-ship torpedo": (_O, "anti-ship torpedo"),
    "anti-submarine torpedo": (_O, "anti-submarine torpedo"),
    "anti-ship/anti-submarine torpedo": (_O, "anti-ship/anti-submarine torpedo"),
    "anti-submarine/ship torpedo": (_O, "anti-ship/anti-submarine torpedo"),
    "naval mine/torpedo": (_O, "naval mine/torpedo"),
    "anti-submarine mortar": (_O, "anti-submarine mortar"),
    "anti-submarine rocket launcher": (_O, "anti-submarine rocket launcher"),
    # ships and submarines
    "aircraft carrier": (_S, "aircraft carrier"),
    "cruiser": (_S, "cruiser"),
    "destroyer": (_S, "destroyer"),
    "frigate": (_S, "frigate"),
    "corvette": (_S, "corvette"),
    "corvette/minesweeper": (_S, "corvette/minesweeper"),
    "patrol ship": (_S, "patrol vessel"),
    "patrol boat": (_S, "patrol boat"),
    "patrol ship/frigate": (_S, "patrol vessel/frigate"),
    "patrol ship/icebreaker": (_S, "patrol vessel/icebreaker"),
    "patrol ship/support ship": (_S, "patrol vessel/support ship"),
    "patrol ship/training ship": (_S, "patrol vessel/training ship"),
    "patrol ship/transport ship": (_S, "patrol vessel/transport ship"),
    "patrol ship/tug": (_S, "patrol vessel/tug"),
    "patrol boat/transport craft": (_S, "patrol boat/transport craft"),
    "missile boat": (_S, "missile boat"),
    "torpedo boat": (_S, "torpedo boat"),
    "torpdeo boat": (_S, "torpedo boat"),
    "gunboat": (_S, "gunboat"),
    "MCM ship": (_S, "mine countermeasures vessel"),
    "minehunter": (_S, "minehunter"),
    "minesweeper": (_S, "minesweeper"),
    "minelayer": (_S, "minelayer"),
    "amphibious assault ship": (_S, "amphibious assault ship"),
    "ampibious assault ship/frigate": (_S, "amphibious assault ship/frigate"),
    "landing ship": (_S, "landing ship"),
    "landing craft": (_S, "landing craft"),
    "landing craft/patrol boat": (_S, "landing craft/patrol boat"),
    "frigate/landing ship": (_S, "frigate/landing ship"),
    "support/landing ship": (_S, "support/landing ship"),
    "support ship": (_S, "support ship"),
    "support craft": (_S, "support craft"),
    "replenishment ship": (_S, "replenishment ship"),
    "replenishment tanker": (_S, "replenishment tanker"),
    "tanker": (_S, "tanker"),
    "cargo ship": (_S, "cargo ship"),
    "cargo craft": (_S, "cargo craft"),
    "transport ship": (_S, "transport ship"),
    "transport craft": (_S, "transport craft"),
    "tug": (_S, "tug"),
    "salvage ship": (_S, "salvage ship"),
    "survey ship": (_S, "survey ship"),
    "training ship": (_S, "training ship"),
    "icebreaker": (_S, "icebreaker"),
    "signals intelligence ship": (_S, "signals intelligence ship"),
    "submarine": (_SUB, "submarine"),
    "nuclear submarine": (_SUB, "nuclear-powered submarine"),
    "midget submarine": (_SUB, "midget submarine"),
    # radars and sensors
    "air search radar": (_RAD, "air search radar"),
    "air/sea search radar": (_RAD, "air/sea search radar"),
    "air-search/fire-control radar": (_RAD, "air search/fire-control radar"),
    "fire-control/air-search radar": (_RAD, "air search/fire-control radar"),
    "fire control radar": (_RAD, "fire-control radar"),
    "fire-control radar": (_RAD, "fire-control radar"),
    "sea search radar": (_RAD, "sea search radar"),
    "aircraft sea search radar": (_RAD, "maritime patrol aircraft radar"),
    "maritime patrol aircraft radar": (_RAD, "maritime patrol aircraft radar"),
    "combat aircraft radar": (_RAD, "combat aircraft radar"),
    "combat heli radar": (_RAD, "combat helicopter radar"),
    "airborne early-warning radar": (_RAD, "airborne early-warning radar"),
    "artillery locating radar": (_RAD, "artillery locating radar"),
    "ground surveillance radar": (_RAD, "ground surveillance radar"),
    "ground-surveillance radar": (_RAD, "ground surveillance radar"),
    "height-finding radar": (_RAD, "height-finding radar"),
    "multi-function radar": (_RAD, "multi-function radar"),
    "multi-role radar": (_RAD, "multi-function radar"),
    "air search system": (_SEN, "air search system"),
    "sonar": (_SEN, "sonar"),
    "SONAR": (_SEN, "sonar"),
    "ASW sonar": (_SEN, "anti-submarine sonar"),
    "anti-submarine sonar": (_SEN, "anti-submarine sonar"),
    "submarine sonar": (_SEN, "submarine sonar"),
    "EO system": (_SEN, "electro-optical system"),
    "Naval EO system": (_SEN, "naval electro-optical system"),
    "EO search/fire control": (_SEN, "electro-optical search/fire-control system"),
    "aircraft EO system": (_SEN, "aircraft electro-optical system"),
    "aircraft EO/radar system": (_SEN, "aircraft electro-optical/radar system"),
    "aircraft recce system": (_SEN, "aircraft reconnaissance system"),
    "signals intelligence system": (_SEN, "signals intelligence system"),
    "reconnaissance/signals intelligence system": (_SEN, "signals intelligence system"),
    "recce satellite": (_SEN, "reconnaissance satellite"),
    "surveillance satellite": (_SEN, "surveillance satellite"),
    # engines
    "aircraft engine": (_E, "aircraft engine"),
    "aircraft jet engine": (_E, "aircraft engine"),
    "turbofan": (_E, "turbofan"),
    "turbojet": (_E, "turbojet"),
    "turboprop": (_E, "turboprop"),
    "gas turbine": (_E, "gas turbine"),
    "ship engine": (_E, "ship engine"),
    "vehicle engine": (_E, "vehicle engine"),
    "ship nuclear reactor": (_E, "ship nuclear reactor"),
    # guns and other
    "naval gun": (_GUN, "naval gun"),
    "air refuel system": (_O, "air refuelling system"),
}


def category_of(description: str) -> tuple[str, str] | None:
    """(category, role) of a SIPRI weapon description; None if the table lacks it."""
    return CATEGORIES.get(description.strip())


@cache
def _support_words() -> frozenset[str]:
    text = resources.files(__package__).joinpath("support-vehicle-roles.txt").read_text("utf-8")
    return frozenset(w for line in text.splitlines() if (w := line.split("#", 1)[0].strip()))


def supports(role: str) -> bool:
    """Whether `role` is that of a vehicle built to support others (an ARV, a bridgelayer)."""
    return not _support_words().isdisjoint(re.findall(r"[a-z]+", role.lower()))

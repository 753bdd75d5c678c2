"""What kind of weapon a phrase says something is: category, role and class words.

One vocabulary serves both sides: it reads the claim ("a heavy-lift military transport
aircraft", "Chinese quadcopters", "main battle tank") and the dataset's `category`, `role` and
`class` columns ("multirole fighter", "MALE UAV", "4x4 tactical wheeled armoured vehicle"), so
the two are compared as sets of tags rather than as strings.

A term yields the dataset categories it fits (``aircraft`` fits aircraft, helicopters and UAVs;
``plane`` fits aircraft only) and tags. Tags on one *axis* exclude each other (wheeled/tracked,
heavy/medium/light, MALE/HALE/mini, fighter/transport/trainer…); a claimed tag that meets a
different tag of the same axis in the data is a contradiction, a claimed tag the data says
nothing about is simply not checked.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "AXES",
    "RoleMention",
    "RolePart",
    "axis_of",
    "category_label",
    "find_roles",
    "implied",
    "tag_label",
    "tags_of",
    "with_article",
]

_FLYING = frozenset({"aircraft", "helicopter", "uav", "loitering-munition"})
_ARMOUR = frozenset({"armoured-vehicle", "tank"})
_GUNS = frozenset({"artillery", "rocket-artillery"})
_DRONES = frozenset({"uav", "loitering-munition"})
_SHIPS = frozenset({"ship", "submarine"})

AXES: dict[str, frozenset[str]] = {
    "mission": frozenset({"combat", "transport", "trainer", "tanker", "aew", "utility"}),
    "weight": frozenset({"heavy", "medium", "light"}),
    "altitude": frozenset({"hale", "male", "mini"}),
    "lift": frozenset({"fixed-wing", "multirotor"}),
    "rotors": frozenset({"quadcopter", "hexacopter", "octocopter"}),
    "mobility": frozenset({"wheeled", "tracked"}),
    "carrier": frozenset({"apc", "ifv"}),
    "tank-type": frozenset({"mbt", "light-tank"}),
    "artillery": frozenset({"self-propelled", "towed"}),
    "range": frozenset({"short-range", "medium-range", "long-range"}),
    "nato": frozenset({"nato-1", "nato-2", "nato-3"}),
    "flight": frozenset({"cruise", "ballistic"}),
    "speed": frozenset({"subsonic", "supersonic", "hypersonic"}),
    "engines": frozenset({"single-engine", "twin-engine"}),
}

_IMPLIES: dict[str, frozenset[str]] = {
    "fighter": frozenset({"combat"}),
    "attack": frozenset({"combat"}),
    "bomber": frozenset({"combat"}),
    "quadcopter": frozenset({"multirotor"}),
    "hexacopter": frozenset({"multirotor"}),
    "octocopter": frozenset({"multirotor"}),
    "mbt": frozenset({"heavy"}),
    "mrap": frozenset({"wheeled"}),
    "mini": frozenset({"nato-1"}),  # NATO UAS class I (under 150 kg): micro, mini, small
    "male": frozenset({"fixed-wing", "nato-3"}),
    "hale": frozenset({"fixed-wing", "nato-3"}),
}

# (pattern, categories it fits or None for no category claim, tags)
_TERMS: list[tuple[str, frozenset[str] | None, frozenset[str]]] = [
    # several missions: no one mission implied ("a multi-role helicopter" may be a transport)
    (r"multi[\s-]?role|swing[\s-]?role", None, frozenset({"multirole"})),
    (r"fighter[\s-]?bombers?|strike[\s-]?fighters?", _FLYING, frozenset({"fighter", "attack"})),
    (r"fighters?(?:[\s-]+jets?)?|FGA", frozenset({"aircraft"}), frozenset({"fighter"})),
    # an interceptor is a fighter or a missile that shoots down missiles ("the PAC-3 MSE
    # interceptor"): it names either category and no mission
    (r"interceptors?", frozenset({"aircraft", "missile", "air-defence"}), frozenset()),
    (r"bombers?", frozenset({"aircraft"}), frozenset({"bomber"})),
    (
        r"(?:ground[\s-])?attack(?=[\s-]+(?:aircraft|jet|plane|helicopter))",
        None,
        frozenset({"attack"}),
    ),
    (r"combat(?=[\s-]+(?:aircraft|jet|plane|helicopter))", None, frozenset({"combat"})),
    (r"heavy[\s-]?lift", None, frozenset({"heavy", "transport"})),
    (r"(?:air)?lifters?|cargo", None, frozenset({"transport"})),
    (r"transports?", None, frozenset({"transport"})),
    (r"trainers?", None, frozenset({"trainer"})),
    (
        r"tankers?(?=[\s-]+(?:aircraft|plane|jet))|aerial[\s-]+refuel(?:l?ing)?",
        None,
        frozenset({"tanker"}),
    ),
    (r"AEW(?:&C)?|AWACS|early[\s-]+warning", None, frozenset({"aew"})),
    (r"utility", None, frozenset({"utility"})),
    (r"light[\s-]+tanks?", frozenset({"tank"}), frozenset({"light-tank"})),
    (r"short[\s-]range", None, frozenset({"short-range"})),
    (r"medium[\s-]range", None, frozenset({"medium-range"})),
    (r"long[\s-]range", None, frozenset({"long-range"})),
    (r"heavy(?:[\s-]+class|[\s-]+duty)?", None, frozenset({"heavy"})),
    (r"medium(?:[\s-]+class|[\s-]+weight)?", None, frozenset({"medium"})),
    (r"light(?:[\s-]+class|[\s-]?weight)?", None, frozenset({"light"})),
    (r"MALE|medium[\s-]+altitude[\s,-]+long[\s-]+endurance", _DRONES, frozenset({"male"})),
    (r"HALE|high[\s-]+altitude[\s,-]+long[\s-]+endurance", _DRONES, frozenset({"hale"})),
    (r"mini|small", None, frozenset({"mini"})),
    (r"(?:NATO\s+)?class\s+(?:III|3)", None, frozenset({"nato-3"})),
    (r"(?:NATO\s+)?class\s+(?:II|2)", None, frozenset({"nato-2"})),
    (r"(?:NATO\s+)?class\s+(?:I|1)", None, frozenset({"nato-1"})),
    (r"tactical", None, frozenset({"tactical"})),
    (r"subsonic", None, frozenset({"subsonic"})),
    (r"supersonic", None, frozenset({"supersonic"})),
    (r"hypersonic", None, frozenset({"hypersonic"})),
    (r"single[\s-]engined?|one[\s-]engined?", None, frozenset({"single-engine"})),
    (r"(?:twin|two|dual)[\s-]engined?", None, frozenset({"twin-engine"})),
    (r"fixed[\s-]wing", None, frozenset({"fixed-wing"})),
    (r"quad(?:copter|rotor)s?", frozenset({"uav"}), frozenset({"quadcopter"})),
    (r"hexa(?:copter|rotor)s?", frozenset({"uav"}), frozenset({"hexacopter"})),
    (r"octo(?:copter|rotor)s?", frozenset({"uav"}), frozenset({"octocopter"})),
    (r"multi[\s-]?(?:copter|rotor)s?", frozenset({"uav"}), frozenset({"multirotor"})),
    (
        r"loitering[\s-]+munitions?|kamikaze[\s-]+drones?|suicide[\s-]+drones?",
        frozenset({"loitering-munition"}),
        frozenset(),
    ),
    (r"(?:armed|combat)[\s-]+(?:drones?|UAVs?)|UCAVs?", _DRONES, frozenset({"armed"})),
    (
        r"unmanned[\s-]+aerial[\s-]+(?:vehicles?|systems?)(?:[\s-]+systems?)?|unmanned[\s-]+aircraft"
        r"(?:[\s-]+systems?)?|UAVs?|UASs?|RPAS|drones?",
        _DRONES,
        frozenset(),
    ),
    (r"unmanned(?:[\s-]+systems?)?", _DRONES, frozenset()),
    (r"helicopters?|choppers?|rotorcraft", frozenset({"helicopter"}), frozenset()),
    (r"(?:air|war)?planes?|airplanes?|jets?", frozenset({"aircraft"}), frozenset()),
    (r"aircraft|airframes?", _FLYING - {"loitering-munition"}, frozenset()),
    (r"main[\s-]+battle[\s-]+tanks?|MBTs?", frozenset({"tank"}), frozenset({"mbt"})),
    (r"tanks?", frozenset({"tank"}), frozenset()),
    (
        r"(?:armou?red[\s-]+)?personnel[\s-]+carriers?|APCs?",
        frozenset({"armoured-vehicle"}),
        frozenset({"apc"}),
    ),
    (
        r"infantry[\s-]+fighting[\s-]+vehicles?|IFVs?",
        frozenset({"armoured-vehicle"}),
        frozenset({"ifv"}),
    ),
    (
        r"MRAPs?|(?:mine(?:\s*/\s*blast)?|blast)[\s-]+(?:resistant|protected)"
        r"(?:[\s-]+ambush[\s-]+protected)?",
        None,
        frozenset({"mrap"}),
    ),
    (r"wheeled|\d+x\d+|\d+×\d+", None, frozenset({"wheeled"})),
    (r"tracked", None, frozenset({"tracked"})),
    (
        r"armou?red(?:[\s-]+(?:fighting|combat|tactical))?[\s-]+(?:vehicles?|cars?)|AFVs?",
        _ARMOUR,
        frozenset(),
    ),
    (r"armou?red", _ARMOUR, frozenset()),
    # "the Marauder protected vehicle": a protected vehicle is an armoured one, no class said
    (r"protected(?=[\s-]+vehicles?)", _ARMOUR, frozenset()),
    (r"self[\s-]propelled", None, frozenset({"self-propelled"})),
    (r"towed", None, frozenset({"towed"})),
    (r"howitzers?|artillery(?:[\s-]+systems?)?", _GUNS, frozenset()),
    # a gun: a field or self-propelled gun, an anti-aircraft gun, a naval gun
    (r"(?:field[\s-]+)?guns?", _GUNS | {"air-defence", "gun"}, frozenset()),
    (
        r"(?:multiple[\s-]+)?rocket[\s-]+launchers?|MLRS|MRLs?|rocket[\s-]+artillery",
        frozenset({"rocket-artillery"}),
        frozenset(),
    ),
    # a launcher or a battery of rockets, missiles or guns: "HIMARS launchers", "Patriot batteries"
    (r"launchers?|batter(?:y|ies)", _GUNS | {"air-defence", "missile"}, frozenset()),
    (
        r"(?:anti[\s-]aircraft|air[\s-]defen[cs]e|surface[\s-]to[\s-]air)"
        r"(?:[\s-]+(?:missiles?|guns?|artillery))?(?:[\s-]+systems?)?|SAMs?",
        frozenset({"air-defence"}),
        frozenset(),
    ),
    (
        r"anti[\s-]tank(?:[\s-]+guided)?(?:[\s-]+missiles?)?|ATGMs?",
        frozenset({"missile"}),
        frozenset({"anti-tank"}),
    ),
    (r"cruise[\s-]+missiles?", frozenset({"missile"}), frozenset({"cruise"})),
    (r"ballistic[\s-]+missiles?", frozenset({"missile"}), frozenset({"ballistic"})),
    (r"missiles?", frozenset({"missile", "air-defence"}), frozenset()),
    (
        r"(?:war)?ships?|vessels?|boats?|frigates?|corvettes?|destroyers?",
        _SHIPS - {"submarine"},
        frozenset(),
    ),
    (r"submarines?", frozenset({"submarine"}), frozenset()),
    (r"radars?", frozenset({"radar"}), frozenset()),
    (r"vehicles?", _ARMOUR | _GUNS | _DRONES | {"air-defence"}, frozenset()),
    (r"military|systems?|platforms?|models?|weapons?|equipment", None, frozenset()),
]
_PATTERN = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?P<t{i}>{p})" for i, (p, _, _) in enumerate(_TERMS)) + r")"
    r"(?:[\s-]+class)?(?![\w])",
    re.IGNORECASE,
)
_UPPER_ONLY = frozenset({"male", "hale", "sam", "sams"})
_COMPOUND_MODIFIER = re.compile(r"-[a-z]+(?:ing|ed)\b")
"""A participle hyphened to a role noun makes an adjective ("radar-evading", "missile-armed",
"drone-carrying"): the noun is then what the thing evades or carries, not what it is."""


@dataclass(frozen=True, slots=True)
class RolePart:
    """One term of a run: "heavy-class", "unmanned aerial vehicle"."""

    start: int
    end: int
    categories: frozenset[str] | None
    """Dataset categories the term fits; None if it names no category ("multi-role")."""
    tags: frozenset[str]


@dataclass(frozen=True, slots=True)
class RoleMention:
    """A run of category, role and class words ("heavy-lift military transport aircraft")."""

    start: int
    end: int
    text: str
    parts: tuple[RolePart, ...]

    @property
    def categories(self) -> frozenset[str] | None:
        """The categories the run fits, the head noun deciding; None if it names none."""
        fitting = [p.categories for p in self.parts if p.categories is not None]
        if not fitting:
            return None
        return frozenset.intersection(*fitting) or fitting[-1]

    @property
    def tags(self) -> frozenset[str]:
        return frozenset().union(*(p.tags for p in self.parts))

    @property
    def generic(self) -> bool:
        """True if it is only words like "system" or "military", which assert nothing."""
        return all(p.categories is None and not p.tags for p in self.parts)


def _terms(text: str) -> Iterator[RolePart]:
    for match in _PATTERN.finditer(text):
        index = int(str(match.lastgroup)[1:])  # the groups are exactly the terms' t0, t1, …
        surface = match.group(f"t{index}")
        if surface.lower() in _UPPER_ONLY and not surface.isupper():
            continue  # "male", "hale" and "sam" are ordinary words in lower case
        if _COMPOUND_MODIFIER.match(text, match.end()):
            continue
        _, categories, tags = _TERMS[index]
        yield RolePart(match.start(), match.end(), categories, tags)


def find_roles(text: str) -> list[RoleMention]:
    """Runs of adjacent role words in `text`, left to right."""
    return list(_roles_of(text))


@functools.lru_cache(maxsize=256)
def _roles_of(text: str) -> tuple[RoleMention, ...]:
    """`find_roles`, remembered for the last texts read: the stages, the finder, the
    antecedents and the role verifier each ask about the same claim text."""
    runs: list[list[RolePart]] = []
    for part in _terms(text):
        if runs and re.fullmatch(r"[\s-]{0,3}", text[runs[-1][-1].end : part.start]):
            runs[-1].append(part)
        else:
            runs.append([part])
    return tuple(
        RoleMention(r[0].start, r[-1].end, text[r[0].start : r[-1].end], tuple(r)) for r in runs
    )


def with_article(phrase: str) -> str:
    """ "a multirole fighter", "an armoured vehicle", "a MALE UAV", "an MRAP"."""
    word = phrase.split()[0] if phrase.split() else ""
    spelt = word.isupper() and len(word) > 1 and not (len(word) >= 4 and word[1] in "AEIOU")
    # read letter by letter: "an MRAP", "a UAV"; but as a word: "a MALE UAV", "a NATO …"
    vowel = word[0] in "AEFHILMNORSX" if spelt else word[:1].lower() in "aeiou"
    return ("an " if vowel else "a ") + phrase


_TAG_LABELS = {
    "mbt": "main battle tank",
    "light-tank": "light tank",
    "male": "MALE",
    "hale": "HALE",
}


def tag_label(tag: str) -> str:
    kept = ("fixed-wing", "single-engine", "twin-engine")
    return _TAG_LABELS.get(tag, tag.replace("-", " ") if tag not in kept else tag)


def category_label(category: str) -> str:
    """ "UAV", "armoured vehicle", "air defence system" for a dataset category."""
    labels = {"uav": "UAV", "air-defence": "air defence system"}
    return labels.get(category, category.replace("-", " "))


def implied(tags: frozenset[str]) -> frozenset[str]:
    """Tags with what they imply: multirole → fighter → combat; MALE → fixed-wing; …"""
    out = set(tags)
    for tag in tags:
        out |= _IMPLIES.get(tag, frozenset())
    return frozenset(out)


def axis_of(tag: str) -> str | None:
    return next((name for name, members in AXES.items() if tag in members), None)


@functools.lru_cache(maxsize=1 << 12)
def tags_of(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(categories, tags) a dataset phrase such as "4x4 wheeled armoured vehicle" asserts."""
    categories: set[str] = set()
    tags: set[str] = set()
    for run in find_roles(text):
        if run.categories:
            categories |= run.categories
        tags |= run.tags
    return frozenset(categories), implied(frozenset(tags))

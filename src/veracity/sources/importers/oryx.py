"""Read system names and countries of origin from the Oryx-derived table of equipment losses.

The table (`system,origin_country,operator_country,...`; see docs/data.md) names each system
as Oryx's lists do: with calibre, quotes and a descriptor ("152mm 2S19 Msta-S",
"'Orlan-20' ''Kartograf'' reconnaissance UAV", "Su-34 strike aircraft"). Here each name is
cleaned to the designation the press uses ("2S19 Msta-S", "Orlan-20 Kartograf", "Su-34") and,
where the descriptor says what it is, given a category. Loss counts are not read: they are
incomplete and must not be used as figures. Unidentified items ("Unknown T-72"), components
("9A317 TELAR (for Buk-M2)"), modifications ("MT-LB with ZU-23") and soft-skin vehicles are
skipped.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ORYX_SOURCES", "OryxSystem", "clean_name", "read_oryx"]

ORYX_SOURCES = (
    "https://www.oryxspioenkop.com",
    "https://github.com/scarnecchia/oryx_data",
)

_QUOTES = re.compile(r"[\"'‘’“”]+")
_ESCAPED = re.compile(r"<U\+([0-9A-Fa-f]{4})>")
_PARENTHESES = re.compile(r"\([^)]*\)")
# Cyrillic letters the table mixes into designations ("М1064А3", "9С932"), transliterated
_CYRILLIC = str.maketrans(
    {
        **dict(zip("АВЕКМНОРСТУ", "AVEKMNORSTU", strict=True)),
        **dict(zip("авекмнорсту", "avekmnorstu", strict=True)),
        "Х": "Kh",
        "х": "kh",
    }
)
_CALIBRE = re.compile(r"^\d+(?:\.\d+)?mm\s+")
_MODEL_YEAR = re.compile(r"\s+Obr\.\s*\d{4}$")
_ACRONYMS = frozenset(
    {"UAV", "UCAV", "MRL", "MRLS", "IFV", "APC", "AFV", "SAM", "ATGM", "TEL", "TELAR", "TLAR"}
    | {"IMV", "MRAP", "UGV", "SPG", "SPAAG", "AA"}
)
_SKIP = re.compile(
    r"^(?:unknown|\(unknown\)|na$)|\(for |\bfor \w|\bwith\b|\band\b|\bor\b|/(?:mig|su)|"
    r"based|\bfrom\b|transporter|tractor|counter-u|anti-drone|"
    r"control station|target drone|\bcomponent\b|\bof the\b|truck|tanker\b|jeep|van\b|ambulance|"
    r"excavator|crane|pontoon|bridge|trailer|transloader|reloader|loader|generator|workshop|"
    r"power|command|signals|communication|radio|station|vehicle for",
    re.IGNORECASE,
)
# (pattern on the whole lower-cased name, category, role); first match wins
_KINDS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(pattern), category, role)
    for pattern, category, role in (
        (r"loitering munition|kamikaze", "loitering-munition", "loitering munition"),
        (r"\bucav\b", "uav", "UCAV"),
        (r"reconnaissance uav", "uav", "reconnaissance UAV"),
        (r"\buav\b|\bdrone\b", "uav", "UAV"),
        (r"attack helicopter", "helicopter", "attack helicopter"),
        (r"helicopter", "helicopter", "helicopter"),
        (r"^(?!.*anti-aircraft).*\b(?:aircraft|fighter|bomber)$", "aircraft", "aircraft"),
        (r"mine[- ]clearing|recovery|engineering|bridge|trench", "", ""),
        (r"radar", "radar", "radar"),
        (
            r"\bsam\b|air defen[cs]e|anti-aircraft|\baa gun|shilka|\bosa\b|strela|tunguska",
            "air-defence",
            "air-defence system",
        ),
        (
            r"\bmrls?\b|rocket launcher|\bgrad\b|uragan|smerch|tornado",
            "rocket-artillery",
            "multiple rocket launcher",
        ),
        (
            r"howitzer|field-gun|gun-howitzer|self-propelled gun|mortar|anti-tank gun|\b2s\d",
            "artillery",
            "artillery",
        ),
        (r"^t-\d|\btank\b|leopard|challenger|abrams", "tank", "tank"),
        (
            r"\bifv\b|infantry fighting|^bmp|^bmd|^bwp|^cv90",
            "armoured-vehicle",
            "infantry fighting vehicle",
        ),
        (
            r"\bapc\b|^btr|^mt-lb|armou?red personnel",
            "armoured-vehicle",
            "armoured personnel carrier",
        ),
        (
            r"\bmrap\b|\bimv\b|\bafv\b|armou?red|^brdm|^brm|reconnaissance vehicle",
            "armoured-vehicle",
            "armoured vehicle",
        ),
        (r"submarine", "submarine", "submarine"),
        (
            r"corvette|frigate|(?<!land )cruiser|patrol boat|landing (?:ship|craft)|-class|tugboat",
            "ship",
            "ship",
        ),
        (r"\batgm\b|konkurs|fagot|kornet|javelin|stugna", "missile", "anti-tank missile"),
    )
)


@dataclass(slots=True)
class OryxSystem:
    """A cleaned Oryx name with what the table says of it."""

    name: str
    category: str
    role: str
    origins: set[str] = field(default_factory=set)
    """Country-of-origin names as the table gives them ("Soviet Union", "Turkey")."""
    spellings: set[str] = field(default_factory=set)
    """The raw names it was cleaned from."""


def clean_name(raw: str) -> str:
    """The designation inside an Oryx name: "152mm 2S19 Msta-S howitzer" -> "2S19 Msta-S"."""
    name = _ESCAPED.sub(lambda m: chr(int(m[1], 16)), raw).translate(_CYRILLIC)
    name = _PARENTHESES.sub(" ", _QUOTES.sub(" ", name))
    name = _CALIBRE.sub("", " ".join(name.split()))
    name = _MODEL_YEAR.sub("", name)
    tokens = name.split()
    while len(tokens) > 1 and tokens[0].islower():
        tokens.pop(0)  # "howitzer M1938", "self-propelled gun M1064A3"
    while len(tokens) > 1 and (
        tokens[-1].islower() or tokens[-1] in _ACRONYMS or tokens[-1].lower() == "class"
    ):
        tokens.pop()
    name = " ".join(tokens)
    return re.sub(r"-class$", "", name).strip(" ,:;")


def _kind(raw: str) -> tuple[str, str]:
    lowered = raw.lower()
    for pattern, category, role in _KINDS:
        if pattern.search(lowered):
            return category, role
    return "", ""


def read_oryx(path: Path) -> list[OryxSystem]:
    """Systems named in the table, one per cleaned name, sorted; uncategorised ones included
    with an empty category (they can still add a spelling to a known system)."""
    systems: dict[str, OryxSystem] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            raw = (row.get("system") or "").strip()
            if not raw or _SKIP.search(_ESCAPED.sub("", raw)):
                continue
            name = clean_name(raw)
            if len(name) < 2 or not any(c.isdigit() or c.isupper() for c in name):
                continue
            category, role = _kind(raw)
            system = systems.setdefault(name, OryxSystem(name, category, role))
            if category and not system.category:
                system.category, system.role = category, role
            system.spellings.add(raw)
            origin = (row.get("origin_country") or "").strip()
            if origin:
                system.origins.add(origin)
    return [systems[name] for name in sorted(systems)]

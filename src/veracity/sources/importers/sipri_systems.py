"""Derive weapon-system rows from the SIPRI trade register (the `arms-transfers` dataset).

One row per SIPRI designation and category (SIPRI reuses a few names across categories: "Lynx"
is a helicopter, a rocket launcher and an armoured car), and within a category one for the
vehicles that support others (`sipri_categories.supports`: "Buffel" is an APC and an armoured
recovery vehicle). What SIPRI gives is derived, and the row's note says how:

- category and role from SIPRI's weapon description (`sipri_categories`), the most frequent one;
- origin: the supplier of the first new-built units. Second-hand transfers (status or comments),
  unknown and non-state suppliers, and records whose comments say the units were produced under
  licence in the supplier's own country are skipped; a licensed producer is not the origin, the
  licensor is ("produced under licence in Kazakhstan as Arlan" on a South African supply). When
  that supplier is a former state (the Soviet Union), it goes to `origin_historical` and `origin`
  takes the first successor state that later supplied new units (Russia for the Mi-17, Ukraine
  for the An-26), if any;
- variants: names SIPRI's comments give ("Su-30SM version", "Kazakh designation Nayza",
  "produced under licence in India as Chetak"), and the countries of licensed production.

Generic designations ("aircraft engine", "vehicle engine") are not systems and are skipped.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from veracity.sources.importers.sipri_categories import category_of, supports
from veracity.sources.names import name_key

__all__ = ["SipriSystem", "derive_systems", "is_generic", "variants_in"]

_SECOND_HAND = re.compile(r"second[- ]hand|\bex-[A-Z]", re.IGNORECASE)
_LICENSED_IN = re.compile(
    r"(?i:produced|assembled|assembly|production|built)[^;]*?\bin (?P<country>[A-Z][\w'-]*"
    r"(?: [A-Z][\w'-]*)*)(?: as (?P<names>[^;()]+))?"
)
_LICENCE = re.compile(r"licen[cs]e", re.IGNORECASE)
_DESIGNATION = re.compile(r"\b[A-Z][\w-]*(?: [A-Z][a-z]+)? designation (?P<names>[^;()]+)")
_SPLIT = re.compile(r"\s+(?:or|and|and/or)\s+|,\s*")
_HEAD = re.compile(r"^\D*\d+")
_SIBLING = re.compile(r"[a-z]{1,2}")
"""The version letters after a designation's number ("e" of "f5e"): a sibling has others."""


@dataclass(frozen=True, slots=True)
class SipriSystem:
    designation: str
    category: str
    role: str
    description: str
    """SIPRI's most frequent description of it."""
    records: int
    first_order_year: int
    origin: tuple[str, ...]
    origin_historical: tuple[str, ...]
    origin_note: str
    variants: tuple[str, ...]
    licensed_in: tuple[str, ...]


def is_generic(designation: str) -> bool:
    """SIPRI's placeholders for unnamed items: "aircraft engine", "vehicle engine"."""
    return not any(c.isupper() or c.isdigit() for c in designation)


def _clean(name: str) -> str | None:
    name = re.sub(r"\s+(?:version|[Cc]lass)$", "", name.strip().strip("'\"").strip())
    if not name or len(name) > 30 or len(name.split()) > 4:
        return None
    if not any(c.isupper() or c.isdigit() for c in name):
        return None
    return name


def _related(candidate: str, designation: str) -> bool:
    """True if `candidate` reads as a variant of `designation` ("Su-30SM" of "Su-30MK")."""
    a, b = name_key(candidate), name_key(designation)
    head = _HEAD.match(b)
    stem = head.group() if head and len(head.group()) >= 3 else name_key(designation.split()[0])
    if re.search(r"\ds$", candidate) or b.startswith(a):
        return False  # "F-16s" is a plural, "Sea" a fragment of "Sea Fury"
    number = head.group() if head else ""
    if number and a.startswith(number) and _SIBLING.fullmatch(a[len(number) :]):
        # "F-5F" of "F-5E Tiger-2": the same number with other version letters, a sibling
        # even where the number is too short a stem to go by ("F-1" is no "F-16")
        return bool(_SIBLING.match(b[len(number) :])) or (len(stem) >= 2 and a.startswith(stem))
    return len(stem) >= 2 and a.startswith(stem)


def variants_in(designation: str, comments: str) -> tuple[list[str], list[str]]:
    """(variant names, countries of licensed production) that SIPRI's comments give."""
    names: list[str] = []
    countries: list[str] = []
    for segment in comments.split(";"):
        if re.search(r"\bversions?\b", segment):
            for token in re.findall(r"[A-Za-z0-9][\w\-/.]*\w", segment):
                if _related(token, designation) and (name := _clean(token)):
                    names.append(name)
        for match in _DESIGNATION.finditer(segment):
            names += [n for part in _SPLIT.split(match["names"]) if (n := _clean(part))]
        if _LICENCE.search(segment):
            for match in _LICENSED_IN.finditer(segment):
                countries.append(match["country"])
                if match["names"]:
                    names += [n for part in _SPLIT.split(match["names"]) if (n := _clean(part))]
    return names, countries


def _usable(row: Mapping[str, Any], iso3: Callable[[str], str | None]) -> bool:
    """A record that shows where new units come from."""
    comments = row["comments"] or ""
    if row["status"] != "New" or _SECOND_HAND.search(comments):
        return False
    supplier = row["supplier"]
    if supplier.endswith("*") or supplier.startswith("unknown"):
        return False
    if _LICENCE.search(comments):
        for match in _LICENSED_IN.finditer(comments):
            if row["supplier_iso3"] and iso3(match["country"]) == row["supplier_iso3"]:
                return False  # built under licence by the supplier itself
    return True


def _origin(
    rows: list[Mapping[str, Any]],
    iso3: Callable[[str], str | None],
    successors: Mapping[str, tuple[str, ...]],
) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    usable = sorted(
        (r for r in rows if _usable(r, iso3)), key=lambda r: (r["year_of_order"], r["supplier"])
    )
    if not usable:
        return (), (), "origin not derived: SIPRI records no new-built units from a known state"
    year = usable[0]["year_of_order"]
    first = sorted({r["supplier"] for r in usable if r["year_of_order"] == year})
    codes = sorted(
        {r["supplier_iso3"] for r in usable if r["year_of_order"] == year and r["supplier_iso3"]}
    )
    historical = tuple(s for s in first if s in successors)
    note = f"origin: first new-built units supplied by {' and '.join(first)} (ordered {year})"
    for state in historical:
        heirs = [
            r for r in usable if r["supplier_iso3"] in successors[state] and r["supplier"] != state
        ]
        if heirs:
            codes = sorted({*codes, heirs[0]["supplier_iso3"]})
            note += (
                f"; {state} no longer exists: new units later supplied by {heirs[0]['supplier']} "
                f"(ordered {heirs[0]['year_of_order']})"
            )
    return tuple(codes), historical, note


def derive_systems(
    rows: Iterable[Mapping[str, Any]],
    iso3: Callable[[str], str | None],
    successors: Mapping[str, tuple[str, ...]],
) -> tuple[list[SipriSystem], list[str]]:
    """System rows from the register, sorted; and the descriptions the category table lacks."""
    groups: dict[tuple[str, str, bool], list[Mapping[str, Any]]] = defaultdict(list)
    unmapped: set[str] = set()
    for row in rows:
        if is_generic(row["designation"]):
            continue
        mapped = category_of(row["description"])
        if mapped is None:
            unmapped.add(row["description"])
            mapped = ("other", row["description"])
        groups[(row["designation"], mapped[0], supports(mapped[1]))].append(row)
    systems = []
    for (designation, category, _), group in sorted(groups.items()):
        descriptions = Counter(r["description"] for r in group)
        description = min(descriptions, key=lambda d: (-descriptions[d], d))
        role = (category_of(description) or (category, description))[1]
        origin, historical, note = _origin(group, iso3, successors)
        variants: dict[str, str] = {}
        licensed: set[str] = set()
        for row in group:
            names, countries = variants_in(designation, row["comments"] or "")
            for name in names:
                if name_key(name) != name_key(designation):
                    variants.setdefault(name_key(name), name)
            licensed.update(code for c in countries if (code := iso3(c)))
        systems.append(
            SipriSystem(
                designation=designation,
                category=category,
                role=role,
                description=description,
                records=len(group),
                first_order_year=min(r["year_of_order"] for r in group),
                origin=origin,
                origin_historical=historical,
                origin_note=note,
                variants=tuple(sorted(variants.values(), key=str.casefold)),
                licensed_in=tuple(sorted(licensed - set(origin))),
            )
        )
    return systems, sorted(unmapped)

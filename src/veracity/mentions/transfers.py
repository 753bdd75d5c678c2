"""The SIPRI arms-transfer rows a weapon system refers to, and how to say what they hold.

SIPRI often files a system under another name: the Su-30SM is `Su-30MK` with the comment
"Su-30SM version", the Arlan is `Marauder` "Produced under licence in Kazakhstan as Arlan". A row
matches a system when

* its designation is one of the system's own names (``direct``): always;
* its designation extends one of them, as "Leopard-2A4" extends "Leopard 2" (``family``): unless
  the comment names a version that is not the system ("Tor-M2K version" is no Tor-M1);
* its designation is only in the system's `sipri_names` (``sipri``): only if the comment names
  the system ("Su-30SM version", "as Arlan"); SIPRI's Su-30MK rows for Viet Nam are Su-30MK2V.
  A support vehicle (recovery, engineer, bridgelayer: `sipri_categories.supports`) is
  the exception: SIPRI files it under a name it shares, and its role says which rows are its own.

A row of a support role is never a system of another role, nor the reverse: SIPRI's "Buffel"
rows are the German Bergepanzer 3 ARV where they say "armoured recovery vehicle" and the South
African MRAP where they say "APC".

`first_record` bounds what a part of the register can lack: the earliest year of order of any
record the system's rows may come from in the whole register, from the catalogue's
`first_order_year` of every designation that may be the system's (the comments aside, so the
bound errs early). A weapon first ordered within the part's years has all its records in it.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from veracity.findings import Evidence
from veracity.mentions.catalog import Entity, catalog
from veracity.mentions.places import country_name, join_names
from veracity.sources.coverage import coverage
from veracity.sources.importers.sipri_categories import category_of, supports
from veracity.sources.names import name_key
from veracity.sources.registry import Sources
from veracity.sources.sipri import not_yet_ordered

__all__ = ["DATASET", "Transfer", "TransferIndex", "buyer_designations", "describe", "transfers"]

DATASET = "arms-transfers"
_VERSION = re.compile(r"([\w\-/.]+(?:\s+[\w\-/.]+){0,2})\s+version\b", re.IGNORECASE)
_LOCAL_NAME = re.compile(r"\b(?:as|designation)\s+([A-Z][\w\-]*(?:\s+[A-Z0-9][\w\-]*)?)")
_DESIGNATION = re.compile(r"\bdesignation\s+([A-Z][\w\-]*(?:\s+[A-Z0-9][\w\-]*)?)")
"""SIPRI's "Russian designation Geran-2": the buyer's own name of what it ordered."""

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Transfer:
    """One SIPRI row matched to a system."""

    row: Row
    how: Literal["direct", "family", "sipri"]
    version: str
    """The version or local name SIPRI's comment gives, if any."""

    @property
    def id(self) -> str:
        return str(self.row["id"])


@dataclass(frozen=True, slots=True)
class _Keys:
    """The name keys a system's SIPRI rows are matched by."""

    identity: tuple[str, ...]
    own: frozenset[str]
    """Keys of the system's name and aliases."""
    prefixes: tuple[str, ...]
    """Those of three characters or more, which a family designation may extend."""
    sipri: frozenset[str]
    """Keys of the designations SIPRI files the system under."""

    @classmethod
    def of(cls, system: Entity) -> _Keys:
        aliases, sipri = system.aliases, system.values("sipri_names")
        own = frozenset(name_key(a) for a in aliases)
        return cls(
            (system.kind, system.id, *aliases, "|", *sipri),
            own,
            tuple(k for k in own if len(k) >= 3),
            frozenset(name_key(n) for n in sipri),
        )


@functools.lru_cache(maxsize=1 << 14)
def _named(comment: str) -> tuple[str, ...]:
    """The versions and local names a SIPRI comment gives (comments repeat across rows)."""
    found: list[str] = []
    for part in comment.split(";"):
        for match in _VERSION.finditer(part):
            words = match.group(1).split()
            found.extend(" ".join(words[-n:]) for n in range(1, len(words) + 1))
        found.extend(m.group(1) for m in _LOCAL_NAME.finditer(part))
    return tuple(found)


_KINDRED = [
    frozenset({"air-defence", "missile"}),  # a SAM system and its missiles share a name
    frozenset({"artillery", "rocket-artillery"}),
    frozenset({"radar", "sensor"}),
    frozenset({"gun", "air-defence"}),  # anti-aircraft guns
]


@lru_cache(maxsize=1024)
def _same_kind(category: str, description: str) -> bool:
    """A SIPRI row whose description is of the system's category (or a kindred one): names are
    shared across kinds, and a row of another kind is about another weapon."""
    found = category_of(description)
    if not category or category == "other" or found is None:
        return True
    if found[0] == "other":  # torpedoes and the like; the catalogue files torpedoes as missiles
        return category == "missile"
    return found[0] == category or any({category, found[0]} <= pair for pair in _KINDRED)


@lru_cache(maxsize=1024)
def _support_row(description: str) -> bool:
    """A SIPRI row about a vehicle that supports others (an ARV, a bridgelayer)."""
    found = category_of(description)
    return found is not None and supports(found[1])


class TransferIndex:
    """SIPRI rows by designation key, matched to systems on demand (each system once)."""

    def __init__(self, sources: Sources) -> None:
        self.sources = sources
        self.present = DATASET in sources
        self._owners: dict[str, set[str]] | None = None
        self.by_recipient: dict[str, list[Row]] = defaultdict(list)
        self.by_designation: dict[str, list[Row]] = defaultdict(list)
        if self.present:
            for row in sources.dataset(DATASET):
                self.by_designation[name_key(str(row.get("designation") or ""))].append(row)
                self.by_recipient[str(row.get("recipient_iso3") or "")].append(row)
        self._keys = sorted(self.by_designation)
        self._matched: dict[tuple[str, ...], list[Transfer]] = {}
        self._first: tuple[dict[str, int], list[str]] | None = None

    def match(self, system: Entity, row: Row) -> Transfer | None:
        """`row` read as a transfer of `system`, or None when it is about something else."""
        designation = name_key(str(row.get("designation") or ""))
        return self._match(system, _Keys.of(system), designation, row)

    def _match(self, system: Entity, keys: _Keys, designation: str, row: Row) -> Transfer | None:
        description = str(row.get("description") or "")
        if not _same_kind(system.text("category"), description):
            return None  # "Viper" is the F-16's nickname and a turbojet; "Maverick" an APC
        support = _support_row(description)
        role = system.text("role")
        if role and support != supports(role):
            return None  # the recovery vehicle that shares the name of an APC is another weapon
        named = _named(str(row.get("comments") or ""))
        mine = [n for n in named if any(name_key(n).startswith(k) for k in keys.prefixes)]
        version = mine[-1] if mine else (named[0] if named else "")
        if designation in keys.own:
            return Transfer(row, "direct", version)
        prefixes = [k for k in keys.prefixes if designation.startswith(k)]
        if prefixes:
            rest = designation[len(max(prefixes, key=len)) :]
            if any(c.isdigit() for c in rest) and self._other_system(system, designation):
                return None  # "Leopard-2A6" extends "Leopard 2" by a variant with its own row
            return Transfer(row, "family", version) if mine or not named else None
        if designation in keys.sipri and (mine or (support and supports(role))):
            return Transfer(row, "sipri", version)
        return None

    def _other_system(self, system: Entity, designation: str) -> bool:
        """Another catalogue system has this designation as one of its own names."""
        if self._owners is None:
            owners: dict[str, set[str]] = defaultdict(set)
            for entity in catalog(self.sources):
                if entity.kind == "system":
                    for name in (*entity.aliases, *entity.values("sipri_names")):
                        owners[name_key(name)].add(entity.id)
            self._owners = owners
        found = self._owners.get(designation, set())
        return bool(found) and system.id not in found

    def first_record(self, system: Entity) -> int | None:
        """The earliest year of order of any record of the whole register that may be about
        `system`: the least `first_order_year` the catalogue gives a designation that is one of
        its names, one SIPRI files it under, or one extending its names. None when the catalogue
        was not derived from the whole register this dataset is a part of, or knows none."""
        first, keys = self._first_years()
        if not first:
            return None
        own = _Keys.of(system)
        found = {k for k in own.own | own.sipri if k in first}
        for prefix in own.prefixes:
            at = bisect.bisect_left(keys, prefix)
            while at < len(keys) and keys[at].startswith(prefix):
                found.add(keys[at])
                at += 1
        return min((first[k] for k in found), default=None)

    def _first_years(self) -> tuple[dict[str, int], list[str]]:
        """The catalogue's first year of order per SIPRI designation key, and the keys sorted;
        empty unless the catalogue counts every record of the register held in part here."""
        if self._first is None:
            first: dict[str, int] = {}
            if self.present and "systems" in self.sources:
                part = coverage(self.sources, DATASET)
                derived = coverage(self.sources, "systems").derived_rows
                if part.whole_rows is not None and (derived or 0) >= part.whole_rows:
                    for entity in catalog(self.sources):
                        year = entity.text("first_order_year")
                        if entity.kind != "system" or not year.isdigit():
                            continue
                        for name in entity.values("sipri_names"):
                            key = name_key(name)
                            first[key] = min(first.get(key, int(year)), int(year))
            self._first = (first, sorted(first))
        return self._first

    def _candidates(self, keys: _Keys) -> Iterator[tuple[str, Row]]:
        """Rows whose designation is one of the keys or extends one of the system's own names
        (a bisection in the sorted designations per name, never a scan of the register)."""
        found: set[str] = {k for k in keys.own | keys.sipri if k in self.by_designation}
        for prefix in keys.prefixes:
            at = bisect.bisect_left(self._keys, prefix)
            while at < len(self._keys) and self._keys[at].startswith(prefix):
                found.add(self._keys[at])
                at += 1
        for designation in found:
            for row in self.by_designation[designation]:
                yield designation, row

    def of(self, system: Entity, recipient: str | None = None) -> list[Transfer]:
        """Rows about `system`, optionally only those to one recipient (ISO alpha-3)."""
        keys = _Keys.of(system)
        matched = self._matched.get(keys.identity)
        if matched is None:
            found = (self._match(system, keys, key, row) for key, row in self._candidates(keys))
            matched = sorted(
                (m for m in found if m is not None),
                key=lambda m: (m.row.get("year_of_order") or 0, m.id),
            )
            self._matched[keys.identity] = matched
        if recipient is None:
            return list(matched)
        return [m for m in matched if str(m.row.get("recipient_iso3") or "") == recipient]

    def related(self, system: Entity, recipient: str, supplier: str) -> list[Row]:
        """Rows from `supplier` to `recipient` of a variant the catalogue lists apart, whose
        designation extends one of the system's names ("MIM-104 PAC-2" for the Patriot)."""
        own = [k for k in (name_key(a) for a in system.aliases) if len(k) >= 3]
        return [
            row
            for row in self.by_recipient.get(recipient, [])
            if row.get("supplier_iso3") == supplier
            and any(name_key(str(row.get("designation") or "")).startswith(k) for k in own)
        ]

    def evidence(self, transfer: Transfer, detail: str = "") -> Evidence:
        table = self.sources.dataset(DATASET)
        meta = table.meta
        return Evidence(
            meta.id,
            transfer.id,
            table.row_url(transfer.row),
            meta.retrieved,
            detail or describe(transfer.row),
        )


def _q(row: Row, column: str) -> str:
    return "?" if row.get(f"{column}_uncertain") else ""


def describe(row: Row) -> str:
    """One SIPRI row in words, SIPRI's uncertainty marks kept as "?"."""
    recipient = row.get("recipient") or country_name(str(row.get("recipient_iso3")))
    supplier = row.get("supplier") or country_name(str(row.get("supplier_iso3")))
    ordered = row.get("number_ordered")
    number = f"{ordered}{_q(row, 'number_ordered')} " if ordered is not None else ""
    year = f"{row.get('year_of_order')}{_q(row, 'year_of_order')}"
    verb = "selected" if not_yet_ordered(row) else "ordered"
    text = f"{recipient} {verb} {number}{row.get('designation')} from {supplier} in {year}"
    delivered = row.get("number_delivered")
    years = [str(y) for y in row.get("years_of_delivery") or ()]
    if delivered:
        text += f"; {delivered}{_q(row, 'number_delivered')} delivered"
        text += f" in {join_names(years)}" if years else ""
    elif delivered == 0:
        text += "; none delivered yet"
    if row.get("comments"):
        text += f" ({row['comments']})"
    return text


def buyer_designations(row: Row) -> tuple[str, ...]:
    """The names the buyer gives what it ordered, as SIPRI's comment writes them ("Estonian
    designation Kou")."""
    return tuple(m.group(1) for m in _DESIGNATION.finditer(str(row.get("comments") or "")))


def uncertain(row: Row) -> list[str]:
    """SIPRI's uncertainty flags on a row, in words."""
    labels = {
        "number_ordered": "the number ordered",
        "year_of_order": "the year of order",
        "number_delivered": "the number delivered",
    }
    return [label for column, label in labels.items() if row.get(f"{column}_uncertain")]


def transfers(sources: Sources) -> TransferIndex:
    """The transfer index of these sources, built once."""
    return sources.derived("mentions.transfers", TransferIndex)

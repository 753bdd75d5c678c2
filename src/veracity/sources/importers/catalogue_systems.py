"""Build the `systems` rows: SIPRI-derived drafts, researched rows, Oryx spellings.

1. Every SIPRI designation becomes a draft (`sipri_systems`, `system_draft.from_sipri`).
2. Researched rows about the same system (same designation, or one naming the other) are
   merged, then matched to SIPRI by their `sipri_name`. A researched row is *the same system* as
   the SIPRI draft when one's name is among the other's names, or when it is the only row that
   claims that SIPRI name; it is *a variant with a row of its own* when SIPRI's comments name it
   as a variant of the SIPRI designation ("Su-30SM" of SIPRI's "Su-30MK", "Arlan" of
   "Marauder"). The same system: research wins for what it states; a variant: a new row
   that keeps SIPRI's designation in `sipri_names`.
3. Oryx names add press spellings to the system they name, an origin where none is known, and
   rows for categorised systems nobody else lists (Orlan-10, Lancet ...).
4. Makers are checked against the manufacturers table; names and ids are settled in
   `catalogue_names`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import Any

from veracity.sources.importers.catalogue_names import MakerTable, finish_rows
from veracity.sources.importers.oryx import ORYX_SOURCES, OryxSystem
from veracity.sources.importers.research import ResearchRow
from veracity.sources.importers.sipri_categories import supports
from veracity.sources.importers.sipri_systems import SipriSystem
from veracity.sources.importers.system_draft import (
    CATEGORY_NAMES,
    Draft,
    apply_research,
    from_sipri,
)
from veracity.sources.names import name_key

__all__ = ["build_systems"]

Warn = Callable[[str], None]


def _keys(names: Sequence[str]) -> set[str]:
    return {name_key(n) for n in names if name_key(n)}


def _group_research(rows: list[ResearchRow]) -> list[list[ResearchRow]]:
    """Researched rows about the same system (same designation key), in file order."""
    groups: dict[str, list[ResearchRow]] = {}
    for row in rows:
        groups.setdefault(name_key(row["designation"]), []).append(row)
    return list(groups.values())


def _pick(candidates: list[Draft], category: str | None, role: str) -> Draft | None:
    """The one draft of that name the research means: of its category, then of its kind of
    role (a support vehicle or not: SIPRI's "Buffel" is an APC and an ARV)."""
    if len(candidates) > 1 and category:
        candidates = [d for d in candidates if d.category == category]
    if len(candidates) > 1 and role:
        candidates = [d for d in candidates if supports(d.role or "") == supports(role)]
    return candidates[0] if len(candidates) == 1 else None


def _names(group: list[ResearchRow]) -> list[str]:
    return [n for r in group for n in (r["designation"], *r.list("aliases"))]


def _merge_research(
    drafts: list[Draft],
    research: list[ResearchRow],
    register: set[str],
    iso3: frozenset[str],
    warn: Warn,
) -> list[Draft]:
    by_key: dict[str, list[Draft]] = defaultdict(list)
    for draft in drafts:
        by_key[name_key(draft.name)].append(draft)
    claims: dict[int, list[list[ResearchRow]]] = defaultdict(list)
    alone: list[tuple[list[ResearchRow], str]] = []
    for group in _group_research(research):
        category = next((r["category"] for r in group if r["category"] in CATEGORY_NAMES), None)
        role = next((r["role"] for r in group if r["role"]), "")
        for row in group:
            if row["category"] and row["category"] not in CATEGORY_NAMES:
                warn(f"{row.origin}: category {row['category']!r} unknown: SIPRI's or 'other'")
        sipri_name = next((r["sipri_name"] for r in group if r["sipri_name"]), "")
        if sipri_name:
            target = _pick(list(by_key.get(name_key(sipri_name), [])), category, role)
        else:
            found = {id(d): d for n in _names(group) for d in by_key.get(name_key(n), [])}
            target = _pick(list(found.values()), category, role)
        if target is not None:
            claims[id(target)].append(group)
            continue
        note = ""
        if sipri_name and sipri_name not in register:
            warn(f"{group[0].origin}: sipri_name {sipri_name!r} is not in the SIPRI register")
            note = f"researched SIPRI name '{sipri_name}' not found in the SIPRI register"
        alone.append((group, note))
    extra: list[Draft] = []
    for draft in drafts:
        groups = claims.get(id(draft), [])
        same = [g for g in groups if name_key(draft.name) in _keys(_names(g))]
        variants = _keys(draft.variants)
        own = [g for g in groups if g not in same and name_key(g[0]["designation"]) in variants]
        rest = [g for g in groups if g not in same and g not in own]
        if same:  # other researchers' rows that share a name with the same system
            known = _keys([n for g in same for n in _names(g)])
            same += [g for g in rest if _keys(_names(g)) & known]
            rest = [g for g in rest if g not in same]
        merged = same or (rest if len(rest) == 1 else [])
        if merged:
            apply_research(draft, [r for g in merged for r in g], iso3)
        for group in [*own, *(g for g in rest if g not in merged)]:
            extra.append(_variant_row(draft, group, iso3))
    for group, note in alone:
        if not any(r["category"] for r in group):
            continue  # its facts were dropped for want of a source, and SIPRI has none either
        sipri_name = next((r["sipri_name"] for r in group if r["sipri_name"]), "")
        draft = Draft(name=group[0]["designation"], category="other")
        if sipri_name in register:
            draft.sipri_names = [sipri_name]
        apply_research(draft, group, iso3)
        if note:
            draft.notes.append(note)
        extra.append(draft)
    return drafts + extra


def _variant_row(family: Draft, group: list[ResearchRow], iso3: frozenset[str]) -> Draft:
    draft = Draft(name=group[0]["designation"], category=family.category)
    apply_research(draft, group, iso3)
    draft.sipri_names = list(family.sipri_names)
    draft.notes.append(f"SIPRI records it under the designation '{family.sipri_names[0]}'")
    if not draft.origin and (family.origin or family.origin_historical):
        draft.origin = list(family.origin)
        draft.origin_historical = list(family.origin_historical)
        draft.origin_basis = family.origin_basis
        draft.notes.append(f"origin as for '{family.name}'")
        draft.sources += [u for u in family.sources if u not in draft.sources][:1]
    return draft


def _oryx_origin(
    system: OryxSystem, country: Callable[[str], str | None], historical: set[str]
) -> tuple[set[str], set[str]]:
    codes = {c for name in system.origins if name not in historical and (c := country(name))}
    return codes, system.origins & historical


def _add_oryx(
    drafts: list[Draft],
    oryx: list[OryxSystem],
    country: Callable[[str], str | None],
    historical: set[str],
) -> list[Draft]:
    by_key: dict[str, list[Draft]] = defaultdict(list)
    variant_keys: set[str] = set()
    for draft in drafts:
        for key in _keys([draft.name, *draft.aliases, *draft.sipri_names]):
            by_key[key].append(draft)
        variant_keys |= _keys(draft.variants)
    added: list[Draft] = []
    for system in oryx:
        key = name_key(system.name)
        hits = list({id(d): d for d in by_key.get(key, [])}.values())
        if len(hits) > 1:
            hits = [d for d in hits if d.category == system.category]
        codes, former = _oryx_origin(system, country, historical)
        said = ", ".join(sorted(system.origins))
        if len(hits) == 1:
            draft = hits[0]
            if system.name != draft.name and system.name not in draft.aliases:
                draft.aliases.append(system.name)
            if draft.origin or draft.origin_historical:
                if (codes or former) and not (
                    codes & set(draft.origin) or former & set(draft.origin_historical)
                ):
                    draft.notes.append(f"Oryx's loss lists give its origin as {said}")
            elif len(system.origins) == 1:
                draft.origin, draft.origin_historical = sorted(codes), sorted(former)
                draft.origin_basis = "oryx"
                draft.notes.append(f"origin {said} as Oryx's loss lists give it")
                draft.sources += [s for s in ORYX_SOURCES if s not in draft.sources]
            continue
        if hits or key in variant_keys or not system.category:
            continue
        if not any(c.isdigit() or c == "-" for c in system.name) and " " not in system.name:
            continue  # a bare word ("Stenka", "Avenger") is too ambiguous to stand alone
        draft = Draft(name=system.name, category=system.category, role=system.role)
        draft.sources = list(ORYX_SOURCES)
        spellings = "; ".join(sorted(system.spellings))
        draft.notes.append(
            "from Oryx's lists of equipment lost in the Russia-Ukraine war (via "
            f"scarnecchia/oryx_data): name as Oryx writes it ({spellings}), category from "
            "Oryx's wording"
        )
        if len(system.origins) == 1:
            draft.origin, draft.origin_historical = sorted(codes), sorted(former)
            draft.origin_basis = "oryx"
            draft.notes.append(
                f"origin {said} as Oryx gives it (for donated equipment Oryx may name the donor)"
            )
        elif system.origins:
            draft.notes.append(f"origin not set: Oryx's lists give {said}")
        added.append(draft)
        by_key[key].append(draft)
    return drafts + added


def build_systems(
    sipri: list[SipriSystem],
    register: set[str],
    research: list[ResearchRow],
    oryx: list[OryxSystem],
    makers: MakerTable,
    country: Callable[[str], str | None],
    historical: set[str],
    iso3: frozenset[str],
    warn: Warn,
) -> list[dict[str, Any]]:
    """The rows of the `systems` dataset, sorted by id."""
    drafts = _merge_research([from_sipri(s) for s in sipri], research, register, iso3, warn)
    drafts = _add_oryx(drafts, oryx, country, historical)
    return finish_rows(drafts, makers, warn)

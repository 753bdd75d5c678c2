"""Settle the names, makers and ids of the system drafts and turn them into dataset rows.

- Makers: a maker id must name a row of the manufacturers table. An id that is not one, but is
  the slug of exactly one maker's name or alias ("kmw" for Krauss-Maffei Wegmann, alias KMW),
  is read as that maker; any other is dropped, and the note says so.
- Generated names: press spellings of the name and SIPRI's designation ("Su 30SM", "Su30SM",
  "Cobra II"), the parts of slashed names ("Mi-24V/Mi-35"), and the prime maker's names before
  the designation ("Sukhoi Su-30MK", "TAI ANKA"), and a name without SIPRI's calibre, as the
  press writes it ("Pinaka" for "Pinaka 214mm", "2S1" for "2S1 122mm").
- Collisions: a generated spelling or a SIPRI variant that another row carries as a name is
  dropped (the variant "Su-30SM" of "Su-30MK" yields to the row of the Su-30SM itself); names
  that rows still share after that are declared in `ambiguous`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from veracity.sources.importers._shared_names import declare_shared
from veracity.sources.importers.system_draft import Draft
from veracity.sources.names import name_key, slash_parts, slug, spelling_variants

__all__ = ["CLASS_SCHEMES", "MakerTable", "finish_rows"]

_CALIBRE = re.compile(r"\s+\d+(?:\.\d+)?\s?mm$")
"""SIPRI's calibre after a gun or rocket launcher's name ("Pinaka 214mm", "M-109A5 155mm")."""

CLASS_SCHEMES = {
    "uav": "NATO UAS classification (class I under 150 kg, II 150-600 kg, III over 600 kg)",
    "loitering-munition": "NATO UAS classification",
    "helicopter": "helicopter weight class as the cited sources give it",
    "aircraft": "transport aircraft lift class as the cited sources give it",
    "tank": "main battle tank generation as the cited sources give it",
}


class MakerTable:
    """The manufacturers rows, for checking and naming makers."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.rows = {str(r["id"]): r for r in rows}
        self._by_slug: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            for name in (row["name"], *row["aliases"]):
                self._by_slug[slug(name)].add(str(row["id"]))

    def resolve(self, ref: str) -> str | None:
        if ref in self.rows:
            return ref
        ids = self._by_slug.get(slug(ref), set())
        return next(iter(ids)) if len(ids) == 1 else None

    def prefixes(self, maker_id: str) -> list[str]:
        row = self.rows[maker_id]
        return [n for n in (row["name"], *row["aliases"]) if len(n.split()) <= 3 and n.isascii()]


def _link_makers(draft: Draft, makers: MakerTable, warn: Callable[[str], None]) -> None:
    linked: list[str] = []
    for ref in draft.makers:
        maker = makers.resolve(ref)
        if maker is None:
            warn(f"system {draft.name!r}: maker {ref!r} has no manufacturers row: link dropped")
            draft.notes.append(f"maker '{ref}' has no row in manufacturers: link dropped")
        elif maker not in linked:
            linked.append(maker)
    draft.makers = linked


def _generate(draft: Draft, makers: MakerTable) -> None:
    bases = list(dict.fromkeys([draft.name, *draft.sipri_names]))
    forms: list[str] = []
    for base in bases:
        parts = slash_parts(base) or slash_parts(base.replace(" / ", "/"))
        forms += spelling_variants(base) + parts
        bare = _CALIBRE.sub("", base)
        if bare != base and len(bare) >= 2 and not bare.isdigit():
            forms += [bare, *spelling_variants(bare)]
        for part in parts:
            forms += spelling_variants(part)
    if draft.makers:
        for prefix in makers.prefixes(draft.makers[0]):
            if not draft.name.casefold().startswith(prefix.casefold()):
                forms.append(f"{prefix} {draft.name}")
    known = {draft.name, *draft.aliases}
    draft.generated = [f for f in dict.fromkeys(forms) if f not in known]


def _belongs_to(alias: str, draft: Draft, other: Draft) -> bool:
    """True if `alias` of `draft` names `other`, a variant of the same SIPRI family.

    Its name ("Su-30SM" listed as an alias of the Su-30MK family), or one of its aliases that
    contains its name ("Sukhoi Su-30SM"); "Paramount Marauder", an alias both the Marauder and
    its licence-built Arlan carry, stays with both and is declared shared, as does a name of two
    rows of different roles (the Buffel MRAP and the Büffel recovery vehicle).
    """
    if other is draft or not set(draft.sipri_names) & set(other.sipri_names):
        return False
    if draft.role and other.role and draft.role != other.role:
        return False  # homonyms SIPRI files alike (an MRAP and a recovery vehicle), not variants
    key, own = name_key(alias), name_key(other.name)
    return key == own or (alias in other.aliases and own in key and key != name_key(draft.name))


def _aliases_to_variants(drafts: list[Draft]) -> None:
    """Aliases that name another row of the same SIPRI family become variants (then yield)."""
    by_family: dict[str, list[Draft]] = defaultdict(list)
    for draft in drafts:
        for sipri_name in draft.sipri_names:
            by_family[sipri_name].append(draft)
    for draft in drafts:
        family = {id(o): o for n in draft.sipri_names for o in by_family[n]}.values()
        moved = [a for a in draft.aliases if any(_belongs_to(a, draft, o) for o in family)]
        if moved:
            draft.aliases = [a for a in draft.aliases if a not in moved]
            draft.variants += [v for v in moved if v not in draft.variants]


def _settle(drafts: list[Draft]) -> None:
    primary: dict[str, set[int]] = defaultdict(set)
    generated: dict[str, set[int]] = defaultdict(set)
    heads: dict[str, set[int]] = defaultdict(set)
    for i, draft in enumerate(drafts):
        for key in {name_key(n) for n in (draft.name, *draft.aliases)}:
            primary[key].add(i)
        for key in {name_key(n) for n in draft.generated}:
            generated[key].add(i)
        head = draft.name.split()[0] if " " in draft.name else ""
        if any(c.isdigit() for c in head):  # "P-3A" of "P-3A Orion" names that row, too
            heads[name_key(head)].add(i)
    for i, draft in enumerate(drafts):
        mine = {i}
        draft.generated = [
            g
            for g in draft.generated
            if primary.get(name_key(g), mine) <= mine and generated[name_key(g)] <= mine
        ]
        own = {name_key(n) for n in (draft.name, *draft.aliases)}
        elsewhere = [
            v
            for v in draft.variants
            if not primary.get(name_key(v), mine) <= mine
            or not heads.get(name_key(v), mine) <= mine
        ]
        draft.variants = [
            v for v in draft.variants if v not in elsewhere and name_key(v) not in own
        ]
        if elsewhere:
            draft.notes.append(f"variants with rows of their own: {', '.join(elsewhere)}")


def _ids(drafts: list[Draft]) -> list[str]:
    bases = [slug(d.name) or "system" for d in drafts]
    counts: dict[str, int] = defaultdict(int)
    for base in bases:
        counts[base] += 1
    ids: list[str] = []
    taken: set[str] = set()
    for draft, base in zip(drafts, bases, strict=True):
        candidate = base if counts[base] == 1 else f"{base}-{draft.category}"
        number = 2
        unique = candidate
        while unique in taken:
            unique, number = f"{candidate}-{number}", number + 1
        taken.add(unique)
        ids.append(unique)
    return ids


def _row(draft: Draft, row_id: str) -> dict[str, Any]:
    aliases = [a for a in dict.fromkeys([*draft.aliases, *draft.generated]) if a != draft.name]
    return {
        "id": row_id,
        "name": draft.name,
        "aliases": tuple(aliases),
        "sipri_names": tuple(draft.sipri_names),
        "variants": tuple(draft.variants),
        "category": draft.category,
        "role": draft.role,
        "class": draft.klass,
        "class_note": CLASS_SCHEMES.get(draft.category) if draft.klass else None,
        "makers": tuple(draft.makers),
        "origin": tuple(dict.fromkeys(draft.origin)),
        "origin_historical": tuple(draft.origin_historical),
        "origin_basis": draft.origin_basis if draft.origin or draft.origin_historical else None,
        "licensed_in": tuple(draft.licensed_in),
        "year_introduced": draft.year_introduced,
        "first_order_year": draft.first_order_year,
        "sipri_records": draft.sipri_records,
        "ambiguous": (),
        "source_url": " ; ".join(draft.sources),
        "retrieved": draft.retrieved,
        "note": "; ".join(dict.fromkeys(n for n in draft.notes if n)) or None,
    }


def finish_rows(
    drafts: list[Draft], makers: MakerTable, warn: Callable[[str], None]
) -> list[dict[str, Any]]:
    """Dataset rows from the drafts: makers checked, names settled, ids given, sorted by id."""
    drafts = sorted(drafts, key=lambda d: (name_key(d.name), d.category, d.name))
    for draft in drafts:
        _link_makers(draft, makers, warn)
        _generate(draft, makers)
    _aliases_to_variants(drafts)
    _settle(drafts)
    rows = [_row(d, i) for d, i in zip(drafts, _ids(drafts), strict=True)]
    rows.sort(key=lambda r: str(r["id"]))
    declare_shared(rows, ("name", "aliases"))
    return rows

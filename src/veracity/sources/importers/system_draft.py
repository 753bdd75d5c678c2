"""A weapon-system row under construction, and how each source fills it.

SIPRI gives a first draft of every system it records (`from_sipri`); researched rows then win
for what they state (`apply_research`: name, aliases, category, role, class, makers, origin,
year), and Oryx's lists add press spellings and, where nothing else gives it, an origin. Each
step leaves a note, so a reader sees which fact came from where.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from veracity.sources.importers.research import ResearchRow
from veracity.sources.importers.sipri_systems import SipriSystem

__all__ = ["CATEGORY_NAMES", "SIPRI_URL", "Draft", "apply_research", "from_sipri"]

SIPRI_URL = "https://www.sipri.org/databases/armstransfers"
CATEGORY_NAMES = frozenset(
    {
        "aircraft",
        "helicopter",
        "uav",
        "loitering-munition",
        "tank",
        "armoured-vehicle",
        "artillery",
        "rocket-artillery",
        "air-defence",
        "missile",
        "bomb",
        "ship",
        "submarine",
        "radar",
        "sensor",
        "engine",
        "gun",
        "other",
    }
)


@dataclass(slots=True)
class Draft:
    name: str
    category: str
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    generated: list[str] = field(default_factory=list)
    sipri_names: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    klass: str | None = None
    makers: list[str] = field(default_factory=list)
    origin: list[str] = field(default_factory=list)
    origin_historical: list[str] = field(default_factory=list)
    origin_basis: str | None = None
    """research (cited pages), sipri (first new-built supplier: an inference) or oryx."""
    licensed_in: list[str] = field(default_factory=list)
    year_introduced: int | None = None
    first_order_year: int | None = None
    sipri_records: int | None = None
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    researched: bool = False
    retrieved: str | None = None
    """The latest date its researched rows' pages were read; None for a row without one."""


def from_sipri(system: SipriSystem) -> Draft:
    derived = (
        f"derived from the SIPRI trade register ({system.records} "
        f"record{'s' if system.records != 1 else ''}, first order "
        f"{system.first_order_year}): category and role from SIPRI's description "
        f"'{system.description}'; {system.origin_note}"
    )
    if system.variants or system.licensed_in:
        derived += "; variants and licensed production from SIPRI's comments"
    return Draft(
        name=system.designation,
        category=system.category,
        role=system.role,
        sipri_names=[system.designation],
        variants=list(system.variants),
        origin=list(system.origin),
        origin_historical=list(system.origin_historical),
        origin_basis="sipri" if system.origin or system.origin_historical else None,
        licensed_in=list(system.licensed_in),
        first_order_year=system.first_order_year,
        sipri_records=system.records,
        sources=[SIPRI_URL],
        notes=[derived],
    )


def _year(row: ResearchRow) -> int | None:
    text = row["year_introduced"]
    return int(text) if text.isdigit() and len(text) == 4 else None


def apply_research(draft: Draft, rows: list[ResearchRow], iso3: frozenset[str]) -> None:
    """Let researched rows about this system (the first one leading) override and extend it."""
    first = rows[0]
    sipri_notes = [f"SIPRI: {note}" for note in draft.notes]
    draft.notes = []
    draft.sources = []
    draft.researched = True
    draft.name = first["designation"]
    draft.retrieved = max((r["retrieved"] for r in rows if r["retrieved"]), default=None)
    for row in rows:
        for alias in [row["designation"], *row.list("aliases")]:
            if alias not in draft.aliases and alias != draft.name:
                draft.aliases.append(alias)
        draft.sources += [u.strip() for u in row["source_url"].split(" ; ") if u.strip()]
        if row["note"]:
            draft.notes.append(row["note"])
        if row is not first:
            for column in ("category", "role", "makers", "origin"):
                if row[column] and first[column] and row[column] != first[column]:
                    draft.notes.append(f"{row.origin} gives {column} '{row[column]}'")
    category = next((r["category"] for r in rows if r["category"] in CATEGORY_NAMES), None)
    if category and sipri_notes and category != draft.category:
        draft.notes.append(f"SIPRI's category for it: {draft.category}")
    draft.category = category or draft.category
    draft.role = next((r["role"] for r in rows if r["role"]), None) or draft.role
    draft.klass = next((r["class"] for r in rows if r["class"]), None) or draft.klass
    draft.makers = next((r.list("makers") for r in rows if r["makers"]), draft.makers)
    draft.year_introduced = next((y for r in rows if (y := _year(r))), None)
    origin = next((r.list("origin") for r in rows if r["origin"]), None)
    if origin:
        codes = [c.upper() for c in origin if c.upper() in iso3]
        if len(codes) < len(origin):
            draft.notes.append(f"researched origin codes not in ISO 3166: {origin}")
        if draft.origin and set(codes) != set(draft.origin):
            derived = ", ".join(draft.origin)
            draft.notes.append(f"SIPRI's supplier of the first new-built units: {derived}")
        draft.origin = codes
        draft.origin_basis = "research"
    draft.notes += sipri_notes
    if sipri_notes:
        draft.sources.append(SIPRI_URL)
    draft.sources = list(dict.fromkeys(draft.sources))

"""Acquisition, supply and operation: who buys, sells or holds which system, read from the
mentions by a small grammar over the verb forms of the relations lexicon.

* active: "Kazakhstan ordered 12 Su-30SM from Russia", "Sweden promised to supply Gripens to
  Hungary", "Egypt operates the Rafale";
* passive: "the K9s were delivered to Poland", "the Su-30SM was ordered by Kazakhstan";
* a fleet: "the Hungarian Air Force's fleet includes the Gripen", "new additions include the
  FA-50" (the owner named before the fleet words);
* a source: "a Su-30SM from Irkut" (supply, the seller after "from");
* an earlier operator: "the Gripens, previously used by Sweden" (operation of the past: a
  second-hand origin, not a buyer).

A form's stage comes from the lexicon; a modal before the verb ("plans to", "will") makes it
`planned`. A system whose name fits unrelated catalogue rows makes the assertion not confident.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import cast

from veracity.analysis.relations.model import (
    Party,
    Relation,
    RelationKind,
    RelationStage,
    confidence,
)
from veracity.findings import Span
from veracity.lexicons.relations import alternation, modals, staged
from veracity.mentions.finder import Mention, Mentions
from veracity.mentions.links import clause_start
from veracity.quantities.numbers import find_cardinals

__all__ = ["transfers"]

_CLASSES: tuple[RelationKind, ...] = ("acquisition", "supply", "operation")
_OBJECT_GAP = re.compile(r"\s+(?:[\w$.,'’-]+\s+){0,5}?", re.IGNORECASE)
_SUBJECT_GAP = re.compile(r"(?:['’]s)?(?:\s+[\w'’-]+){0,6}?\s+", re.IGNORECASE)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
_PASSIVE = re.compile(
    r"\s+(?:(?:[\w-]+\s+){0,3}?)(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been|"
    r"being|will\s+be)\s+(?:(?:first|all|also|now)\s+)?$",
    re.IGNORECASE,
)
_AND = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?", re.IGNORECASE)
_FROM = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?" + alternation("supply", "from") + r"\s+(?:the\s+)?", re.IGNORECASE
)
_TO = re.compile(r"\s+(?:[\w-]+\s+){0,4}?to\s+(?:the\s+)?", re.IGNORECASE)
_BY = re.compile(r"\s+(?:[\w-]+\s+){0,4}?by\s+(?:the\s+)?", re.IGNORECASE)
_APPOSED = re.compile(r"\s*,?\s+(?:[\w-]+\s+){0,3}?", re.IGNORECASE)
_PARTICIPLE = re.compile(r"\w+ed$|sold$|bought$", re.IGNORECASE)


@cache
def _forms(kind: RelationKind, group: str) -> tuple[re.Pattern[str], dict[str, str]]:
    table = {" ".join(form.split()): stage for form, stage in staged(kind, group).items()}
    ordered = sorted(table, key=len, reverse=True)  # the longest form wins where two start
    body = "|".join(r"\s+".join(map(re.escape, f.split())) for f in ordered)
    return re.compile(r"\b(?:" + body + r")\b", re.IGNORECASE), table


_MODAL = re.compile(modals() + r"\s+(?:to\s+)?$", re.IGNORECASE)
_FORMER = re.compile(r"\b" + alternation("operation", "former_forms") + r"\s+", re.IGNORECASE)


def _clause_end(text: str, position: int) -> int:
    stop = re.compile(r"[.;:!?](?:\s|$)").search(text, position)
    return len(text) if stop is None else stop.start()


def _parties(found: Mentions) -> list[Party]:
    named: list[Party] = [m for m in found.names if not m.of("system")]
    return sorted([*found.countries, *named], key=lambda p: p.start)


def _party_at(parties: Sequence[Party], start: int) -> Party | None:
    return next((p for p in parties if p.start == start), None)


def _subject(text: str, parties: Sequence[Party], begin: int, verb: int) -> Party | None:
    before = [p for p in parties if begin <= p.start and p.end <= verb]
    if before and _SUBJECT_GAP.fullmatch(text, before[-1].end, verb):
        return before[-1]
    return None


def _objects(text: str, systems: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """The systems a verb ending at `start` governs: the first after it, then those joined to
    it by "and" or a comma ("K2 tanks and K9 howitzers" are two)."""
    after = [s for s in systems if start <= s.start < end]
    if not after or not _OBJECT_GAP.fullmatch(text, start, after[0].start):
        return []
    governed = [after[0]]
    for more in after[1:]:
        gap = text[governed[-1].end : more.start]
        if not re.fullmatch(r"(?:\s+[\w-]+){0,2}?" + _AND.pattern, gap, re.IGNORECASE):
            break
        governed.append(more)
    return governed


def _after(
    text: str, parties: Sequence[Party], position: int, gap: re.Pattern[str]
) -> Party | None:
    for party in parties:
        if party.start >= position:
            return party if gap.fullmatch(text, position, party.start) else None
    return None


def _number(text: str, start: int, system: Mention) -> int | None:
    for number in reversed(find_cardinals(text[start : system.start])):
        plain = not (number.year_like or number.money or number.percent or number.vague)
        return int(number.value) if plain else None
    return None


def _year(text: str, begin: int, end: int, found: Mentions) -> int | None:
    inside = [(m.start, m.end) for m in found.names]
    years = {
        int(m.group(1))
        for m in _YEAR.finditer(text, begin, end)
        if not any(s <= m.start() < e for s, e in inside)
    }
    return years.pop() if len(years) == 1 else None


def _relation(
    kind: RelationKind,
    form: str,
    words: str,
    stage: str,
    system: Mention,
    roles: dict[str, Party | None],
    number: int | None,
    year: int | None,
    covers: tuple[Span, ...],
) -> Relation:
    confident, candidates = confidence(system)
    return Relation(
        kind,
        form,
        words,
        system=system,
        buyer=roles.get("buyer"),
        seller=roles.get("seller"),
        operator=roles.get("operator"),
        former_operator=roles.get("former_operator"),
        number=number,
        year=year,
        stage=cast(RelationStage, stage),
        covers=covers,
        confident=confident,
        candidates=candidates,
    )


_SUBJECT_ROLE = {"acquisition": "buyer", "supply": "seller", "operation": "operator"}
_OTHER_ROLE = {"acquisition": ("seller", _FROM), "supply": ("buyer", _TO), "operation": None}


def _verbs(
    text: str, found: Mentions, parties: Sequence[Party], kind: RelationKind, group: str
) -> Iterator[Relation]:
    pattern, table = _forms(kind, group)
    systems = found.systems
    for verb in pattern.finditer(text):
        stage = table[" ".join(verb.group().lower().split())]
        begin, end = clause_start(text, verb.start()), _clause_end(text, verb.end())
        if _MODAL.search(text, begin, verb.start()):
            stage = "planned"
        subject = _subject(text, parties, begin, verb.start())
        objects = _objects(text, systems, verb.end(), end)
        form = "fleet" if group == "fleet_forms" else "active"
        roles: dict[str, Party | None] = {_SUBJECT_ROLE[kind]: subject}
        if not objects and group == "forms" and _PARTICIPLE.search(verb.group()):
            before = [s for s in systems if begin <= s.start and s.end <= verb.start()]
            if before and _PASSIVE.fullmatch(text, before[-1].end, verb.start()):
                objects, form = [before[-1]], "passive"
                roles = {_SUBJECT_ROLE[kind]: _after(text, parties, verb.end(), _BY)}
        if not objects:
            continue
        other = _OTHER_ROLE[kind]
        if other is not None:
            roles[other[0]] = _after(text, parties, objects[-1].end, other[1])
        year = _year(text, begin, end, found)
        for system in objects:
            number = _number(text, verb.end(), system) if system is objects[0] else None
            covers = (verb.span(), system.span, *((p.start, p.end) for p in roles.values() if p))
            yield _relation(kind, form, verb.group(), stage, system, roles, number, year, covers)


def _former(text: str, found: Mentions, parties: Sequence[Party]) -> Iterator[Relation]:
    for phrase in _FORMER.finditer(text):
        before = [s for s in found.systems if s.end <= phrase.start()]
        operator = _after(text, parties, phrase.end(), re.compile(r""))
        if not before or operator is None:
            continue
        if not _APPOSED.fullmatch(text, before[-1].end, phrase.start()):
            continue
        covers = (before[-1].span, phrase.span(), (operator.start, operator.end))
        year = _year(
            text, clause_start(text, phrase.start()), _clause_end(text, phrase.end()), found
        )
        roles: dict[str, Party | None] = {"former_operator": operator}
        words = phrase.group().strip()
        yield _relation(
            "operation", "former", words, "operated", before[-1], roles, None, year, covers
        )


def _sources(text: str, found: Mentions, parties: Sequence[Party]) -> Iterator[Relation]:
    """ "a Su-30SM from Irkut": the seller right after the system and "from"."""
    for system in found.systems:
        seller = _after(text, parties, system.end, _FROM)
        if seller is None:
            continue
        covers = (system.span, (system.end, seller.start), (seller.start, seller.end))
        roles: dict[str, Party | None] = {"seller": seller}
        yield _relation("supply", "from", "from", "ordered", system, roles, None, None, covers)


def transfers(text: str, found: Mentions) -> Iterator[Relation]:
    """The acquisition, supply and operation assertions of a claim."""
    if not found.systems:
        return
    parties = _parties(found)
    seen: set[tuple[str, int]] = set()
    for kind in _CLASSES:
        for group in ("forms", "fleet_forms"):
            if kind == "supply" and group == "fleet_forms":
                continue
            for relation in _verbs(text, found, parties, kind, group):
                assert relation.system is not None
                seen.add((kind, relation.system.start))
                yield relation
    yield from _former(text, found, parties)
    for relation in _sources(text, found, parties):
        assert relation.system is not None
        if ("acquisition", relation.system.start) not in seen and (
            "supply",
            relation.system.start,
        ) not in seen:
            yield relation

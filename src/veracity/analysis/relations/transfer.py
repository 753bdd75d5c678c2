"""Acquisition, supply and operation: who buys, sells or holds which system.

The transfer grammar is the deal reader's (`veracity.mentions.deals`, over the deal verbs of the
relations lexicon); this module types each deal it reads by verb class, with the roles filled:

* **acquisition**: "Kazakhstan ordered 12 Su-30SM from Russia" (buyer, seller, number, year;
  stage ordered), "… took delivery of …", "new additions include …" (delivered), "plans to
  buy" (planned);
* **supply**: "Russia sold S-400 to Türkiye" (ordered: a sale dates the contract), "Spain
  delivered …", "promised to supply" (planned);
* **operation**: "Egypt operates the Rafale", "became an operator of", "the fleet includes"
  (operated);
* a lease ("leases", "operated under a leasing arrangement") has the stage `lease` in any
  class, unless it is to come (planned).

Two forms only this module reads: "a Su-30SM from Irkut" (supply, the seller after "from",
when no deal verb governs the system), and "previously used by Sweden", an earlier operator (a
second-hand origin) that is never a buyer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from veracity.analysis.relations.model import (
    Party,
    Relation,
    RelationKind,
    RelationStage,
    confidence,
)
from veracity.findings import Span
from veracity.lexicons.relations import alternation, deal_verbs, former_operator
from veracity.mentions.deals import Deal
from veracity.mentions.finder import Mention, Mentions
from veracity.sources.countries import CountryMention

__all__ = ["transfers"]

_SEND = re.compile(
    r"\b(?:"
    + "|".join(
        deal_verbs(g) for g in ("send_past", "send_present", "send_progressive", "send_base")
    )
    + r")\b",
    re.IGNORECASE,
)
_FROM = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?" + alternation("supply", "from") + r"\s+(?:the\s+)?", re.IGNORECASE
)
_FORMER = re.compile(r"\b" + former_operator() + r"\s+", re.IGNORECASE)
_CUSTOMER = re.compile(r"\b" + deal_verbs("customer_nouns") + r"\s+(?:of|for)$", re.IGNORECASE)
"""A buyer named by its noun ("an export customer of"): an acquisition, whatever its qualifier."""
_APPOSED = re.compile(r"\s*,?\s+(?:[\w-]+\s+){0,3}?", re.IGNORECASE)


def _span(party: Party) -> Span:
    return party.start, party.end


def _typed(deal: Deal, words: str) -> tuple[RelationKind, RelationStage]:
    leased = deal.lease is not None and not deal.future  # a lease to come is a plan
    if deal.holds:
        return "operation", "lease" if leased else "operated"
    sends = _SEND.search(words) and not _CUSTOMER.search(words)
    kind: RelationKind = "supply" if sends else "acquisition"
    if deal.future:
        return kind, "planned"
    if leased:
        return kind, "lease"
    if deal.kind == "order":
        return kind, "ordered"
    return kind, "delivered"


def _from_deal(text: str, deal: Deal) -> Relation:
    words = text[deal.verb[0] : deal.verb[1]]
    kind, stage = _typed(deal, words)
    seller: Party | None = deal.supplier or deal.sender
    parties: list[CountryMention | Mention] = [p for p in (deal.recipient, seller) if p]
    confident, candidates = confidence(deal.system, text)
    return Relation(
        kind,
        "possessive" if words in ("'s", "’s") else "verb",
        words,
        system=deal.system,
        buyer=None if deal.holds else deal.recipient,
        seller=seller,
        operator=deal.recipient if deal.holds else None,
        number=deal.number[0] if deal.number else None,
        year=deal.year[0] if deal.year else None,
        stage=stage,
        covers=(*deal.verb_words, deal.system.span, *map(_span, parties)),
        confident=confident,
        candidates=candidates,
    )


def _parties(found: Mentions) -> list[Party]:
    named: list[Party] = [m for m in found.names if not m.of("system")]
    return sorted([*found.countries, *named], key=lambda p: p.start)


def _after(
    text: str, parties: Sequence[Party], position: int, gap: re.Pattern[str]
) -> Party | None:
    for party in parties:
        if party.start >= position:
            return party if gap.fullmatch(text, position, party.start) else None
    return None


def _former(text: str, found: Mentions, parties: Sequence[Party]) -> Iterator[Relation]:
    """ "the Gripens, previously used by Sweden": an earlier operator, not a buyer."""
    for phrase in _FORMER.finditer(text):
        before = [s for s in found.systems if s.end <= phrase.start()]
        operator = _after(text, parties, phrase.end(), re.compile(r""))
        if not before or operator is None:
            continue
        if not _APPOSED.fullmatch(text, before[-1].end, phrase.start()):
            continue
        confident, candidates = confidence(before[-1], text)
        yield Relation(
            "operation",
            "former",
            phrase.group().strip(),
            system=before[-1],
            former_operator=operator,
            stage="operated",
            covers=(before[-1].span, phrase.span(), _span(operator)),
            confident=confident,
            candidates=candidates,
        )


def _sources(text: str, found: Mentions, parties: Sequence[Party]) -> Iterator[Relation]:
    """ "a Su-30SM from Irkut": the seller right after the system and "from"."""
    for system in found.systems:
        seller = _after(text, parties, system.end, _FROM)
        if seller is None:
            continue
        confident, candidates = confidence(system, text)
        yield Relation(
            "supply",
            "from",
            "from",
            system=system,
            seller=seller,
            covers=(system.span, (system.end, seller.start), _span(seller)),
            confident=confident,
            candidates=candidates,
        )


def transfers(text: str, found: Mentions, deals: Sequence[Deal]) -> Iterator[Relation]:
    """The acquisition, supply and operation assertions of a claim: its deals typed, then the
    earlier operators and the sources of systems no deal verb governs."""
    if not found.systems:
        return
    parties = _parties(found)
    for deal in deals:
        yield _from_deal(text, deal)
    yield from _former(text, found, parties)
    dealt = {d.system.start for d in deals}
    yield from (
        r for r in _sources(text, found, parties) if r.system and r.system.start not in dealt
    )

"""Arms-deal assertions in a claim: who orders or receives which system, how many, when, from whom.

"Kazakhstan ordered 12 Su-30SM in 2021" → recipient Kazakhstan, system Su-30SM, number 12, year
2021, an order in the past. "The European Union is expected to deliver the first A400M to
Kazakhstan" → deliverer the EU, recipient Kazakhstan, a delivery to come. The verbs that make a
deal claim are listed below; "considered purchasing" or "wants to buy" are intentions, not
deals, and are left alone.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Literal

from veracity.findings import Span
from veracity.lexicons import lexicon
from veracity.lexicons.relations import deal_verbs, former_operator
from veracity.mentions.deal_words import (
    LICENCE,
    Worth,
    Years,
    began,
    claimed_years,
    condition,
    condition_after,
    dated,
    deal_money,
    deal_worth,
    first_word,
    more_word,
    owned_money,
    relative_year,
    since,
    up_to,
)
from veracity.mentions.finder import Mention, Mentions
from veracity.mentions.links import clause_start, subtract
from veracity.ordinals import ORDINAL_PATTERN, WORD_ORDINALS, ordinal_value
from veracity.patterns import lazy_compile, literal_alternation
from veracity.quantities.numbers import find_cardinals
from veracity.sources.countries import CountryMention

__all__ = ["Deal", "find_deals"]

_MODAL = (
    r"(?:"
    + deal_verbs("modal_verbs")[3:-1]
    + r"|(?:is|are|was|were)\s+"
    + deal_verbs("modal_states")
    + r"|(?:is|are)\s+to)\s+(?:to\s+)?"
)
_ORDER = deal_verbs("order_base")
_RECEIVE = deal_verbs("receive_base")
_SEND = deal_verbs("send_base")
_HOLDS = deal_verbs("holds")
"""Verbs of holding a weapon: it was received, by the year the claim names if any."""
_HAVE = r"(?:has\s+|have\s+|had\s+)?"
_RANK_WORDS = (
    r"(?:"
    + deal_verbs("customer_ranks")
    + r"|\d{1,3}(?:st|nd|rd|th)|"
    + "|".join(sorted(WORD_ORDINALS, key=len, reverse=True))
    + r")"
)
_BECOME = (
    deal_verbs("become")
    + r"\s+(?:the|a|an)\s+(?:"
    + _RANK_WORDS
    + r"\s+)?(?:"
    + deal_verbs("customer_qualifiers")
    + r"\s+)?"
)
"""A buyer or holder named by its noun: "became the latest (export) customer of", "is an
operator of"."""
_OPERATOR_FORM = _BECOME + deal_verbs("operator_nouns") + r"\s+of"
_STANDING = lazy_compile(
    r"^" + deal_verbs("become") + r"\s+(?:the|a|an)\s+(?P<rank>" + _RANK_WORDS + r")\s",
    re.IGNORECASE,
)
"""The buyer's rank among the system's buyers in "became the latest customer of"."""
_WEEKDAY = (
    r"(?:(?:on\s+)?(?:"
    + "|".join(sorted(w.capitalize() for w in lexicon("weekday-names")))
    + r")\s+)?"
)
"""The weekday a deal was signed on, between its noun and "for" ("signed a deal Tuesday to
buy"): dated by `relative_year` like "on Tuesday"."""
_PARTY = r"(?:with\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?"
"""The other party of a contract named inside the verb: "with South Korea" in "signed a deal
with South Korea for"."""
_VERBS: list[tuple[str, str, bool]] = [
    # (pattern, kind, future); kind: order, receive (recipient is the subject), send (… to R).
    # The words are the relations lexicon's deal verbs (veracity/lexicons/relations.yaml).
    (_MODAL + _ORDER, "order", True),
    (r"(?:is|are)\s+" + deal_verbs("order_progressive"), "order", True),
    (_HAVE + deal_verbs("order_past"), "order", False),
    (deal_verbs("order_present"), "order", False),
    (
        deal_verbs("signed")
        + r"\s+(?:a\s+|an\s+)?(?:[\w$.,-]+\s+){0,3}?"
        + deal_verbs("contracts")
        + r"s?\s+"
        + _WEEKDAY
        + _PARTY
        + r"(?:for|to\s+"
        + _ORDER
        + r")",
        "order",
        False,
    ),
    (
        r"(?<=['’]s\s)" + deal_verbs("contracts") + r"s?\s+" + _PARTY + r"to\s+" + _ORDER,
        "order",
        False,
    ),
    (deal_verbs("order_phrases"), "order", False),
    # "placed an order with Sweden for": the other party between the phrase and "for"
    (deal_verbs("placed_orders") + r"\s+" + _PARTY + r"for", "order", False),
    # "agreed to buy", "agreed to sell": a deal concluded, dated by its agreement
    (deal_verbs("agreed") + r"\s+to\s+" + _ORDER, "order", False),
    # "placed a second order for": an order with its rank among the buyer's orders (Deal.nth)
    (
        deal_verbs("nth_order_verbs")
        + r"\s+(?:a|an|its|their)\s+(?:\d{1,3}(?:st|nd|rd|th)|"
        + "|".join(sorted(WORD_ORDINALS, key=len, reverse=True))
        + r")\s+"
        + deal_verbs("order_nouns")
        + r"\s+for",
        "order",
        False,
    ),
    # "an order for 1,000 K2 tanks was placed by Poland", "Poland's order for 180 K2": a deal
    # named by its noun, read only with its passive verb or its buyer's possessive (_nominal)
    (deal_verbs("order_nouns") + r"\s+(?:for|of)", "order", False),
    (_MODAL + _RECEIVE, "receive", True),
    (r"(?:is|are)\s+" + deal_verbs("receive_progressive"), "receive", True),
    (_HAVE + deal_verbs("receive_past"), "receive", False),
    (deal_verbs("receive_present"), "receive", False),
    # holding a weapon, or its arrival, says it was received
    (deal_verbs("arrive"), "receive", False),
    (deal_verbs("additions"), "receive", False),
    # "became a customer of", "is the latest operator of": a buyer, or a holder
    (_BECOME + deal_verbs("customer_nouns") + r"\s+(?:of|for)", "order", False),
    (_OPERATOR_FORM, "receive", False),
    (_HOLDS, "receive", False),
    (_MODAL + _SEND, "send", True),
    (deal_verbs("agreed") + r"\s+to\s+" + _SEND, "send", False),  # "Paris agreed to sell Cairo"
    (r"(?:is|are)\s+" + deal_verbs("send_progressive"), "send", True),
    (
        r"(?:has\s+|have\s+|had\s+|was\s+|were\s+|been\s+)?" + deal_verbs("send_past"),
        "send",
        False,
    ),
    (deal_verbs("send_present"), "send", False),
    (
        r"(?:began|begun|started|has\s+started|have\s+started)\s+" + deal_verbs("send_began"),
        "send",
        False,
    ),
    (deal_verbs("send_nouns"), "send", False),
]
_NOUN = lazy_compile(deal_verbs("send_nouns") + "$", re.IGNORECASE)
_ORDER_NOUN = lazy_compile(deal_verbs("order_nouns") + r"\s+(?:for|of)$", re.IGNORECASE)
_NOMINAL_PASSIVE = lazy_compile(
    r"\b(?:(?:was|were|is|are)\s+|(?:has|have|had)\s+been\s+)"
    + deal_verbs("noun_passive")
    + r"\b(?P<by>\s+by\b)?",
    re.IGNORECASE,
)
"""The passive verb of a deal's noun: "was placed by", "has been signed by" (its agent the
buyer)."""
_BUYER_OWNS = lazy_compile(
    r"['’]s\s+(?:(?:19[5-9]\d|20[0-4]\d)\s+)?"
    r"(?:(?:US)?\$\s?\d+(?:\.\d+)?\s*(?:billion|bn|million|m)\s+)?"
)
"""A buyer's possessive right before a deal's noun: "Poland's order", "Poland's 2022 order",
"Poland's $10 billion contract" (the value then read by `owned_money`)."""
_COMPLETION = lazy_compile(
    r"\b(?P<modal>"
    + deal_verbs("modal_verbs")
    + r"\s+be|(?:is|are|was|were)\s+"
    + deal_verbs("modal_states")
    + r"\s+to\s+be)?\s*(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?P<done>"
    + deal_verbs("completion")
    + r")\b",
    re.IGNORECASE,
)
"""The completion of a delivery named by its noun: "is expected to be completed", "were
completed" (a modal makes it one to come)."""
_FORMER = lazy_compile(r"\b" + former_operator() + r"\s+(?:the\s+)?", re.IGNORECASE)
"""An earlier operator: "previously used by Sweden" names who had the units before (a
second-hand origin), never the recipient of the deal."""
_APPROVAL = lazy_compile(r"\b" + deal_verbs("approval") + r"\b", re.IGNORECASE)
"""A government's approval of a sale before the deal verb: the deal is a plan, not an order
SIPRI would record ("the US approved the delivery of 108 M1A2T to Taiwan")."""
_SALE = lazy_compile(r"(?:.*\s)?(?:sold|sells?|selling)$", re.IGNORECASE)
"""A sale is an order seen from the seller: "Russia sold S-400 to Türkiye in 2017" dates the
contract, not the delivery."""
_ONGOING = lazy_compile(r"(?:is|are)\s+" + deal_verbs("send_progressive") + "$", re.IGNORECASE)
"""A supply under way ("is supplying 48 FA-50 to Poland"): the recipient's order, its units
still coming, read as its ongoing acquisition ("Poland is acquiring 48 FA-50")."""
_UNITS = lazy_compile(
    r"\s+(?P<noun>" + literal_alternation(sorted(lexicon("unit-nouns"))) + r")\b", re.IGNORECASE
)
"""A noun of units right after a system ("Gripen examples")."""
_LEASE_VERB = lazy_compile(r"\b" + deal_verbs("lease_words") + r"\b", re.IGNORECASE)
_UNDER_LEASE = lazy_compile(
    r"\bunder\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    + deal_verbs("lease_nouns")
    + r"\b(?:\s+with\s+(?:the\s+)?(?P<party>))?",
    re.IGNORECASE,
)
"""A deal held "under a (ten-year) leasing arrangement (with …)": a lease, its lessor after
"with"."""
_RENEWAL = lazy_compile(
    r"\b(?:(?P<noun>"
    + deal_verbs("lease_nouns")
    + r")\b[^.;]*?\b(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s+"
    + deal_verbs("renewed")
    + r"|"
    + deal_verbs("renewed")
    + r"\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun2>"
    + deal_verbs("lease_nouns")
    + r"))\b",
    re.IGNORECASE,
)
"""A lease's extension, passive ("the leasing arrangement … was renewed") or active
("extended the lease")."""
_VERB_WORDS = (
    r"\b(?:ordered|bought|purchased|acquired|received|delivered|supplied|sold|signed|plans?|will)\b"
)
_VERB = lazy_compile(
    r"\b(?:" + "|".join(f"(?P<v{i}>{p})" for i, (p, _, _) in enumerate(_VERBS)) + r")\b",
    re.IGNORECASE,
)
_YEAR = lazy_compile(r"\b(?:in|during|since|by|from|for)?\s*(?P<year>(?:19[5-9]\d|20[0-4]\d))\b")
_BETWEEN = lazy_compile(r"\s+(?:[\w-]+\s+){0,3}")
_NOT_BETWEEN = lazy_compile(
    r"\b(?:years?|months?|weeks?|days?|times|percent|per|out|of\s+\d)\b|" + _VERB_WORDS, re.I
)
_FORCE = (
    r"(?:['’]s)?\s+(?:air\s+force|army|armed\s+forces|military|navy|government|"
    r"defen[cs]e\s+minist(?:ry|er)|ministry\s+of\s+defen[cs]e|minister\s+of\s+defen[cs]e)"
)
"""The service, government or defence minister after the recipient's name ("the Nigerian air
force", "Argentina's defence minister"): who acts for the country, part of its name."""


@dataclass(frozen=True, slots=True)
class Deal:
    """One deal assertion about one system."""

    system: Mention
    kind: Literal["order", "receive", "send"]
    future: bool
    verb: Span
    recipient: CountryMention | None
    supplier: CountryMention | None
    """A supplier country ("from Türkiye", "Spain delivered …")."""
    sender: Mention | None
    """An organisation or maker named as the source: "the EU will deliver …", "… from Irkut"."""
    number: tuple[int, Span] | None
    year: tuple[int, Span] | None
    from_span: Span | None = None
    years: Years | None = None
    """Several years ("in 2022 and 2023", "between 2006 and 2008") when no single one is given."""
    first: Span | None = None
    """ "first" in "the first twelve FA-50s": these were the earliest units."""
    since: Span | None = None
    """ "since" before the year: deliveries began that year."""
    began: bool = False
    """The verb dates the start of deliveries ("began delivering")."""
    condition: tuple[str, Span] | None = None
    """ "second-hand" or "new" said of the units."""
    by: Span | None = None
    """ "By the end of 2024": the count is the total delivered up to the year."""
    completed: Span | None = None
    """ "is expected to be completed in 2026": the year is that of the last delivery."""
    built_in: tuple[str, Span] | None = None
    """A country the units are (to be) built in ("under licence in Egypt"), ISO alpha-3."""
    gap: Span | None = None
    """Words inside the verb it does not assert ("$10 billion" in "signed a $10 billion deal")."""
    money: tuple[float, Span] | None = None
    """A deal value in US dollars the claim gives."""
    worth: Worth | None = None
    """The value said after the deal ("is worth about 2.1 billion kroner ($300 million)")."""
    force: tuple[str, Span] | None = None
    """The service after the recipient's name ("the Nigerian air force", "the Indian Army")."""
    loose: bool = False
    """The count is of air-defence "systems", which writers and SIPRI count differently."""
    possessive: bool = False
    """The deal is read from a possessive alone ("Poland's Patriot batteries"), no verb."""
    holds: bool = False
    """The verb says the recipient has the weapon ("operates", "flew", "used"): a year is one
    by which units had arrived, not one of delivery."""
    earlier: tuple[CountryMention, Span] | None = None
    """The units' earlier operator and the words that say so ("ex-Danish F-16s", "F-16s
    previously operated by Denmark"): the state SIPRI names as the supplier of second-hand
    units, never the recipient."""
    part: bool = False
    """The count is of some of the recipient's own units ("four of Kazakhstan's Su-30SMs"): a
    larger delivery holds them, so only a smaller one contradicts it."""
    more: Span | None = None
    """ "additional" in "30 additional Rafale jets": the units came on top of earlier ones."""
    relative: Span | None = None
    """Words that date the deal relative to the publication date ("earlier this year", "in
    February"); `year` holds the year they mean, or is none when the claim set gives no date."""
    nominal: Span | None = None
    """The passive verb of a deal named by its noun ("was placed by" in "an order for … was
    placed by Poland"), which the deal asserts with the noun."""
    dated_noun: Span | None = None
    """ "in a 2022 deal" after the verb: the deal's noun with the year it holds, which the
    year's check checks."""
    nth: tuple[int, Span] | None = None
    """ "a second order": the order's rank among the buyer's orders of the system, and its word."""
    standing: Span | None = None
    """ "the latest" in "became the latest customer of": the buyer's rank among the system's
    buyers, which no verifier reads (so the words stay unchecked)."""
    holding: bool = False
    """The count follows a country's possessive ("Egypt's 54 Rafale jets were bought in 2015"):
    it is the size of the fleet the country holds, which may come from several orders, not the
    count of the one deal the verb asserts."""

    @property
    def verb_words(self) -> list[Span]:
        """The verb's words less those inside it that it does not assert (a deal's value in
        "signed a $10 billion deal for", the rank in "placed a second order for"): what a
        finding on the deal covers of its verb."""
        unread = (self.gap, self.nth and self.nth[1], self.standing)
        return subtract(self.verb, [s for s in unread if s])

    first_of: bool = False
    """ "the first of 14 Gripens": the count is the whole order's, and the units received
    (in the year claimed) were its first."""
    joint: bool = False
    """One of several countries coordinated as the subject ("Poland and Estonia ordered …"):
    each is read as a deal of its own, with no count (a count may be the sum of theirs)."""
    units: Span | None = None
    """A noun right after the system that only counts its units ("14 Gripen examples"; lexicon
    unit-nouns)."""
    lease: Span | None = None
    """The words that make the deal a lease ("leased", "under a leasing arrangement"): only a
    row SIPRI marks as a lease decides it."""
    renewal: tuple[int, Span] | None = None
    """ "the lease … was renewed during 2012": the year of the lease's extension and its span,
    which SIPRI's comment dates (the verb, "was renewed", is the deal's `verb`)."""
    renewal_term: tuple[int, Span] | None = None
    """ "for another decade" after the renewal: its term in years, checked against the years
    SIPRI's comment extends the lease to."""


_FORMATIONS = lazy_compile(
    r"\s+(?:[\w-]+\s+)?(?:squadrons?|regiments?|battalions?|batteries|battery|brigades?|"
    r"divisions?|sets?|fire\s+units?|units?)\b",
    re.IGNORECASE,
)
"""Counts of formations, not of the weapons SIPRI counts: "five S-400 squadrons" (SIPRI: 10
systems), "two Patriot batteries"."""


_SYSTEMS = lazy_compile(r"\s+(?:[\w-]+\s+)?systems?\b", re.IGNORECASE)
"""An air-defence "system" is a battery, a battalion or a regiment, as the writer counts it;
SIPRI may count otherwise (India's "five S-400 systems" are ten in the register)."""


def _loose(text: str, system: Mention) -> bool:
    """A count of air-defence "systems": a match confirms it, a mismatch proves nothing."""
    return bool(_SYSTEMS.match(text, system.end)) and any(
        e.text("category") == "air-defence" for e in system.of("system")
    )


def _number(text: str, system: Mention) -> tuple[int, Span] | None:
    """The count right before the system ("12 Su-30SM", "a dozen new Su-30SM fighters"); none
    when it counts formations of the system ("five S-400 squadrons")."""
    if _FORMATIONS.match(text, system.end):
        return None

    for number in reversed(find_cardinals(text[: system.start])):
        between = text[number.end : system.start]
        plain = not (number.year_like or number.money or number.percent or number.vague)
        if plain and _BETWEEN.fullmatch(between) and not _NOT_BETWEEN.search(between):
            return int(number.value), (number.start, number.end)
        return None
    return None


_OWNS_COUNT = lazy_compile(r"['’]s?\s+$")
"""Between a country and the count that follows it: its possessive ("Egypt's 54")."""


def _holding(text: str, found: Mentions, number: tuple[int, Span] | None) -> bool:
    """The count right after a country's possessive ("Egypt's 54 Rafale jets"): how many the
    country holds, not how many one deal was of."""
    if number is None:
        return False
    start = number[1][0]
    return any(
        not c.adjective and c.end < start and _OWNS_COUNT.fullmatch(text, c.end, start)
        for c in found.countries
    )


def _year(text: str, begin: int, end: int) -> tuple[int, Span] | None:
    years = [m for m in _YEAR.finditer(text) if begin <= m.start("year") < end]
    if len({m["year"] for m in years}) != 1:
        return None
    return int(years[0]["year"]), dated(text, years[0].span("year"))


_OF_COUNTRY = (
    r"(?:(?!(?:end|start|beginning|middle|rest|part|north|south|east|west|capital)\b)"
    r"[\w-]+(?:\s+[\w-]+)?\s+of\s+(?:the\s+)?)?"
)
"""A ruler, body or people of a country between "to" and its name: "delivered to the Shah of
Iran", "sold to the armed forces of Egypt" (but not "by the end of", "the north of")."""
_FOR = lazy_compile(r"\bfor\s+(?:the\s+|its\s+|their\s+|\w+['’]s\s+)?$", re.IGNORECASE)


def _platform(text: str, verb_end: int, system: Mention) -> bool:
    """A system after "for" ("deliver engines for the Tejas", "bought spares for its F-16s") is
    the platform what is traded serves, not the thing traded."""
    return bool(_FOR.search(text, verb_end, system.start))


def find_deals(text: str, found: Mentions, anchor: dt.date | int | None = None) -> list[Deal]:
    """Deal assertions in `text`, one per transfer verb that governs a system. A claim's deals
    are read once, by its analysis (`ClaimDoc.deals`), and shared by the verifiers. `anchor`,
    the claim set's published date (or the claim's year), resolves "this year", "last year",
    "in February"; without it such a deal has no year, only `relative`."""
    deals: list[Deal] = []
    former = [m.span() for m in _FORMER.finditer(text)]
    for verb in _VERB.finditer(text):
        if any(start <= verb.start() < end for start, end in former):
            continue  # "previously operated by Sweden": an earlier operator, not a deal
        index = int(str(verb.lastgroup)[1:])  # the groups are exactly the verbs' v0, v1, …
        _, kind, future = _VERBS[index]
        begin = clause_start(text, verb.start())
        stop = text.find(". ", verb.end())
        end = len(text) if stop < 0 else stop
        systems = [s for s in found.systems if begin <= s.start < end]
        if not systems:
            continue
        objects = [s for s in systems if s.start < verb.end() or not _platform(text, verb.end(), s)]
        if not objects:
            continue
        system = next((s for s in objects if s.start >= verb.end()), None) or _head(text, objects)
        nominal = buyer = None
        if _ORDER_NOUN.match(verb.group()):
            buyer = _buyer(text, found, verb.start())
            nominal = _nominal(text, system.end, end, agent=buyer is None)
            if nominal is None and buyer is None:
                continue  # "the order for 80 Rafales": no buyer said to have placed it
        supplier = to_country = by_country = None
        from_span = None
        for country in (c for c in found.countries if verb.end() <= c.start < end):
            if any(e == country.start for _, e in former):
                continue  # "… previously used by France": not a party to this deal
            lead = re.search(
                r"\b(from|to|by|with)\s+(?:the\s+)?" + _OF_COUNTRY + "$",
                text[: country.start],
                re.I,
            )
            word = lead.group(1).lower() if lead else ""
            if word == "with" and (kind != "order" or country.adjective):
                word = ""  # "an order … with Russia": its other party; not "with Saudi funds"
            owner = _owner(text, country, system) if kind != "send" else None
            if owner is not None and supplier is None:  # "24 of Denmark's F-16s"
                supplier, from_span = country, owner
            elif word in ("from", "with") and supplier is None and lead is not None:
                supplier, from_span = country, (lead.start(), country.start)
            elif word == "to" and to_country is None:
                to_country = country
            elif word == "by" and by_country is None:
                by_country = country
        within = next(  # "signed a deal with Russia for …": the other party supplies
            (
                c
                for c in found.countries
                if verb.start() < c.start < verb.end()
                and re.search(r"\bwith\s+(?:the\s+)?$", text[: c.start], re.IGNORECASE)
            ),
            None,
        )
        if within is not None and supplier is None:
            supplier, from_span = (
                within,
                (c_with := text.rfind("with", 0, within.start), c_with + 4),
            )
        before = [c for c in found.countries if begin <= c.start < verb.start()]
        subject = _subject(text, before)
        sources = [m for m in found.names if not m.of("system") and begin <= m.start < end]
        source = next(
            (
                m
                for m in sources
                if m.start >= verb.end()
                and re.search(r"\b(?:from|by)\s+(?:the\s+)?$", text[: m.start], re.I)
            ),
            None,
        )
        after = [c for c in found.countries if verb.end() <= c.start < end]
        right_after = next(
            (c for c in after if re.fullmatch(r"\s+(?:the\s+)?", text[verb.end() : c.start])), None
        )
        passive = kind == "send" and bool(
            re.match(r"(?:was|were|been)\s", verb.group(), re.I)
            or re.search(r"\b(?:is|are|was|were|been|being)\s+$", text[: verb.start()], re.I)
        )
        if passive:  # "the K2 tanks are supplied to Poland by Germany", "India's Apaches were …"
            recipient = to_country or subject
            supplier = by_country or supplier
            sender = source
        elif kind == "send":
            recipient = to_country or right_after  # "Spain sent Ukraine 29 Leopard 2A4 tanks"
            if subject is not None and supplier is None:
                supplier = subject
            named = [m for m in sources if m.start < verb.start()]
            sender = named[-1] if named else source
        else:
            arrived_in = next(  # "the first FA-50s arrived in Poland"
                (c for c in after if re.search(r"\bin\s+(?:the\s+)?$", text[: c.start], re.I)),
                None,
            )
            recipient = by_country or buyer or subject or arrived_in
            sender = source
        completion = (
            _COMPLETION.search(text, system.end, end) if _NOUN.match(verb.group()) else None
        )
        if completion is not None and completion["modal"]:
            future = True  # "the delivery … is expected to be completed in 2026"
        if _APPROVAL.search(text, begin, verb.start()):
            future = True  # "approved the delivery of": a sale approved, not yet a deal
        number = _number(text, system) or _owned_count(text, from_span, system)
        earlier = _earlier(text, found, former, begin, end)
        part = None  # "four of Kazakhstan's Su-30SMs": some of the recipient's units
        holds = any(re.fullmatch(p, verb.group(), re.IGNORECASE) for p in (_HOLDS, _OPERATOR_FORM))
        if number is None and recipient is not None and not holds:  # a fleet's count: inventory
            part = _owned_count(text, _owner(text, recipient, system), system)
        year = _year(text, begin, end)
        years = None if year else claimed_years(text, begin, end)
        relative = None if year or years else relative_year(text, begin, end, anchor, ahead=future)
        if relative is not None and relative[1] is not None:
            year = relative[1], relative[0]
        lease, lessor = _lease(text, found, verb.span(), begin, end)
        if lessor is not None and supplier is None:  # "under a lease with the Swedish …"
            supplier, from_span = lessor
        gap, money = deal_money(text, verb.span(), end)
        if buyer is not None and money is None:  # "Poland's $10 billion contract for"
            money = owned_money(text, buyer.end + 2, verb.start())
        dated_noun = _dated_noun(text, verb.end(), end, year)
        if dated_noun is not None and kind != "order":
            # "received 12 in a 2018 deal": the year dates the order, not the receipt; it is
            # no year of delivery, and the words stay unread
            year = dated_noun = None
        deals.append(
            Deal(
                system=system,
                kind="order"  # type: ignore[arg-type]
                if _SALE.match(verb.group()) or _ONGOING.match(verb.group())
                else kind,
                future=future,
                verb=verb.span(),
                recipient=recipient,
                supplier=supplier,
                sender=sender,
                number=number or part,
                year=year,
                from_span=from_span,
                years=years,
                first=(first := first_word(text, number[1][0] if number else system.start)),
                first_of=bool(
                    first and number and re.fullmatch(r"\s+of\s+", text[first[1] : number[1][0]])
                ),
                more=more_word(text, number[1][1], system.start) if number else None,
                relative=relative[0] if relative else None,
                nominal=nominal,
                dated_noun=dated_noun,
                nth=_nth(text, verb.span()),
                standing=(
                    (verb.start() + rank.start("rank"), verb.start() + rank.end("rank"))
                    if (rank := _STANDING.match(verb.group()))
                    else None
                ),
                holding=_holding(text, found, number),
                since=since(text, year[1]) if year and not relative else None,
                by=up_to(text, year[1]) if year and not relative else None,
                completed=completion.span() if completion else None,
                began=began(verb.group()),
                holds=holds,
                loose=_loose(text, system),
                part=part is not None,
                earlier=earlier,
                condition=condition(text, begin, system.start)
                or condition_after(text, system.end, end),
                force=_force(text, recipient),
                built_in=_built_in(text, found, verb.end(), end),
                gap=gap,
                money=money,
                worth=deal_worth(text, system.end, end),
                lease=lease,
                units=(units := _UNITS.match(text, system.end)) and units.span("noun"),
            )
        )
        others = _conjuncts(text, found, subject, begin) if subject is not None else []
        if others and subject in (recipient, supplier):
            deals[-1:] = [
                replace(
                    deals[-1],
                    recipient=country if recipient == subject else recipient,
                    supplier=country if supplier == subject else supplier,
                    force=_force(text, country) if recipient == subject else deals[-1].force,
                    number=None,
                    part=False,
                    holding=False,
                    first=None,
                    first_of=False,
                    more=None,
                    joint=True,
                )
                for country in (*others, subject)
            ]
    deals += [c for d in list(deals) for c in _coordinated(text, found, d)]
    deals += _renewals(text, found)
    dealt = {d.system.start for d in deals}
    deals += [d for d in _possessed(text, found) if d.system.start not in dealt]
    return deals


def _lease(
    text: str, found: Mentions, verb: Span, begin: int, end: int
) -> tuple[Span | None, tuple[CountryMention, Span] | None]:
    """The words that make the deal a lease (a lease verb, or "under a leasing arrangement" in
    its clause) and its lessor named after "with" there, with the words from "with" to it."""
    if _LEASE_VERB.search(text, *verb):
        return verb, None
    under = _UNDER_LEASE.search(text, begin, end)
    if under is None:
        return None, None
    if under["party"] is None:
        return under.span(), None
    lessor = next((c for c in found.countries if c.start == under.end()), None)
    with_at = text.rfind("with", under.start(), under.end())
    words = (under.start(), len(text[:with_at].rstrip()))
    if lessor is None:
        return words, None
    force = _force(text, lessor)  # "the Swedish government"
    return words, (lessor, (with_at, force[1][1] if force else under.end()))


_TERM = lazy_compile(
    r"\s+for\s+(?:another|a\s+further|a)?\s*(?:(?P<decade>decade)|(?P<n>\d{1,2})\s+years?)\b",
    re.IGNORECASE,
)
"""The term a lease is renewed for: "for another decade", "for 10 years"."""


def _renewals(text: str, found: Mentions) -> list[Deal]:
    """ "The leasing arrangement for Hungary's Gripens was renewed … during 2012", "Hungary
    extended the lease of its Gripens in 2012": a lease's extension, dated by its year, read as
    the lessee's deal of the system with the renewal (and its term, `Deal.renewal_term`)."""
    deals: list[Deal] = []
    for match in _RENEWAL.finditer(text):
        begin = clause_start(text, match.start())
        stop = text.find(". ", match.end())
        end = len(text) if stop < 0 else stop
        systems = [s for s in found.systems if begin <= s.start < end]
        lessees = [c for c in found.countries if begin <= c.start < end and not c.adjective]
        year = _year(text, begin, end)
        if not systems or not lessees or year is None:
            continue
        noun = match.span("noun") if match["noun"] else match.span("noun2")
        verb = (match.start(), len(text[: noun[0]].rstrip()))  # "extended the"
        if match["noun"]:  # "was renewed"
            auxiliaries = list(_AUXILIARY.finditer(text, noun[1], match.end()))
            verb = (auxiliaries[-1].start() if auxiliaries else noun[1], match.end())
        term = _TERM.match(text, match.end())
        after = term.end() if term else match.end()
        said = year[1]  # "during 2012": the year with its preposition right after
        if re.fullmatch(r"\s+(?:in|during)\s+", text[after : year[1][0]], re.IGNORECASE):
            said = (after + 1, year[1][1])
        deals.append(
            Deal(
                system=systems[0],
                kind="order",
                future=False,
                verb=verb,
                recipient=lessees[0],
                supplier=None,
                sender=None,
                number=None,
                year=None,
                lease=noun,
                renewal=(year[0], said),
                renewal_term=(
                    (10 if term["decade"] else int(term["n"]), term.span()) if term else None
                ),
            )
        )
    return deals


_AUXILIARY = lazy_compile(r"\b(?:was|were|is|are|has\s+been|had\s+been|have\s+been)\s", re.I)


_CONJUNCT = lazy_compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?")
"""Between two countries coordinated as one subject: "Poland and Estonia", "Spain, France"."""


def _conjuncts(
    text: str, found: Mentions, subject: CountryMention, begin: int
) -> list[CountryMention]:
    """The countries coordinated with the subject before it in its clause (from `begin`):
    "Poland and" in "Poland and Estonia ordered HIMARS", in their order."""
    joined: list[CountryMention] = []
    right = subject
    for country in sorted(
        (c for c in found.countries if begin <= c.start and c.end <= subject.start),
        key=lambda c: -c.start,
    ):
        if not _CONJUNCT.fullmatch(text, country.end, right.start) or country.adjective:
            break
        joined.insert(0, country)
        right = country
    return joined


def _nth(text: str, verb: Span) -> tuple[int, Span] | None:
    """The rank in "placed a second order for" (from the second on), with its word."""
    if not re.search(r"\s+for$", text[verb[0] : verb[1]], re.IGNORECASE):
        return None
    match = ORDINAL_PATTERN.search(text, *verb)
    value = ordinal_value(match.group()) if match else None
    if match is None or value is None or value < 2:
        return None
    return value, match.span()


def _head(text: str, objects: list[Mention]) -> Mention:
    """The system of a subject before the verb ("48 FA-50 light combat aircraft were bought"):
    the last one named, or the first of a run of names with only spaces between, where the
    later ones are the first's class noun ("light combat aircraft") read as a name."""
    head = objects[-1]
    for other in reversed(objects[:-1]):
        if other.end > head.start or text[other.end : head.start].strip():
            break
        head = other
    return head


def _nominal(text: str, after: int, end: int, *, agent: bool) -> Span | None:
    """The passive verb of a deal named by its noun, after its system: "was placed by" in "an
    order for 1,000 K2 tanks was placed by Poland"; with its buyer named before the noun
    ("the Emirati order for 80 Rafales was signed"), no `agent` is needed."""
    match = _NOMINAL_PASSIVE.search(text, after, end)
    if match is None or _VERB.search(text, after, match.start()):
        return None
    if agent and not match["by"]:
        return None
    return match.span()


_DATED_NOUN = lazy_compile(
    r"\b(?:in|under|through)\s+(?:a|an|the)\s+(?P<year>19[5-9]\d|20[0-4]\d)\s+"
    + deal_verbs("contracts")
    + r"\b",
    re.IGNORECASE,
)


def _dated_noun(text: str, after: int, end: int, year: tuple[int, Span] | None) -> Span | None:
    """ "in a 2022 deal" after the verb, when its year is the deal's year."""
    match = _DATED_NOUN.search(text, after, end)
    if match is None or year is None or match.span("year") != year[1]:
        return None
    return match.span()


def _buyer(text: str, found: Mentions, noun: int) -> CountryMention | None:
    """The buyer named right before a deal's noun: its possessive ("Poland's order", "Poland's
    2022 order") or its adjective ("the Emirati order")."""
    for country in found.countries:
        between = text[country.end : noun]
        if _BUYER_OWNS.fullmatch(between) and not country.adjective:
            return country
        if country.adjective and re.fullmatch(r"\s+", between):
            return country
    return None


_AND = lazy_compile(
    r"(?:\s+[a-z][\w-]*){0,3}?\s*(?:,\s*(?:and\s+)?|\s+(?:and|as\s+well\s+as|plus)\s+)"
    r"(?:the\s+|an?\s+)?(?:[\w,-]+\s+){0,2}?"
)
"""Between two systems one verb governs: role words of the first, "and" (or a comma, "as well
as"), then a count or a word before the second ("180 K2 tanks and 212 K9 howitzers")."""


def _coordinated(text: str, found: Mentions, deal: Deal) -> list[Deal]:
    """The same deal for each further system coordinated with the deal's ("Poland ordered K2
    tanks and K9 howitzers from South Korea"): the verb asserts the deal of each, so each is
    read, with its own count; a country or another verb between ends the list."""
    deals: list[Deal] = []
    previous = deal.system
    for other in (s for s in found.systems if s.start >= deal.system.end):
        gap = text[previous.end : other.start]
        crossed = any(previous.end <= c.start < other.start for c in found.countries)
        if crossed or _VERB.search(gap) or not _AND.fullmatch(gap):
            break
        number = _number(text, other)
        deals.append(
            replace(
                deal,
                system=other,
                number=number,
                first=first_word(text, number[1][0] if number else other.start),
                loose=_loose(text, other),
                condition=condition(text, previous.end, other.start),
                part=False,
                holding=_holding(text, found, number),
            )
        )
        previous = other
    return deals


def _earlier(
    text: str, found: Mentions, former: list[Span], begin: int, end: int
) -> tuple[CountryMention, Span] | None:
    """The units' earlier operator in the clause: a country right after "previously used by"
    or after "ex-" ("ex-Danish"), with the words from the phrase to the country."""
    for country in (c for c in found.countries if begin <= c.start < end):
        phrase = next((s for s, e in former if e == country.start), None)
        if phrase is not None:
            return country, (phrase, country.end)
        if text[max(0, country.start - 3) : country.start].lower() == "ex-":
            return country, (country.start - 3, country.end)
    return None


_OWNER_AFTER = lazy_compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}")
_OF_BEFORE = lazy_compile(r"\bof\s+(?:the\s+)?$", re.IGNORECASE)


def _owner(text: str, country: CountryMention, system: Mention) -> Span | None:
    """ "of Denmark's" in "buy 24 of Denmark's aging F-16s": the units traded are the
    country's own, so it is their source (the supplier), never the recipient; the span runs
    from "of" to the possessive."""
    lead = _OF_BEFORE.search(text, 0, country.start)
    if lead is None or not _OWNER_AFTER.fullmatch(text, country.end, system.start):
        return None
    return lead.start(), country.end + (2 if text[country.end + 1 : country.end + 2] == "s" else 1)


def _owned_count(text: str, owner: Span | None, system: Mention) -> tuple[int, Span] | None:
    """The count before "of X's" ("24 of Denmark's F-16s"): how many of the owner's units."""
    if owner is None or owner[1] > system.start:
        return None
    for number in reversed(find_cardinals(text[: owner[0]])):
        plain = not (number.year_like or number.money or number.percent or number.vague)
        if plain and not text[number.end : owner[0]].strip():
            return int(number.value), (number.start, number.end)
        return None
    return None


_POSSESSIVE = lazy_compile(r"['’]s\s+(?:(?:new|first|latest|own)\s+)?(?:[\d,]+\s+)?")


def _possessed(text: str, found: Mentions) -> list[Deal]:
    """ "Poland's Patriot batteries": a country's own weapon, which it received unless it builds
    it; read as a past receipt with the possessive as its verb."""
    deals = []
    for country in found.countries:
        if country.adjective:
            continue
        link = _POSSESSIVE.match(text, country.end)
        system = next((s for s in found.systems if link and s.start == link.end()), None)
        if link is None or system is None:
            continue
        deals.append(
            Deal(
                system=system,
                kind="receive",
                future=False,
                verb=(country.end, country.end + 2),
                recipient=country,
                supplier=None,
                sender=None,
                number=None,
                year=None,
                possessive=True,
            )
        )
    return deals


def _built_in(text: str, found: Mentions, begin: int, end: int) -> tuple[str, Span] | None:
    """ "to be built under licence in Egypt": the country and the words from "built" to it."""
    for country in found.countries:
        if begin <= country.start < end:
            match = LICENCE.search(text, begin, country.start)
            if match:
                return country.country.iso3, (match.start(), country.end)
    return None


def _force(text: str, country: CountryMention | None) -> tuple[str, Span] | None:
    """ "air force" in "the Nigerian air force", "defence minister" in "Argentina's defence
    minister": the recipient's service or who acts for it, part of its name."""
    match = re.match(_FORCE, text[country.end :], re.IGNORECASE) if country else None
    if match is None or country is None:
        return None
    name = " ".join(match.group().lower().split()).removeprefix("'s ").removeprefix("’s ")
    return name, (country.end, country.end + match.end())


def _subject(text: str, before: list[CountryMention]) -> CountryMention | None:
    """The country that is the subject before the verb ("Kazakhstan", "the Kazakh air force",
    "four of Kazakhstan's Su-30SMs")."""
    for country in reversed(before):
        lead = text[max(0, country.start - 10) : country.start].lower()
        owner = text[country.end : country.end + 2] in ("'s", "’s")
        if re.search(r"\b(?:from|to|by|with|of)\s+(?:the\s+)?$", lead) and not (
            owner and lead.rstrip().endswith("of")
        ):
            continue
        if country.adjective and not re.match(_FORCE, text[country.end :], re.IGNORECASE):
            continue
        return country
    return None

"""Manufacture: who makes a system, read from the mentions by a small grammar.

* passive: "The Arlan is produced by Kazakhstan Paramount Engineering" (also "comes from the
  Turkish company Otokar", "… from Otokar", "The AS532 is a helicopter from Airbus");
* apposition after the system: "the Tejas maker HAL", "the Rafale's manufacturer, Dassault";
* active: "Baykar builds the TB2"; possessive: "Otokar's Cobra II"; compound: "the Baykar-made
  TB2", and its predicate "the J-10C is Chengdu-built"; apposition after the maker: "Saab, the
  maker of the Gripen"; a bare name before the system: "Lockheed Martin F-35"; partners:
  "Embraer and Saab are manufacturing partners on the Gripen E".

"by Airbus, BAE Systems and Leonardo" gives one assertion a maker. The verbs and nouns come from
the `manufacture` class of the relations lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from veracity.analysis.relations.model import Relation, confidence
from veracity.findings import Span
from veracity.lexicons import lexicon
from veracity.lexicons.relations import alternation
from veracity.mentions.finder import Mention, Mentions
from veracity.mentions.links import clause_start, gap_is, subtract
from veracity.mentions.roles import RoleMention
from veracity.patterns import literal_alternation

__all__ = ["manufacture"]

_VERB = alternation("manufacture", "passive")
_ACTIVE = alternation("manufacture", "active")
_AGENT = alternation("manufacture", "agent")
_PRODUCT = alternation("manufacture", "product")
_PRODUCT_OF = (
    alternation("manufacture", "copulas")
    + r"\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
    + _PRODUCT
    + r"\s+of\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?"
)
""""is a product of (Germany's)": between a system and its maker."""
_SUFFIX = r"(?:\s+" + literal_alternation(sorted(lexicon("company-suffixes"))) + r"\b\.?)?"
"""A legal suffix after a maker's name ("Saab AB developed …"), part of the name."""
_COMPANY = (
    r"(?:(?:[A-Z][\w-]*|"
    + alternation("manufacture", "company_modifiers")
    + r")\s+)?"
    + alternation("manufacture", "company")
    + r"\s+"
)
# text between the system and the maker, with the maker after
_SYSTEM_THEN_MAKER = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|are|was|were|being|been|has\s+been|have\s+been|"
    r"will\s+be|is\s+being)\s+)?(?:"
    + alternation("manufacture", "adverbs")
    + r"\s+)?"
    + _VERB
    + r"\s+(?:under\s+licen[cs]e\s+)?by\s+(?:the\s+)?(?:[\w-]+(?:['’]s)?\s+)?(?:"
    + _COMPANY
    + r")?"
    + r"|\s+(?:comes?|came|is|are)\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?(?:"
    + _COMPANY
    + r")?"
    + r"|\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?(?:"
    + _COMPANY
    + r")?"
    # "The AS532 is a helicopter from Airbus": a copula, a few (role) words, then "from"
    + r"|\s+(?:is|are|was|were)\s+(?:an?|the)\s+(?:[\w/-]+\s+){1,3}?from\s+(?:the\s+)?"
    # "The K2 is a product of Hyundai Rotem": a copula, then a product noun "of" the maker
    + r"|\s+"
    + _PRODUCT_OF
    + r"|(?:['’]s)?\s*,?\s+(?:whose\s+)?"
    + _AGENT
    + r"(?:\s+is)?\s*,?\s+",
    re.IGNORECASE,
)
# text between the maker and the system, with the system after
_MAKER_THEN_SYSTEM = re.compile(
    _SUFFIX
    + r"(?:['’]s)?\s*,?\s+(?:(?:which|that|who)\s+)?(?:also\s+)?"
    + _ACTIVE
    + r"\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    + r"|['’]s\s+(?:[\w-]+\s+){0,2}?"
    + r"|-"
    + alternation("manufacture", "compound")
    + r"\s+(?:[\w-]+\s+)?"
    + r"|\s*,?\s+(?:the\s+)?"
    + _AGENT
    + r"\s+of\s+(?:the\s+)?"
    + r"|\s+",
    re.IGNORECASE,
)
_OWNED = r"['’]s\s+(?:[\w-]+\s+){0,2}"
_IS = r"(?:\s*\([^()]*\))?\s+" + alternation("manufacture", "copulas") + r"\s+"
_MAKER_IS = re.compile(
    _IS + r"(?:the|a|an|one\s+of\s+the)\s+(?:[\w-]+\s+){0,2}?" + _AGENT + r"s?\s+of\s+(?:the\s+)?"
    r"|" + _IS + r"(?:the|a|an|one\s+of\s+the)\s+",
    re.IGNORECASE,
)
"""Between a maker and a system a copula says it makes: "HAL is the manufacturer of the Tejas",
"HAL is the Tejas maker" (the agent noun then follows the system, `_AGENT_AFTER`)."""
_AGENT_AFTER = re.compile(r"(?:['’]s)?\s+" + _AGENT + r"s?\b", re.IGNORECASE)
_IS_OWNED = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?P<copula>" + alternation("manufacture", "copulas") + r")\s+",
    re.IGNORECASE,
)
"""Between a system and the maker whose it is said to be: "The Marauder is Paramount's"."""
_OWNED_END = re.compile(r"['’]s\s*(?:[.;,]|$)")
_AGENT_OF = re.compile(r"\b(?:the\s+)?" + _AGENT + r"s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
"""Before a system whose maker a copula then names: "The manufacturer of the Krab is HSW"."""
_IS_A = re.compile(r"\s+" + alternation("manufacture", "copulas") + r"\s+an?\s+", re.IGNORECASE)
"""Between a system and a maker that qualifies what it is: "The AS532 is an Airbus …"."""
_MAKER_QUALIFIES = re.compile(
    r"-" + alternation("manufacture", "compound") + r"\b|\s+" + _PRODUCT + r"\b",
    re.IGNORECASE,
)
"""After such a maker: "a Hanwha Aerospace-built howitzer", "a Baykar product"."""
_COMPOUND_END = re.compile(
    r"-" + alternation("manufacture", "compound") + r"\b(?=\s*(?:[.;,!?]|$))", re.IGNORECASE
)
"""After a maker a bare copula says the system is made by: "The J-10C is Chengdu-built."."""


def _owned(text: str, after: list[Mention]) -> Mention:
    """The system made: in "builds the Patriot's PAC-3 MSE interceptor" the PAC-3 MSE, the
    thing the first system owns, not the Patriot."""
    system = after[0]
    for owned in after[1:]:
        if not re.fullmatch(_OWNED, text[system.end : owned.start]):
            break
        system = owned
    return system


def _form(text: str, system: Mention, maker: Mention) -> str:
    if maker.start > system.start:
        return (
            "passive"
            if re.search(r"\bby\b|\bfrom\b", text[system.end : maker.start])
            else ("apposition")
        )
    gap = text[maker.end : system.start]
    if gap.startswith("-"):
        return "compound"
    if re.match(r"['’]s\s", gap):
        return "possessive"
    if re.search(r"\bof\b", gap):
        return "apposition"
    return "active" if gap.strip(" ,") else "name"


def _linked(
    text: str, systems: list[Mention], makers: list[Mention]
) -> Iterator[tuple[Mention, Mention, Span]]:
    for maker in makers:
        begin = clause_start(text, maker.start)
        before = [s for s in systems if begin <= s.start and s.end <= maker.start]
        for system in reversed(before):
            link = _SYSTEM_THEN_MAKER.fullmatch(text, system.end, maker.start)
            if link is None and before and system is before[-1]:
                link = re.search(
                    r"\b(?:" + _VERB + r"\s+by\s+|" + _PRODUCT_OF + r")",
                    text[system.end : maker.start],
                    re.IGNORECASE,
                )
                if link is not None and not gap_is(
                    text, system.end + link.end(), maker.start, r"(?:the\s+)?(?:[\w-]+\s+){0,3}"
                ):
                    link = None
                if link is not None:
                    yield system, maker, (system.end + link.start(), system.end + link.end())
                    break
            if link is not None:
                yield system, maker, (system.end, maker.start)
                break
        after = [s for s in systems if s.start >= maker.end]
        if after:
            system = after[0]
            if _MAKER_THEN_SYSTEM.fullmatch(text, maker.end, system.start):
                yield _owned(text, after), maker, (maker.end, system.start)


def _qualifying(text: str, maker: Mention, roles: Sequence[RoleMention]) -> int | None:
    """The end of what says a maker made the thing it qualifies: "-built", "product", or the
    maker alone before a run of role words ("an Airbus helicopter"); None when none follows."""
    if said := _MAKER_QUALIFIES.match(text, maker.end):
        return said.end()
    if any(gap_is(text, maker.end, r.start, r"\s+") for r in roles):
        return maker.end
    return None


def _copulas(
    text: str, systems: list[Mention], makers: list[Mention], roles: Sequence[RoleMention] = ()
) -> Iterator[tuple[Mention, Mention, Span]]:
    """ "HAL is the manufacturer of the Tejas", "HAL is the Tejas maker", "The Marauder is
    Paramount's", "The manufacturer of the Krab is HSW", "The AS532 is an Airbus helicopter",
    "The Akinci is a Baykar product", "The J-10C is Chengdu-built": a copula that says the
    maker makes the system."""
    for maker in makers:
        prior = [s for s in systems if s.end <= maker.start]
        if prior and re.fullmatch(_IS, text[prior[-1].end : maker.start]):
            agent = _AGENT_OF.search(text, clause_start(text, prior[-1].start), prior[-1].start)
            if agent is not None:
                yield prior[-1], maker, (agent.start(), maker.start)
        bare = prior and re.fullmatch(_IS, text[prior[-1].end : maker.start], re.IGNORECASE)
        if bare and (made := _COMPOUND_END.match(text, maker.end)):  # "… is Chengdu-built"
            yield prior[-1], maker, (prior[-1].end, made.end())
        if prior and _IS_A.fullmatch(text, prior[-1].end, maker.start):
            end = _qualifying(text, maker, roles)
            if end is not None:  # the link spans the maker: one covering span
                yield prior[-1], maker, (prior[-1].end, max(end, maker.start))
        after = [s for s in systems if s.start >= maker.end]
        if after and (link := _MAKER_IS.fullmatch(text, maker.end, after[0].start)):
            system = after[0]
            if re.search(r"\bof\s+(?:the\s+)?$", link.group(), re.IGNORECASE):
                yield system, maker, (maker.end, system.start)
            elif agent := _AGENT_AFTER.match(text, system.end):
                yield system, maker, (maker.end, agent.end())
        before = [s for s in systems if s.end <= maker.start]
        owned = _OWNED_END.match(text, maker.end)
        if before and owned and (copula := _IS_OWNED.fullmatch(text, before[-1].end, maker.start)):
            yield before[-1], maker, (copula.start("copula"), maker.end + 2)


_PARTNERS = re.compile(
    r"\s+"
    + alternation("manufacture", "copulas")
    + r"\s+(?:the\s+)?"
    + alternation("manufacture", "partners")
    + r"\s+(?:on|in|for|of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""Between the last of several makers and a system: "are manufacturing partners on the"."""


def _partners(
    text: str, systems: list[Mention], makers: list[Mention]
) -> Iterator[tuple[Mention, Mention, Span]]:
    """ "Embraer and Saab are manufacturing partners on the Gripen E": each maker of the list
    before the partner words makes the system."""
    for at, last in enumerate(makers):
        after = [s for s in systems if s.start >= last.end]
        if not after or not _PARTNERS.fullmatch(text, last.end, after[0].start):
            continue
        group = [last]
        for earlier in reversed(makers[:at]):
            if not gap_is(text, earlier.end, group[0].start, r",\s*(?:and\s+)?|\s+and\s+"):
                break
            group.insert(0, earlier)
        for maker in group:
            yield after[0], maker, (last.end, after[0].start)


def _pairs(
    text: str, systems: list[Mention], makers: list[Mention], roles: Sequence[RoleMention]
) -> Iterator[tuple[Mention, Mention, Span, str]]:
    for system, maker, link in _linked(text, systems, makers):
        yield system, maker, link, _form(text, system, maker)
        for more in makers[makers.index(maker) + 1 :]:  # "by Airbus, BAE Systems and Leonardo"
            if not gap_is(text, maker.end, more.start, r",\s*(?:and\s+)?|\s+and\s+"):
                break
            yield system, more, (maker.end, more.start), "passive"
            maker = more
    for system, maker, link in _copulas(text, systems, makers, roles):
        yield system, maker, link, "copula"
    for system, maker, link in _partners(text, systems, makers):
        yield system, maker, link, "partners"


_LICENCE = re.compile(r"\s+under\s+(?:a\s+)?licen[cs]e\b", re.IGNORECASE)
"""After the system an active verb makes: "HAL produces the Su-30MKI under licence"."""
_ASIDE_OPEN, _ASIDE_CLOSE = re.compile(r"\s*\(\s*"), re.compile(r"\s*\)")


def _same_name(text: str, maker: Mention, makers: list[Mention]) -> Span | None:
    """A bracketed other name of the maker right after it: "Hindustan Aeronautics Limited
    (HAL)"; the span from the maker's end to the closing bracket, when it names the same maker."""
    opened = _ASIDE_OPEN.match(text, maker.end)
    if opened is None:
        return None
    inner = next((m for m in makers if m.start == opened.end()), None)
    closed = _ASIDE_CLOSE.match(text, inner.end) if inner else None
    if inner is None or closed is None:
        return None
    ids = {(e.kind, e.id) for e in maker.entities}
    return (maker.end, closed.end()) if ids & {(e.kind, e.id) for e in inner.entities} else None


def manufacture(
    text: str, found: Mentions, roles: Sequence[RoleMention] = ()
) -> Iterator[Relation]:
    """The manufacture assertions of a claim: one a (system, maker) pair, in text order of the
    makers, each pair once. A system whose name fits unrelated rows makes it not confident.
    `roles`, the runs of role words, let a maker before one qualify what the system is."""
    systems, makers = found.systems, [m for m in found.makers if not m.of("system")]
    if not systems or not makers:
        return
    places = [(c.start, c.end) for c in found.countries] + [(r.start, r.end) for r in found.regions]
    seen: set[tuple[int, int]] = set()
    for system, maker, link, form in _pairs(text, systems, makers, roles):
        if (system.start, maker.start) in seen:
            continue
        seen.add((system.start, maker.start))
        extra = [s for s in (_same_name(text, maker, makers),) if s is not None]
        if form == "active" and (licence := _LICENCE.match(text, system.end)):
            extra.append(licence.span())
        covers = (system.span, maker.span, *subtract(link, places), *extra)
        confident, candidates = confidence(system, text)
        if form == "partners":  # industrial partners may be suppliers of parts: support only
            confident = False
        yield Relation(
            "manufacture",
            form,
            text[link[0] : link[1]].strip(" ,"),
            system=system,
            maker=maker,
            covers=covers,
            confident=confident,
            candidates=candidates,
        )

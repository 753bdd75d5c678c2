"""Manufacture: who makes a system, read from the mentions by a small grammar.

* passive: "The Arlan is produced by Kazakhstan Paramount Engineering" (also "comes from the
  Turkish company Otokar", "… from Otokar", "The AS532 is a helicopter from Airbus");
* apposition after the system: "the Tejas maker HAL", "the Rafale's manufacturer, Dassault";
* active: "Baykar builds the TB2"; possessive: "Otokar's Cobra II"; compound: "the Baykar-made
  TB2"; apposition after the maker: "Saab, the maker of the Gripen"; a bare name before the
  system: "Lockheed Martin F-35"; partners: "Embraer and Saab are manufacturing partners on the
  Gripen E".

"by Airbus, BAE Systems and Leonardo" gives one assertion a maker. The verbs and nouns come from
the `manufacture` class of the relations lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from veracity.analysis.relations.model import Relation, confidence
from veracity.findings import Span
from veracity.lexicons.relations import alternation
from veracity.mentions.finder import Mention, Mentions
from veracity.mentions.links import clause_start, gap_is, subtract

__all__ = ["manufacture"]

_VERB = alternation("manufacture", "passive")
_ACTIVE = alternation("manufacture", "active")
_AGENT = alternation("manufacture", "agent")
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
    + r"|(?:['’]s)?\s*,?\s+(?:whose\s+)?"
    + _AGENT
    + r"(?:\s+is)?\s*,?\s+",
    re.IGNORECASE,
)
# text between the maker and the system, with the system after
_MAKER_THEN_SYSTEM = re.compile(
    r"(?:['’]s)?\s*,?\s+(?:(?:which|that|who)\s+)?(?:also\s+)?"
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
                link = re.search(r"\b" + _VERB + r"\s+by\s+", text[system.end : maker.start])
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


def _copulas(
    text: str, systems: list[Mention], makers: list[Mention]
) -> Iterator[tuple[Mention, Mention, Span]]:
    """ "HAL is the manufacturer of the Tejas", "HAL is the Tejas maker", "The Marauder is
    Paramount's": a copula that says the maker makes the system."""
    for maker in makers:
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
    text: str, systems: list[Mention], makers: list[Mention]
) -> Iterator[tuple[Mention, Mention, Span, str]]:
    for system, maker, link in _linked(text, systems, makers):
        yield system, maker, link, _form(text, system, maker)
        for more in makers[makers.index(maker) + 1 :]:  # "by Airbus, BAE Systems and Leonardo"
            if not gap_is(text, maker.end, more.start, r",\s*(?:and\s+)?|\s+and\s+"):
                break
            yield system, more, (maker.end, more.start), "passive"
            maker = more
    for system, maker, link in _copulas(text, systems, makers):
        yield system, maker, link, "copula"
    for system, maker, link in _partners(text, systems, makers):
        yield system, maker, link, "partners"


def manufacture(text: str, found: Mentions) -> Iterator[Relation]:
    """The manufacture assertions of a claim: one a (system, maker) pair, in text order of the
    makers, each pair once. A system whose name fits unrelated rows makes it not confident."""
    systems, makers = found.systems, [m for m in found.makers if not m.of("system")]
    if not systems or not makers:
        return
    places = [(c.start, c.end) for c in found.countries] + [(r.start, r.end) for r in found.regions]
    seen: set[tuple[int, int]] = set()
    for system, maker, link, form in _pairs(text, systems, makers):
        if (system.start, maker.start) in seen:
            continue
        seen.add((system.start, maker.start))
        covers = (system.span, maker.span, *subtract(link, places))
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

"""Origin: which country a system or maker comes from, read from the mentions.

* an adjective or a country next to the name: "the Russian Su-30SM", "Turkish-made Bayraktar
  TB2", "the Turkish company Otokar", "an indigenous Indian fighter";
* an apposition: "Storm Shadow, an Anglo-French missile";
* a predicate: "The ANKA is a Turkish UAV", "The TB2 is Turkish-made";
* a phrase: "made in Ukraine", "jointly developed by Pakistan and China", "of Israeli origin",
  "comes from Sweden"; "Turkey's Baykar" (a maker a country's name owns); "HAL of India" (a
  maker's country after "of").

A country's adjective before a system that a deal noun follows ("a Turkish F-35 deal", "the
Polish K2 order") names the buyer in that deal and asserts no origin; a "-made" adjective
still does ("a Turkish-made TB2 order").

Countries named together ("British-French", "Pakistan and China") make one assertion. The words
come from the `origin` class of the relations lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from veracity.analysis.relations.model import Relation, partial_link
from veracity.findings import Span
from veracity.lexicons.relations import alternation, deal_verbs
from veracity.mentions.finder import Mention, Mentions
from veracity.mentions.historical import HistoricalMention
from veracity.mentions.links import clause_start, copula_subject, gap_is
from veracity.mentions.roles import RoleMention
from veracity.patterns import lazy_compile
from veracity.sources.countries import CountryMention, RegionMention

__all__ = ["origins"]

_MADE = alternation("origin", "made")
_SUFFIX = re.compile(r"-" + _MADE + r"\b", re.IGNORECASE)
_MADE_IN = re.compile(
    r"\b(?:jointly\s+|co-?)?" + _MADE + r"\s+(?:in|by)\s+(?:the\s+)?$", re.IGNORECASE
)
"""Where or by which countries it is made: "made in China", "jointly developed by Pakistan and
China" (a maker's name after "by" is the maker's relation)."""
_DESIGN = re.compile(alternation("origin", "design"), re.IGNORECASE)
_COMES_FROM = re.compile(
    r"\b(?:"
    + alternation("origin", "comes_from_adverbs")
    + r"\s+)?"
    + alternation("origin", "comes_from")
    + r"\s+(?:from|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ROLE_FROM = re.compile(
    r"\b" + alternation("origin", "copulas") + r"\s+(?:an?|the)\s+(?P<what>[\w/\s-]+?)\s+from\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
""""The K2 is a main battle tank from South Korea", "Paramount is a company from South Africa":
a copula, a run of role words or a company noun, then "from" the country."""
_OF_ORIGIN = re.compile(r"\s+" + alternation("origin", "of_origin") + r"\b", re.IGNORECASE)
_COMPANY = (
    r"(?:"
    + alternation("origin", "company_modifiers")
    + r"\s+)?"
    + alternation("origin", "company")
)
_JOINT = r"[-–/]|\s+and\s+(?:the\s+)?|\s*,\s*(?:and\s+)?(?:the\s+)?"
_GAP = r"[\s-]*(?:(?:the|a|an)\s+)?(?:" + _COMPANY + r"\s+)?"
_DEAL_NOUN = re.compile(r"[\s-]*" + alternation("origin", "deal_nouns") + r"\b", re.IGNORECASE)
_TRANSFERRED = lazy_compile(
    r"\s+(?:(?:were|was|is|are|have\s+been|has\s+been|had\s+been|will\s+be)\s+"
    r"(?:(?:first|already|finally|now)\s+)?(?:"
    + "|".join(deal_verbs(g) for g in ("order_past", "send_past", "receive_past"))
    + r")|"
    + deal_verbs("arrive")
    + r")\b",
    re.IGNORECASE,
)
"""A transfer said of the system ("were ordered", "have been delivered", "arrived"): the demonym
before it then names the buyer or recipient, as a deal noun after it does."""
"""A deal noun after a system: "a Turkish F-35 deal" names the buyer, not the origin."""
_HOME = re.compile(r"\b" + alternation("origin", "home") + r"\s+$", re.IGNORECASE)
"""Words before an origin adjective that say the same ("an indigenous Indian fighter")."""

Place = CountryMention | RegionMention


def _place_span(place: Place, text: str) -> Span:
    suffix = _SUFFIX.match(text, place.end)
    home = (
        _HOME.search(text, 0, place.start)
        if isinstance(place, CountryMention) and place.adjective
        else None
    )
    return (home.start() if home else place.start, suffix.end() if suffix else place.end)


def _before(targets: list[Mention], position: int) -> Mention | None:
    before = [m for m in targets if m.end <= position]
    return before[-1] if before else None


def _possessed_maker(text: str, targets: list[Mention], position: int) -> Mention | None:
    """ "Turkey's Baykar": a maker a country's name owns (for a system it may be the user)."""
    after = [m for m in targets if m.start >= position]
    maker = after[0] if after and after[0].of("maker") and not after[0].of("system") else None
    if maker is not None and gap_is(text, position, maker.start, r"['’]s\s+"):
        return maker
    return None


_MAKER_OF = r"\s+" + alternation("origin", "maker_of") + r"\s+(?:the\s+)?"


def _maker_of(text: str, targets: list[Mention], place: Place) -> Mention | None:
    """ "HAL of India": the maker right before "of" and the country (not a system: "the
    Rafale of India" is India's)."""
    maker = _before(targets, place.start)
    if maker is None or not maker.of("maker") or maker.of("system"):
        return None
    if re.match(r"['’]s\b", text[place.end :]):
        return None  # "HAL of India's …": not the maker's country
    return maker if gap_is(text, maker.end, place.start, _MAKER_OF) else None


def _apposed(text: str, targets: list[Mention], position: int) -> Mention | None:
    """ "the Su-30SM, a Russian fighter": the name an apposition after a comma describes."""
    before = [m for m in targets if m.end <= position]
    if before and gap_is(text, before[-1].end, position, r",\s+(?:a|an|the)\s+"):
        return before[-1]
    return None


def _next(
    text: str, targets: list[Mention], position: int, roles: Sequence[RoleMention]
) -> tuple[Mention | None, Span]:
    """The name the adjective at `position` modifies, allowing role words between."""
    after = [r for r in roles if r.start >= position]
    for target in targets:
        if target.start < position:
            continue
        if gap_is(text, position, target.start, _GAP):
            return target, (position, target.start)
        role = next((r for r in after if gap_is(text, position, r.start, r"[\s-]*")), None)
        if role and gap_is(text, role.end, target.start, r"\s+(?:the\s+)?"):
            return target, (position, position)
        return None, (position, position)
    return None, (position, position)


def _deal_follows(text: str, target: Mention, roles: Sequence[RoleMention]) -> bool:
    """A deal noun or a transfer of the system follows it, role words allowed between ("Rafale
    fighter contract", "Patriots were ordered")."""
    end = target.end
    role = next(
        (r for r in roles if r.start >= end and gap_is(text, end, r.start, r"[\s-]*")), None
    )
    if role is not None:
        end = role.end
    return bool(_DEAL_NOUN.match(text, end) or _TRANSFERRED.match(text, end))


def _role_from(
    text: str, head: str, targets: list[Mention], roles: Sequence[RoleMention]
) -> tuple[Mention, list[Span]] | None:
    """The name a "<copula> a <role words> from" before a country is said of, and the spans the
    origin covers (the copula and "from"; a company noun too, the role words being the role's)."""
    said = _ROLE_FROM.search(head)
    if said is None:
        return None
    what = said.span("what")
    company = re.fullmatch(_COMPANY, said.group("what"), re.IGNORECASE)
    if not company and not any((r.start, r.end) == what for r in roles):
        return None
    subject = _before(targets, said.start())
    if subject is None or subject.start < clause_start(text, said.start()):
        return None
    if not gap_is(text, subject.end, said.start(), r"\s+(?:[\w-]+\s+){0,2}"):
        return None
    if company:
        return subject, [(said.start(), said.end())]
    return subject, [(said.start(), what[0]), (what[1], said.end())]


def origins(
    text: str,
    found: Mentions,
    former: Sequence[HistoricalMention],
    roles: Sequence[RoleMention],
) -> Iterator[Relation]:
    """The origin assertions of a claim, in text order of their places."""
    targets = [m for m in found.names if m.of("system") or m.of("maker")]
    if not targets:
        return
    places: list[Place] = [*found.countries, *found.regions, *former]
    joint: list[CountryMention] = []
    for place in sorted(places, key=lambda p: p.start):
        following = next((p for p in found.countries if p.start > place.end), None)
        if (
            isinstance(place, CountryMention)
            and following is not None
            and place.adjective == following.adjective
            and gap_is(text, place.end, following.start, _JOINT)
        ):
            joint.append(place)  # "British-French", "Pakistan and China": judged together
            continue
        together, joint = tuple(joint), []
        span = _place_span(place, text)
        production = span[1] > place.end or span[0] < place.start  # "-made", "indigenous"
        adjective = (
            (isinstance(place, RegionMention) and not isinstance(place, HistoricalMention))
            or place.adjective
            or production
        )
        head = text[: (together[0] if together else place).start]
        target: Mention | None = None
        extra: list[Span] = []
        predicate = False
        form = "adjective"
        made_in = _MADE_IN.search(head) or _COMES_FROM.search(head)
        if made_in and re.match(r"['’]s\b", text[place.end :]):
            made_in = None  # "developed by Norway's Kongsberg": the maker's country
        role_from = None if made_in or adjective else _role_from(text, head, targets, roles)
        if role_from is not None:
            target, form = role_from[0], "made-in"
            extra += role_from[1]
        elif made_in and not adjective:
            target, form = _before(targets, place.start), "made-in"
            production = production or bool(
                _MADE_IN.search(head) and not _DESIGN.search(made_in.group())
            )  # "built in China" says where it is made; "developed by China" is its origin
            extra.append(made_in.span())
        elif adjective and (origin := _OF_ORIGIN.match(text, span[1])):
            target, form = _before(targets, place.start), "of-origin"
            extra.append((span[1], origin.end()))
        elif not adjective and (maker := _maker_of(text, targets, place)):
            target, form = maker, "of-place"
            extra.append((maker.end, place.start))
        elif not adjective and (owner := _possessed_maker(text, targets, place.end)):
            target, form = owner, "possessive"
            extra.append((place.end, owner.start))
        elif adjective:
            target, gap = _next(text, targets, span[1], roles)
            if target is not None and not production and _deal_follows(text, target, roles):
                continue  # "a Turkish F-35 deal": the buyer in that deal
            if target is not None:
                extra.append(gap)
            else:  # "Storm Shadow, an Anglo-French missile": from the first adjective
                target, form = (
                    _apposed(text, targets, (together or (place,))[0].start),
                    ("apposition"),
                )
            if target is None:
                subject = copula_subject(text, place.start, targets)
                target = subject[0] if subject else None
                predicate, form = target is not None, "copula"
                company = re.match(r"\s+" + _COMPANY + r"\b", text[span[1] :], re.I)
                if target is not None and company:
                    extra.append((span[1], span[1] + company.end()))
        if target is None:
            continue
        if together:
            extra.append((together[0].start, place.start))
        covers = (span, target.span, *(e for e in extra if e[0] < e[1]))
        said = text[(together[0] if together else place).start : span[1]]
        is_system = bool(target.of("system"))
        partial = partial_link(target, text)
        yield Relation(
            "origin",
            form,
            said,
            system=target if is_system else None,
            maker=None if is_system else target,
            place=place,
            joint=together,
            production=production,
            predicate=predicate,
            covers=covers,
            confident=not partial,
            candidates=tuple(f"{e.dataset}:{e.id}" for e in target.entities) if partial else (),
        )

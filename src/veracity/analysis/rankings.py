"""Ranking assertions: a country's place in a strength ranking such as Global Firepower.

A claim speaks of a ranking when it names one ("Global Firepower 2024", "the GFP index"), when
its `source` hint does, when it uses words of military strength ("the strongest army"), or,
in an article about the ranking (`veracity.analysis.editions.ranking_article`), when it uses
rank words ("secures the 26th position"). It is read into:

- ranks: an ordinal or number ("58th", "number 12", "seventh in the world"), a superlative
  ("the strongest in Central Asia", "second-strongest in Europe"), a head or foot word
  ("topped the ranking", "at the bottom") or "in the top 20", each with its scope (the world,
  a UN M49 region, or a place no region names) and the country it is about;
- the number of countries ranked ("out of 145"), comparisons ("ahead of Uzbekistan", "just
  behind Iran") and index scores ("a PwrIndx score of 0.2283");
- the edition: the year written with the ranking's name, else as `editions.edition` says;
  "last year" or "the previous edition" moves it back one.

A rank after "up from" or "compared with" is the previous edition's and is not read. The word
classes are data (`rankings.toml`, `veracity.analysis.ranking_words`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from veracity.analysis.editions import GFP, cites_gfp, edition, ranking_article
from veracity.analysis.measures import Measure, find_measures, measure_doubts
from veracity.analysis.ranking_words import alternation, numbers
from veracity.findings import Span
from veracity.ordinals import ORDINAL_PATTERN, ordinal_value, ordinal_word
from veracity.sources.countries import Country, CountryMention, RegionMention, countries

if TYPE_CHECKING:
    from veracity.analysis.doc import ClaimDoc

__all__ = [
    "UNKNOWN",
    "Comparison",
    "Inference",
    "Rank",
    "Ranking",
    "Score",
    "Total",
    "read_ranking",
]

_I = re.IGNORECASE


def _words(*names: str) -> str:
    return r"\b(?:" + alternation(*names) + r")\b"


_STRENGTH = re.compile(_words("strength"), _I)
_SUPERLATIVE = re.compile(
    r"\b(?:(?P<ord>" + ORDINAL_PATTERN.pattern[2:-2] + r")[\s-]+(?:most\s+)?)?"
    r"(?P<sup>(?P<top>" + alternation("superlative-top") + r")|"
    r"(?P<bottom>" + alternation("superlative-bottom") + r"))\b",
    _I,
)
_NUMBER_WORDS = numbers("cardinals")
_NUMBERED = re.compile(
    r"(?:\b(?:" + alternation("numbered") + r")|#)\s*"
    r"(?P<n>\d{1,3})\b(?![\d,.]*\s*(?:%|per|countries|nations))|"
    r"\bnumber\s+(?P<w>(?a:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r"))\b"
    r"(?!\s+of\b)",
    _I,
)
_TOP_WORDS = numbers("top-numbers")
_TOP = re.compile(
    r"\b(?:"
    + alternation("top-in")
    + r")\s+the\s+top[\s-]+(?P<n>\d{1,3}|(?a:"
    + "|".join(sorted(_TOP_WORDS, key=len, reverse=True))
    + r"))\b(?:[\s-]+(?:most\s+)?(?:"
    + alternation("superlative-top")
    + r")\b)?",
    _I,
)
"""'in the top 20', 'among the top 50 strongest' (the superlative is the top's own)."""
_FIELD = alternation("field-nouns")
_TOTAL = re.compile(
    r"\b(?:(?:out\s+of|of|among|from)\s+(?:the\s+)?(?P<n>\d{2,3})\s+(?:" + _FIELD + r")\b|"
    r"out\s+of\s+(?:a\s+total\s+of\s+)?(?P<m>\d{2,3})\b(?!\s*(?:%|percent))|"
    r"(?<=st|nd|rd|th)\s+of\s+(?:the\s+)?(?P<j>\d{2,3})\b(?!\s*(?:%|percent))(?!\s+\w)|"
    r"(?:" + alternation("field-verbs") + r")\s+(?P<k>\d{2,3})\s+(?:" + _FIELD + r")"
    r"(?:['’]\s+militaries)?\b)",
    _I,
)
_PREVIOUS = re.compile(_words("previous"), _I)
"""Words that put a rank in the edition before the one the article is about."""
_FROM_BEFORE = re.compile(
    r"\b(?:" + alternation("movement") + r")\s+(?:\w+\s+){0,3}?from\s+(?:the\s+)?(?:\w+\s+)?$|"
    r"\b(?:" + alternation("compared") + r")\s+(?:the\s+)?$",
    _I,
)
"""Words before a rank that make it the previous edition's ("up from 26th")."""
_RANK_WORDS = re.compile(_words("rank-words"), _I)
_HEAD = re.compile(
    r"\b(?P<first>"
    + alternation("head-first")
    + r")\b|\b(?P<last>"
    + alternation("head-last")
    + r")\b",
    _I,
)
_SCORE_NAME = alternation("score-names")
_SCORE_NOUN = alternation("score-nouns")
_SCORE = re.compile(
    r"\b(?:(?:" + _SCORE_NAME + r")(?:\s*\((?:" + _SCORE_NAME + r")\))?"
    r"(?:\s+(?:" + _SCORE_NOUN + r"))?(?:\s+for\s+(?:19|20)\d\d)?"
    r"(?:\s*:|\s+(?:of|was|is|at|stood\s+at|stands\s+at))?|"
    r"scored(?:\s+a)?|(?:" + _SCORE_NOUN + r")\s+of)\s+(?P<v>\d\.\d{2,4})\b|"
    r"\b(?P<after>\d\.\d{4})\s+(?:in|on)\s+(?:the\s+)?(?:" + _SCORE_NAME + r")\b|"
    r"\b(?:" + alternation("score-verbs") + r")\s+(?:a\s+|an\s+)?(?P<bare>\d\.\d{4})\b",
    _I,
)
"""A PowerIndex score said of a country ("a PwrIndx score of 0.2283", "scored 0.0699", "an
index rating of 0.1711", "got 0.0699 in index", "Russia got 0.0702")."""
_MORE_SCORES = re.compile(r"(?:\s*,\s*(?:and\s+)?|,?\s+and\s+)(?P<v>\d\.\d{2,4})\b")
"""Further values of a list of scores: "index ratings of 0.0702 and 0.0706"."""
_WORLD = re.compile(_words("world"), _I)
_COMPARE = re.compile(
    r"\b(?P<dir>(?P<ahead>(?P<passive>"
    + alternation("followed-by")
    + r")|"
    + alternation("ahead")
    + r")|"
    + alternation("behind")
    + r")\s+"
    r"(?:the\s+)?(?:(?:" + alternation("rival") + r")\s+)?",
    _I,
)
_NEXT_TO = re.compile(r"\b(?:" + alternation("next-to") + r")\s+$", _I)
"""Words that make a comparison one of neighbours: "just behind Iran"."""
_VOCABULARY = re.compile(_words("vocabulary"), _I)
_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+)?|,?\s+(?:and|&)\s+)(?:the\s+)?")
"""What joins the members of a list: "A, B and C", "A, B, and the C"."""
_HOLDER = re.compile(r"\s*,?\s*(?:" + alternation("holder-after") + r")\s+(?:the\s+)?")
_RELATIVE = re.compile(r"\s*,?\s*(?:" + alternation("relative") + r")\b[^,;]*")
_RESPECTIVELY = re.compile(_words("respectively"), _I)
_RANGE = re.compile(r"\s*(?:" + alternation("range-links") + r")\s*")
_OVERALL = re.compile(r"[\s-]+(?:" + alternation("overall-nouns") + r")\b", _I)
_FRONTED = re.compile(
    r"\s*(?:" + alternation("fronted-links") + r")\s+(?:(?:the|its|their|total|number\s+of)\s+)*",
    _I,
)
_MEASURE_GAP = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|,?\s+(?:and|or)\s+)(?:(?:the|its|their|total|number\s+of)\s+)*",
    _I,
)
"""What joins coordinated measures: "in manpower and active personnel", "in total aircraft and
total fighters"."""
_PLACE = re.compile(
    r"(?:\s+(?:" + alternation("forces") + r"))?\s+(?:in|of|among|across)\s+"
    r"(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)
_SCOPE_WORD = re.compile(r"\b(?:in|of|among|across)\b", _I)
_SIZE_ORDINAL = re.compile(r"[\s-]+(?:" + alternation("measure-ordinals") + r")\b", _I)
"""An ordinal of size: "the second-largest army" is a place in a measure, not overall."""
_NOT_A_RANK = re.compile(r"[\s-]*(?:" + alternation("not-a-rank") + r")")
_MILITARY_STRENGTH = re.compile(r"military\s+(?:strength|power)", _I)
_CARDINALS = numbers("cardinals")
_CARDINAL = r"(?P<card>\d{1,2}|(?a:" + "|".join(sorted(_CARDINALS, key=len, reverse=True)) + r"))"
_GROUP_SUPERLATIVE = re.compile(
    r"\bthe\s+" + _CARDINAL + r"[\s-]+(?:most\s+)?(?:" + alternation("superlative-top") + r")\b", _I
)
"""A group at the head of a field: "the three strongest militaries in the region"."""
_TOP_GROUP = re.compile(
    r"\bthe\s+top[\s-]+" + _CARDINAL + r"\s+(?:" + alternation("group-nouns") + r")\b", _I
)
"""The members of a top group named after it: "the top five countries included …"."""
_MEASURE_SUPERLATIVE = re.compile(
    r"\b(?:(?P<ord>" + ORDINAL_PATTERN.pattern[2:-2] + r")[\s-]+)?"
    r"(?P<sup>" + alternation("measure-superlatives") + r")\s+(?:(?:number|amount)\s+of\s+)?$",
    _I,
)
_BOTTOM_MEASURE = re.compile(alternation("measure-superlatives-bottom"), _I)
_MEASURE_LINK = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:" + alternation("measure-links") + r")\s+"
    r"(?:(?:the|its|their)\s+)?$",
    _I,
)
"""What may stand between a rank and its measure: "fifth in the world in tanks"."""
_MEMBERS = re.compile(
    _CARDINAL + r"\s+(?:of\s+the\s+)?$",
    _I,
)
"""The number before a region's name in "seven Southeast Asian countries"."""
_MEMBER_NOUN = re.compile(r"\s+(?:" + alternation("group-nouns") + r")\b", _I)
_MOVEMENT = re.compile(
    r"\b(?:" + alternation("movement") + r")\s+(?:\w+\s+){0,2}?(?:by\s+)?"
    r"(?:\d{1,3}|(?a:one|"
    + "|".join(_CARDINALS)
    + r"))\s+(?:"
    + alternation("movement-nouns")
    + r")\b",
    _I,
)
"""A change of place between editions: "climbed two places", "dropped 3 spots"."""
UNKNOWN = "?"


"""Marks the scope of a rank "in" a place no UN M49 region names ("?Gulf", "?NATO")."""


@dataclass(frozen=True, slots=True)
class Rank:
    """One rank assertion: "58th", "the strongest in Africa", "in the top 20"."""

    start: int
    end: int
    value: int | None
    """The place claimed, counted from the head; for "last", from the foot (None: last)."""
    scope: str | None
    """None: the world; else an M49 region name, or UNKNOWN + a place no region names."""
    scope_span: Span | None
    kind: str
    """place, top or last."""
    subject: Country | None = None
    measure: Measure | None = None
    """None: the overall index; else the figure the rank is in ("fifth in tanks")."""
    group: tuple[Country, ...] = ()
    """Every country the rank is said of; more than one: "A, B and C are in the top 10"."""
    members: tuple[int, str, Span] | None = None
    """A count of a region's countries the rank is said of: (7, "South-eastern Asia", where)
    for "seven Southeast Asian countries … among the top 50"."""
    overall: bool = False
    """The rank's own words name the overall strength ranked ("the top 10 powerful
    militaries"): a measure named elsewhere in the claim leaves it no doubt."""

    def describe(self) -> str:
        """ "58th in the world", "top 10 for tanks in Africa", "last in Europe"."""
        foot = f"{ordinal_word(self.value)} from last" if self.value else "last"
        said = {"top": f"top {self.value}", "last": foot}.get(
            self.kind, ordinal_word(self.value or 0)
        )
        measure = f" for {self.measure.name}" if self.measure else ""
        where = f" in {self.scope.lstrip(UNKNOWN)}" if self.scope else " in the world"
        return said + measure + where


@dataclass(frozen=True, slots=True)
class Comparison:
    """ "ahead of Uzbekistan", "just behind Iran"."""

    start: int
    end: int
    subject: Country | None
    ahead: bool
    word: str
    """The comparing words as written ("ahead of")."""
    other: CountryMention | None
    next_to: Span | None
    """"just", "right": the claim says the two are neighbours in the ranking."""
    next_word: str | None
    group: tuple[Country, ...] = ()
    """Every country compared; more than one: "A, B and C all rank above D"."""


@dataclass(frozen=True, slots=True)
class Total:
    """The number of countries ranked ("out of 145 countries")."""

    value: int
    span: Span


@dataclass(frozen=True, slots=True)
class Score:
    """An index score said of a country, as written ("0.0699"): its decimals say how precise
    it is."""

    value: str
    span: Span
    subject: Country | None = None


@dataclass(frozen=True, slots=True)
class Inference:
    """Something the claim leaves implicit, read from its claim set: what, its value, whence."""

    what: str
    """ranking, edition or subject."""
    value: str
    source: str
    """"the claim set's title", "2 of its claims"."""

    def describe(self) -> str:
        return f"{self.what} {self.value} (inferred from {self.source})"


@dataclass(frozen=True, slots=True)
class Ranking:
    """What a claim asserts of a ranking."""

    named: tuple[Span, ...]
    """Where the text names the ranking."""
    edition: int | None
    edition_span: Span | None
    """Where the text gives the edition year; None when it comes from hints or the article."""
    subject: Country | None
    """The country the claim is about: the first named, else the claim's `country` hint."""
    mentions: tuple[CountryMention, ...]
    """Every country named, outside region names."""
    ranks: tuple[Rank, ...]
    comparisons: tuple[Comparison, ...]
    scores: tuple[Score, ...]
    totals: tuple[Total, ...]
    vocabulary: tuple[Span, ...]
    """Ranking words that carry no assertion of their own ("ranked", "according to")."""
    previous: tuple[Span, ...]
    """Words that move the edition back one ("last year")."""
    edition_from: str = "name"
    """Where the edition came from: name (a year written with the ranking's name), text (a
    year elsewhere in the claim, which may be another time than the edition's), hint, claim
    set (the article is about that edition), published (the article's year only), or none."""
    cited: bool = False
    """The claim names the ranking, its `source` hint does, or its claim set is about it."""
    doubts: tuple[Span, ...] = ()
    """Measures named but attached to no rank, and measures the table does not publish: the
    overall rank of such a claim is not a confident reading."""
    movement: Span | None = None
    """A change of place between editions ("climbed two places")."""
    counted: tuple[Measure, ...] = ()
    """Measures the claim gives a count of ("with 4,657 tanks"): no doubt on the overall rank,
    but a rank that holds in one of them and not overall may be that measure's place."""
    inferred: tuple[Inference, ...] = ()


def _scope(
    text: str, end: int, regions: list[RegionMention], measures: tuple[Measure, ...] = ()
) -> tuple[str | None, Span | None]:
    window = text[end : end + 60]
    spans = [m.span for m in measures]
    for region in regions:
        if end <= region.start <= end + 60:
            between = text[end : region.start]
            if _SCOPE_WORD.search(between) or not between.strip():
                return region.region, (region.start, region.end)
    world = _WORLD.search(window)
    if world:
        return None, (end + world.start(), end + world.end())
    for region in regions:  # "the Central Asian country ranked strongest"
        if region.end <= end and end - region.end <= 40:
            return region.region, (region.start, region.end)
    other = _PLACE.match(text, end)
    if other and any(s < other.end("place") and other.start("place") < e for s, e in spans):
        return None, None  # "47th in Defense budget": the measure's words are no place
    if other and not GFP.match(other["place"]):  # "strongest in the Gulf": no M49 region
        return UNKNOWN + other["place"], other.span("place")
    return None, None


def _cardinal(raw: str) -> int:
    return int(raw) if raw.isdigit() else _CARDINALS[raw.lower()]


def _ranks(text: str, regions: list[RegionMention], measures: tuple[Measure, ...]) -> list[Rank]:
    found: list[Rank] = []
    taken: list[Span] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    def add(
        start: int, end: int, value: int | None, kind: str, measure: Measure | None = None
    ) -> None:
        scope, span = _scope(text, end, regions, measures)
        overall = _OVERALL.match(text, end) is not None
        found.append(Rank(start, end, value, scope, span, kind, measure=measure, overall=overall))
        taken.append((start, end))

    for match in _TOP.finditer(text):
        raw = match["n"].lower()
        add(match.start(), match.end(), int(raw) if raw.isdigit() else _TOP_WORDS[raw], "top")
    for match in _GROUP_SUPERLATIVE.finditer(text):  # "the three strongest": a top group
        add(match.start(), match.end(), _cardinal(match["card"]), "top")
    for match in _SUPERLATIVE.finditer(text):
        if free(*match.span()):
            place = ordinal_value(match["ord"]) if match["ord"] else 1
            last = match["bottom"] is not None  # "the second-weakest": second from last
            kind = "last" if last else "place"
            add(match.start(), match.end(), None if last and place == 1 else place, kind)
    for measure in measures:  # "the second-largest tank fleet", "the most fighters"
        sup = _MEASURE_SUPERLATIVE.search(text, 0, measure.span[0])
        if sup and free(sup.start(), measure.span[1]):
            place = ordinal_value(sup["ord"]) if sup["ord"] else 1
            last = _BOTTOM_MEASURE.fullmatch(sup["sup"]) is not None
            kind = "last" if last else "place"
            value = None if last and place == 1 else place
            add(sup.start(), measure.span[1], value, kind, measure)
    for match in _HEAD.finditer(text):
        if free(*match.span()):
            last = match["last"] is not None
            add(match.start(), match.end(), None if last else 1, "last" if last else "place")
    for match in _TOP_GROUP.finditer(text):
        if free(*match.span()):
            add(match.start(), match.end(), _cardinal(match["card"]), "top")
    for match in ORDINAL_PATTERN.finditer(text):
        if not free(*match.span()):
            continue
        if _NOT_A_RANK.match(text[match.end() : match.end() + 12].lower()):
            continue
        if _SIZE_ORDINAL.match(text, match.end()):
            continue
        add(match.start(), match.end(), ordinal_value(match.group()), "place")
    for match in _NUMBERED.finditer(text):
        group = "n" if match["n"] else "w"
        if free(*match.span(group)):
            value = int(match["n"]) if match["n"] else _NUMBER_WORDS[match["w"].lower()]
            add(match.start(), match.end(), value, "place")
    # a region named after a later rank is that rank's: "34th in the index and 6th in Southeast
    # Asia" puts only the second in the region
    found.sort(key=lambda r: r.start)
    for i, rank in enumerate(found[:-1]):
        after = found[i + 1].start
        if rank.scope_span and rank.scope_span[0] >= after:
            shorter = [g for g in regions if g.end <= after]
            scope, span = _scope(text[:after], rank.end, shorter, measures)
            found[i] = replace(rank, scope=scope, scope_span=span)
    # "up from 26th", "down from 30th": the rank of the previous edition, not read
    return sorted(
        (
            attached
            for r in found
            if not _FROM_BEFORE.search(text, max(0, r.start - 30), r.start)
            for attached in _attach(r, text, measures)
        ),
        key=lambda r: r.start,
    )


def _coordinated(first: Measure, text: str, measures: tuple[Measure, ...]) -> list[Measure]:
    """`first` and the measures listed after it: "manpower and active personnel"."""
    run = [first]
    for measure in measures:
        if measure.span[0] >= run[-1].span[1] and _MEASURE_GAP.fullmatch(
            text, run[-1].span[1], measure.span[0]
        ):
            run.append(measure)
    return run


def _attach(rank: Rank, text: str, measures: tuple[Measure, ...]) -> list[Rank]:
    """The rank in the measure named after it ("fifth in the world in tanks"), or in each of
    the measures listed there ("seventh in manpower and active personnel"), or in those that
    open the claim ("In total aircraft and total fighters, Pakistan ranked inside the
    top 10"); else the rank as it is."""
    if rank.measure is not None:
        return [rank]
    for measure in measures:
        if measure.span[0] >= rank.end and _MEASURE_LINK.fullmatch(text, rank.end, measure.span[0]):
            return [replace(rank, measure=m) for m in _coordinated(measure, text, measures)]
    if measures and _FRONTED.fullmatch(text, 0, measures[0].span[0]):
        run = _coordinated(measures[0], text, measures)
        comma = text.find(",", run[-1].span[1])
        if 0 <= comma <= rank.start and not text[run[-1].span[1] : comma].strip():
            return [replace(rank, measure=m) for m in run]
    return [rank]


def _comparison(
    match: re.Match[str], mentions: list[CountryMention], subject: Country | None
) -> Comparison:
    other = next((m for m in mentions if 0 <= m.start - match.end() <= 3), None)
    next_to = _NEXT_TO.search(match.string, 0, match.start())
    return Comparison(
        match.start(),
        match.end(),
        subject,
        match["ahead"] is not None,
        match["dir"].strip(),
        other,
        next_to.span() if next_to else None,
        next_to.group().strip() if next_to else None,
    )


def _members(rank: Rank, text: str, regions: list[RegionMention]) -> tuple[int, str, Span] | None:
    """ "seven Southeast Asian countries earned a place among the top 50": (7, region, span)."""
    if rank.kind != "top":
        return None
    for region in regions:
        if region.end > rank.start:
            continue
        number = _MEMBERS.search(text, 0, region.start)
        noun = _MEMBER_NOUN.match(text, region.end)
        if number and noun:
            return _cardinal(number["card"]), region.region, (number.start(), noun.end())
    return None


def _groups(
    items: list[Rank | Comparison], subjects: list[CountryMention], fallback: Country | None
) -> list[tuple[Country, ...]]:
    """The countries each rank or comparison is said of: those named since the item before it
    ("A, B and C are in the top 10"); for a top group named first, those after it ("the top
    five countries included A, B, …"); else the nearest country before it, or the subject."""
    groups = []
    for i, item in enumerate(items):
        since = items[i - 1].end if i else 0
        until = items[i + 1].start if i + 1 < len(items) else 1 << 30
        named = [m.country for m in subjects if since <= m.start < item.start]
        if not named and isinstance(item, Rank) and item.kind == "top":
            named = [m.country for m in subjects if item.end <= m.start < until]
        unique = tuple({c.iso3: c for c in named}.values())
        groups.append(unique if unique else ((fallback,) if fallback else ()))
    return groups


def _list_at(mentions: list[CountryMention], at: int, text: str) -> list[CountryMention]:
    """The countries listed from `at` on ("Algeria and South Africa"): the one named within
    three characters of `at`, and each joined to the one before by a comma or "and"."""
    first = next((m for m in mentions if 0 <= m.start - at <= 3), None)
    if first is None:
        return []
    run = [first]
    for mention in mentions:
        if mention.start >= run[-1].end and _COORDINATED.fullmatch(
            text, run[-1].end, mention.start
        ):
            run.append(mention)
    return run


def _country_lists(mentions: list[CountryMention], text: str) -> list[list[CountryMention]]:
    """Every list of countries the claim names ("Russia, China, and India"), one or more."""
    lists: list[list[CountryMention]] = []
    for mention in mentions:
        last = lists[-1][-1] if lists else None
        if (
            last is not None
            and mention.start >= last.end
            and _COORDINATED.fullmatch(text, last.end, mention.start)
        ):
            lists[-1].append(mention)
        else:
            lists.append([mention])
    return lists


def _rank_lists(ranks: list[Rank], text: str) -> list[list[Rank]]:
    """Places listed together ("second, third, and fourth"; "the 16th to 20th positions", a
    range read as every place in it), two or more."""
    places = sorted(
        {
            (r.start, r.end): r
            for r in ranks
            if r.kind == "place" and r.value and r.measure is None
        }.values(),
        key=lambda r: r.start,
    )
    lists: list[list[Rank]] = []
    for rank in places:
        last = lists[-1][-1] if lists else None
        if last is not None and rank.start >= last.end:
            if _COORDINATED.fullmatch(text, last.end, rank.start):
                lists[-1].append(rank)
                continue
            if (
                _RANGE.fullmatch(text, last.end, rank.start)
                and last.value
                and rank.value
                and 0 < rank.value - last.value <= 30
            ):
                lists[-1] += [
                    replace(last, end=rank.end, value=v) for v in range(last.value + 1, rank.value)
                ]
                lists[-1].append(rank)
                continue
        lists.append([rank])
    return [x for x in lists if len(x) > 1]


def _pair(items: list[Span], lists: list[list[CountryMention]]) -> list[CountryMention] | None:
    """The list of countries that a list of ranks or scores (at `items`) goes with, in order:
    the nearest before them with as many members ("Russia, China and India, ranked second,
    third and fourth"); None when there is none."""
    start = items[0][0]
    fitting = [x for x in lists if len(x) == len(items) and x[-1].end <= start]
    return fitting[-1] if fitting else None


def _score_values(text: str) -> list[list[tuple[str, Span]]]:
    """The index scores of the claim, a list for each place they are given ("index ratings of
    0.0702 and 0.0706"), each value with its span (the first with the words naming it)."""
    found = []
    for match in _SCORE.finditer(text):
        group = next(g for g in ("v", "after", "bare") if match[g])
        values = [(match[group], match.span())]
        end = match.end()
        while more := _MORE_SCORES.match(text, end):
            values.append((more["v"], more.span("v")))
            end = more.end()
        found.append(values)
    return found


def read_ranking(doc: ClaimDoc) -> Ranking | None:
    """The ranking assertion of `doc`, or None when the claim speaks of no ranking."""
    text, claim, context = doc.text, doc.claim, doc.context
    gfp = list(GFP.finditer(text))
    hinted = cites_gfp(claim)
    about = ranking_article(context)
    inferred: list[Inference] = []
    if about is not None and not gfp and not hinted:
        # in an article about the ranking, a claim that names it not is about it only
        # when it speaks of ranks ("secures the 26th position"), not "the second batch"
        hinted = bool(_RANK_WORDS.search(text))
        if hinted:
            inferred.append(Inference("ranking", "Global Firepower", about.source))
    if not gfp and not hinted and not _STRENGTH.search(text):
        return None
    resolver = countries(context.sources)
    regions = list(resolver.find_regions(text))
    measures = find_measures(text)
    ranks = _ranks(text, regions, measures)
    totals = [
        Total(int(m["n"] or m["m"] or m["k"] or m["j"]), (m.start(), m.end()))
        for m in _TOTAL.finditer(text)
    ]
    compared = list(_COMPARE.finditer(text))
    scores = _score_values(text)
    movement = _MOVEMENT.search(text)
    if not ranks and not totals and not compared and not scores and not movement:
        return None
    # "ranked 12th" with no ranking named and no military superlative: not a strength ranking
    if (
        not gfp
        and not hinted
        and not any(r.kind != "place" or r.scope for r in ranks)
        and not _MILITARY_STRENGTH.search(text)
    ):
        return None
    mentions = [
        m for m in resolver.find(text) if not any(r.start <= m.start < r.end for r in regions)
    ]
    # the countries compared with: every one listed ("ahead of Algeria and Morocco")
    lists = {c.start(): _list_at(mentions, c.end(), text) for c in compared}
    others = {id(m) for run in lists.values() for m in run}
    subjects = [m for m in mentions if id(m) not in others]
    subject = (
        subjects[0].country
        if subjects
        else (resolver.resolve(claim.country) if claim.country else None)
    )
    if subject is None and about and about.country and (ranks or compared or scores):
        subject = about.country  # the country the title names, for "the island ranks 24th"
        inferred.append(Inference("subject", subject.name, "the claim set's title"))

    def whose(at: int) -> Country | None:
        """The country a rank, comparison or score at `at` is about: the nearest one named
        before it ("India ranks fourth while Pakistan ranks ninth"), or the one a relative
        clause it is in is about ("followed by China, which got 0.0706"), else the subject."""
        near = [m for m in mentions if m.end <= at]
        if near and _RELATIVE.fullmatch(text, near[-1].end, at):
            return near[-1].country
        before = [m for m in subjects if m.start < at]
        return before[-1].country if before else subject

    year, year_span = edition(text, gfp, claim, context)
    with_name = any(m.start() <= (year_span or (-1, -1))[0] < m.end() for m in gfp)
    source = (
        ("name" if with_name else "text")
        if year_span
        else "hint"
        if claim.year
        else "published"
        if year is not None
        else "none"
    )
    if year_span is None and claim.year is None and about and about.edition:
        year, source = about.edition, "claim set"  # the article's edition
        inferred.append(Inference("edition", str(year), about.source))
    if year_span is None and year and _PREVIOUS.search(text):
        year -= 1  # "ranked 26th last year": the edition before the one meant
    read_ranks = [
        replace(r, subject=whose(r.start), members=_members(r, text, regions)) for r in ranks
    ]
    read_compared = [_comparison(c, mentions, whose(c.start())) for c in compared]
    forced: dict[int, tuple[Country, ...]] = {}
    for match, compared_with in zip(compared, list(read_compared), strict=True):
        # "Egypt, followed by Algeria and South Africa": each ahead of the next named;
        # "ahead of Algeria and Morocco": the subject ahead of each
        run = lists[match.start()]
        pairs = (
            [(b.country, a) for b, a in itertools.pairwise(run)]
            if match["passive"]
            else [(compared_with.subject, a) for a in run[1:]]
        )
        for before, after in pairs:
            if before is None:
                continue
            chained = replace(
                compared_with, subject=before, other=after, next_to=None, next_word=None
            )
            read_compared.append(chained)
            forced[id(chained)] = (before,)
    for i, rank in enumerate(read_ranks):  # "fourth by India", "second place went to Russia"
        holder = _HOLDER.match(text, rank.end)
        named = next((m for m in mentions if holder and m.start == holder.end()), None)
        if named is not None:
            read_ranks[i] = replace(rank, subject=named.country)
            forced[id(read_ranks[i])] = (named.country,)
    country_lists = _country_lists(mentions, text)
    for listed in _rank_lists(read_ranks, text):  # "Russia, China and India, ranked second,
        # third and fourth": each country its place; unpaired, no country
        pair = _pair([(r.start, r.end) for r in listed], country_lists)
        spans = {(r.start, r.end) for r in listed}
        read_ranks = [
            r for r in read_ranks if (r.start, r.end) not in spans or r.measure is not None
        ]
        for j, rank in enumerate(listed):
            owner = pair[j].country if pair else None
            read_ranks.append(replace(rank, subject=owner))
            forced[id(read_ranks[-1])] = (owner,) if owner else ()
    read_ranks.sort(key=lambda r: r.start)
    items: list[Rank | Comparison] = sorted([*read_ranks, *read_compared], key=lambda x: x.start)
    grouped = {id(x): g for x, g in zip(items, _groups(items, subjects, subject), strict=True)}
    grouped.update(forced)
    read_scores = []
    for values in scores:
        if len(values) == 1:
            owner = whose(values[0][1][0])
            read_scores += [Score(values[0][0], values[0][1], owner)] if owner else []
            continue
        listed_with = _pair([span for _, span in values], country_lists)  # "0.0702 and 0.0706"
        if listed_with is not None:
            read_scores += [
                Score(value, span, m.country)
                for (value, span), m in zip(values, listed_with, strict=True)
            ]
    counted = [q.noun for q in doc.quantities]
    attached = [r.measure.span for r in read_ranks if r.measure]
    counted_measures = tuple(
        m
        for m in measures
        if m.span not in attached and any(s < m.span[1] and m.span[0] < e for s, e in counted)
    )
    loose = tuple(
        m.span
        for m in measures
        if m.span not in attached and not any(s < m.span[1] and m.span[0] < e for s, e in counted)
    )
    return Ranking(
        named=tuple(m.span() for m in gfp),
        edition=year,
        edition_span=year_span,
        subject=subject,
        mentions=tuple(mentions),
        ranks=tuple(replace(r, group=grouped[id(r)]) for r in read_ranks),
        comparisons=tuple(replace(c, group=grouped[id(c)]) for c in read_compared),
        scores=tuple(read_scores),
        totals=tuple(totals),
        vocabulary=tuple(m.span() for m in _VOCABULARY.finditer(text)),
        previous=tuple(m.span() for m in _PREVIOUS.finditer(text)),
        edition_from=source,
        cited=bool(gfp) or cites_gfp(claim) or about is not None,
        doubts=loose + measure_doubts(text, measures),
        movement=movement.span() if movement else None,
        inferred=tuple(inferred),
        counted=counted_measures,
    )

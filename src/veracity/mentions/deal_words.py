"""Words of a deal claim that say when, beyond one year: "in 2022 and 2023", "between 2006 and
2008", "since 2019", "the first twelve FA-50s", "began delivering".

They refine `veracity.mentions.deals`: a deal names one year (`Deal.year`) or several
(`Deal.years`), and may say the units were the first ones or that deliveries began then.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from veracity.findings import Span
from veracity.lexicons import lexicon
from veracity.lexicons.relations import deal_verbs
from veracity.patterns import lazy_compile

__all__ = [
    "LICENCE",
    "ROUNDING",
    "Worth",
    "Years",
    "began",
    "claimed_years",
    "condition",
    "condition_after",
    "dated",
    "deal_money",
    "deal_worth",
    "delivery_years",
    "earliest",
    "first_delivery",
    "first_word",
    "fits",
    "money_in",
    "more_word",
    "owned_money",
    "planned_deliveries",
    "relative_year",
    "since",
    "up_to",
    "worth_recorded",
]

_Y = r"(?:19[5-9]\d|20[0-4]\d)"
_RANGE = lazy_compile(
    rf"\b(?:between\s+(?P<a>{_Y})\s+and\s+(?P<b>{_Y})|from\s+(?P<c>{_Y})\s+(?:to|until|through)"
    rf"\s+(?P<d>{_Y})|(?P<e>{_Y})\s*[-–]\s*(?P<f>{_Y}))\b",
    re.IGNORECASE,
)
_LIST = lazy_compile(rf"\b(?P<all>{_Y}(?:\s*,\s*{_Y})*\s*,?\s+and\s+{_Y})\b")
_FIRST = lazy_compile(
    r"(?:\b(?:the|its|their|her|his)|\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s)\s+(?P<first>first)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
"""The determiner or owner before "first": "the first twelve", "its first 20", "Poland's first
20"."""


@dataclass(frozen=True, slots=True)
class Years:
    """Several years a claim gives: a list ("2022 and 2023") or a range ("between 2006 and
    2008", every year from the first to the last)."""

    values: tuple[int, ...]
    spans: tuple[Span, ...]
    range: bool


def claimed_years(text: str, begin: int, end: int) -> Years | None:
    """A range or list of years between `begin` and `end`, if the clause gives one."""
    for match in _RANGE.finditer(text, begin, end):
        groups = [g for g in ("a", "b", "c", "d", "e", "f") if match[g]]
        low, high = int(match[groups[0]]), int(match[groups[1]])
        if low < high:
            return Years(tuple(range(low, high + 1)), (match.span(),), True)
    for match in _LIST.finditer(text, begin, end):
        found = [(int(m.group()), m.span()) for m in re.finditer(_Y, text[: match.end()])]
        found = [(y, s) for y, s in found if s[0] >= match.start()]
        values = tuple(sorted({y for y, _ in found}))
        if len(values) > 1:
            return Years(values, tuple(s for _, s in found), False)
    return None


def first_word(text: str, at: int) -> Span | None:
    """ "first" in "the first twelve FA-50s", "its first 20 HIMARS": a claim that these were the
    earliest units; `at` is where the count or the system starts."""
    match = _FIRST.search(text, 0, at)
    return match.span("first") if match else None


_CONDITION = lazy_compile(
    r"\b(?P<used>second[\s-]hand|used|ex-[A-Z][\w-]*)|(?P<new>brand[\s-]new|new(?:ly)?[\s-]built|new)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def condition(text: str, begin: int, at: int) -> tuple[str, Span] | None:
    """ "second-hand" or "new" said of the units right before the system at `at` ("116
    second-hand M1A1 Abrams", "250 new M1A2 SEPv3 Abrams"): SIPRI's `status` checks it."""
    match = _CONDITION.search(text, begin, at)
    if match is None:
        return None
    kind = "second-hand" if match["used"] else "new"
    return kind, match.span(kind.replace("second-hand", "used"))


_CONDITION_AFTER = lazy_compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?P<used>second[\s-]hand)(?=\s+from\b)", re.IGNORECASE
)


def condition_after(text: str, at: int, end: int) -> tuple[str, Span] | None:
    """ "second-hand" after the system, before "from" its earlier owner ("24 F-16s
    second-hand from Denmark"), the system ending at `at` and the clause at `end`."""
    match = _CONDITION_AFTER.match(text, at, end)
    return ("second-hand", match.span("used")) if match else None


LICENCE = lazy_compile(
    r"\b(?:(?:to\s+be\s+)?(?:built|produced|made|manufactured|assembled)\s+(?:partly\s+|locally\s+)?"
    r"(?:under\s+licen[cs]e\s+)?in|licen[cs]e[\s-](?:built|produced)\s+in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""The words before a country that say the weapon is (to be) built there: "to be built partly
under licence in Egypt", "licence-built in India", "assembled in Poland"."""


_SCALE = {"billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "m": 1e6}
_CLAIMED_MONEY = lazy_compile(
    r"(?:US)?\$\s?(?P<n>\d+(?:\.\d+)?)\s*(?P<s>billion|bn|million|m)\b|"
    r"(?P<n2>\d+(?:\.\d+)?)\s+(?P<s2>billion|million)\s+(?:US\s+)?dollars?\b",
    re.IGNORECASE,
)
_RECORDED_MONEY = lazy_compile(
    r"(?:\$|USD)\s?(?P<low>\d+(?:\.\d+)?)(?:\s*-\s*(?P<high>\d+(?:\.\d+)?))?\s*(?P<s>b|m)\b"
)
_GAP = lazy_compile(
    deal_verbs("signed")
    + r"\s+(?:a\s+|an\s+)?(?P<gap>(?:[\w$.,-]+\s+){1,3}?)"
    + deal_verbs("contracts"),
    re.IGNORECASE,
)


_MONEY_AFTER = lazy_compile(
    r"\b(?:in|under|through)\s+(?:a|an|the)\s+(?P<gap>(?:[\w$.,-]+\s+){1,3}?)"
    r"(?:contract|deal|agreement)\b",
    re.IGNORECASE,
)
"""A deal value after the verb: "ordered … in a $10 billion deal"."""


def deal_money(
    text: str, verb: Span, end: int | None = None
) -> tuple[Span | None, tuple[float, Span] | None]:
    """In "signed a $10 billion deal for …": the words between "a" and "deal", which the verb
    does not assert, and the US-dollar value among them. With the clause's `end`, a value said
    after the verb ("were ordered … in a $10 billion deal") is read too, its span running to the
    deal's noun (no gap: the words are not inside the verb)."""
    match = _GAP.match(text, verb[0], verb[1])
    if match is None and end is not None:
        after = _MONEY_AFTER.search(text, verb[1], end)
        money = _CLAIMED_MONEY.search(text, *after.span("gap")) if after else None
        if after is None or money is None:
            return None, None
        number, scale = money["n"] or money["n2"], (money["s"] or money["s2"]).lower()
        return None, (float(number) * _SCALE[scale], (after.start(), after.end()))
    if match is None or match["gap"].strip().lower() in ("a", "an", "the"):
        return None, None
    gap = match.span("gap")
    money = _CLAIMED_MONEY.search(text, *gap)
    if money is None:
        return gap, None
    number, scale = money["n"] or money["n2"], (money["s"] or money["s2"]).lower()
    return gap, (float(number) * _SCALE[scale], money.span())


def owned_money(text: str, start: int, end: int) -> tuple[float, Span] | None:
    """The US-dollar value that alone fills `text[start:end]` but for spaces: "$10 billion" in
    "Poland's $10 billion contract for …", between the buyer's possessive and the deal's noun."""
    match = _CLAIMED_MONEY.search(text, start, end)
    if match is None or text[start : match.start()].strip() or text[match.end() : end].strip():
        return None
    number, scale = match["n"] or match["n2"], (match["s"] or match["s2"]).lower()
    return float(number) * _SCALE[scale], match.span()


def money_in(comment: str) -> list[tuple[float, float]]:
    """The US-dollar values a SIPRI comment gives ("$10 b 'Kruk' programme", "INR390 b ($5.4 b)
    deal", "$1.2-1.4 b deal"), as ranges."""
    found = []
    for match in _RECORDED_MONEY.finditer(comment):
        scale = _SCALE[match["s"]]
        low = float(match["low"]) * scale
        found.append((low, float(match["high"]) * scale if match["high"] else low))
    return found


def up_to(text: str, year: Span) -> Span | None:
    """ "By the end of 2024", "as of 2024": a count up to that year, not in it. The span runs
    from "by" to the year."""
    match = re.search(
        r"\b(?:by|as\s+of|until|up\s+to)\s+(?:the\s+end\s+of\s+)?$", text[: year[0]], re.I
    )
    return (match.start(), year[1]) if match else None


_MONTH = "|".join(sorted((m.capitalize() for m in lexicon("month-names")), key=len, reverse=True))
_MONTH_BEFORE = lazy_compile(
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+)?\b(?:{_MONTH})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+$"
)


def dated(text: str, year: Span) -> Span:
    """The year's span with the month (and day) written before it ("August 2024", "12 July
    2020", "July 12, 2020"): SIPRI dates by year, and the month lies inside the year claimed, so
    it is read with it (lexicon `month-names`, capitalised only: the modal "may" is no month)."""
    match = _MONTH_BEFORE.search(text, 0, year[0])
    return (match.start(), year[1]) if match else year


_RELATIVE = lazy_compile(
    rf"\b(?:(?P<this>{deal_verbs('this_year')})|(?P<last>{deal_verbs('last_year')}))\b",
    re.IGNORECASE,
)
_CALENDAR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTHS = {m[:3]: _CALENDAR.index(m[:3]) + 1 for m in lexicon("month-names")}
"""A month's number by its first three letters, as every name and abbreviation of it begins."""
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = "|".join(w.capitalize() for w in _WEEKDAYS if w in lexicon("weekday-names"))
_NAMED = lazy_compile(
    rf"\b(?:(?:in|on|last|this)\s+(?:(?P<month>{_MONTH})|(?P<day>{_DAY}))|(?P<bare>{_DAY}))"
    r"\b(?!\.?\s*\d)"
)
"""A month or weekday with no year after it ("in February", "on Tuesday"); a weekday may stand
alone, as news agencies write it ("signed a deal Tuesday")."""


def relative_year(
    text: str, begin: int, end: int, anchor: dt.date | int | None, *, ahead: bool = False
) -> tuple[Span, int | None] | None:
    """Words in `text[begin:end]` that date a deal relative to the publication date ("this
    year", "last year", "in February", "on Tuesday": the relations lexicon's `this_year` and
    `last_year`, lexicons `month-names`, `weekday-names`), with the year they mean from
    `anchor` (the published date, or a year only): none when there is no anchor, or a month or
    weekday with a year only. A month after the published one lies in the year before (the
    claim reports what has happened), or, for a deal to come (`ahead`), a month before it in
    the year after."""
    match = _RELATIVE.search(text, begin, end)
    if match is not None:
        year = anchor.year if isinstance(anchor, dt.date) else anchor
        return match.span(), None if year is None else year - (match["last"] is not None)
    named = _NAMED.search(text, begin, end)
    if named is None:
        return None
    if not isinstance(anchor, dt.date):
        return named.span(), None
    if named["month"]:
        month = _MONTHS[named["month"].lower()[:3]]
        if ahead:
            return named.span(), anchor.year + (month < anchor.month)
        return named.span(), anchor.year - (month > anchor.month)
    back = (anchor.weekday() - _WEEKDAYS.index((named["day"] or named["bare"]).lower())) % 7
    if ahead:
        return named.span(), (anchor + dt.timedelta(days=(7 - back) % 7)).year
    return named.span(), (anchor - dt.timedelta(days=back)).year


_MORE = lazy_compile(
    r"\b(?P<more>"
    + "|".join(sorted(lexicon("additional-words"), key=len, reverse=True))
    + r")\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def more_word(text: str, begin: int, at: int) -> Span | None:
    """ "additional" in "30 additional Rafale jets" (lexicon `additional-words`), between
    `begin` (the count's end) and the system at `at`: the units came on top of earlier ones."""
    match = _MORE.search(text, begin, at)
    return match.span("more") if match else None


def since(text: str, year: Span) -> Span | None:
    """ "since" right before a year ("since 2019"): the deliveries began that year."""
    match = re.search(r"\bsince\s+$", text[: year[0]], re.IGNORECASE)
    return (match.start(), match.start() + len("since")) if match else None


def began(verb: str) -> bool:
    """A verb that dates the start of deliveries: "began delivering", "started supplying"."""
    return bool(re.match(r"(?:began|begun|started|has\s+started|have\s+started)\b", verb, re.I))


def delivery_years(row: Mapping[str, Any]) -> set[int]:
    return {int(y) for y in row.get("years_of_delivery") or ()}


def fits(row: Mapping[str, Any], years: Years) -> bool:
    """SIPRI's years of delivery are the years claimed: the same list, or a range from its first
    year to its last."""
    got = delivery_years(row)
    if years.range:
        return bool(got) and min(got) == years.values[0] and max(got) == years.values[-1]
    return got == set(years.values)


def first_delivery(rows: Iterable[Mapping[str, Any]]) -> int | None:
    """The first year any of the rows delivered: what "since 2019" and "began … in" assert."""
    years = [y for row in rows for y in delivery_years(row)]
    return min(years) if years else None


def earliest(
    chosen: Iterable[Mapping[str, Any]], rows: Iterable[Mapping[str, Any]], key: str
) -> bool:
    """The chosen rows hold the earliest `key` ("year_of_order", or "delivery" for the first year
    of delivery) of all the rows: what "the first …" asserts."""

    def when(row: Mapping[str, Any]) -> int | None:
        if key == "delivery":
            got = delivery_years(row)
            return min(got) if got else None
        value = row.get(key)
        return int(value) if value is not None else None

    mine = [w for r in chosen if (w := when(r)) is not None]
    every = [w for r in rows if (w := when(r)) is not None]
    return bool(mine) and min(mine) == min(every)


_PLANNED = lazy_compile(
    rf"\bdeliver(?:y|ies)\s+planned\s+(?:(?P<by>by)\s+|(?P<from>from)\s+|(?:in|for)\s+)?"
    rf"(?P<a>{_Y})(?:-(?P<b>{_Y}))?(?![\d/]|\s+or\b|-)",
    re.IGNORECASE,
)


def planned_deliveries(row: Mapping[str, Any]) -> tuple[int | None, int | None] | None:
    """The years SIPRI's comment plans a record's deliveries for, first and last: "delivery
    planned 2022-2026" (2022, 2026), "… 2025" (2025, 2025), "… by 2027" (None, 2027), "… from
    2026" (2026, None); None when it plans none or says it in another form ("2025/2027",
    "2026 or 2027"), which is read as no plan."""
    found = list(_PLANNED.finditer(str(row.get("comments") or "")))
    if len(found) != 1:
        return None
    match = found[0]
    first, last = int(match["a"]), int(match["b"]) if match["b"] else None
    if match["by"]:
        return (None, last) if last is not None else (None, first)
    if match["from"]:
        return (first, None) if last is None else (first, last)
    return first, last if last is not None else first


@dataclass(frozen=True, slots=True)
class Worth:
    """A deal's value said after it ("is worth about 2.1 billion kroner ($300 million)")."""

    span: Span
    """From "is worth" to the end of the last figure."""
    dollars: float | None
    """The US-dollar figure, if the claim gives one."""
    local: tuple[float, frozenset[str]] | None = None
    """A figure in another currency and the codes SIPRI may write it with."""


_AMOUNT = r"(?P<{n}>\d+(?:\.\d+)?)\s*(?P<{s}>billion|bn|million|m)\b"
_WORTH = lazy_compile(
    r"\b(?:is|was|are|were)\s+(?:worth|valued\s+at)\s+"
    r"(?:(?:about|around|some|roughly|nearly|approximately|an\s+estimated)\s+)?"
    r"(?:(?:US)?\$\s?"
    + _AMOUNT.format(n="usd", s="usds")
    + r"|"
    + _AMOUNT.format(n="loc", s="locs")
    + r"\s+(?P<cur>[a-z]+)(?:\s*\(\s*(?:US)?\$\s?"
    + _AMOUNT.format(n="usd2", s="usds2")
    + r"\s*\))?)",
    re.IGNORECASE,
)
_LOCAL_MONEY = lazy_compile(r"\b(?P<code>[A-Z]{2,3})\s?(?P<n>\d+(?:\.\d+)?)\s?(?P<s>b|m)\b")


def _currencies() -> dict[str, frozenset[str]]:
    entries = (line.split("=", 1) for line in lexicon("currency-names") if "=" in line)
    return {name: frozenset(codes.split(",")) for name, codes in entries}


def deal_worth(text: str, begin: int, end: int) -> Worth | None:
    """The value a claim gives a deal after naming it, between `begin` and `end`: "is worth
    $300 million", "is worth about 2.1 billion kroner ($300 million)". None when the currency
    is not one SIPRI's codes are known for (`currency-names`)."""
    match = _WORTH.search(text, begin, end)
    if match is None:
        return None
    usd = match["usd"] or match["usd2"]
    scale = (match["usds"] or match["usds2"] or "").lower()
    dollars = float(usd) * _SCALE[scale] if usd else None
    local = None
    if match["loc"]:
        codes = _currencies().get(match["cur"].lower())
        if codes is None:
            return None
        local = (float(match["loc"]) * _SCALE[match["locs"].lower()], codes)
    return Worth(match.span(), dollars, local)


def worth_recorded(comment: str, worth: Worth) -> bool:
    """Every figure of `worth` is in SIPRI's comment, within the rounding of a press figure."""

    def near(value: float, low: float, high: float) -> bool:
        return low * (1 - ROUNDING) <= value <= high * (1 + ROUNDING)

    if worth.dollars is not None and not any(
        near(worth.dollars, low, high) for low, high in money_in(comment)
    ):
        return False
    if worth.local is not None:
        value, codes = worth.local
        recorded = [
            float(m["n"]) * _SCALE[m["s"]]
            for m in _LOCAL_MONEY.finditer(comment)
            if m["code"].lower() in codes
        ]
        if not any(near(value, r, r) for r in recorded):
            return False
    return worth.dollars is not None or worth.local is not None


ROUNDING = 0.03
"""How far a press figure may round SIPRI's (3%)."""

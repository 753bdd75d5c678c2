"""Read the quantities of a claim: how many of what, done how, when, by whom.

A quantity is an amount (`amounts`) followed within four words by a category noun
(`categories`): "five hundred new fighter jets", "over 1,500 units of military equipment",
"40 Leopard 2 tanks". Words in between may not be function words ("24 of its fighters" is not
24 fighters). Years, percentages, sums of money and numbers inside designations ("Leopard 2",
"Su-30SM") are not counts. Each quantity gets the nearest action word (`actions`), the claim's
period (`periods`) and its subject country (`subjects`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from veracity.claims.models import Claim
from veracity.context import Context
from veracity.findings import Span
from veracity.lexicons import lexicon
from veracity.memo import per_claim_set
from veracity.quantities.actions import Action, find_actions, is_future
from veracity.quantities.amounts import Amount, read_amount
from veracity.quantities.categories import Category, CategoryMention, find_categories
from veracity.quantities.numbers import NumberMention, find_cardinals
from veracity.quantities.periods import Period, find_period
from veracity.quantities.subjects import subject_country
from veracity.sources.countries import Country

__all__ = ["Quantity", "claim_quantities", "links_count", "read_quantities", "reference_year"]

_GAP_STOP = re.compile(
    r"[,;:.()\[\]!?\"“”]|\b(?:and|or|but|of|in|on|at|for|to|from|with|by|than|is|are|was|were|has|"
    r"have|had|will|be|been|that|which|who|per|each|every|out|percent|per\s*cent|times)\b",
    re.IGNORECASE,
)
_BEFORE_LINK = ("stands", "stood", "strength", "force", "fleet", "count", "inventory", "size")
"""The words of lexicon count-after-noun that stand before the link ("fleet strength of",
"fleet stands at"), not the link itself."""


def _count_after() -> re.Pattern[str]:
    words = lexicon("count-after-noun")
    links = sorted((w for w in words if w not in _BEFORE_LINK), key=len, reverse=True)
    wholes = sorted(w for w in words if w in _BEFORE_LINK)
    return re.compile(
        r"\s*(?:(?:" + "|".join(map(re.escape, wholes)) + r")\s+)*"
        r"(?:" + "|".join(map(re.escape, links)) + r")\s*$",
        re.IGNORECASE,
    )


_COUNT_AFTER = _count_after()
"""What stands between a noun and the count after it: "tank fleet strength of"."""
_UNITS_AFTER = re.compile(r"\s+units\b", re.IGNORECASE)
_NEW = re.compile(r"\b(?:brand[\s-]+)?new|additional|more|further|extra\b", re.IGNORECASE)
_CAPITAL_BEFORE = re.compile(r"(?<![.!?])\s(?P<word>[A-Z][\w-]*)\s$")
_NOT_NAMES = frozenset(
    [
        "Over",
        "About",
        "Some",
        "Nearly",
        "Almost",
        "Around",
        "Up",
        "Only",
        "Just",
        "In",
        "By",
        "Since",
        "At",
        "Another",
        "Total",
    ]
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One count of a claim, e.g. "more than fifty units of equipment overhauled this year"."""

    amount: Amount
    category: Category
    noun: Span
    new: Span | None
    """The word "new" (or "additional", "more") before the noun."""
    action: Action | None
    period: Period | None
    future: bool
    phrase: str
    """The claim's own words for the count, e.g. "Five hundred new fighter jets"."""
    counted: str
    """The words after the number, e.g. "new fighter jets"."""
    country: Country | None = None
    country_span: Span | None = None
    country_from: str = "none"
    """Where the country came from: text, hint, article or none."""

    @property
    def kind(self) -> str | None:
        """The action kind; a count of "new" things with no verb is an acquisition."""
        if self.action is not None:
            return self.action.kind
        return "acquisition" if self.new else None

    @property
    def measure(self) -> str | None:
        if self.action is not None:
            return self.action.measure
        return "order" if self.new else None

    def spans(self) -> list[Span]:
        """The words that state this quantity: amount, noun, "new", verb, period, country."""
        found = [self.amount.span, self.noun]
        for extra in (self.new, self.country_span):
            if extra is not None:
                found.append(extra)
        if self.action is not None:
            found.append(self.action.span)
        if self.period is not None:
            found.append(self.period.span)
        return found


def _is_count(text: str, number: NumberMention) -> bool:
    if number.money or number.percent:
        return False
    if number.text[:1].isdigit():
        before = _CAPITAL_BEFORE.search(text[: number.start])
        if before and before["word"] not in _NOT_NAMES:
            return False  # "Leopard 2", "Type 209": part of a name
    return True


def _noun_after(text: str, end: int, nouns: list[CategoryMention]) -> CategoryMention | None:
    for noun in nouns:
        if noun.start < end:
            continue
        gap = text[end : noun.start]
        if len(gap.split()) > 4 or _GAP_STOP.search(gap):
            return None
        return noun
    return None


def _noun_before(
    text: str, number: NumberMention, nouns: list[CategoryMention]
) -> CategoryMention | None:
    """The noun a count after it is of: "a tank fleet strength of 5,340", "a tank force of
    2,501 units" (`_COUNT_AFTER`); the noun must end within the five words before."""
    for noun in reversed(nouns):
        if noun.end > number.start:
            continue
        return noun if links_count(text[noun.end : number.start]) else None
    return None


def links_count(gap: str) -> bool:
    """`gap`, between a noun and a count after it, links the count to the noun ("fleet of",
    "force numbering", `_COUNT_AFTER`), within five words."""
    return len(gap.split()) <= 5 and bool(_COUNT_AFTER.fullmatch(gap))


def _nearest(actions: list[Action], span: Span) -> Action | None:
    def distance(action: Action) -> int:
        return max(action.span[0] - span[1], span[0] - action.span[1], 0)

    return min(actions, key=distance) if actions else None


def read_quantities(text: str, reference: int | None = None) -> list[Quantity]:
    """The quantities of `text`; relative periods resolve against the `reference` year."""
    nouns = list(find_categories(text))
    if not nouns:
        return []  # nothing counted (most claims): the rest need not be read
    numbers = find_cardinals(text)
    if not numbers:
        return []
    actions = [
        a for a in find_actions(text) if not any(n.start <= a.span[0] < n.end for n in nouns)
    ]
    period = find_period(text, reference)
    future = is_future(text)
    found: list[Quantity] = []
    index = len(numbers) - 1
    while index >= 0:
        amount, first = read_amount(text, numbers, index)
        number = numbers[index]
        index = first - 1
        if not _is_count(text, number):
            continue
        noun = _noun_after(text, number.end, nouns)
        exact = not number.year_like and amount.qualifier == "exact"
        before = _noun_before(text, number, nouns) if exact else None
        if before is not None and (noun is None or noun.category != before.category):
            # "a tank fleet strength of 5,340": the noun before the count; "a fighter fleet
            # of 286 aircraft": the modifier of "fleet" names what is counted, the noun
            # after the count only its unit
            noun = before
        if noun is None or (number.year_like and noun.start > number.end + 1):
            continue
        if period is not None and period.span[0] <= number.start < period.span[1]:
            continue
        if noun.end <= amount.span[0]:
            units = _UNITS_AFTER.match(text, number.end)
            end = units.end() if units else number.end
            start = noun.start
            gap = ""
        else:
            start, end = amount.span[0], noun.end
            gap = text[number.end : noun.start]
        new = _NEW.search(gap)
        quantity_span = (start, end)
        found.append(
            Quantity(
                amount=amount,
                category=noun.category,
                noun=(noun.start, noun.end),
                new=(number.end + new.start(), number.end + new.end()) if new else None,
                action=_nearest(actions, quantity_span),
                period=period,
                future=future,
                phrase=text[start:end],
                counted=text[number.end : noun.end].strip() if gap else noun.text,
            )
        )
    return found[::-1]


def reference_year(claim: Claim, context: Context) -> int | None:
    """The year "this year" means: the claim's hint, else the article's publication year."""
    if claim.year:
        return claim.year
    article = context.claim_set.article if context.claim_set else None
    return article.published.year if article and article.published else None


def claim_quantities(claim: Claim, context: Context) -> list[Quantity]:
    """The quantities of a claim, each with its subject country resolved.

    Within a run over a claim set the result is memoised, so every verifier that reads
    quantities shares one parse of each claim.
    """
    if context.claim_set is None:
        return _claim_quantities(claim, context)
    cache: dict[Claim, list[Quantity]] = per_claim_set(context, "quantities.parsed", lambda _: {})
    if claim not in cache:
        cache[claim] = _claim_quantities(claim, context)
    return cache[claim]


def _claim_quantities(claim: Claim, context: Context) -> list[Quantity]:
    quantities = read_quantities(claim.text, reference_year(claim, context))
    if not quantities:
        return []
    country, mention, origin = subject_country(claim, context)
    span = (mention.start, mention.end) if mention else None
    return [replace(q, country=country, country_span=span, country_from=origin) for q in quantities]

"""Inventory assertions: what a country holds, in the categories a strength ranking counts.

A claim gives a count of a kind Global Firepower tallies ("612 tanks", "about 600 fighter
jets", "1.45 million troops"; see `veracity.quantities.categories`) that a country has, fields
or counts, or compares two countries ("Poland has more tanks than Germany"). The reading keeps
the counts that are inventories: a count of one weapon ("612 K2 tanks"), of new units or of a
plan is none. A count with no verb ("Poland: 612 tanks") is one only when the claim cites the
ranking (or its article is about the ranking: `editions.ranking_article`, whose edition it then
takes), and comparisons are read only then. A defence budget in dollars next to the measure's
name ("a defence budget of $831 billion") is a figure of the table's `defence_budget_usd`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from veracity.analysis.editions import GFP, cites_gfp, edition, ranking_article
from veracity.analysis.measures import Measure, find_measures
from veracity.analysis.ranking_words import alternation
from veracity.findings import Span
from veracity.mentions import find_mentions
from veracity.ordinals import ORDINAL_PATTERN
from veracity.quantities import Quantity
from veracity.quantities.actions import find_actions, is_future
from veracity.quantities.amounts import Amount, read_amount
from veracity.quantities.categories import CATEGORIES, Category, CategoryMention, find_categories
from veracity.quantities.numbers import find_cardinals
from veracity.quantities.parse import links_count
from veracity.quantities.periods import find_period
from veracity.quantities.subjects import subject_country
from veracity.sources.countries import CountryMention

if TYPE_CHECKING:
    from veracity.analysis.doc import ClaimDoc

__all__ = ["Figure", "Inventory", "InventoryComparison", "read_inventory"]

_SAYS = re.compile(r"\b(?:" + alternation("attribution") + r")\b", re.IGNORECASE)
"""Words that attribute or hold an inventory ("according to", "counts", "in its inventory")."""
_COMPARE = re.compile(
    r"\b(?P<dir>(?P<more>" + alternation("more") + r")|" + alternation("fewer") + r")\s+"
    r"(?P<active>active(?:[\s-]duty)?\s+)?$",
    re.IGNORECASE,
)
"""The word of a comparison before its noun, and "active" between them ("more active troops
than"), which only a count of active personnel may take (as `_ACTIVE` for a figure)."""
_ACTIVE = re.compile(r"\bactive(?:[\s-]duty)?\s+$", re.IGNORECASE)
_THAN = re.compile(r"\s+than\s+(?:the\s+)?")
_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_BUDGET = Category(
    "defence-budget",
    "US dollar",
    "US dollars",
    "defence budget",
    ("defence_budget_usd",),
    frozenset(),
    "",
)
"""A defence budget in dollars, against the table's `defence_budget_usd`; read here, apart from
the counts of `veracity.quantities.parse`, so that no deal or consistency rule weighs money."""
_DOLLAR = re.compile(r"(?:\b(?:US|USD)\s?)?\$|\bUSD\b(?=\s*\d)")
_BUDGET_LINK = re.compile(
    r"\s*,?\s*(?:(?:of|at|:|is|was|stands\s+at|stood\s+at|totall?ing|amounting\s+to)\s*)?"
    r"(?:(?:about|around|nearly|almost|some|roughly|over|more\s+than|less\s+than|under)\s+)?",
    re.IGNORECASE,
)
"""Between the measure and a dollar figure after it: "a defence budget of (about) $831 billion"."""
_BUDGET_AFTER = re.compile(r"\s+(?:in\s+|on\s+)?(?:(?:annual|yearly)\s+)?", re.IGNORECASE)
"""Between a dollar figure and the measure after it: "$831 billion in defence spending"."""
_SPENDS = re.compile(
    r"\b(?:" + alternation("budget-verbs") + r")\s+(?:(?:about|around|nearly|almost|some|roughly|"
    r"over|more\s+than|less\s+than|under)\s+)?$",
    re.IGNORECASE,
)
_SPENT_ON = re.compile(
    r"\s+on\s+(?:" + alternation("budget-objects") + r")(?![\w-])", re.IGNORECASE
)
"""A dollar figure spent on the armed forces: "spends $38.4 billion on defence"."""


@dataclass(frozen=True, slots=True)
class Figure:
    """One inventory count: its quantity (country, amount, category) and, for troops, the
    word "active" before the noun."""

    quantity: Quantity
    active: Span | None
    named: Span | None = None
    """The same category named before the count and linked to it ("an active force of")."""


@dataclass(frozen=True, slots=True)
class InventoryComparison:
    """ "Poland has more tanks than Germany"."""

    subject: CountryMention
    word: Span
    more: bool
    noun: CategoryMention
    other: CountryMention


@dataclass(frozen=True, slots=True)
class Inventory:
    cited: bool
    """The claim names the ranking (or its `source` hint does)."""
    edition: int | None
    """The year the claim names, its hint, or the article's; None: none given."""
    edition_span: Span | None
    said: tuple[Span, ...]
    """Words that attribute the figures ("according to Global Firepower 2024", "has")."""
    figures: tuple[Figure, ...]
    comparisons: tuple[InventoryComparison, ...]
    dated: bool = True
    """The edition is written with the ranking's name or given by the claim's `year` hint:
    a figure off the table's is then the claim's error, not another year's figure."""


def _is_inventory(q: Quantity, doc: ClaimDoc, cited: bool) -> bool:
    """A count of what a country holds, of a kind Global Firepower tallies."""
    if not q.category.columns or q.country is None or q.new is not None or q.future:
        return False
    if q.kind not in ("inventory", None) or (q.kind is None and not cited):
        return False
    phrase = doc.text[min(q.amount.span[0], q.noun[0]) : max(q.amount.span[1], q.noun[1])]
    return not find_mentions(phrase, doc.context.sources).systems  # "612 K2 tanks": one weapon


def _own_country(q: Quantity, doc: ClaimDoc, start: int | None = None) -> Quantity:
    """In a claim that names several countries, a figure is the nearest country's before it
    ("China has 3,304 aircraft, while India has 2,296 aircraft"), not the claim's subject."""
    names = [c for c in doc.mentions.countries if not c.adjective]
    if len({c.country.iso3 for c in names}) < 2:
        return q
    start = min(q.amount.span[0], q.noun[0]) if start is None else start
    nearest = next((c for c in reversed(names) if c.end <= start), None)
    if nearest is None or q.country is None or nearest.country.iso3 == q.country.iso3:
        return q
    return replace(q, country=nearest.country, country_span=(nearest.start, nearest.end))


def _bare_counts(doc: ClaimDoc) -> list[tuple[Amount, int]]:
    """The counts of `doc` no quantity reads (no noun after them: "India has 2,296"), each
    with where its last number ends; no money, share or year."""
    text = doc.text
    numbers = find_cardinals(text)
    read = [q.amount.span for q in doc.quantities]
    found = []
    for index, number in enumerate(numbers):
        if number.money or number.percent or number.year_like:
            continue
        amount, first = read_amount(text, numbers, index)
        if first != index or any(s[0] < amount.span[1] and amount.span[0] < s[1] for s in read):
            continue
        found.append((amount, number.end))
    return found


_ELLIPSIS_VERB = re.compile(r"\b(?:has|have|had|fields|operates|with)\s+$", re.IGNORECASE)
_ELLIPSIS_END = re.compile(r"\s*(?:[.,;)]|$|(?:and|while|whereas|but)\b)", re.IGNORECASE)


def _elliptical(doc: ClaimDoc, figures: list[Figure]) -> list[Quantity]:
    """A bare count for another country after an inventory figure is of the figure's noun:
    "China has 3,304 aircraft, while India has 2,296" (a count of the same category)."""
    text = doc.text
    found = []
    for amount, end in _bare_counts(doc):
        earlier = [f.quantity for f in figures if f.quantity.amount.span[1] <= amount.span[0]]
        if not earlier or not _ELLIPSIS_VERB.search(text, 0, amount.span[0]):
            continue
        if not _ELLIPSIS_END.match(text, end):
            continue
        last = earlier[-1]
        q = _own_country(
            replace(last, amount=amount, phrase=text[amount.span[0] : end]),
            doc,
            amount.span[0],
        )
        other = q.country is not None and last.country is not None
        if other and q.country.iso3 != last.country.iso3:  # type: ignore[union-attr]
            found.append(q)  # another country's count, not a second one of the same
    return found


_SUPERLATIVE = re.compile(
    r"(?:\b(?:"
    + alternation("measure-superlatives")
    + r")\s+(?:(?:number|amount)\s+of\s+)?|"
    + ORDINAL_PATTERN.pattern
    + r"\s+(?:(?:in\s+the\s+world|globally|worldwide)\s+)?(?:"
    + alternation("measure-links")
    + r")\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
"""Before a category noun, a superlative of its count ("the most tanks", "the largest") or a
place in it ("ranks first for aircraft")."""
_WITH_COUNT = re.compile(
    r"(?:[\s-]+(?:fleet|force|inventory|arsenal))?(?:\s+(?:in|of)\s+(?:the\s+)?[\w'’-]+)?"
    r"\s*,?\s+with\s+(?:(?:a|an)\s+(?:fleet|force|inventory|arsenal|total)\s+of\s+)?"
    r"(?:(?:about|around|some|nearly|roughly|over|almost)\s+)?$",
    re.IGNORECASE,
)
"""Between a superlative's noun and its count: "the most tanks, with ", "the largest aircraft
fleet in the world, with ", "first for aircraft, with a fleet of "."""


def _superlative_counts(doc: ClaimDoc) -> list[Quantity]:
    """A bare count after "with" that follows a superlative of a category is that category's
    count ("Russia has the most tanks, with 14,777"); a count the sentence goes on from ("with
    14,777 more than Germany") is not."""
    text = doc.text
    by_columns = {c.columns: c for c in CATEGORIES}
    named = [(n.start, n.end, n.text, n.category) for n in find_categories(text)]
    named += [  # "the largest aircraft fleet": a measure's name whose columns are a category's
        (m.span[0], m.span[1], m.text, by_columns[m.columns])
        for m in find_measures(text)
        if m.columns in by_columns
    ]
    nouns = [n for n in named if _SUPERLATIVE.search(text, 0, n[0])]
    if not nouns:
        return []
    actions = find_actions(text)
    found = []
    for amount, end in _bare_counts(doc):
        noun = next((n for n in nouns if _WITH_COUNT.fullmatch(text, n[1], amount.span[0])), None)
        if noun is None or not _ELLIPSIS_END.match(text, end):
            continue
        verb = next((a for a in reversed(actions) if a.span[1] <= noun[0]), None)  # "has"
        found.append(
            Quantity(
                amount=amount,
                category=noun[3],
                noun=(noun[0], noun[1]),
                new=None,
                action=verb,
                period=find_period(text, None),
                future=is_future(text),
                phrase=text[noun[0] : amount.span[1]],
                counted=noun[2],
            )
        )
    if not found:
        return []
    country, mention, origin = subject_country(doc.claim, doc.context)
    where = (mention.start, mention.end) if mention else None
    return [replace(q, country=country, country_span=where, country_from=origin) for q in found]


def _comparisons(text: str, countries: tuple[CountryMention, ...]) -> list[InventoryComparison]:
    """ "Poland has more tanks than Germany"; a comparison with countries coordinated after
    "than" ("than Russia and China") is one comparison with each, all of which must hold."""
    found = []
    for noun in find_categories(text):
        word = _COMPARE.search(text, 0, noun.start)
        other = next((c for c in countries if _THAN.fullmatch(text[noun.end : c.start])), None)
        subject = next((c for c in reversed(countries) if word and c.end <= word.start()), None)
        if not (word and other and subject and noun.category.columns):
            continue
        if word["active"] and noun.category.columns != ("active_personnel",):
            continue  # "more active reservists": not a column of the table
        for each in _coordinated(text, other, countries):
            found.append(
                InventoryComparison(subject, word.span(), word["more"] is not None, noun, each)
            )
    return found


def _coordinated(
    text: str, first: CountryMention, countries: tuple[CountryMention, ...]
) -> list[CountryMention]:
    """`first` and the countries joined to it by commas and "and" ("Russia, China and India")."""
    joined = [first]
    for country in countries:
        if country.start >= joined[-1].end and _AND.fullmatch(text[joined[-1].end : country.start]):
            joined.append(country)
    return joined


def _budgets(doc: ClaimDoc) -> list[Quantity]:
    """Defence budgets written in dollars next to the measure's name ("a defence budget of
    $831 billion", "$1.3 trillion in military spending"): the currency sign is blanked so that
    the amount keeps its qualifier ("more than $800 billion")."""
    text = doc.text
    measures = [m for m in find_measures(text) if m.columns == _BUDGET.columns]
    signs = list(_DOLLAR.finditer(text))
    if not signs or not (measures or _SPENT_ON.search(text)):
        return []
    plain = _DOLLAR.sub(lambda m: " " * len(m.group()), text)
    numbers = find_cardinals(plain)
    found = []
    for index, number in enumerate(numbers):
        sign = next((m for m in signs if not plain[m.end() : number.start].strip()), None)
        if sign is None or number.year_like or number.percent:
            continue
        amount, first = read_amount(plain, numbers, index)
        if first != index:
            continue
        start = min(sign.start(), amount.span[0])
        amount = replace(amount, span=(start, amount.span[1]))  # "US$74 billion", sign and all
        measure = next(
            (
                m
                for m in measures
                if _BUDGET_LINK.fullmatch(plain, m.span[1], start)
                or _BUDGET_AFTER.fullmatch(text, amount.span[1], m.span[0])
            ),
            None,
        )
        if measure is None:
            measure = _spent_on(plain, start, amount.span[1])
        if measure is None:
            continue
        span = (min(start, measure.span[0]), max(amount.span[1], measure.span[1]))
        found.append(
            Quantity(
                amount=amount,
                category=_BUDGET,
                noun=measure.span,
                new=None,
                action=None,
                period=find_period(text, None),
                future=is_future(text),
                phrase=text[span[0] : span[1]],
                counted=measure.text,
            )
        )
    if not found:
        return []
    country, mention, origin = subject_country(doc.claim, doc.context)
    where = (mention.start, mention.end) if mention else None
    return [replace(q, country=country, country_span=where, country_from=origin) for q in found]


def _spent_on(text: str, start: int, end: int) -> Measure | None:
    """The defence budget that a spending verb before a dollar figure and "on defence" after it
    name ("spends $38.4 billion on defence"): its span runs from the verb to the object."""
    verb = _SPENDS.search(text, 0, start)
    spent = _SPENT_ON.match(text, end)
    if verb is None or spent is None or text[verb.end() : start].strip():
        return None
    span = (verb.start(), spent.end())
    return Measure(text[span[0] : span[1]], span, "defence budget", _BUDGET.columns)


def _named_before(text: str, q: Quantity) -> Span | None:
    """The same category named before the count and linked to it ("an active force of 325,000
    personnel"): the words say what is counted, and the figure covers them."""
    start = q.amount.span[0]
    before = [m for m in find_categories(text[:start]) if m.category is q.category]
    if before and links_count(text[before[-1].end : start]):
        return (before[-1].start, before[-1].end)
    return None


def read_inventory(doc: ClaimDoc) -> Inventory | None:
    """The inventory assertion of `doc`, or None when it gives no inventory figure."""
    text = doc.text
    named = list(GFP.finditer(text))
    about = ranking_article(doc.context)
    cited = bool(named) or cites_gfp(doc.claim) or about is not None
    figures = []
    for q in [*doc.quantities, *_budgets(doc), *_superlative_counts(doc)]:
        q = _own_country(q, doc)
        if _is_inventory(q, doc, cited):
            active = _ACTIVE.search(text[: q.noun[0]])
            figures.append(Figure(q, active.span() if active else None, _named_before(text, q)))
    figures += [Figure(q, None) for q in _elliptical(doc, figures)]
    pairs = _comparisons(text, doc.mentions.countries) if cited else []
    if not figures and not pairs:
        return None
    year, year_span = edition(text, named, doc.claim, doc.context)
    if year_span is None and doc.claim.year is None and about and about.edition:
        year = about.edition  # the edition the article is about
    said = [m.span() for m in named] + [m.span() for m in _SAYS.finditer(text)]
    said += [year_span] if year_span else []
    dated = bool(doc.claim.year and year_span is None) or any(
        m.start() <= (year_span or (-1, -1))[0] < m.end() for m in named
    )
    return Inventory(cited, year, year_span, tuple(said), tuple(figures), tuple(pairs), dated)

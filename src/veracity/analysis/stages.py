"""The stages of a claim's analysis, in order: each reads the claim and the stages before it.

A stage is a plain function of a `ClaimDoc`; `ClaimDoc` calls it the first time the stage's
value is asked for and keeps the value. The order below is the order of dependence: a stage
reads only the stages above it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from veracity.analysis.antecedents import antecedent, remember_systems, with_antecedent
from veracity.analysis.aspect import Aspect, read_aspect
from veracity.analysis.attribution import Attribution, read_attribution
from veracity.analysis.inventories import read_inventory
from veracity.analysis.rankings import read_ranking
from veracity.analysis.relations import Relation, read_relations
from veracity.analysis.role_links import RoleLink, read_role_links
from veracity.analysis.statements import Statements, find_statements
from veracity.errors import DatasetError
from veracity.mentions.catalog import catalog
from veracity.mentions.deals import Deal, find_deals
from veracity.mentions.finder import Mentions, find_mentions
from veracity.mentions.historical import HistoricalMention, find_historical
from veracity.mentions.keys import Token, tokenise
from veracity.mentions.roles import RoleMention, find_roles
from veracity.polarity import Reversal, reversals
from veracity.quantities.parse import Quantity, claim_quantities, reference_year
from veracity.quantities.subjects import names_institution
from veracity.sources.countries import countries

if TYPE_CHECKING:
    from veracity.analysis.doc import ClaimDoc

__all__ = ["STAGES", "Stage"]


@dataclass(frozen=True, slots=True)
class Stage:
    """One step of the analysis: its name (the `ClaimDoc` attribute) and how it is built."""

    name: str
    build: Callable[[ClaimDoc], Any]
    doc: str


def _tokens(doc: ClaimDoc) -> tuple[Token, ...]:
    return tuple(tokenise(doc.text))


def _reversals(doc: ClaimDoc) -> tuple[Reversal, ...]:
    return tuple(reversals(doc.text))


def _attribution(doc: ClaimDoc) -> Attribution:
    return read_attribution(doc.text)


def _aspect(doc: ClaimDoc) -> Aspect:
    return read_aspect(doc.text, doc.tokens)


def _year(doc: ClaimDoc) -> int | None:
    return reference_year(doc.claim, doc.context)


def _quantities(doc: ClaimDoc) -> tuple[Quantity, ...]:
    return tuple(claim_quantities(doc.claim, doc.context))


def _mentions(doc: ClaimDoc) -> Mentions:
    found = find_mentions(doc.text, doc.context.sources)
    remember_systems(doc.claim, found, doc.context)  # for later claims that point back
    if doc.claim.links:  # the desk's reading of names the finder misreads
        from veracity.analysis.desk import apply_links

        found = apply_links(found, dict(doc.claim.links), catalog(doc.context.sources))
    # "108 such tanks": the system an earlier claim of the set named, a labelled inference
    return with_antecedent(found, antecedent(doc.claim.id, found, doc.context))


def _institution(doc: ClaimDoc) -> bool:
    return names_institution(doc.text)


def _roles(doc: ClaimDoc) -> tuple[RoleMention, ...]:
    return tuple(find_roles(doc.text))


def _role_links(doc: ClaimDoc) -> tuple[RoleLink, ...]:
    return read_role_links(doc.text, doc.mentions.systems, doc.roles, doc.quantities)


def _former(doc: ClaimDoc) -> tuple[HistoricalMention, ...]:
    return tuple(find_historical(doc.text, doc.context.sources))


def _deals(doc: ClaimDoc) -> tuple[Deal, ...]:
    return tuple(find_deals(doc.text, doc.mentions, _anchor(doc)))


def _anchor(doc: ClaimDoc) -> dt.date | int | None:
    """What "this year" or "in February" is relative to: the claim set's published date, else
    the claim's year hint (a year only), else none."""
    article = doc.context.claim_set.article if doc.context.claim_set else None
    published = article.published if article else None
    if published is not None and doc.claim.year in (None, published.year):
        return published
    return doc.claim.year


def _statements(doc: ClaimDoc) -> Statements:
    try:
        resolver = countries(doc.context.sources)
    except DatasetError:  # no country data: no word reads as a nationality by name
        makers, origins = find_statements(doc.text, lambda word: False)
    else:
        makers, origins = find_statements(doc.text, lambda w: resolver.resolve(w) is not None)
    return Statements(tuple(makers), tuple(origins))


def _relations(doc: ClaimDoc) -> tuple[Relation, ...]:
    return read_relations(doc.text, doc.mentions, doc.former, doc.roles, doc.deals)


STAGES: tuple[Stage, ...] = (
    Stage("tokens", _tokens, "the words and numbers of the text, possessives marked"),
    Stage("reversals", _reversals, "negation, denial, possibility, a question, 'only'"),
    Stage(
        "attribution",
        _attribution,
        "who says the statement: an opener, a tail, an embedding or an aside, and its stance",
    ),
    Stage("aspect", _aspect, "a statement under way now ('is procuring'), a figure one batch"),
    Stage("year", _year, "the year 'this year' means: the claim's hint, else the article's"),
    Stage("quantities", _quantities, "counts, with their action, period and subject country"),
    Stage(
        "mentions",
        _mentions,
        "systems, makers, organisations, countries and regions named; the claim's links win",
    ),
    Stage(
        "institution",
        _institution,
        "a national institution named by 'the …' alone, whose country is the article's",
    ),
    Stage("roles", _roles, "runs of category, role and class words"),
    Stage("role_links", _role_links, "role assertions: a run of role words and its system"),
    Stage("former", _former, "former states named (Soviet, Yugoslav)"),
    Stage("deals", _deals, "transfer assertions: recipient, supplier, system, number, year"),
    Stage(
        "ranking",
        read_ranking,
        "a ranking assertion: edition, subject, ranks, comparisons, scores, countries ranked",
    ),
    Stage("inventory", read_inventory, "inventory figures: a country's count of a category"),
    Stage(
        "statements",
        _statements,
        "maker and origin statements of any named system ('X is made by Y', 'the Turkish X')",
    ),
    Stage(
        "relations",
        _relations,
        "typed assertions by verb class: acquisition, supply, operation, manufacture, origin,"
        " ownership, naming",
    ),
)

"""The shared claim analysis: stages in order, built once, read-only, features for skipping."""

from __future__ import annotations

import datetime as dt

import pytest

from veracity import Article, Claim, ClaimSet, Sources
from veracity.analysis import FEATURES, STAGES, ClaimDoc
from veracity.context import Context


@pytest.fixture(scope="module")
def context() -> Context:
    claim_set = ClaimSet(
        article=Article(id="t", title="T", published=dt.date(2024, 3, 1)),
        claims=(Claim(id="a", text="x"),),
    )
    return Context(sources=Sources(), claim_set=claim_set)


def doc_of(text: str, context: Context) -> ClaimDoc:
    return ClaimDoc(Claim(id="c", text=text), context)


def test_stages_have_unique_names_that_are_attributes() -> None:
    names = [s.name for s in STAGES]
    assert len(names) == len(set(names))
    for name in names:
        assert getattr(ClaimDoc, name).name == name


def test_a_stage_is_built_once_and_shared(context: Context) -> None:
    doc = doc_of("Kazakhstan ordered 12 Su-30SM fighters from Russia in 2015.", context)
    assert doc.mentions is doc.mentions
    assert doc.deals is doc.deals
    assert "mentions" in repr(doc)


def test_only_the_stages_asked_for_are_built(context: Context) -> None:
    doc = doc_of("Kazakhstan ordered 12 Su-30SM fighters from Russia in 2015.", context)
    assert doc.tokens
    assert "built=['tokens']" in repr(doc)


def test_the_doc_is_read_only(context: Context) -> None:
    doc = doc_of("The Arlan is a wheeled armoured vehicle.", context)
    with pytest.raises(AttributeError):
        doc.claim = Claim(id="d", text="other")  # type: ignore[misc]


def test_mentions_quantities_and_deals(context: Context) -> None:
    doc = doc_of("Kazakhstan ordered 12 Su-30SM fighters from Russia in 2015.", context)
    assert [m.text for m in doc.mentions.systems] == ["Su-30SM"]
    assert [c.country.iso3 for c in doc.mentions.countries] == ["KAZ", "RUS"]
    (deal,) = doc.deals
    assert deal.recipient is not None
    assert deal.recipient.country.iso3 == "KAZ"
    assert deal.number is not None
    assert deal.number[0] == 12
    assert [q.amount.stated for q in doc.quantities] == [12]


def test_designation_digits_are_no_count(context: Context) -> None:
    doc = doc_of("The Mirage 2000-5 and the F-16C Block 70 are fighters.", context)
    assert doc.quantities == ()


def test_the_year_comes_from_the_article(context: Context) -> None:
    assert doc_of("Deliveries began this year.", context).year == 2024
    hinted = ClaimDoc(Claim(id="h", text="Deliveries began this year.", year=2019), context)
    assert hinted.year == 2019


def test_reversals(context: Context) -> None:
    doc = doc_of("Kazakhstan did not order the Rafale.", context)
    assert [r.kind for r in doc.reversals] == ["negation"]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The Arlan is a wheeled armoured vehicle.", {"systems", "names"}),
        ("Dassault Aviation is a French company.", {"makers", "names", "countries", "places"}),
        ("Central Asia is a region.", {"places"}),
        (
            "Kazakhstan ordered 12 Su-30SM fighters.",
            {"systems", "names", "countries", "places", "quantities", "deals"},
        ),
        (
            "Kazakhstan was placed 58th in the Global Firepower 2024 ranking.",
            {"countries", "places", "ranking"},
        ),
        ("Nothing is named here.", set()),
    ],
)
def test_features(text: str, held: set[str], context: Context) -> None:
    doc = doc_of(text, context)
    assert {f for f in FEATURES if doc.has(f)} == held


def test_an_unknown_feature_is_an_error(context: Context) -> None:
    with pytest.raises(ValueError, match="unknown feature"):
        doc_of("x", context).has("weapons")  # type: ignore[arg-type]


def test_context_gives_the_runs_analysis_for_its_claim(context: Context) -> None:
    claim = Claim(id="a", text="The Arlan is produced by Kazakhstan Paramount Engineering.")
    per_claim = context.for_claim(claim)
    assert per_claim.analysis(claim) is per_claim.doc
    other = Claim(id="b", text="The A400M is a transport aircraft.")
    assert per_claim.analysis(other).claim is other
    assert context.analysis(claim).claim is claim


def test_an_institution_by_the_alone(context: Context) -> None:
    assert doc_of("500 jets are procured for the Air Defense Forces.", context).institution
    assert not doc_of("500 jets are procured for Kazakhstan's air force.", context).institution


def test_where_the_claim_spells_a_name(context: Context) -> None:
    doc = doc_of("Poland ordered 96 AH 64Es in 2024.", context)
    assert doc.spelled("AH-64E") == (18, 24)
    assert doc.spelled("Su-30SM") is None


def test_maker_and_origin_statements_of_any_name(context: Context) -> None:
    doc = doc_of("The Zorro-9 is made by Acme Works, and the Turkish Kaplan too.", context)
    assert [s.maker for s in doc.statements.makers] == ["Acme Works"]
    assert [s.name.adjective for s in doc.statements.origins] == [(43, 50, "Turkish")]

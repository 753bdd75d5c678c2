"""The subject country: from the text, else the hint, else the country most claims name."""

from __future__ import annotations

import pytest

from veracity.claims.models import Article, Claim, ClaimSet
from veracity.context import Context
from veracity.quantities.subjects import article_country, subject_country, text_subject
from veracity.sources import Sources
from veracity.sources.countries import countries

SOURCES = Sources()


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Egypt ordered 24 Rafale fighters from France.", "EGY"),
        ("France will deliver 24 Rafale fighters to Egypt.", "EGY"),
        ("Kazakhstan received three Anka drones from Türkiye.", "KAZ"),
        ("Kazakhstan's army received 40 new tanks.", "KAZ"),
        ("Jets made in Russia were delivered.", None),
        ("The army received 40 tanks.", None),
    ],
)
def test_text_subject(text: str, subject: str | None) -> None:
    mention = text_subject(text, countries(SOURCES))
    assert (mention.country.iso3 if mention else None) == subject


def _context(*claims: Claim, title: str = "An article") -> Context:
    claim_set = ClaimSet(article=Article(id="a", title=title), claims=claims)
    return Context(sources=SOURCES, claim_set=claim_set)


def test_text_beats_hint_beats_article() -> None:
    context = _context(
        Claim(id="a", text="Kazakhstan will buy jets."),
        Claim(id="b", text="Kazakhstan has tanks."),
        Claim(id="c", text="The army received 40 tanks.", country="Uzbekistan"),
        Claim(id="f", text="Kazakhstan has jets."),
        Claim(id="d", text="The army received 40 tanks."),
        Claim(id="e", text="Egypt received 40 tanks.", country="Uzbekistan"),
    )
    assert context.claim_set is not None
    claim = context.claim_set.claim
    country, _, origin = subject_country(claim("e"), context)
    assert (country.iso3 if country else None, origin) == ("EGY", "text")
    country, _, origin = subject_country(claim("c"), context)
    assert (country.iso3 if country else None, origin) == ("UZB", "hint")
    country, mention, origin = subject_country(claim("d"), context)
    assert (country.iso3 if country else None, mention, origin) == ("KAZ", None, "article")


def test_no_article_country_on_a_tie_or_a_single_mention() -> None:
    tie = _context(
        Claim(id="a", text="Kazakhstan will buy jets."),
        Claim(id="b", text="Uzbekistan will buy jets."),
    )
    assert article_country(tie) is None
    single = _context(Claim(id="a", text="Kazakhstan will buy jets."), Claim(id="b", text="x"))
    assert article_country(single) is None
    assert article_country(Context(sources=SOURCES)) is None


def test_the_title_and_hints_vote() -> None:
    context = _context(
        Claim(id="a", text="The army received 40 tanks.", country="Kazakhstan"),
        Claim(id="b", text="Tanks arrived."),
        title="Kazakhstan rearms",
    )
    country = article_country(context)
    assert country is not None
    assert country.iso3 == "KAZ"


def test_an_alliance_does_not_take_the_article_country() -> None:
    claims = (
        Claim(id="a", text="Kazakhstan will buy jets."),
        Claim(id="b", text="Kazakhstan has tanks."),
        Claim(id="c", text="NATO will deploy 5,000 troops."),
        Claim(id="d", text="The Defence Ministry will buy 12 jets."),
    )
    claim_set = ClaimSet(article=Article(id="a", title="t"), claims=claims)
    context = Context(sources=SOURCES, claim_set=claim_set)
    assert subject_country(claims[2], context) == (None, None, "organisation")
    country, _, origin = subject_country(claims[3], context)
    assert (country.iso3 if country else None, origin) == ("KAZ", "article")
    without = Sources()
    without._folders.pop("organisations", None)
    country, _, origin = subject_country(claims[2], Context(sources=without, claim_set=claim_set))
    assert (country.iso3 if country else None, origin) == ("KAZ", "article")

"""Claims are located in the article text exactly where `str.find` puts them, all at once."""

from __future__ import annotations

import gc

from hypothesis import given
from hypothesis import strategies as st

from veracity.claims import spans
from veracity.claims.models import Article, Claim, ClaimSet
from veracity.claims.spans import Locator, locator_of

WORDS = st.sampled_from(["a", "ab", "b", "ba", "the", "Su-30", "jets", "\n", " ", "  ", "\t"])
TEXTS = st.lists(WORDS, max_size=60).map("".join)
NEEDLES = st.lists(st.lists(WORDS, min_size=1, max_size=8).map("".join), max_size=20)


@given(TEXTS, NEEDLES)
def test_the_first_occurrence_is_finds(text: str, needles: list[str]) -> None:
    locator = Locator(text, needles)
    for needle in needles:
        assert locator.find(needle) == text.find(needle), (text, needle)


@given(TEXTS, st.data())
def test_line_and_column_as_counted_by_hand(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(min_value=0, max_value=len(text)))
    before = text[:offset]
    expected = (before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1)
    assert Locator(text, []).line_column(offset) == expected


def test_a_needle_not_given_at_first_is_still_found() -> None:
    locator = Locator("one two three four", ["two three four"])
    assert locator.find("three") == "one two three four".find("three")
    assert locator.find("absent words here") == -1


def test_a_claim_set_builds_its_locator_once_and_lets_it_go() -> None:
    text = "Kazakhstan ordered 500 jets.\nPoland bought tanks.\n"
    claims = (
        Claim(id="a", text="Poland bought tanks."),
        Claim(id="b", text="Kazakhstan ordered 500 jets.", quote="ordered 500 jets"),
    )
    claim_set = ClaimSet(article=Article(id="x", title="t"), claims=claims, article_text=text)
    locator = locator_of(claim_set)
    assert locator is locator_of(claim_set)
    assert claim_set.article_span(claims[0]) == (29, 49)
    location = claim_set.article_location(claims[1])
    assert location is not None
    assert (location.line, location.column) == (1, 12)
    other = claim_set.model_copy(update={"article_text": "x\n" + text})
    assert other.article_span(claims[0]) == (31, 51)  # a copy gets its own locator
    keys = {id(claim_set), id(other)}
    assert keys <= set(spans._LOCATORS)
    del claim_set, other, locator
    gc.collect()
    assert not keys & set(spans._LOCATORS)

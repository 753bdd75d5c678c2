"""Lexicons: word lists as data files, loaded by name."""

from __future__ import annotations

import pytest

from veracity.lexicons import lexicon, names


def test_every_lexicon_loads_lower_case_words_without_comments() -> None:
    assert "function-words" in names()
    for name in names():
        words = lexicon(name)
        assert words, name
        assert all(w == w.lower() and " " not in w and "#" not in w for w in words), name


def test_function_words_hold_articles_and_auxiliaries() -> None:
    assert {"the", "a", "is", "has"} <= lexicon("function-words")


def test_an_unknown_lexicon_names_the_known_ones() -> None:
    with pytest.raises(KeyError, match="function-words"):
        lexicon("no-such-list")


def test_relative_time_hedges_and_company_suffixes_assert_nothing() -> None:
    from veracity.text import content_words

    words = [w for _, _, w in content_words("Saab AB reportedly delivered it earlier in 2021")]
    assert words == ["Saab", "delivered", "2021"]
    words = [w for _, _, w in content_words("Tashkent is reported to have signed in 2013")]
    assert words == ["Tashkent", "signed", "2013"]


def test_the_relations_lexicon_holds_the_deal_verbs_by_inflection() -> None:
    import re

    from veracity.lexicons.relations import deal_verbs

    assert re.fullmatch(deal_verbs("send_past"), "handed  over")
    assert re.fullmatch(deal_verbs("order_base"), "buy")
    with pytest.raises(KeyError, match="no deal verbs"):
        deal_verbs("nothing")


def test_company_suffixes_are_name_keys_so_names_compare_without_them() -> None:
    from veracity.sources.names import name_key

    suffixes = lexicon("company-suffixes")
    assert {"gmbh", "jsc", "ltd"} <= suffixes
    assert all(name_key(w) == w for w in suffixes)


def test_country_names_with_the_are_country_names() -> None:
    from veracity.sources import Sources
    from veracity.sources.countries import countries

    resolver = countries(Sources())
    assert all(resolver.resolve(name) is not None for name in lexicon("country-names-with-the"))

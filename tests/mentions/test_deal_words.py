"""Years, "since", "by", "the first", "began" and "second-hand" in deal claims."""

from __future__ import annotations

import re

import pytest

from veracity.mentions.deal_words import (
    began,
    claimed_years,
    condition,
    condition_after,
    dated,
    deal_money,
    deal_worth,
    earliest,
    first_delivery,
    first_word,
    fits,
    money_in,
    owned_money,
    planned_deliveries,
    since,
    up_to,
    worth_recorded,
)


@pytest.mark.parametrize(
    ("text", "years", "is_range"),
    [
        ("delivered 39 HIMARS in 2022 and 2023.", (2022, 2023), False),
        ("delivered in 2019, 2021 and 2022.", (2019, 2021, 2022), False),
        ("received 185 T-90S between 2006 and 2008.", (2006, 2007, 2008), True),
        ("deliveries from 2016 to 2018", (2016, 2017, 2018), True),
        ("deliveries in 2015-2017", (2015, 2016, 2017), True),
    ],
)
def test_claimed_years(text: str, years: tuple[int, ...], is_range: bool) -> None:
    found = claimed_years(text, 0, len(text))
    assert found is not None
    assert (found.values, found.range) == (years, is_range)


@pytest.mark.parametrize("text", ["delivered in 2022.", "the 2022 deal and 12 tanks", ""])
def test_no_years(text: str) -> None:
    assert claimed_years(text, 0, len(text)) is None


def test_fits_list_and_range() -> None:
    row = {"years_of_delivery": [2022, 2023]}
    listed = claimed_years("in 2022 and 2023", 0, 16)
    spanned = claimed_years("between 2021 and 2023", 0, 21)
    assert listed is not None
    assert spanned is not None
    assert fits(row, listed)
    assert not fits(row, spanned)  # the range starts a year earlier than the deliveries


def test_first_since_by_began() -> None:
    text = "The first twelve FA-50s arrived"
    assert first_word(text, text.index("twelve")) == (4, 9)
    assert first_word("Twelve FA-50s arrived", 0) is None
    text = "supplied since 2019"
    assert since(text, (15, 19)) == (9, 14)
    text = "By the end of 2024, 84 had arrived"
    assert up_to(text, (14, 18)) == (0, 18)
    assert began("began delivering")
    assert not began("delivered")


def test_condition() -> None:
    text = "Poland received 116 second-hand M1A1 Abrams"
    assert condition(text, 0, text.index("M1A1")) == ("second-hand", (20, 31))
    text = "Poland is buying 250 new M1A2"
    assert condition(text, 0, text.index("M1A2")) == ("new", (21, 24))
    assert condition("Kazakhstan ordered 12 Su-30SM", 0, 22) is None


def test_second_hand_after_the_system_before_its_earlier_owner() -> None:
    text = "Argentina bought 24 F-16 fighters second-hand from Denmark"
    at = text.index(" fighters")
    assert condition_after(text, at, len(text)) == ("second-hand", (34, 45))
    text = "Argentina bought 24 F-16 fighters second-hand"
    assert condition_after(text, text.index(" fighters"), len(text)) is None


def test_a_value_between_the_buyers_possessive_and_the_deals_noun() -> None:
    text = "Poland's $10 billion contract for 96 AH-64E"
    assert owned_money(text, 9, text.index("contract")) == (10e9, (9, 20))
    assert owned_money("Poland's 2022 contract", 9, 14) is None


def test_earliest_and_first_delivery() -> None:
    old = {"year_of_order": 2019, "years_of_delivery": [2023, 2024]}
    new = {"year_of_order": 2023, "years_of_delivery": []}
    assert earliest([old], [old, new], "year_of_order")
    assert not earliest([new], [old, new], "year_of_order")
    assert first_delivery([old, new]) == 2023
    assert first_delivery([new]) is None


def test_deal_money() -> None:
    text = "Poland signed a $10 billion deal for 96 AH-64E"
    gap, money = deal_money(text, (7, 36))
    assert gap == (16, 28)
    assert money == (10e9, (16, 27))
    assert deal_money("Poland signed a deal for 96 AH-64E", (7, 24)) == (None, None)
    assert money_in("INR390 b ($5.4 b) deal; delivery planned 2021-2025") == [(5.4e9, 5.4e9)]
    assert money_in("$1.2-1.4 b deal (incl offsets)") == [(1.2e9, 1.4e9)]
    assert money_in("USD2.4 b deal; $414 m part") == [(2.4e9, 2.4e9), (414e6, 414e6)]


@pytest.mark.parametrize(
    ("comment", "planned"),
    [
        ("M-1A2T version; delivery planned 2022-2026", (2022, 2026)),
        ("$175 m deal; Delivery planned 2025", (2025, 2025)),
        ("delivery planned by 2027", (None, 2027)),
        ("Deliveries planned by 2027", (None, 2027)),
        ("EUR1.8 b deal; delivery planned from 2026", (2026, None)),
        ("delivery planned in 2025", (2025, 2025)),
        ("delivery planned 2022-2025/2027", None),
        ("delivery planned 2026 or 2027", None),
        ("delivery planned from late-2020s", None),
        ("", None),
    ],
)
def test_the_deliveries_sipri_plans(
    comment: str, planned: tuple[int | None, int | None] | None
) -> None:
    assert planned_deliveries({"comments": comment}) == planned


COMMENT = "Second-hand; DKR2.1 b ($300 m) deal; delivery planned 2024-2028"


@pytest.mark.parametrize(
    ("text", "recorded"),
    [
        ("The deal is worth $300 million.", True),
        ("The deal is worth about 2.1 billion kroner ($300 million).", True),
        ("The deal was valued at 2.1 billion kroner.", True),
        ("The deal is worth $900 million.", False),
        ("The deal is worth about 2.1 billion euros.", False),  # another currency
        ("The deal is worth about 2.1 billion kroner ($500 million).", False),
    ],
)
def test_a_deals_worth_against_sipris_comment(text: str, recorded: bool) -> None:
    worth = deal_worth(text, 0, len(text))
    assert worth is not None
    assert text[worth.span[0] : worth.span[1]].startswith(("is worth", "was valued"))
    assert worth_recorded(COMMENT, worth) is recorded


def test_a_worth_in_a_currency_of_unknown_code_is_not_read() -> None:
    text = "The deal is worth 2.1 billion doubloons."
    assert deal_worth(text, 0, len(text)) is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("In August 2024 Warsaw signed", "August 2024"),
        ("arrived on 12 July 2020.", "12 July 2020"),
        ("arrived on July 12, 2020.", "July 12, 2020"),
        ("signed in Sept. 2019", "Sept. 2019"),
        ("signed in 2019", "2019"),
        ("they may 2020", "2020"),  # the modal, not the month
    ],
)
def test_a_month_before_the_year_is_read_with_it(text: str, said: str) -> None:
    year = re.search(r"(?:19|20)\d\d", text)
    assert year is not None
    start, end = dated(text, year.span())
    assert text[start:end] == said

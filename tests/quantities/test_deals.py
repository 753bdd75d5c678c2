"""The SIPRI register index: confirming rows, past totals, and designations in the claim."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

import pytest

from veracity.analysis.spellings import spelled
from veracity.quantities.deals import Deal, Deals, deals, describe
from veracity.quantities.parse import Quantity, read_quantities
from veracity.sources import Sources
from veracity.sources.countries import countries

RESOLVER = countries(Sources())


def _quantity(text: str, iso3: str) -> Quantity:
    [quantity] = read_quantities(text, 2024)
    return replace(quantity, country=RESOLVER.by_iso3[iso3])


@pytest.fixture
def register(sipri_sources: Sources) -> Deals:
    found = deals(sipri_sources)
    assert found is not None
    return found


def _confirming(register: Deals, text: str, iso3: str) -> list[Deal]:
    return register.confirming(_quantity(text, iso3), partial(spelled, text))


def test_absent_register_is_none(bare_sources: Sources) -> None:
    assert deals(bare_sources) is None


def test_built_once(sipri_sources: Sources) -> None:
    assert deals(sipri_sources) is deals(sipri_sources)


def test_past_orders_total(register: Deals) -> None:
    assert register.ordered("KAZ", "fighters") == (62, 1995, 2021)
    assert register.ordered("KAZ", "submarines") is None


def test_confirming_row_and_designation_from_comments(register: Deals) -> None:
    text = "Kazakhstan ordered 12 Su-30SM fighters in 2018."
    [deal] = _confirming(register, text, "KAZ")
    assert deal.row["id"] == "kaz-2018-su-30mk"
    assert deal.designation is not None
    assert text[deal.designation[0] : deal.designation[1]] == "Su-30SM"


def test_designation_first_word(register: Deals) -> None:
    text = "Poland ordered 96 AH-64E attack helicopters in 2024."
    [deal] = _confirming(register, text, "POL")
    assert deal.designation is not None
    assert text[deal.designation[0] : deal.designation[1]] == "AH-64E"


def test_no_confirmation_for_uncertain_rows_wrong_years_or_plans(register: Deals) -> None:
    for text, iso3 in [
        ("Kazakhstan ordered 45 armoured vehicles in 2024.", "KAZ"),  # SIPRI: 45? in 2024?
        ("Egypt ordered 30 fighters in 2022.", "EGY"),
        ("Egypt will buy 30 fighters.", "EGY"),
        ("Egypt ordered 29 fighters in 2021.", "EGY"),
    ]:
        assert _confirming(register, text, iso3) == [], text


def test_deliveries_match_on_delivery_years(register: Deals) -> None:
    text = "Kazakhstan received 3 drones in 2022 and 2023."
    [deal] = _confirming(register, text, "KAZ")
    assert deal.row["id"] == "kaz-2021-anka"
    late = "Kazakhstan received 3 drones in 2023."
    assert _confirming(register, late, "KAZ") == []


def test_describe(register: Deals) -> None:
    row = register.table.get("pol-2021-bayraktar-tb2")
    assert row is not None
    assert describe(row) == (
        "Poland ordered 24 Bayraktar TB2 (armed UAV) from Turkiye in 2021; 24 delivered in "
        "2022-2024; status: New"
    )


def test_uncertain_order_year_matters_only_for_a_claimed_period(register: Deals) -> None:
    # SIPRI: 4 Su-30MK ordered by Kazakhstan, number certain, year of order 2014 uncertain
    [deal] = _confirming(register, "Kazakhstan ordered four fighters.", "KAZ")
    assert deal.row["id"] == "kaz-2014-su-30mk"
    assert _confirming(register, "Kazakhstan ordered four fighters in 2014.", "KAZ") == []

"""Reading SIPRI's comments: a selection is not an order; a lease and its extensions."""

from __future__ import annotations

import pytest

from veracity.sources.sipri import lease_renewals, leased, not_yet_ordered


@pytest.mark.parametrize(
    "comment",
    [
        "K2PL versions; incl production under licence in Poland; selected 2022 but not yet "
        "ordered by end-2023",
        "K-9A2 (K-9PL) version; selected but contract not yet signed by end-2024",
        "FGM-148F version; possibly selected 2024 but not yet ordered by end-2024",
        "selected but not yet ordred by end2020",
        "selected 2019 but order delayed until 2022 after budget cuts",
    ],
)
def test_selections(comment: str) -> None:
    assert not_yet_ordered({"comments": comment})


@pytest.mark.parametrize(
    "comment",
    [
        "$3.3 b deal; incl production under licence in Poland; delivery planned 2022-2025/2027",
        "Selected 2021; ordered 2022",
        "option on 24 more not used",
        "",
    ],
)
def test_orders(comment: str) -> None:
    assert not not_yet_ordered({"comments": comment})


def test_no_comment() -> None:
    assert not not_yet_ordered({})


@pytest.mark.parametrize(
    ("row", "is_lease"),
    [
        ({"comments": "$924 m 10-year lease (2006-2016; offsets 110%)", "status": "New"}, True),
        ({"comments": "Second-hand; lease; trainer/combat version", "status": "Second hand"}, True),
        ({"comments": "Leased 2019-2024", "status": "New"}, True),
        ({"comments": "Second-hand; aid", "status": "Second hand"}, False),
        ({"comments": "release of funds delayed", "status": "New"}, False),
        ({}, False),
    ],
)
def test_a_lease_is_what_the_comment_or_status_says(row: dict[str, str], is_lease: bool) -> None:
    assert leased(row) is is_lease


def test_lease_extensions_with_their_terms() -> None:
    comment = "$924 m 10-year lease (2006-2016; offsets 110%; lease extended 2012 to 2016-2026)"
    assert lease_renewals({"comments": comment}) == [(2012, 10)]
    assert lease_renewals({"comments": "lease renewed in 2019"}) == [(2019, None)]
    assert lease_renewals({"comments": "10-year lease"}) == []

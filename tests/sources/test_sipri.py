"""Reading SIPRI's comments: a selection is not an order."""

from __future__ import annotations

import pytest

from veracity.sources.sipri import not_yet_ordered


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

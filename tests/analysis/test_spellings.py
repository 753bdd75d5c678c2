"""Where a claim writes a dataset's name: separators, case and a plural are free."""

from __future__ import annotations

import pytest

from veracity.analysis.spellings import spelled


@pytest.mark.parametrize(
    ("text", "name", "span"),
    [
        ("96 AH-64E helicopters", "AH-64E", (3, 9)),
        ("96 ah64e helicopters", "AH-64E", (3, 8)),
        ("two AH 64Es", "AH-64E", (4, 10)),
        ("the Patriot/PAC-3 system", "PAC-3", (12, 17)),
    ],
)
def test_a_name_is_found_however_it_is_separated(
    text: str, name: str, span: tuple[int, int]
) -> None:
    assert spelled(text, name) == span


def test_not_inside_a_longer_word() -> None:
    assert spelled("the XAH-64E", "AH-64E") is None
    assert spelled("the AH-64EX", "AH-64E") is None


def test_a_name_of_one_letter_is_never_found() -> None:
    assert spelled("a T tank", "T") is None
    assert spelled("a T-72 tank", "-") is None

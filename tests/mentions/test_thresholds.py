"""The fuzzy thresholds of veracity.mentions.index, checked on the cases they were chosen on."""

import pytest
from rapidfuzz import fuzz

from veracity.mentions.index import NAME_CUTOFF

# (misspelt key, dataset key, should match): press misspellings and look-alikes seen in the wild
CASES = [
    ("otocar", "otokar", True),  # Polygon Journal, kz2024: "Turkish Otocar"
    ("lockheadmartin", "lockheedmartin", True),
    ("bayraktertb2", "bayraktartb2", True),
    ("dassualt", "dassault", True),
    ("sukhoy", "sukhoi", True),
    ("paramaunt", "paramount", True),
    ("kalashnikof", "kalashnikov", True),
    ("rafaela", "rafale", False),
    ("raphael", "rafale", False),
    ("arlen", "arlan", False),
    ("baykar", "bayraktar", False),
]


@pytest.mark.parametrize(("typed", "known", "matches"), CASES)
def test_name_cutoff_separates_the_real_cases(typed: str, known: str, matches: bool) -> None:
    assert (fuzz.ratio(typed, known) >= NAME_CUTOFF) is matches


def test_a_score_alone_cannot_separate_rafael_from_rafale() -> None:
    # Both are 83.3: the exact index must win (Rafael is a maker's alias), never the fuzzy one.
    assert fuzz.ratio("rafael", "rafale") == fuzz.ratio("otocar", "otokar")


def test_common_words_score_high_so_cues_are_needed() -> None:
    assert fuzz.ratio("being", "boeing") >= NAME_CUTOFF
    assert fuzz.ratio("tales", "thales") >= NAME_CUTOFF

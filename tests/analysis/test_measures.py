"""`find_measures`: the measures of a strength table a text names, remembered per text."""

from __future__ import annotations

from veracity.analysis.measures import find_measures


def test_a_named_measure_wins_over_the_noun_inside_it() -> None:
    found = find_measures("Egypt has the largest tank fleet in Africa.")
    assert [m.text for m in found] == ["tank fleet"]


def test_a_text_read_again_is_answered_from_the_memo() -> None:
    """The ranking and inventory readers ask up to three times about one claim text."""
    text = "Egypt ranks third for manpower and fifth in tanks."
    first = find_measures(text)
    hits = find_measures.cache_info().hits
    assert find_measures(text) == first
    assert first
    assert find_measures.cache_info().hits == hits + 1

"""Lookup keys, identifiers and press spellings of names."""

from __future__ import annotations

import pytest

from veracity.sources.names import name_key, slash_parts, slug, spelling_variants


@pytest.mark.parametrize(
    ("a", "b"),
    [("Su-30SM", "Su 30SM"), ("Su-30SM", "su30sm"), ("TUSAŞ", "Tusas"), ("A400M", "a-400 m")],
)
def test_name_key_ignores_case_accents_hyphens_and_spaces(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_name_key_keeps_what_distinguishes_names() -> None:
    assert name_key("Su-30SM") != name_key("Su-30MK")
    assert name_key("Cobra II") != name_key("Cobra")


def test_slug_is_kebab_ascii() -> None:
    assert slug("Su-30SM") == "su-30sm"
    assert slug("TUSAŞ Anka-S") == "tusas-anka-s"
    assert slug("Storm Shadow/SCALP-EG") == "storm-shadow-scalp-eg"


def test_spelling_variants_of_a_hyphenated_designation() -> None:
    assert spelling_variants("Su-30SM") == ["Su 30SM", "Su30SM"]


def test_spelling_variants_write_mark_numbers_as_roman_numerals_and_back() -> None:
    assert "Cobra II" in spelling_variants("Cobra-2")
    assert {"Cobra-2", "Cobra 2"} <= set(spelling_variants("Cobra II"))
    assert "Hellfire II" in spelling_variants("Hellfire-2")


def test_acronyms_and_short_stems_get_no_roman_numerals() -> None:
    assert all("II" not in v for v in spelling_variants("Mi-2"))
    assert all("III" not in v for v in spelling_variants("BTR-3"))


def test_spaced_names_get_a_hyphenated_form() -> None:
    assert spelling_variants("Bayraktar TB2") == ["Bayraktar-TB2"]


def test_slash_parts_split_joined_designations_only() -> None:
    assert slash_parts("Mi-24V/Mi-35") == ["Mi-24V", "Mi-35"]
    assert slash_parts("Storm Shadow/SCALP-EG") == ["Storm Shadow", "SCALP-EG"]
    assert slash_parts("R-27R/T") == []
    assert slash_parts("Spike-MR/LR") == []
    assert slash_parts("Rafale") == []

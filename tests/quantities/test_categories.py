"""Category nouns and their inventory columns (cases in cases/categories.yaml)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from veracity.quantities.categories import CATEGORIES, find_categories
from veracity.sources import BUNDLED_DATA
from veracity.sources.importers.sipri_categories import CATEGORIES as SIPRI_DESCRIPTIONS

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "categories.yaml").read_text())


@pytest.mark.parametrize("case", CASES, ids=[c["text"] for c in CASES])
def test_categories(case: dict[str, Any]) -> None:
    assert [[m.text, m.category.id] for m in find_categories(case["text"])] == case["found"]


def test_every_column_exists_in_global_firepower() -> None:
    descriptor = json.loads((BUNDLED_DATA / "gfp-2024" / "datapackage.json").read_text())
    columns = {f["name"] for f in descriptor["resources"][0]["schema"]["fields"]}
    for category in CATEGORIES:
        assert set(category.columns) <= columns, category.id


def test_ids_are_unique_and_sipri_names_are_sipri_descriptions() -> None:
    assert len({c.id for c in CATEGORIES}) == len(CATEGORIES)
    used = set(SIPRI_DESCRIPTIONS)  # every description of the whole register
    named = set().union(*(c.sipri for c in CATEGORIES))
    assert named <= used, named - used


def test_the_noun_lexicon_names_every_category_and_no_other() -> None:
    import re
    import tomllib
    from importlib import resources

    text = resources.files("veracity.lexicons").joinpath("categories.toml").read_text("utf-8")
    assert text.startswith("# "), "the lexicon says what it is for"
    data = tomllib.loads(text)
    assert list(data["nouns"]) == [c.id for c in CATEGORIES]
    for forms in [*data["nouns"].values(), data["modifiers"]["words"]]:
        assert forms
        for form in forms:
            re.compile(form)


def test_a_modifier_noun_after_a_category_noun_counts_nothing() -> None:
    assert [m.text for m in find_categories("24 tanks and their tank crews")] == ["tanks"]


def test_a_text_read_again_is_answered_from_the_memo() -> None:
    """The quantity, measure, inventory and ranking readers ask about one claim text: each
    gets the same nouns, the second from the memo."""
    from veracity.quantities.categories import _categories_of

    text = "Egypt operates 3,000 tanks and 200 fighter aircraft."
    first = list(find_categories(text))
    hits = _categories_of.cache_info().hits
    assert list(find_categories(text)) == first
    assert first
    assert _categories_of.cache_info().hits == hits + 1

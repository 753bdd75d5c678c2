"""Exact name lookup over catalogue datasets: systems, makers, organisations."""

from __future__ import annotations

from pathlib import Path

import pytest

from veracity.sources.dataset import load_dataset
from veracity.sources.index import NameIndex

FIXTURES = Path(__file__).parent / "fixtures"
FIELDS = {"name": "name", "aliases": "alias", "sipri_names": "sipri", "variants": "variant"}


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(load_dataset(FIXTURES / "index" / "systems"), FIELDS)


def test_lookup_ignores_case_hyphens_and_spaces(index: NameIndex) -> None:
    for spelling in ("Su-30SM", "su 30sm", "SU30SM"):
        assert next(m.entry.id for m in index.lookup(spelling)) == "su-30sm"


def test_lookup_says_how_a_name_matched(index: NameIndex) -> None:
    matches = index.lookup("Su-30MK")
    assert [(m.entry.id, m.via) for m in matches] == [("su-30mk", "name"), ("su-30sm", "sipri")]
    assert index.lookup("Su-30MKI")[0].via == "variant"


def test_resolve_prefers_the_row_named_so(index: NameIndex) -> None:
    entry = index.resolve("Su-30MK")
    assert entry is not None
    assert entry.id == "su-30mk"


def test_resolve_refuses_a_declared_ambiguous_name(index: NameIndex) -> None:
    assert index.resolve("Lynx") is None
    assert {m.entry.id for m in index.lookup("Lynx")} == {"lynx-helicopter", "lynx-rocket"}
    assert index.is_ambiguous("Lynx")
    assert index.declared_ambiguous("lynx")


def test_unknown_names_and_fragments_do_not_match(index: NameIndex) -> None:
    assert index.lookup("Su-30") == ()
    assert index.resolve("Gripen") is None
    assert not index.is_ambiguous("Su-30SM")


def test_get_and_iteration(index: NameIndex) -> None:
    entry = index.get("su-30sm")
    assert entry is not None
    assert entry.name == "Su-30SM"
    assert entry.row["origin"] == ("RUS",)
    assert len(index) == len(list(index)) == 4


def test_surface_forms_list_every_spelling_for_fuzzy_matchers(index: NameIndex) -> None:
    forms = {(m.surface, m.entry.id) for m in index.surface_forms()}
    assert ("Sukhoi Su-30SM", "su-30sm") in forms

"""Every bundled dataset's `licenses` quotes its publisher's terms and says what is bundled.

The entries come from veracity.sources.importers.licences; docs/data.md ("Licences") gives the
reasoning. A licence with a page (`path`) quotes it (`veracity:terms`) with the date it was
read (`veracity:read`); every licence says what the package redistributes under it
(`veracity:bundle`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from veracity.sources import Sources
from veracity.sources.importers import licences, sipri
from veracity.sources.registry import BUNDLED_DATA

DESCRIPTORS = sorted(BUNDLED_DATA.glob("*/datapackage.json"))
KNOWN = {
    entry["name"]: entry
    for entry in (
        licences.SIPRI,
        licences.SIPRI_FAIR_USE,
        licences.GFP,
        licences.LUKES_M49,
        licences.ORYX,
        licences.MLEDOZE,
        licences.COMPILED,
    )
}


def _licences(path: Path) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["licenses"]
    return found


@pytest.mark.parametrize("path", DESCRIPTORS, ids=[p.parent.name for p in DESCRIPTORS])
def test_each_licence_quotes_its_page_and_says_what_is_bundled(path: Path) -> None:
    entries = _licences(path)
    assert entries
    for entry in entries:
        assert entry["veracity:bundle"], entry["name"]
        if "path" in entry:
            assert entry["veracity:terms"], entry["name"]
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["veracity:read"]), entry["name"]


@pytest.mark.parametrize("path", DESCRIPTORS, ids=[p.parent.name for p in DESCRIPTORS])
def test_the_descriptors_carry_the_importers_licences(path: Path) -> None:
    assert [KNOWN.get(entry["name"]) for entry in _licences(path)] == _licences(path)


def test_the_sipri_register_carries_sipris_credit_line_and_fair_use_limit() -> None:
    register = BUNDLED_DATA / "arms-transfers" / "datapackage.json"
    entries = {e["name"]: e for e in _licences(register)}
    credit = "Information from the SIPRI Arms Transfers Database, URL <http://armstrade.sipri.org/>"
    assert credit in entries["SIPRI-user-rules"]["veracity:terms"]
    assert entries["SIPRI-user-rules"]["veracity:bundle"].startswith(credit)
    assert "less than 10 per cent" in entries["SIPRI-terms"]["veracity:terms"]


def test_the_bundled_sipri_part_is_less_than_fair_uses_10_per_cent() -> None:
    """SIPRI's fair use allows "the reproduction of less than 10 per cent of a published data
    set": the bundled rows against the size of the whole register the descriptor declares."""
    descriptor = json.loads(
        (BUNDLED_DATA / "arms-transfers" / "datapackage.json").read_text(encoding="utf-8")
    )
    whole = descriptor["temporal"]["veracity:whole"]["rows"]
    bundled = len(Sources().dataset("arms-transfers"))
    assert whole >= 29_515
    assert bundled < 0.10 * whole, f"{bundled} of {whole} rows is not under 10 per cent"
    assert descriptor["temporal"]["veracity:more"] == sipri.IMPORT


def test_the_sipri_licences_record_the_decision() -> None:
    register = BUNDLED_DATA / "arms-transfers" / "datapackage.json"
    entries = {e["name"]: e for e in _licences(register)}
    assert "2019-2024" in entries["SIPRI-terms"]["veracity:bundle"]
    assert sipri.IMPORT in entries["SIPRI-terms"]["veracity:bundle"]


def test_the_gfp_table_holds_only_the_columns_its_licence_decision_names() -> None:
    """No terms of Global Firepower were found: the decision bundles its published figures
    (31 columns) with credit, and the table must not grow past what the decision names."""
    descriptor = json.loads(
        (BUNDLED_DATA / "gfp-2024" / "datapackage.json").read_text(encoding="utf-8")
    )
    (entry,) = _licences(BUNDLED_DATA / "gfp-2024" / "datapackage.json")
    columns = descriptor["resources"][0]["schema"]["fields"]
    assert f"{len(columns)} of the scrape's columns" in entry["veracity:bundle"]
    assert entry["veracity:terms"].startswith("not found.")


def test_the_oryx_licence_is_quoted_from_its_licence_file() -> None:
    entries = {e["name"]: e for e in _licences(BUNDLED_DATA / "systems" / "datapackage.json")}
    assert "Attribution 4.0 International" in entries["CC-BY-4.0"]["veracity:terms"]
    assert "not confirmed" not in entries["CC-BY-4.0"]["veracity:terms"]

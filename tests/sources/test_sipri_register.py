"""The bundled arms-transfers rows match the raw SIPRI export they were compiled from.

Needs the raw register at ../shared/data/ (or the folder VERACITY_RAW_DATA names); skipped
cleanly when it is absent, as on a fresh clone.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from veracity.sources import Sources
from veracity.sources.importers import sipri
from veracity.sources.importers.sipri_export import read_export

ROOT = Path(__file__).resolve().parents[2]
RAW_DATA = Path(os.environ.get("VERACITY_RAW_DATA") or ROOT.parent / "shared" / "data")
RAW = RAW_DATA / "sipri-trade-register-1950-2024-raw.csv"

pytestmark = pytest.mark.skipif(not RAW.exists(), reason=f"raw SIPRI export not at {RAW}")


@pytest.fixture(scope="module")
def compiled() -> list[dict[str, Any]]:
    return sipri.compile_rows(read_export(RAW), sipri.party_resolver(Sources()))


@pytest.fixture(scope="module")
def bundled() -> list[dict[str, Any]]:
    return Sources().dataset("arms-transfers").rows


def about(rows: list[dict[str, Any]], country: str) -> list[dict[str, Any]]:
    return [r for r in rows if country in (r["recipient"], r["supplier"])]


def test_kazakhstan_rows_match_the_raw_export(
    compiled: list[dict[str, Any]], bundled: list[dict[str, Any]]
) -> None:
    assert len(about(compiled, "Kazakhstan")) > 100
    assert about(bundled, "Kazakhstan") == about(compiled, "Kazakhstan")


def test_the_whole_register_matches(
    compiled: list[dict[str, Any]], bundled: list[dict[str, Any]]
) -> None:
    assert len(bundled) == len(compiled) == 29_515
    assert [r["id"] for r in bundled] == [r["id"] for r in compiled]
    assert bundled == compiled

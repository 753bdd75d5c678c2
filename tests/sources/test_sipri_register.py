"""The bundled arms-transfers rows are the orders 2019-2024 of the raw SIPRI export.

Needs the raw register at ../shared/data/ (or the folder VERACITY_RAW_DATA names); skipped
cleanly when it is absent, as on a fresh clone.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from veracity.sources import BUNDLED_DATA, Sources
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


def recent(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    first, last = sipri.BUNDLED_ORDERS
    return [r for r in rows if first <= r["year_of_order"] <= last]


def test_kazakhstan_rows_match_the_raw_export(
    compiled: list[dict[str, Any]], bundled: list[dict[str, Any]]
) -> None:
    assert len(about(compiled, "Kazakhstan")) > 100
    assert about(bundled, "Kazakhstan") == recent(about(compiled, "Kazakhstan"))


def test_the_bundled_part_is_the_recent_orders_of_the_register(
    compiled: list[dict[str, Any]], bundled: list[dict[str, Any]]
) -> None:
    assert len(compiled) == 29_515
    assert len(bundled) == len(recent(compiled)) == 2_928
    assert bundled == recent(compiled)


def test_the_declared_whole_is_the_raw_export(compiled: list[dict[str, Any]]) -> None:
    period = Sources().dataset("arms-transfers").meta.period
    assert period is not None
    assert (period.start, period.end, period.whole) == (*sipri.BUNDLED_ORDERS, False)
    descriptor = json.loads(
        (BUNDLED_DATA / "arms-transfers" / "datapackage.json").read_text(encoding="utf-8")
    )
    years = [r["year_of_order"] for r in compiled]
    assert descriptor["temporal"]["veracity:whole"] == {
        "start": min(years),
        "end": max(years),
        "rows": len(compiled),
    }

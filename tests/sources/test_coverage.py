"""The period a dataset declares, and when the absence of a record in it decides nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veracity.sources import BUNDLED_DATA, Sources
from veracity.sources.coverage import Period, coverage, period_of

DESCRIPTORS = sorted(BUNDLED_DATA.glob("*/datapackage.json"))
PART = Period("arms-transfers", 2019, 2024, "orders 2019-2024", whole=False, more="import it")
WHOLE = Period("arms-transfers", 1940, 2024, "orders 1940-2024")


@pytest.mark.parametrize("path", DESCRIPTORS, ids=[p.parent.name for p in DESCRIPTORS])
def test_every_bundled_dataset_declares_its_period(path: Path) -> None:
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    period = period_of(path.parent.name, descriptor)
    assert period is not None
    assert period.end is not None
    assert period.label


def test_the_bundled_sipri_part_declares_its_orders_and_the_import_command() -> None:
    period = coverage(Sources(), "arms-transfers")
    assert (period.start, period.end, period.label, period.whole) == (
        2019,
        2024,
        "orders 2019-2024",
        False,
    )
    assert "--out sources/arms-transfers" in period.more


@pytest.mark.parametrize(("since", "until"), [(2019, 2019), (2024, 2024), (2020, 2023)])
def test_an_order_in_the_years_held_is_covered(since: int, until: int) -> None:
    assert PART.gap(since, until) is None


@pytest.mark.parametrize(
    ("since", "until", "why"),
    [
        (2015, 2015, "2015 is before its first year"),
        (2026, 2026, "2026 is after its last year"),
        (None, None, "the claim gives no year"),
        (None, 2022, "what happened by 2022 includes records before 2019"),
    ],
)
def test_a_part_cannot_decide_from_absence_outside_its_years(
    since: int | None, until: int | None, why: str
) -> None:
    gap = PART.gap(since, until)
    assert gap is not None
    assert why in gap
    assert "orders 2019-2024" in gap
    assert "import it" in gap


def test_the_whole_register_covers_any_year_up_to_its_end() -> None:
    assert WHOLE.gap(None, None) is None
    assert WHOLE.gap(None, 2022) is None
    assert WHOLE.gap(1995, 1995) is None
    gap = WHOLE.gap(2026, 2026)
    assert gap is not None
    assert "2026 is after its last year" in gap
    assert "import" not in gap


def test_a_full_import_declares_what_it_holds(tmp_path: Path) -> None:
    from veracity.sources.importers import sipri

    export = Path(__file__).parent / "fixtures" / "sipri" / "raw-export.csv"
    assert sipri.main([str(export), "--out", str(tmp_path / "arms-transfers")]) == 0
    period = coverage(Sources((tmp_path,)), "arms-transfers")
    assert period.whole
    assert period.label == f"orders {period.start}-{period.end}"


def test_a_dataset_that_declares_no_period_is_taken_as_whole() -> None:
    assert period_of("x", {"name": "x"}) is None


def test_the_bundled_part_declares_the_size_of_the_whole_register() -> None:
    part = coverage(Sources(), "arms-transfers")
    assert part.whole_rows == 29515


def test_the_catalogue_declares_the_register_its_first_orders_come_from() -> None:
    catalogue = coverage(Sources(), "systems")
    assert catalogue.derived_rows == coverage(Sources(), "arms-transfers").whole_rows


@pytest.mark.parametrize("first", [2019, 2022])
def test_a_part_holds_every_record_of_a_weapon_first_ordered_within_its_years(first: int) -> None:
    held = PART.from_first(first)
    assert held.whole
    assert held.gap(None, None) is None
    assert held.gap(None, 2023) is None
    assert held.gap(2015, 2015) is None  # none of that weapon was ordered before `first`
    gap = held.gap(2026, 2026)
    assert gap is not None
    assert "2026 is after its last year" in gap


@pytest.mark.parametrize("first", [None, 1984, 2018])
def test_a_weapon_first_ordered_before_the_part_leaves_it_a_part(first: int | None) -> None:
    assert PART.from_first(first) == PART
    assert WHOLE.from_first(first) == WHOLE


def test_an_extent_without_a_whole_number_of_rows_gives_none() -> None:
    temporal = {"start": 2019, "end": 2024, "veracity:whole": {"rows": "many"}}
    period = period_of("x", {"name": "x", "temporal": temporal})
    assert period is not None
    assert period.whole_rows is None
    assert period.derived_rows is None

"""A retrieval date per researched row: the optional `retrieved` column of the data-src tables,
read as the research date (`data-src/RETRIEVED`) when empty, carried by the catalogue importer
into the bundled tables (docs/data.md, "Reference data")."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from veracity.errors import DatasetError
from veracity.sources.dataset import load_dataset
from veracity.sources.importers import catalogue, sipri
from veracity.sources.importers.research import HEADERS, RETRIEVED, read_table

FIXTURES = Path(__file__).parent / "fixtures"
HEADER = ",".join(HEADERS["manufacturers"])


def _table(folder: Path, header: str, *lines: str) -> Path:
    (folder / "manufacturers.csv").write_text("\n".join((header, *lines)) + "\n", "utf-8")
    return folder


def test_a_table_without_the_column_reads_every_row_as_of_the_research_date(
    tmp_path: Path,
) -> None:
    _table(tmp_path, HEADER, "a,A,,TUR,,manufacturer,https://a.com/x,")
    [row] = read_table(tmp_path, "manufacturers", retrieved="2026-11-25")
    assert row[RETRIEVED] == "2026-11-25"


def test_a_rows_own_date_stands_and_an_empty_cell_is_the_research_date(tmp_path: Path) -> None:
    _table(
        tmp_path,
        f"{HEADER},{RETRIEVED}",
        "a,A,,TUR,,manufacturer,https://a.com/x,,2026-12-08",
        "b,B,,TUR,,manufacturer,https://a.com/y,,",
    )
    rows = read_table(tmp_path, "manufacturers", retrieved="2026-11-25")
    assert [r[RETRIEVED] for r in rows] == ["2026-12-08", "2026-11-25"]


def test_a_retrieved_cell_must_be_a_date(tmp_path: Path) -> None:
    _table(tmp_path, f"{HEADER},{RETRIEVED}", "a,A,,TUR,,manufacturer,https://a.com/x,,last week")
    with pytest.raises(DatasetError, match="not a date"):
        read_table(tmp_path, "manufacturers")


def test_only_a_last_retrieved_column_is_optional(tmp_path: Path) -> None:
    _table(tmp_path, f"{RETRIEVED},{HEADER}", "2026-12-08,a,A,,TUR,,manufacturer,https://a.com/x,")
    with pytest.raises(DatasetError, match="header"):
        read_table(tmp_path, "manufacturers")


def _dated_copy(folder: Path) -> Path:
    """The catalogue importer's research fixture with one maker re-read on 2026-12-08."""
    research = folder / "research"
    shutil.copytree(FIXTURES / "catalogue" / "research", research)
    path = research / "manufacturers.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    dated = [[*rows[0], RETRIEVED]] + [
        [*r, "2026-12-08" if r[0] == "otokar" else ""] for r in rows[1:]
    ]
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(dated)
    return research


def test_the_catalogue_carries_each_rows_date_into_the_bundled_tables(tmp_path: Path) -> None:
    out = tmp_path / "data"
    assert (
        sipri.main(
            [str(FIXTURES / "sipri" / "raw-export.csv"), "--out", str(out / "arms-transfers")]
        )
        == 0
    )
    research = _dated_copy(tmp_path)
    catalogue.compile_catalogue(research, out, FIXTURES / "catalogue" / "oryx.csv", lambda _: None)
    makers = load_dataset(out / "manufacturers")
    research_date = (research / "RETRIEVED").read_text("utf-8").strip()
    assert makers.meta.retrieved == research_date
    dates = {str(r["id"]): r["retrieved"] for r in makers}
    assert dates["otokar"] == "2026-12-08"
    assert dates["koc-holding"] == research_date
    systems = load_dataset(out / "systems")
    dates_of_systems = {r["retrieved"] for r in systems if r["origin_basis"] == "research"}
    assert dates_of_systems == {research_date}
    assert None in {r["retrieved"] for r in systems}, "a row no researched page is behind has none"

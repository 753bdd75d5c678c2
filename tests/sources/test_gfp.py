"""The bundled Global Firepower 2024 table and its importer."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from veracity.sources import Sources, countries
from veracity.sources.importers import gfp

RAW = Path(__file__).parents[3] / "shared" / "data" / "gfp-2024-raw.csv"


def test_145_countries_ranked_1_to_145(sources: Sources) -> None:
    table = sources.dataset("gfp-2024")
    assert sorted(r["rank"] for r in table) == list(range(1, 146))


def test_power_index_grows_with_rank(sources: Sources) -> None:
    rows = sorted(sources.dataset("gfp-2024"), key=lambda r: r["rank"])
    assert all(a["power_index"] <= b["power_index"] for a, b in itertools.pairwise(rows))


def test_kazakhstan_row_matches_the_press(sources: Sources) -> None:
    # Checked against the press (see ../shared/data/README.md): 58th, PowerIndex 0.9495.
    row = sources.dataset("gfp-2024").get("KAZ")
    assert row is not None
    assert (row["rank"], row["power_index"]) == (58, 0.9495)


def test_every_row_resolves_to_a_known_country_but_kosovo(sources: Sources) -> None:
    resolver = countries(sources)
    unknown = {r["iso3"] for r in sources.dataset("gfp-2024")} - set(resolver.by_iso3)
    assert unknown == {"XKX"}  # Kosovo has no ISO 3166-1 code


@pytest.mark.skipif(not RAW.exists(), reason="raw Global Firepower file not available")
def test_importer_reproduces_the_bundled_table(tmp_path: Path) -> None:
    gfp.main([str(RAW), "--out", str(tmp_path / "gfp-2024")])
    bundled = Path(gfp.__file__).parents[1] / "data" / "gfp-2024"
    for name in ("gfp-2024.csv", "datapackage.json"):
        assert (tmp_path / "gfp-2024" / name).read_text() == (bundled / name).read_text()

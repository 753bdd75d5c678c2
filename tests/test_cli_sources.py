"""`verify sources`: every dataset with rows, publisher, retrieval date and licence."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from veracity.cli import main
from veracity.sources import Sources

INDEX_FIXTURE = Path(__file__).parent / "sources" / "fixtures" / "index" / "systems"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["sources", *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_lists_every_bundled_dataset_with_its_provenance() -> None:
    code, text, _ = run()
    assert code == 0
    for dataset in Sources():
        meta = dataset.meta
        assert f"{meta.id}: {meta.title}" in text
        assert f"{len(dataset):,} rows · {meta.publisher} · retrieved {meta.retrieved}" in text
        assert f"licence: {meta.licence}" in text
    assert "per-row sources:" in text
    assert text.rstrip().endswith("rows")


def test_json_for_scripts() -> None:
    code, text, _ = run("--format", "json")
    assert code == 0
    listed = {d["id"]: d for d in json.loads(text)}
    assert listed["arms-transfers"]["rows"] >= 2_900  # the orders 2019-2024
    assert listed["arms-transfers"]["period"].startswith("orders 2019-2024 (a part; import")
    assert listed["arms-transfers"]["retrieved"] == "2025-03-13"
    assert listed["systems"]["row_sources"] > 100
    assert set(listed["gfp-2024"]) >= {"publisher", "licence", "url", "upstream"}


def test_an_extra_data_folder_adds_or_replaces_datasets(tmp_path: Path) -> None:
    shutil.copytree(INDEX_FIXTURE, tmp_path / "systems")
    code, text, _ = run("--data", str(tmp_path), "--format", "json")
    assert code == 0
    systems = next(d for d in json.loads(text) if d["id"] == "systems")
    assert (systems["title"], systems["rows"]) == ("Test systems", 4)


def test_a_broken_dataset_is_a_clear_error(tmp_path: Path) -> None:
    shutil.copytree(INDEX_FIXTURE, tmp_path / "systems")
    csv_path = tmp_path / "systems" / "systems.csv"
    csv_path.write_text(csv_path.read_text(encoding="utf-8") + "x,\n", encoding="utf-8")
    code, _, err = run("--data", str(tmp_path))
    assert code == 2
    assert err.startswith("DatasetError: ")
    assert "systems.csv:6" in err


def test_a_missing_data_folder_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run("--data", str(tmp_path / "nowhere"))
    assert code == 2
    assert "does not exist" in err


def test_a_register_the_user_imported_is_listed_instead_of_the_bundled_one(
    tmp_path: Path,
) -> None:
    from veracity.sources.importers import sipri

    export = Path(__file__).parent / "sources" / "fixtures" / "sipri" / "raw-export.csv"
    assert sipri.main([str(export), "--out", str(tmp_path / "arms-transfers")]) == 0
    code, text, _ = run("--data", str(tmp_path), "--format", "json")
    assert code == 0
    register = next(d for d in json.loads(text) if d["id"] == "arms-transfers")
    assert register["rows"] == len(Sources((tmp_path,)).dataset("arms-transfers"))
    assert register["rows"] < 100  # the fixture's records, not the bundled register's
    assert "a part" not in register["period"]


def test_one_row_is_a_row() -> None:
    from veracity.sources.summary import DatasetSummary, render_text

    one = DatasetSummary("x", "One city", 1, "A ministry", "2026-12-07", "terms", "", (), 0)
    assert "  1 row · A ministry" in render_text([one])

"""The bundled data's manifest: a damaged, missing or unlisted bundled file stops the run."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest

from veracity.cli import main
from veracity.errors import DatasetError
from veracity.sources import manifest
from veracity.sources.manifest import MANIFEST, write_manifest
from veracity.sources.registry import BUNDLED_DATA, Sources

MINIMAL = Path(__file__).parents[1] / "data" / "claims" / "minimal.yaml"


@pytest.fixture
def bundled(tmp_path: Path) -> Path:
    """A copy of two small bundled datasets with their own manifest."""
    folder = tmp_path / "data"
    for name in ("countries", "gfp-2024"):
        shutil.copytree(BUNDLED_DATA / name, folder / name)
    write_manifest(folder)
    return folder


def test_the_committed_manifest_matches_the_bundled_data() -> None:
    recorded = json.loads((BUNDLED_DATA / MANIFEST).read_text(encoding="utf-8"))
    again = write_manifest_to_memory(BUNDLED_DATA)
    assert recorded["datasets"] == again, "run python -m veracity.sources.importers.manifest"


def write_manifest_to_memory(folder: Path) -> dict[str, object]:
    return {
        sub.name: manifest._entry(sub)
        for sub in sorted(folder.iterdir())
        if (sub / "datapackage.json").is_file()
    }


def test_an_intact_copy_loads(bundled: Path) -> None:
    sources = Sources(bundled=bundled)
    assert len(sources.dataset("gfp-2024")) > 100


def test_a_truncated_table_fails_naming_the_dataset(bundled: Path) -> None:
    table = bundled / "gfp-2024" / "gfp-2024.csv"
    lines = table.read_bytes().splitlines(keepends=True)
    table.write_bytes(b"".join(lines[: len(lines) // 2]))  # cut at a line: still a valid CSV
    with pytest.raises(DatasetError, match=r"bundled dataset 'gfp-2024': gfp-2024\.csv is damaged"):
        Sources(bundled=bundled).dataset("gfp-2024")


def test_an_edited_descriptor_fails(bundled: Path) -> None:
    descriptor = bundled / "countries" / "datapackage.json"
    descriptor.write_text(descriptor.read_text(encoding="utf-8") + " ", encoding="utf-8")
    with pytest.raises(DatasetError, match=r"'countries': datapackage\.json is damaged"):
        Sources(bundled=bundled).dataset("countries")


def test_a_missing_dataset_fails_at_once(bundled: Path) -> None:
    shutil.rmtree(bundled / "countries")
    with pytest.raises(DatasetError, match="bundled dataset 'countries' is missing"):
        Sources(bundled=bundled)


def test_a_file_the_manifest_does_not_list_fails(bundled: Path) -> None:
    document = json.loads((bundled / MANIFEST).read_text(encoding="utf-8"))
    del document["datasets"]["gfp-2024"]["gfp-2024.csv"]
    (bundled / MANIFEST).write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DatasetError, match=r"gfp-2024\.csv is not in the manifest"):
        Sources(bundled=bundled).dataset("gfp-2024")


def test_a_wrong_row_count_fails(bundled: Path) -> None:
    document = json.loads((bundled / MANIFEST).read_text(encoding="utf-8"))
    document["datasets"]["gfp-2024"]["gfp-2024.csv"]["rows"] += 1
    (bundled / MANIFEST).write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DatasetError, match="rows, the manifest records"):
        Sources(bundled=bundled).dataset("gfp-2024")


def test_a_file_checked_once_is_not_hashed_again(
    bundled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Sources(bundled=bundled).dataset("gfp-2024")
    hashed: list[int] = []
    real = manifest._digest
    monkeypatch.setattr(manifest, "_digest", lambda data: hashed.append(len(data)) or real(data))
    Sources(bundled=bundled).dataset("gfp-2024")
    assert hashed == []


def test_verify_exits_2_naming_the_truncated_dataset(
    bundled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = bundled / "gfp-2024" / "gfp-2024.csv"
    with table.open("r+b") as handle:
        handle.truncate(os.path.getsize(table) - 200)
    monkeypatch.setattr("veracity.sources.registry.BUNDLED_DATA", bundled)
    monkeypatch.chdir(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    code = main([str(MINIMAL), "--select", "rankings.global-firepower"], out, err)
    assert code == 2
    assert err.getvalue().startswith("DatasetError: bundled dataset 'gfp-2024'")
    assert len(err.getvalue().splitlines()) == 1
    assert not (tmp_path / "reports").exists()

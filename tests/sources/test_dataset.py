"""The dataset model: Frictionless descriptor + CSV, validated once on load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from veracity.errors import DatasetError
from veracity.sources import Sources, load_dataset
from veracity.sources.importers._write import field, write_dataset

DESCRIPTOR = {
    "name": "toy",
    "title": "A toy table",
    "publisher": "Nobody",
    "homepage": "https://example.org/toy",
    "retrieved": "2024-01-01",
    "licenses": [{"name": "CC0-1.0", "title": "CC0 1.0"}],
}
FIELDS = [
    field("id", "string", required=True),
    field("count", "integer"),
    field("tags", "string", separator=";"),
]


def make(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    folder = tmp_path / "toy"
    write_dataset(folder, DESCRIPTOR, FIELDS, rows, ["id"])
    return folder


def test_round_trip(tmp_path: Path) -> None:
    folder = make(tmp_path, [{"id": "a", "count": 3, "tags": ["x", "y"]}, {"id": "b"}])
    dataset = load_dataset(folder)
    assert dataset.meta.publisher == "Nobody"
    assert dataset.meta.licence == "CC0 1.0"
    assert dataset.get("a") == {"id": "a", "count": 3, "tags": ("x", "y")}
    assert dataset.get("b") == {"id": "b", "count": None, "tags": ()}
    assert dataset.row_url(dataset.rows[0]) == "https://example.org/toy"


def test_duplicate_key(tmp_path: Path) -> None:
    folder = make(tmp_path, [{"id": "a"}, {"id": "a"}])
    with pytest.raises(DatasetError, match="duplicate key"):
        load_dataset(folder)


def test_wrong_type(tmp_path: Path) -> None:
    folder = make(tmp_path, [{"id": "a", "count": "many"}])
    with pytest.raises(DatasetError, match=r"toy.csv:2: 'count' = 'many' is not a valid integer"):
        load_dataset(folder)


def test_missing_required(tmp_path: Path) -> None:
    folder = make(tmp_path, [{"id": ""}])
    with pytest.raises(DatasetError, match="'id' is required"):
        load_dataset(folder)


def test_columns_must_match_schema(tmp_path: Path) -> None:
    folder = make(tmp_path, [{"id": "a"}])
    (folder / "toy.csv").write_text("id,other\na,1\n")
    with pytest.raises(DatasetError, match="do not match the schema"):
        load_dataset(folder)


def test_missing_table(tmp_path: Path) -> None:
    folder = make(tmp_path, [{"id": "a"}])
    (folder / "toy.csv").unlink()
    with pytest.raises(DatasetError, match="missing file"):
        load_dataset(folder)


def test_descriptor_without_provenance(tmp_path: Path) -> None:
    folder = make(tmp_path, [{"id": "a"}])
    descriptor = json.loads((folder / "datapackage.json").read_text())
    del descriptor["publisher"]
    (folder / "datapackage.json").write_text(json.dumps(descriptor))
    with pytest.raises(DatasetError, match="publisher"):
        load_dataset(folder)


def test_workspace_datasets_join_the_bundled_ones(tmp_path: Path) -> None:
    make(tmp_path, [{"id": "a"}])
    sources = Sources((tmp_path,))
    assert "toy" in sources.ids()
    assert "gfp-2024" in sources.ids()
    assert len(sources.dataset("toy")) == 1
    assert sources.used == {"toy"}


def test_unknown_dataset_names_the_known_ones() -> None:
    with pytest.raises(DatasetError, match="gfp-2024"):
        Sources().dataset("nope")


def test_missing_workspace_folder(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="does not exist"):
        Sources((tmp_path / "absent",))


def test_every_bundled_dataset_has_provenance(sources: Sources) -> None:
    for dataset in sources:
        meta = dataset.meta
        assert meta.title
        assert meta.publisher
        assert meta.retrieved
        assert meta.licence
        assert len(dataset) > 0
        if dataset.row_url_field:  # compiled from many pages: every row cites its own,
            # or says that its facts were dropped for want of a page within the source policy
            unsourced = [r for r in dataset if not (dataset.row_url(r) or "").startswith("http")]
            assert all("dropped" in (r.get("note") or "") for r in unsourced), meta.id
        else:
            assert meta.url.startswith("https://")

"""Property test of the dataset loader: any folder gives a Dataset or a DatasetError."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from veracity.errors import DatasetError
from veracity.sources import BUNDLED_DATA, load_dataset

REAL = json.loads((BUNDLED_DATA / "countries" / "datapackage.json").read_text(encoding="utf-8"))
TABLE = (BUNDLED_DATA / "countries" / "countries.csv").read_text(encoding="utf-8")
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=10,
)


@st.composite
def descriptors(draw: st.DrawFn) -> Any:
    if draw(st.booleans()):
        return draw(json_values)
    descriptor = json.loads(json.dumps(REAL))
    target = draw(st.sampled_from([descriptor, descriptor["resources"][0]["schema"]]))
    key = draw(st.sampled_from(sorted(target)))
    target[key] = draw(json_values)
    return descriptor


@st.composite
def tables(draw: st.DrawFn) -> str:
    lines = TABLE.splitlines(keepends=True)[:5]
    index = draw(st.integers(0, len(lines) - 1))
    lines[index] = draw(st.text(max_size=60))
    return "".join(lines)


@given(descriptors(), tables())
def test_any_dataset_folder(descriptor: Any, table: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "countries"
        folder.mkdir()
        (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
        (folder / "countries.csv").write_text(table, encoding="utf-8", errors="surrogatepass")
        try:
            load_dataset(folder)
        except DatasetError as exc:
            message = str(exc)
        else:
            return
    assert "countries" in message

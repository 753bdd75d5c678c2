"""`listing` writes exactly what json.dumps(indent=2) writes, one list item at a time."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veracity.reports.escape import json_safe
from veracity.reports.jsontext import listing

_LEAVES = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
_VALUES = st.recursive(
    _LEAVES,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=12,
)


def _expected(data: dict[str, Any], key: str, items: list[Any]) -> str:
    whole = {k: (items if k == key else v) for k, v in data.items()}
    return json_safe(json.dumps(whole, indent=2, ensure_ascii=False)) + "\n"


@given(
    st.dictionaries(st.text(), _VALUES, max_size=3),
    st.dictionaries(st.text(), _VALUES, max_size=3),
    st.lists(_VALUES, max_size=4),
)
def test_same_text_as_dumping_the_whole(
    before: dict[str, Any], after: dict[str, Any], items: list[Any]
) -> None:
    data = {**{k: v for k, v in before.items() if k != "claims"}, "claims": []}
    data |= {k: v for k, v in after.items() if k not in data}
    assert listing(data, "claims", iter(items)) == _expected(data, "claims", items)


def test_hostile_text_in_items_is_escaped() -> None:
    text = listing({"claims": []}, "claims", [{"text": 'a\u202eb "claims": []\n'}])
    assert "\\u202e" in text
    assert json.loads(text) == {"claims": [{"text": 'a\u202eb "claims": []\n'}]}


def test_the_list_must_be_left_empty() -> None:
    with pytest.raises(ValueError, match="empty list"):
        listing({"claims": [1]}, "claims", [])

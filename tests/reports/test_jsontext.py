"""`listing` writes exactly what json.dumps(indent=2) writes, one list item at a time."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veracity.reports import jsontext
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


_ANY_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=2**63 - 2, max_value=2**70)
    | st.floats()
    | st.floats(min_value=-1e-3, max_value=1e-3)
    | st.floats(min_value=1e15, max_value=1e17)
    | st.text()
    | st.sampled_from(["\ud800", "\u2028\x7f\x00\x1f", "é 中 😀"])
)
_ANY_VALUES = st.recursive(
    _ANY_LEAVES,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(st.text() | st.integers(), inner, max_size=3)
    ),
    max_leaves=12,
)


@given(_ANY_VALUES)
def test_the_c_encoder_writes_what_json_writes(value: Any) -> None:
    """With orjson or without, every value is written as json.dumps(indent=2) writes it."""
    assert jsontext._dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


def test_the_c_encoder_is_used_when_installed() -> None:
    if jsontext.orjson is None:
        pytest.skip("orjson (the `fast` extra) is not installed")
    assert jsontext._same_in_orjson({"a": [1, 0.5, None, True, "x", (2,)]})
    assert not jsontext._same_in_orjson({"a": [1e-5]})
    assert not jsontext._same_in_orjson({"a": float("nan")})
    assert not jsontext._same_in_orjson({1: "x"})

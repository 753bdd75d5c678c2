"""`listing` writes exactly what json.dumps(indent=2) writes, one list item at a time."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from veracity.cli import main
from veracity.reports import jsontext
from veracity.reports.escape import json_safe
from veracity.reports.jsontext import listing

from .conftest import DATA

ROOT = Path(__file__).resolve().parents[2]

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
    with pytest.MonkeyPatch.context() as patch:  # any float: the encoder's check on
        patch.setattr(jsontext, "_check", True)
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
def test_checked_the_c_encoder_writes_what_json_writes(value: Any) -> None:
    """With the check on (CHECK_ENV), orjson or not, every value is written as
    json.dumps(indent=2) writes it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jsontext, "_check", True)
        assert jsontext._dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


@given(_ANY_VALUES)
def test_unchecked_the_c_encoder_writes_what_json_writes_of_safe_values(value: Any) -> None:
    """With the check off, a value the check lets through is written as json.dumps writes it;
    so is one orjson refuses (a key that is not a string, an integer past 64 bits)."""
    assume(jsontext._same_in_orjson(value) or _refused(value))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(jsontext, "_check", False)
        assert jsontext._dumps(value) == json.dumps(value, indent=2, ensure_ascii=False)


def _refused(value: Any) -> bool:
    if jsontext.orjson is None:
        return True
    try:
        jsontext.orjson.dumps(value)
    except jsontext.orjson.JSONEncodeError:
        return True
    return False


def test_the_check_is_off_unless_the_environment_sets_it() -> None:
    assert jsontext.CHECK_ENV not in os.environ or jsontext._check


def _recording(patch: pytest.MonkeyPatch) -> list[Any]:
    """Every value the JSON writers encode from now on."""
    seen: list[Any] = []
    dumps = jsontext._dumps

    def recorded(value: Any) -> str:
        seen.append(value)
        return dumps(value)

    patch.setattr(jsontext, "_dumps", recorded)
    return seen


def test_every_report_value_is_one_orjson_writes_as_json_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What lets the check be off: the JSON and ClaimReview reports of the committed case
    (every built-in verifier) and of the reporter tests' claim set hold only values orjson
    writes byte for byte as json does."""
    seen = _recording(monkeypatch)
    for claims, argv in (
        (ROOT / "claims" / "kz2024.yaml", []),
        (DATA / "desk.yaml", ["--plugins", str(DATA / "plugins"), "--select", "tests.desk-stub"]),
    ):
        out = tmp_path / claims.stem
        code = main(
            [str(claims), *argv, "-f", "json", "-f", "claimreview", "-o", str(out)],
            io.StringIO(),
            io.StringIO(),
        )
        assert code in (0, 1)
    sys.modules.pop("veracity_local_plugins.desk_stub", None)
    assert len(seen) > 40
    assert all(map(jsontext._same_in_orjson, seen))


def test_the_c_encoder_is_used_when_installed() -> None:
    if jsontext.orjson is None:
        pytest.skip("orjson (the `fast` extra) is not installed")
    assert jsontext._same_in_orjson({"a": [1, 0.5, None, True, "x", (2,)]})
    assert not jsontext._same_in_orjson({"a": [1e-5]})
    assert not jsontext._same_in_orjson({"a": float("nan")})
    assert not jsontext._same_in_orjson({1: "x"})

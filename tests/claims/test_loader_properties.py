"""Property tests of the loader: any input gives a ClaimSet or a located ClaimFileError."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hypothesis import given
from hypothesis import strategies as st

from strategies import claim_set_data
from veracity.claims import parse_claim_set
from veracity.claims.models import ClaimSet
from veracity.errors import ClaimFileError

PATH = Path("/nonexistent/claims/fuzzed.yaml")
_Dumper: type[Any] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def dump(data: Any) -> bytes:
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True).encode()


scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
documents = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(["article", "claims", "id", "text", "title", "x"]), inner)
    ),
    max_leaves=20,
)


def load_or_problems(raw: bytes) -> ClaimSet | None:
    try:
        return parse_claim_set(raw, PATH)
    except ClaimFileError as exc:
        error = exc
    assert error.problems
    for problem in error.problems:
        assert problem.line >= 1
        assert problem.column >= 1
        assert problem.message
        assert problem.hint
    return None


@given(st.binary(max_size=2000))
def test_arbitrary_bytes(raw: bytes) -> None:
    load_or_problems(raw)


@given(st.text(max_size=2000))
def test_arbitrary_text(text: str) -> None:
    load_or_problems(text.encode("utf-8", errors="surrogatepass"))


@given(documents)
def test_arbitrary_yaml_documents(data: Any) -> None:
    load_or_problems(dump(data))


@given(claim_set_data())
def test_valid_claim_sets_round_trip(data: dict[str, Any]) -> None:
    claim_set = load_or_problems(dump(data))
    assert claim_set is not None
    assert claim_set.article.model_dump(exclude_none=True) == data["article"]
    loaded = [c.model_dump(exclude_none=True) for c in claim_set.claims]
    expected = [{"checkable": True, **c} for c in data["claims"]]
    assert loaded == expected
    assert len(claim_set.claim_locations) == len(expected)

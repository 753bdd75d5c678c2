"""The relations stage: typed assertions by verb class, from the cases in cases/relations.yaml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from veracity import Claim, Sources
from veracity.analysis import ClaimDoc
from veracity.analysis.relations import VERSION, Relation
from veracity.context import Context
from veracity.lexicons.relations import roles, words

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "cases" / "relations.yaml").read_text(encoding="utf-8")
)
_ROLES = (
    "system",
    "maker",
    "owner",
    "buyer",
    "seller",
    "operator",
    "former_operator",
    "alias",
    "place",
    "namer",
    "part",
    "base",
)
_VALUES = ("kind", "form", "number", "year", "stage", "confident", "part_noun")


@pytest.fixture(scope="module")
def context() -> Context:
    return Context(sources=Sources())


def _fits(relation: Relation, expected: dict[str, Any]) -> bool:
    for key, value in expected.items():
        if key in _ROLES:
            argument = getattr(relation, key)
            if value is None:
                if argument is not None:
                    return False
            elif argument is None or argument.text != value:
                return False
        elif key in _VALUES and getattr(relation, key) != value:
            return False
    return True


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case: dict[str, Any], context: Context) -> None:
    relations = ClaimDoc(Claim(id="c", text=case["text"]), context).relations
    for expected in case.get("expect", ()):
        assert any(_fits(r, expected) for r in relations), (expected, relations)
    for kind in case.get("absent", ()):
        assert not [r for r in relations if r.kind == kind]


def test_the_lexicon_is_versioned_and_names_its_roles() -> None:
    assert VERSION >= 1
    assert roles("acquisition")[0] == "buyer"
    assert "previously used by" in words("operation", "former_forms")
    with pytest.raises(KeyError, match="no group"):
        words("manufacture", "nothing")


def test_an_earlier_operator_is_never_a_buyer(context: Context) -> None:
    doc = ClaimDoc(Claim(id="c", text="The Gripens, previously used by Sweden, arrived."), context)
    (former,) = [r for r in doc.relations if r.form == "former"]
    assert former.buyer is None
    assert former.former_operator is not None

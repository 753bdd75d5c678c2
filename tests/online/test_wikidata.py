"""Reading Wikidata's answers: best-ranked values, English names, and faults for odd shapes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from veracity.analysis.statements import Name
from veracity.errors import SourceUnavailable
from veracity.online.client import HttpClient
from veracity.online.lookup import find_system
from veracity.online.wikidata import Wikidata


def _item(value: str, rank: str = "normal") -> dict[str, Any]:
    return {
        "mainsnak": {
            "snaktype": "value",
            "property": "P495",
            "datavalue": {
                "value": {"entity-type": "item", "numeric-id": int(value[1:]), "id": value},
                "type": "wikibase-entityid",
            },
            "datatype": "wikibase-item",
        },
        "type": "statement",
        "rank": rank,
    }


def _wikidata(*bodies: Any) -> Wikidata:
    answers = list(bodies)

    def handler(request: httpx.Request) -> httpx.Response:
        body = answers.pop(0)
        if isinstance(body, bytes):
            return httpx.Response(200, content=body)
        return httpx.Response(200, json=body)

    return Wikidata(HttpClient(transport=httpx.MockTransport(handler), sleep=lambda s: None))


def _entities(claims: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "entities": {
            "Q1": {
                "type": "item",
                "id": "Q1",
                "labels": {"en": {"language": "en", "value": "thing"}},
                "aliases": {"en": [{"language": "en", "value": "the thing"}]},
                "claims": claims,
                **extra,
            }
        },
        "success": 1,
    }


def test_deprecated_values_are_dropped_and_preferred_ones_win() -> None:
    wikidata = _wikidata(
        _entities(
            {"P495": [_item("Q30"), _item("Q801", "preferred"), _item("Q15180", "deprecated")]}
        )
    )
    entity = wikidata.entities(["Q1"])["Q1"]
    assert entity.get("P495") == ("Q801",)
    assert entity.names == ("thing", "the thing")
    assert entity.url == "https://www.wikidata.org/wiki/Q1"


def test_unknown_and_no_value_snaks_say_nothing() -> None:
    claims = {
        "P495": [{"mainsnak": {"snaktype": "somevalue", "property": "P495"}, "rank": "normal"}]
    }
    assert _wikidata(_entities(claims)).entities(["Q1"])["Q1"].get("P495") == ()


def test_a_missing_item_is_absent_not_an_error() -> None:
    wikidata = _wikidata({"entities": {"Q404": {"id": "Q404", "missing": ""}}, "success": 1})
    assert wikidata.entities(["Q404"]) == {}


@pytest.mark.parametrize(
    "body",
    [
        b"<html>maintenance</html>",
        [1, 2, 3],
        {"error": {"code": "maxlag", "info": "Waiting for a database server"}},
        {"entities": "none"},
        {"entities": {"Q1": {"labels": [], "claims": {}}}},
        _entities({"P495": "Q30"}),
        _entities({"P495": [{"mainsnak": {"snaktype": "value", "property": "P495"}}]}),
        _entities({"P495": [{"mainsnak": {"snaktype": "value", "datavalue": {"type": "time"}}}]}),
    ],
)
def test_an_answer_of_another_shape_is_a_fault_of_the_source(body: Any) -> None:
    with pytest.raises(SourceUnavailable) as caught:
        _wikidata(body).entities(["Q1"])
    assert caught.value.source == "Wikidata"


@pytest.mark.parametrize("body", [{"search": "x"}, {"search": [1]}, {"search": [{"label": "x"}]}])
def test_a_search_answer_of_another_shape_is_a_fault(body: Any) -> None:
    with pytest.raises(SourceUnavailable):
        _wikidata(body).search("AK-47")


def test_an_item_that_is_not_equipment_is_no_answer() -> None:
    # Attila the Hun (Q36724) is an instance of human (Q5): a search hit, not a system.
    search = {
        "searchinfo": {"search": "Attila"},
        "search": [
            {"id": "Q36724", "label": "Attila", "match": {"type": "label", "text": "Attila"}}
        ],
        "success": 1,
    }
    person = {
        "entities": {
            "Q36724": {
                "id": "Q36724",
                "labels": {"en": {"language": "en", "value": "Attila"}},
                "claims": {
                    "P31": [
                        {**_item("Q5"), "mainsnak": {**_item("Q5")["mainsnak"], "property": "P31"}}
                    ]
                },
            }
        }
    }
    human = {
        "entities": {"Q5": {"id": "Q5", "labels": {"en": {"language": "en", "value": "human"}}}}
    }
    wikidata = _wikidata(search, person, human)
    assert find_system(wikidata, Name(((0, 6, "Attila"),))) is None

"""Writes the recorded answers the online tests replay (run: python tests/cassettes/build.py).

No machine of this project reaches Wikidata or Google, so these cassettes were not recorded
from live answers. They are built here, in each API's documented response shape, from real
examples found in public material:

- wbsearchentities: https://www.mediawiki.org/wiki/API:Wbsearchentities and real answers kept in
  public code, e.g. {"searchinfo":{"search":"Universe"},"search":[{"id":"Q1","title":"Q1",
  "repository":"wikidata","url":"//www.wikidata.org/wiki/Q1","concepturi":
  "http://www.wikidata.org/entity/Q1","label":"universe","description":"…","match":{"type":
  "label","language":"en","text":"universe"}}],"search-continue":1,"success":1}
- wbgetentities: the Wikibase JSON model, https://www.mediawiki.org/wiki/Wikibase/DataModel/JSON
  (statements with mainsnak/datavalue of types wikibase-entityid, string, monolingualtext).
- claims:search: https://developers.google.com/fact-check/tools/api/reference/rest/v1alpha1/
  claims/search (FactCheckedClaimSearchResponse: claims[].claimReview[] with publisher, url,
  title, reviewDate, textualRating, languageCode); the review below is a real published one.

Item ids were confirmed in public sources: Q37116 AK-47, Q159495 PK machine gun, Q7427495
Kalashnikov Concern (shared with Izhmash), Q22704163 firearm model, Q217278 Desert Eagle,
Q15180 Soviet Union, Q30 United States, Q801 Israel, Q843 Pakistan, Q6256 country, Q246
Volkswagen. Statements are limited to ones whose value items have confirmed ids, so a live
item may carry more (the Desert Eagle's manufacturer, for one); labels, aliases and
descriptions are short English texts consistent with those items. Pages ids, revision ids and
hashes are left out, as the documentation allows.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import yaml

HERE = Path(__file__).parent
WIKIDATA = "https://www.wikidata.org/w/api.php"
FACTCHECK = "https://factchecktools.googleapis.com/v1alpha1/claims:search"
DATE = "Mon, 03 Nov 2025 09:00:00 GMT"
SOURCES = {
    "wikidata": [
        "https://www.mediawiki.org/wiki/API:Wbsearchentities",
        "https://www.mediawiki.org/wiki/Wikibase/DataModel/JSON",
    ],
    "factcheck": [
        "https://developers.google.com/fact-check/tools/api/reference/rest/v1alpha1/claims/search",
        "https://leadstories.com/hoax-alert/2020/08/fact-check-video-does-not-prove-masks-kill-or-that-microchips-will-be-forced-into-everyone-through-vaccines.html",
    ],
}

# id: (label, description, aliases, {property: [values]})
ITEMS: dict[str, tuple[str, str, list[str], dict[str, list[str]]]] = {
    "Q37116": (
        "AK-47",
        "Soviet assault rifle",
        ["Kalashnikov", "AK", "Avtomat Kalashnikova"],
        {"P31": ["Q22704163"], "P176": ["Q7427495"], "P495": ["Q15180"]},
    ),
    "Q159495": (
        "PK",
        "Soviet general-purpose machine gun",
        ["PK machine gun", "Pulemyot Kalashnikova"],
        {"P31": ["Q22704163"], "P495": ["Q15180"]},
    ),
    "Q217278": (
        "Desert Eagle",
        "semi-automatic pistol",
        ["Magnum Research Desert Eagle"],
        {"P31": ["Q22704163"], "P495": ["Q30", "Q801"]},
    ),
    "Q22704163": ("firearm model", "model of a firearm", [], {}),
    "Q7427495": ("Kalashnikov Concern", "Russian arms manufacturer", ["Izhmash"], {}),
    "Q15180": (
        "Soviet Union",
        "country in Eurasia (1922–1991)",
        ["USSR", "Union of Soviet Socialist Republics"],
        {"P1549": ["Soviet"]},
    ),
    "Q30": (
        "United States of America",
        "country in North America",
        ["United States", "USA", "US", "America"],
        {"P298": ["USA"], "P1549": ["American"]},
    ),
    "Q801": (
        "Israel",
        "country in Western Asia",
        ["State of Israel"],
        {"P298": ["ISR"], "P1549": ["Israeli"]},
    ),
    "Q843": (
        "Pakistan",
        "country in South Asia",
        ["PK", "Islamic Republic of Pakistan"],
        {"P31": ["Q6256"], "P298": ["PAK"]},
    ),
    "Q6256": ("country", "distinct territorial body or political entity", [], {}),
    "Q246": ("Volkswagen", "German automobile manufacturer", ["VW"], {}),
}

# search term: [(id, how it matched, matched text)]
SEARCHES: dict[str, list[tuple[str, str, str]]] = {
    "AK-47": [("Q37116", "label", "AK-47")],
    "Kalashnikov AK-47": [],
    "Desert Eagle": [("Q217278", "label", "Desert Eagle")],
    "PK": [("Q843", "alias", "PK"), ("Q159495", "label", "PK")],
    "Volkswagen": [("Q246", "label", "Volkswagen")],
    "Zorbax Arms": [],
    "Zorbax-9": [],
    "Zorbax": [],
}

PUBLISHED_REVIEW = {
    "text": "Video proves that face masks kill and that microchips will be forced on everyone.",
    "claimReview": [
        {
            "publisher": {"site": "leadstories.com"},
            "url": SOURCES["factcheck"][1],
            "title": "Fact Check: Video Does NOT Prove Face Masks Kill",
            "reviewDate": "2020-08-07T19:16:06Z",
            "textualRating": "Bad Info",
            "languageCode": "en",
        }
    ],
}


def _snak(prop: str, value: str) -> dict[str, Any]:
    if prop == "P298":
        datavalue, datatype = {"value": value, "type": "string"}, "external-id"
    elif prop == "P1549":
        datavalue = {"value": {"text": value, "language": "en"}, "type": "monolingualtext"}
        datatype = "monolingualtext"
    else:
        number = int(value[1:])
        datavalue = {
            "value": {"entity-type": "item", "numeric-id": number, "id": value},
            "type": "wikibase-entityid",
        }
        datatype = "wikibase-item"
    return {"snaktype": "value", "property": prop, "datavalue": datavalue, "datatype": datatype}


def _statement_id(item_id: str, prop: str, value: str) -> str:
    return f"{item_id}${uuid.uuid5(uuid.NAMESPACE_URL, item_id + prop + value)}".upper()


def _entity(item_id: str) -> dict[str, Any]:
    label, description, aliases, claims = ITEMS[item_id]
    return {
        "type": "item",
        "id": item_id,
        "labels": {"en": {"language": "en", "value": label}},
        "descriptions": {"en": {"language": "en", "value": description}},
        "aliases": {"en": [{"language": "en", "value": a} for a in aliases]} if aliases else {},
        "claims": {
            prop: [
                {
                    "mainsnak": _snak(prop, value),
                    "type": "statement",
                    "id": _statement_id(item_id, prop, value),
                    "rank": "normal",
                }
                for value in values
            ]
            for prop, values in claims.items()
        },
    }


def _hit(item_id: str, how: str, text: str) -> dict[str, Any]:
    label, description, _, _ = ITEMS[item_id]
    hit: dict[str, Any] = {
        "id": item_id,
        "title": item_id,
        "repository": "wikidata",
        "url": f"//www.wikidata.org/wiki/{item_id}",
        "concepturi": f"http://www.wikidata.org/entity/{item_id}",
        "display": {
            "label": {"value": label, "language": "en"},
            "description": {"value": description, "language": "en"},
        },
        "label": label,
        "description": description,
        "match": {"type": how, "language": "en", "text": text},
    }
    if how == "alias":
        hit["aliases"] = [text]
    return hit


def _interaction(url: str, params: dict[str, Any], body: Any, status: int = 200) -> dict[str, Any]:
    return {
        "request": {
            "body": None,
            "headers": {},
            "method": "GET",
            "uri": f"{url}?{urlencode(params)}",
        },
        "response": {
            "status": {"code": status, "message": "OK" if status == 200 else "Error"},
            "headers": {
                "content-type": ["application/json; charset=utf-8"],
                "date": [DATE],
            },
            "body": {"string": json.dumps(body, ensure_ascii=False)},
        },
    }


def wikidata_interactions() -> list[dict[str, Any]]:
    out = []
    for term, hits in SEARCHES.items():
        params = {
            "action": "wbsearchentities",
            "search": term,
            "language": "en",
            "uselang": "en",
            "type": "item",
            "limit": 7,
            "format": "json",
        }
        body = {"searchinfo": {"search": term}, "search": [_hit(*h) for h in hits], "success": 1}
        out.append(_interaction(WIKIDATA, params, body))
    batches = [["Q37116"], ["Q217278"], ["Q843", "Q159495"]]
    for batch in batches:
        linked = sorted(
            {v for i in batch for p in ("P176", "P495", "P31") for v in ITEMS[i][3].get(p, [])}
        )
        batches_here = [batch, linked]
        for ids in batches_here:
            params = {
                "action": "wbgetentities",
                "ids": "|".join(ids),
                "props": "labels|aliases|descriptions|claims",
                "languages": "en",
                "format": "json",
            }
            body = {"entities": {i: _entity(i) for i in ids}, "success": 1}
            out.append(_interaction(WIKIDATA, params, body))
    return out


def factcheck_interactions(queries: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        _interaction(FACTCHECK, {"query": q, "languageCode": "en", "pageSize": 5}, body)
        for q, body in queries.items()
    ]


def write(path: str, interactions: list[dict[str, Any]], sources: list[str]) -> None:
    target = HERE / path
    target.parent.mkdir(parents=True, exist_ok=True)
    head = [
        "# Built by tests/cassettes/build.py, not recorded live: no machine here reaches these",
        "# APIs. Each answer follows the API's documented response shape, after these sources;",
        "# build.py's docstring says which parts are real:",
        *(f"#   {url}" for url in sources),
        "",
    ]
    text = yaml.safe_dump(
        {"interactions": interactions, "version": 1}, allow_unicode=True, sort_keys=False
    )
    target.write_text("\n".join(head) + text, encoding="utf-8")


E2E_QUERIES = {
    "The AK-47 is made by Kalashnikov Concern.": {},
    "The Desert Eagle is made in Germany.": {},
    "The Zorbax-9 is made by Zorbax Arms.": {},
    "Video proves that face masks kill.": {"claims": [PUBLISHED_REVIEW]},
}

FACTS = SOURCES["factcheck"]
BOTH = SOURCES["wikidata"] + SOURCES["factcheck"]

if __name__ == "__main__":
    wiki = wikidata_interactions()
    checks = factcheck_interactions(E2E_QUERIES)
    write("test_cases/online.wikidata.yaml", wiki, SOURCES["wikidata"])
    for name in ("test_maker_and_origin", "test_every_fault_leaves_verdicts_unchanged"):
        write(f"test_online_wikidata/{name}.yaml", wiki, SOURCES["wikidata"])
    write(
        "test_related/test_published_checks_are_related_reading.yaml", checks, SOURCES["factcheck"]
    )
    write(
        "test_cli_online/test_verify_online_decides_from_wikidata.yaml",
        wiki + checks,
        SOURCES["wikidata"] + SOURCES["factcheck"],
    )

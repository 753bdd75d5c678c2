"""Wikidata's action API: find items by name (wbsearchentities), read them (wbgetentities).

Answers are read into small frozen records. Only the parts a verifier needs are kept: English
label, aliases and description, and the best-ranked values of a few properties (manufacturer
P176, country of origin P495, instance of P31, ISO 3166-1 alpha-3 code P298, demonym P1549).
Statements ranked "deprecated" are dropped; where a property has "preferred" statements only
those count, as in Wikidata's own "best rank" reading. An answer of any other shape is a fault
of the source (`SourceUnavailable`), never a guess.

JSON shapes: https://www.mediawiki.org/wiki/API:Wbsearchentities,
https://www.wikidata.org/w/api.php?action=help&modules=wbgetentities and the Wikibase JSON
model, https://doc.wikimedia.org/Wikibase/master/php/docs_topics_json.html
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from veracity.errors import SourceUnavailable

if TYPE_CHECKING:  # the HTTP stack is imported only when a client is made (verify --online)
    from veracity.online.client import HttpClient

__all__ = ["API", "DATASET", "PROPERTIES", "SOURCE", "Entity", "Hit", "Wikidata", "entity_url"]

API = "https://www.wikidata.org/w/api.php"
SOURCE = "Wikidata"
DATASET = "wikidata"
"""The dataset id findings cite Wikidata items under."""
MANUFACTURER, ORIGIN, INSTANCE_OF, ISO3, DEMONYM = "P176", "P495", "P31", "P298", "P1549"
PROPERTIES = (MANUFACTURER, ORIGIN, INSTANCE_OF, ISO3, DEMONYM)


def entity_url(entity_id: str) -> str:
    return f"https://www.wikidata.org/wiki/{entity_id}"


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: the item and the name it matched."""

    id: str
    label: str
    matched: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    """The parts of one item a verifier reads."""

    id: str
    label: str
    aliases: tuple[str, ...] = ()
    description: str = ""
    values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Best-ranked values by property id: item ids, strings or English texts."""

    @property
    def url(self) -> str:
        return entity_url(self.id)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)

    def get(self, prop: str) -> tuple[str, ...]:
        return self.values.get(prop, ())


def _fault(detail: str) -> SourceUnavailable:
    return SourceUnavailable(SOURCE, f"unexpected answer ({detail})")


def _check_error(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise _fault("not a JSON object")
    error = data.get("error")
    if isinstance(error, dict):
        raise SourceUnavailable(SOURCE, f"API error {error.get('code', '?')}")
    return data


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise _fault(f"{what} is not a string")
    return value


def _snak_value(snak: Any, prop: str) -> str | None:
    if not isinstance(snak, dict) or snak.get("snaktype") != "value":
        return None  # "somevalue" / "novalue": nothing to compare
    datavalue = snak.get("datavalue")
    if not isinstance(datavalue, dict):
        raise _fault(f"{prop} has no datavalue")
    value = datavalue.get("value")
    kind = datavalue.get("type")
    if kind == "wikibase-entityid" and isinstance(value, dict):
        return _text(value.get("id"), f"{prop} value id")
    if kind == "string":
        return _text(value, f"{prop} value")
    if kind == "monolingualtext" and isinstance(value, dict):
        return _text(value.get("text"), f"{prop} text") if value.get("language") == "en" else None
    raise _fault(f"{prop} has a {kind!r} value")


def _best(statements: Any, prop: str) -> tuple[str, ...]:
    if not isinstance(statements, list):
        raise _fault(f"{prop} is not a list of statements")
    ranked = [s for s in statements if isinstance(s, dict) and s.get("rank") != "deprecated"]
    preferred = [s for s in ranked if s.get("rank") == "preferred"]
    values = (_snak_value(s.get("mainsnak"), prop) for s in (preferred or ranked))
    return tuple(dict.fromkeys(v for v in values if v))


def _entity(entity_id: str, data: Any) -> Entity | None:
    if not isinstance(data, dict):
        raise _fault(f"{entity_id} is not an object")
    if "missing" in data:
        return None
    labels = data.get("labels", {})
    aliases = data.get("aliases", {})
    descriptions = data.get("descriptions", {})
    claims = data.get("claims", {})
    if not all(isinstance(x, dict) for x in (labels, aliases, descriptions, claims)):
        raise _fault(f"{entity_id} has a malformed label, alias, description or claim map")
    label = labels.get("en", {}).get("value") if isinstance(labels.get("en"), dict) else None
    english_aliases = aliases.get("en", [])
    if not isinstance(english_aliases, list):
        raise _fault(f"{entity_id} aliases")
    description = descriptions.get("en", {})
    return Entity(
        id=entity_id,
        label=_text(label, f"{entity_id} label") if label is not None else entity_id,
        aliases=tuple(
            _text(a.get("value"), "alias") for a in english_aliases if isinstance(a, dict)
        ),
        description=str(description.get("value", "")) if isinstance(description, dict) else "",
        values={p: _best(claims[p], p) for p in PROPERTIES if p in claims},
    )


class Wikidata:
    """Search and read Wikidata items through the shared HTTP client."""

    def __init__(self, http: HttpClient, language: str = "en") -> None:
        self.http = http
        self.language = language
        self.retrieved = ""
        """Retrieval date of the last answer read (ISO date)."""

    def _get(self, params: Mapping[str, str | int]) -> dict[str, Any]:
        data, headers = self.http.get_json(SOURCE, API, {**params, "format": "json"})
        from veracity.online.client import retrieved_date

        self.retrieved = retrieved_date(headers)
        return _check_error(data)

    def search(self, name: str, limit: int = 7) -> list[Hit]:
        """Items whose label or alias matches `name`, best first (wbsearchentities)."""
        data = self._get(
            {
                "action": "wbsearchentities",
                "search": name,
                "language": self.language,
                "uselang": self.language,
                "type": "item",
                "limit": limit,
            }
        )
        results = data.get("search")
        if not isinstance(results, list):
            raise _fault("no search list")
        hits = []
        for item in results:
            if not isinstance(item, dict):
                raise _fault("a search result is not an object")
            match = item.get("match", {})
            label = item.get("label") or (item.get("display", {}).get("label", {}).get("value"))
            hits.append(
                Hit(
                    id=_text(item.get("id"), "search result id"),
                    label=_text(label, "search result label") if label else "",
                    matched=str(match.get("text", "")) if isinstance(match, dict) else "",
                    description=str(item.get("description", "")),
                )
            )
        return hits

    def entities(self, ids: Iterable[str]) -> dict[str, Entity]:
        """The items with these ids (wbgetentities; at most 50 per request, as the API allows)."""
        wanted: Sequence[str] = list(dict.fromkeys(ids))
        found: dict[str, Entity] = {}
        for start in range(0, len(wanted), 50):
            chunk = wanted[start : start + 50]
            data = self._get(
                {
                    "action": "wbgetentities",
                    "ids": "|".join(chunk),
                    "props": "labels|aliases|descriptions|claims",
                    "languages": self.language,
                }
            )
            entities = data.get("entities")
            if not isinstance(entities, dict):
                raise _fault("no entities map")
            for entity_id in chunk:
                if entity_id not in entities:  # the API answers every id, if only "missing"
                    raise _fault(f"no answer for {entity_id}")
                entity = _entity(entity_id, entities[entity_id])
                if entity is not None:
                    found[entity_id] = entity
        return found

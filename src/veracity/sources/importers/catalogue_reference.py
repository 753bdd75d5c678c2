"""Compile manufacturers, organisations, country names and former states from research tables.

Rows are taken as researched (each cites its pages) and checked: ids unique, parents and
country codes known (an unknown code is dropped and the note says so), names several rows share
declared in `ambiguous`. Rows come out sorted by id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from veracity.errors import DatasetError
from veracity.sources.importers._shared_names import declare_shared
from veracity.sources.importers.research import ResearchRow
from veracity.sources.names import slug

__all__ = [
    "compile_country_names",
    "compile_historical_states",
    "compile_manufacturers",
    "compile_organisations",
]

Warn = Callable[[str], None]
ORGANISATION_KINDS = frozenset(
    {
        "political-union",
        "alliance",
        "procurement-agency",
        "government-body",
        "international-organisation",
    }
)


def _join(*parts: str) -> str | None:
    return "; ".join(p for p in parts if p) or None


def _codes(
    row: ResearchRow, column: str, known: frozenset[str], warn: Warn
) -> tuple[tuple[str, ...], str]:
    codes = [c.upper() for c in row.list(column)]
    bad = [c for c in codes if c not in known]
    if bad:
        warn(f"{row.origin}: unknown country codes {bad} in {column}: dropped")
    note = f"{column} codes {', '.join(bad)} are not ISO 3166-1 alpha-3: dropped" if bad else ""
    return tuple(c for c in codes if c in known), note


def _unique(rows: list[dict[str, Any]], what: str) -> list[dict[str, Any]]:
    seen: dict[str, dict[str, Any]] = {}
    for row in rows:
        if row["id"] in seen:
            raise DatasetError(f"{what}: id {row['id']!r} appears twice ({row['_origin']})")
        seen[row["id"]] = row
    for row in rows:
        del row["_origin"]
    return sorted(rows, key=lambda r: str(r["id"]))


def _named(
    r: ResearchRow, codes: str, iso3: frozenset[str], warn: Warn, **fields: Any
) -> dict[str, Any]:
    """The common shape: id, name, aliases, a column of country codes, source, note."""
    values, note = _codes(r, codes, iso3, warn)
    return {
        "id": fields.pop("id", None) or r["id"],
        "name": r["name"],
        "aliases": tuple(r.list("aliases")),
        codes: values,
        **fields,
        "source_url": r["source_url"],
        "retrieved": r["retrieved"] or None,
        "note": _join(r["note"], note),
        "_origin": r.origin,
    }


def compile_manufacturers(
    research: list[ResearchRow], iso3: frozenset[str], warn: Warn
) -> list[dict[str, Any]]:
    rows = [_named(r, "country", iso3, warn, parent=r["parent"] or None) for r in research]
    rows = _unique(rows, "manufacturers")
    ids = {row["id"] for row in rows}
    for row in rows:
        if row["parent"] and row["parent"] not in ids:
            warn(f"manufacturer {row['id']}: parent {row['parent']!r} unknown: dropped")
            row["note"] = _join(str(row["note"] or ""), f"parent {row['parent']} has no row")
            row["parent"] = None
    declare_shared(rows, ("name", "aliases"))
    return rows


def compile_organisations(
    research: list[ResearchRow], iso3: frozenset[str], warn: Warn
) -> list[dict[str, Any]]:
    for r in research:
        if r["kind"] not in ORGANISATION_KINDS:
            kinds = sorted(ORGANISATION_KINDS)
            raise DatasetError(f"{r.origin}: kind {r['kind']!r} not in {kinds}")
    rows = [_named(r, "members", iso3, warn, kind=r["kind"]) for r in research]
    rows = _unique(rows, "organisations")
    declare_shared(rows, ("name", "aliases"))
    return rows


def compile_country_names(
    research: list[ResearchRow],
    iso3: frozenset[str],
    warn: Warn,
    capitals: Sequence[ResearchRow] = (),
) -> list[dict[str, Any]]:
    """Name variants and adjectives per country, with the capitals of independent states (the
    press writes "Warsaw signed" for Poland); a capital's source is added to the row's."""
    by_code = {c["alpha3"].upper(): c for c in capitals if c["independent"] == "1"}
    rows = []
    for r in research:
        code = r["alpha3"].upper()
        if code not in iso3:
            warn(f"{r.origin}: {code!r} is not an ISO 3166-1 alpha-3 code: row dropped")
            continue
        rows.append(
            {
                "id": code,
                "iso3": code,
                "aliases": tuple(r.list("aliases")),
                "adjectives": tuple(r.list("adjectives")),
                "capitals": tuple(by_code[code].list("capitals")) if code in by_code else (),
                "source_url": _joined_urls(r["source_url"], by_code.get(code)),
                "retrieved": max(_dates(r, by_code.get(code)), default=None),
                "note": r["note"] or None,
                "_origin": r.origin,
            }
        )
    rows = _unique(rows, "country-names")
    declare_shared(rows, ("aliases", "adjectives"))
    for row in rows:
        del row["id"]
    return rows


def _dates(own: ResearchRow, capital: ResearchRow | None) -> list[str]:
    """The dates the pages a country's row cites were read (its own, its capital's)."""
    rows = [own] if capital is None or not capital["capitals"] else [own, capital]
    return [r["retrieved"] for r in rows if r["retrieved"]]


def _joined_urls(own: str, capital: ResearchRow | None) -> str:
    urls = [u.strip() for u in own.split(" ; ") if u.strip()]
    if capital is not None and capital["capitals"] and capital["source_url"] not in urls:
        urls.append(capital["source_url"])
    return " ; ".join(urls)


def compile_historical_states(
    research: list[ResearchRow], iso3: frozenset[str], warn: Warn
) -> list[dict[str, Any]]:
    rows = [_named(r, "successors", iso3, warn, id=slug(r["name"]) or r["name"]) for r in research]
    rows = _unique(rows, "historical-states")
    declare_shared(rows, ("name", "aliases"))
    return rows

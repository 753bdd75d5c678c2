"""Compile the `arms-transfers` dataset from a SIPRI Arms Transfers Database trade register.

    python -m veracity.sources.importers.sipri EXPORT.csv [--retrieved YYYY-MM-DD] [--out FOLDER]
                                               [--orders START-END]

EXPORT.csv is the trade register as SIPRI's website exports it (Windows-1252, 11-line preamble,
SIPRI's headers) or its cleaned UTF-8 snake_case form (see `sipri_export`). Every record becomes a
row: recipient and supplier as SIPRI names them with their ISO 3166-1 alpha-3 code (empty for
states that no longer exist, such as the Soviet Union, and for SIPRI's non-state and
international recipients, marked * and ** by SIPRI), designation, SIPRI's description, numbers
ordered and delivered, years, status, comments and SIPRI's uncertainty flags.

SIPRI's terms allow redistributing less than 10 per cent of the register (`licences`), so the
bundled dataset holds the orders of recent years only (`--orders 2019-2024`, BUNDLED_ORDERS) and
the command refuses to write more into the package; a user imports the whole register into a
workspace (`--out sources/arms-transfers`), which then replaces the bundled part. Either way the
descriptor's `temporal` says which orders the dataset holds (`veracity.sources.coverage`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from veracity.sources.countries import countries
from veracity.sources.importers import licences
from veracity.sources.importers._cli import reporting, require
from veracity.sources.importers._write import field, write_dataset
from veracity.sources.importers.sipri_export import SipriRecord, decode_export, read_export
from veracity.sources.names import slug
from veracity.sources.registry import BUNDLED_DATA, Sources

__all__ = [
    "BUNDLED_ORDERS",
    "FAIR_USE",
    "IMPORT",
    "SIPRI_URL",
    "compile_rows",
    "descriptor",
    "fields",
    "main",
    "party_resolver",
    "temporal",
]

SIPRI_URL = "https://www.sipri.org/databases/armstransfers"
FAIR_USE = 0.10
"""SIPRI's fair use: "the reproduction of less than 10 per cent of a published data set"."""
BUNDLED_ORDERS = (2019, 2024)
"""The years of order the bundled part holds (2,928 of the 29,515 records, 9.9 per cent)."""
IMPORT = licences.SIPRI_IMPORT
"""How a user imports the whole register into a workspace."""
_GENERATED = re.compile(r"Data generated:\s*(\d{1,2} \w{3} \d{4})")


def party_resolver(sources: Sources) -> Callable[[str], str | None]:
    """ISO alpha-3 of a SIPRI supplier or recipient name; None for historical and non-state ones."""
    resolver = countries(sources)
    historical: set[str] = set()
    if "historical-states" in sources:
        for row in sources.dataset("historical-states"):
            historical.update([row["name"], *row["aliases"]])

    def iso3(name: str) -> str | None:
        if name.endswith("*") or name in historical or name.startswith("unknown"):
            return None
        country = resolver.resolve(name)
        return country.iso3 if country else None

    return iso3


def _row(record: SipriRecord, iso3: Callable[[str], str | None]) -> dict[str, Any]:
    return {
        "recipient": record.recipient,
        "recipient_iso3": iso3(record.recipient),
        "supplier": record.supplier,
        "supplier_iso3": iso3(record.supplier),
        "designation": record.designation,
        "description": record.description,
        "number_ordered": record.number_ordered,
        "number_ordered_uncertain": record.number_ordered_uncertain,
        "year_of_order": record.year_of_order,
        "year_of_order_uncertain": record.year_of_order_uncertain,
        "number_delivered": record.number_delivered,
        "number_delivered_uncertain": record.number_delivered_uncertain,
        "years_of_delivery": record.years_of_delivery,
        "status": record.status,
        "comments": record.comments or None,
    }


def _order(row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(
        (value is None, value if not isinstance(value, tuple) else ";".join(map(str, value)))
        for value in (
            row["recipient"],
            row["supplier"],
            row["year_of_order"],
            row["designation"],
            row["description"],
            row["number_ordered"],
            row["comments"],
            row["number_delivered"],
            row["years_of_delivery"],
            row["status"],
            row["year_of_order_uncertain"],
            row["number_ordered_uncertain"],
            row["number_delivered_uncertain"],
        )
    )


def compile_rows(
    records: Iterable[SipriRecord], iso3: Callable[[str], str | None]
) -> list[dict[str, Any]]:
    """Rows sorted by recipient, supplier, year and designation, with stable readable ids.

    An id is `recipient.supplier.year.designation` in slug form ("kazakhstan.russia.2018.su-30mk"),
    with `.2`, `.3` ... for further orders of the same designation in the same year.
    """
    cache: dict[str, str | None] = {}

    def cached(name: str) -> str | None:
        if name not in cache:
            cache[name] = iso3(name)
        return cache[name]

    rows = sorted((_row(r, cached) for r in records), key=_order)
    seen: Counter[str] = Counter()
    for row in rows:
        base = ".".join(
            (
                slug(row["recipient"]),
                slug(row["supplier"]),
                str(row["year_of_order"]),
                slug(row["designation"]),
            )
        )
        seen[base] += 1
        row["id"] = base if seen[base] == 1 else f"{base}.{seen[base]}"
    return rows


def generated_date(path: Path) -> str | None:
    """The "Data generated: 13 Mar 2025 ..." date of a raw SIPRI export, as an ISO date."""
    head = decode_export(path.read_bytes()[:4096])
    match = _GENERATED.search(head)
    if not match:
        return None
    return dt.datetime.strptime(match[1], "%d %b %Y").date().isoformat()


def _years(rows: list[dict[str, Any]]) -> tuple[int, int]:
    years = [int(r["year_of_order"]) for r in rows]
    return (min(years), max(years)) if years else (0, 0)


def temporal(rows: list[dict[str, Any]], whole: list[dict[str, Any]]) -> dict[str, Any]:
    """The `temporal` of a dataset holding `rows` of the register `whole` (the same list when
    it holds all of it): the years of order, and for a part the whole's period and size."""
    start, end = _years(rows)
    period: dict[str, Any] = {
        "start": start,
        "end": end,
        "of": "year_of_order",
        "label": f"orders {start}-{end}",
    }
    if len(rows) < len(whole):
        first, last = _years(whole)
        period["veracity:whole"] = {"start": first, "end": last, "rows": len(whole)}
        period["veracity:more"] = IMPORT
    return period


def descriptor(retrieved: str, period: dict[str, Any] | None = None) -> dict[str, Any]:
    part = period is not None and "veracity:whole" in period
    what = (
        f"The transfers of major conventional arms ordered {period['start']}-{period['end']} "
        f"({period['veracity:whole']['rows']:,} records in the whole register, orders "
        f"{period['veracity:whole']['start']}-{period['veracity:whole']['end']}; SIPRI's fair "
        "use allows less than 10 per cent of it, so import the whole yourself for older "
        "orders)"
        if period is not None and part
        else "Every transfer of major conventional arms SIPRI records"
    )
    return {
        "name": "arms-transfers",
        "title": "SIPRI Arms Transfers Database: trade register"
        + (f", orders {period['start']}-{period['end']}" if period is not None and part else ""),
        "description": f"{what}: who ordered "
        "what from whom, when, how many, what was delivered and when, with SIPRI's comments "
        "and uncertainty flags. Supplier is the exporting country, not always the country of "
        "origin (second-hand and licensed transfers exist). Information from the SIPRI Arms "
        "Transfers Database; the project's reshaping is not attributed to SIPRI.",
        "publisher": "Stockholm International Peace Research Institute (SIPRI)",
        "homepage": SIPRI_URL,
        "retrieved": retrieved,
        **({"temporal": period} if period is not None else {}),
        "licenses": [licences.SIPRI, licences.SIPRI_FAIR_USE],
        "sources": [
            {"title": "SIPRI Arms Transfers Database, trade register", "path": SIPRI_URL},
        ],
    }


def fields() -> list[dict[str, Any]]:
    return [
        field(
            "id",
            "string",
            "recipient.supplier.year.designation (slugs), .N for repeats",
            required=True,
        ),
        field(
            "recipient",
            "string",
            "recipient as SIPRI names it (* non-state, ** international organisation)",
            required=True,
        ),
        field(
            "recipient_iso3",
            "string",
            "ISO 3166-1 alpha-3; empty for historical states and non-state recipients",
        ),
        field("supplier", "string", "supplier as SIPRI names it", required=True),
        field(
            "supplier_iso3",
            "string",
            "ISO 3166-1 alpha-3; empty for historical states, non-state and unknown suppliers",
        ),
        field("designation", "string", "SIPRI's weapon designation", required=True),
        field("description", "string", "SIPRI's weapon description", required=True),
        field("number_ordered", "integer", "empty: not yet known to SIPRI"),
        field("number_ordered_uncertain", "boolean", "SIPRI marks the number uncertain (?)"),
        field("year_of_order", "year", "year of order", required=True),
        field("year_of_order_uncertain", "boolean", "SIPRI marks the year uncertain (?)"),
        field("number_delivered", "integer", "delivered so far"),
        field("number_delivered_uncertain", "boolean", "SIPRI marks the number uncertain (?)"),
        field("years_of_delivery", "year", "years of delivery", separator=";"),
        field("status", "string", "New, Second hand, Second hand but modernized"),
        field("comments", "string", "SIPRI's comments (variant, deal value, licence ...)"),
    ]


def _span(text: str) -> tuple[int, int]:
    start, _, end = text.partition("-")
    try:
        return int(start), int(end or start)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not START-END years: {text!r}") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path, help="a SIPRI trade-register export (CSV)")
    parser.add_argument(
        "--retrieved",
        help="date of the export, YYYY-MM-DD (default: the export's 'Data generated' line)",
    )
    parser.add_argument("--out", type=Path, default=BUNDLED_DATA / "arms-transfers")
    parser.add_argument(
        "--orders",
        type=_span,
        metavar="START-END",
        help="keep the orders of these years only (the bundled part: "
        f"{BUNDLED_ORDERS[0]}-{BUNDLED_ORDERS[1]})",
    )
    args = parser.parse_args(argv)
    expected = "a trade-register CSV exported from SIPRI (docs/data.md, arms-transfers, Refresh)"
    require(parser, args.export, "file", expected)
    with reporting(parser, args.export, expected):
        retrieved = args.retrieved or generated_date(args.export)
        if retrieved is None:
            parser.error("this export has no 'Data generated' line: give --retrieved YYYY-MM-DD")
        whole = compile_rows(read_export(args.export), party_resolver(Sources()))
    rows = whole
    if args.orders:
        rows = [r for r in whole if args.orders[0] <= int(r["year_of_order"]) <= args.orders[1]]
    bundled = args.out.resolve().parent == BUNDLED_DATA.resolve()
    if bundled and not len(rows) < FAIR_USE * len(whole):
        parser.exit(
            2,
            f"refused: {len(rows):,} of {len(whole):,} records is not less than 10 per cent of "
            "the register, which SIPRI's fair use allows the package to redistribute; give "
            f"--orders (the bundle holds {BUNDLED_ORDERS[0]}-{BUNDLED_ORDERS[1]}) or import "
            f"into a workspace: {IMPORT}\n",
        )
    period = temporal(rows, whole)
    count = write_dataset(args.out, descriptor(retrieved, period), fields(), rows, ["id"])
    print(f"wrote {count} rows to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Read the project's researched catalogue tables (`data-src/*.csv`).

Each table is a UTF-8 CSV whose header is fixed (see docs/data.md): `systems-*.csv`,
`manufacturers.csv`, `organisations.csv`, `country-names.csv`, `historical-states.csv`. Every
row cites the page(s) its facts come from in `source_url` (several joined by " ; ");
multi-valued cells are joined by ";". A table may end its header with an optional `retrieved`
column: the date the row's pages were read (YYYY-MM-DD), where it differs from the research
date in `data-src/RETRIEVED`; an empty cell, or no such column, reads as that date. A missing
table reads as empty; a table with another header is an error, so a schema change never
passes silently.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from veracity.errors import DatasetError

__all__ = ["FACTS", "HEADERS", "RETRIEVED", "ResearchRow", "read_table", "split"]

#: The optional last column of every researched table: the date the row's pages were read.
RETRIEVED = "retrieved"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

HEADERS: dict[str, tuple[str, ...]] = {
    "systems": (
        "designation",
        "sipri_name",
        "aliases",
        "category",
        "role",
        "class",
        "makers",
        "origin",
        "year_introduced",
        "source_url",
        "note",
    ),
    "manufacturers": ("id", "name", "aliases", "country", "parent", "kind", "source_url", "note"),
    "organisations": ("id", "name", "aliases", "kind", "members", "source_url", "note"),
    "country-names": ("alpha3", "adjectives", "aliases", "source_url", "note"),
    "historical-states": ("name", "aliases", "successors", "source_url", "note"),
    "capitals": ("alpha3", "capitals", "independent", "source_url"),
}


#: The columns that state facts, where a row may also stand for a name alone: when no page
#: within the source policy supports them they are emptied, and then the row needs no source.
#: Every other table's rows state facts in every column.
FACTS: dict[str, tuple[str, ...]] = {
    "systems": ("category", "role", "class", "makers", "origin", "year_introduced"),
    "manufacturers": ("country", "parent"),
    "organisations": ("members",),
    "historical-states": ("successors",),
}


@dataclass(frozen=True, slots=True)
class ResearchRow:
    """One researched row with where it came from (file:line), for notes and errors."""

    cells: dict[str, str]
    origin: str

    def __getitem__(self, column: str) -> str:
        return self.cells[column]

    def list(self, column: str) -> list[str]:
        return split(self.cells[column])


def split(cell: str) -> list[str]:
    """The parts of a ";"-list cell, stripped, empty parts dropped, order kept, no repeats."""
    return list(dict.fromkeys(part.strip() for part in cell.split(";") if part.strip()))


def _files(folder: Path, table: str) -> list[Path]:
    if table == "systems":
        return sorted(folder.glob("systems-*.csv"))
    path = folder / f"{table}.csv"
    return [path] if path.exists() else []


def read_table(folder: Path, table: str, retrieved: str = "") -> list[ResearchRow]:
    """Every row of a researched table (all `systems-*.csv` files for "systems"), in file order;
    each row's `retrieved` is its own date, or `retrieved` (the research date) when it has none."""
    rows: list[ResearchRow] = []
    for path in _files(folder, table):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            found = tuple(next(reader, ()))
            header = HEADERS[table]
            if found == (*header, RETRIEVED):
                header = found
            elif found != header:
                raise DatasetError(
                    f"{path}: header {list(found)} is not {list(header)} (with or without a "
                    f"last column {RETRIEVED!r})"
                )
            for cells in reader:
                where = f"{path.name}:{reader.line_num}"
                if not any(c.strip() for c in cells):
                    continue
                if len(cells) != len(header):
                    raise DatasetError(f"{where}: {len(cells)} cells, expected {len(header)}")
                values = {name: cell.strip() for name, cell in zip(header, cells, strict=True)}
                stated = [c for c in FACTS.get(table, header) if values.get(c)]
                if not values["source_url"] and stated:
                    raise DatasetError(
                        f"{where}: a researched row states {', '.join(stated)} without source_url"
                    )
                own = values.pop(RETRIEVED, "")
                if own and not _DATE.fullmatch(own):
                    raise DatasetError(f"{where}: retrieved {own!r} is not a date (YYYY-MM-DD)")
                values[RETRIEVED] = own or retrieved
                rows.append(ResearchRow(values, where))
    return rows

"""Names several catalogue rows share: find them, declare them, keep the build honest.

A name that two rows carry ("Lynx": a helicopter, a rocket launcher and an armoured car;
"MoD": every ministry of defence) is not an error when it is how people write it, but a lookup
must know it is ambiguous. `declare_shared` lists such names in each row's `ambiguous` column
and says in the note which rows share them; `NameIndex.resolve` then refuses to pick one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from veracity.sources.names import name_key

__all__ = ["declare_shared", "names_of", "shared_keys"]


def names_of(row: dict[str, Any], columns: Sequence[str]) -> list[str]:
    names: list[str] = []
    for column in columns:
        value = row.get(column)
        if isinstance(value, str):
            names.append(value)
        elif value:
            names.extend(value)
    return names


def shared_keys(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> dict[str, set[str]]:
    """name key -> ids of the rows carrying it, for keys more than one row carries."""
    owners: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        for name in names_of(row, columns):
            if key := name_key(name):
                owners[key].add(str(row["id"]))
    return {key: ids for key, ids in owners.items() if len(ids) > 1}


def declare_shared(rows: list[dict[str, Any]], columns: Sequence[str]) -> int:
    """Fill `ambiguous` (and the note) of every row that shares a name; return how many names."""
    shared = shared_keys(rows, columns)
    for row in rows:
        declared = list(row.get("ambiguous") or ())
        remarks = []
        for name in names_of(row, columns):
            key = name_key(name)
            if key in shared and name not in declared:
                declared.append(name)
                others = sorted(shared[key] - {str(row["id"])})
                remarks.append(f"'{name}' also names {', '.join(others)}")
        if remarks:
            row["ambiguous"] = tuple(dict.fromkeys(declared))
            note = row.get("note") or ""
            row["note"] = "; ".join(filter(None, [note, "shared name: " + "; ".join(remarks)]))
    return len(shared)

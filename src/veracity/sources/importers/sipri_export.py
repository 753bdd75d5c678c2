"""Read a SIPRI Arms Transfers Database trade-register export, in either form people have it.

1. As SIPRI's website delivers it (https://www.sipri.org/databases/armstransfers): a CSV in
   Windows-1252 (or Latin-1) with an 11-line preamble ("Transfers of major conventional arms
   from ...", "Source: SIPRI Arms Transfers Database", "Data generated: ...") and SIPRI's headers
   ("Recipient,Supplier,Year of order, ,Number ordered, ,..."), where an untitled column after a
   figure holds "?" when SIPRI marks that figure uncertain.
2. The cleaned form: UTF-8, no preamble, snake_case headers (`recipient`, `supplier`,
   `year_of_order`, `order_year_uncertain`, `number_ordered`, `number_ordered_uncertain`, ...).

Both give the same `SipriRecord`s. TIV columns, if present, are ignored.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from veracity.errors import DatasetError

__all__ = ["SipriRecord", "decode_export", "read_export"]

# SIPRI's header (case-folded) or the cleaned snake_case name -> our field
_HEADERS = {
    "recipient": "recipient",
    "supplier": "supplier",
    "year of order": "year_of_order",
    "year_of_order": "year_of_order",
    "order_year_uncertain": "year_of_order_uncertain",
    "year_of_order_uncertain": "year_of_order_uncertain",
    "number ordered": "number_ordered",
    "number_ordered": "number_ordered",
    "number_ordered_uncertain": "number_ordered_uncertain",
    "weapon designation": "designation",
    "weapon_designation": "designation",
    "weapon description": "description",
    "weapon_description": "description",
    "number delivered": "number_delivered",
    "number_delivered": "number_delivered",
    "number_delivered_uncertain": "number_delivered_uncertain",
    "year(s) of delivery": "years_of_delivery",
    "years_of_delivery": "years_of_delivery",
    "status": "status",
    "comments": "comments",
}
_REQUIRED = ("recipient", "supplier", "year_of_order", "designation", "description")


@dataclass(frozen=True, slots=True)
class SipriRecord:
    """One row of the trade register: an order and what has been delivered of it."""

    recipient: str
    supplier: str
    year_of_order: int
    year_of_order_uncertain: bool
    number_ordered: int | None
    number_ordered_uncertain: bool
    designation: str
    description: str
    number_delivered: int | None
    number_delivered_uncertain: bool
    years_of_delivery: tuple[int, ...]
    status: str
    comments: str


def decode_export(data: bytes) -> str:
    """The export's text: UTF-8 if it is valid UTF-8, else Windows-1252, else Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _columns(header: list[str], path: Path) -> dict[str, int]:
    columns: dict[str, int] = {}
    previous = ""
    for position, cell in enumerate(header):
        title = cell.strip().casefold()
        # SIPRI's untitled column after a figure holds its "?" flag
        name = f"{previous}_uncertain" if not title and previous else _HEADERS.get(title, "")
        if name and name not in columns:
            columns[name] = position
        previous = name if title else ""
    missing = [name for name in _REQUIRED if name not in columns]
    if missing:
        raise DatasetError(f"{path}: not a SIPRI trade register: no column for {missing}")
    return columns


def _integer(text: str, what: str, where: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise DatasetError(f"{where}: {what} {text!r} is not a whole number") from None


def read_export(path: Path) -> list[SipriRecord]:
    """Every record of a trade-register export (raw SIPRI download or cleaned CSV)."""
    try:
        text = decode_export(path.read_bytes())
    except OSError as exc:
        raise DatasetError(f"cannot read {path}: {exc.strerror}") from None
    rows = list(csv.reader(io.StringIO(text)))
    start = next(
        (
            i
            for i, r in enumerate(rows)
            if [c.strip().casefold() for c in r[:2]] == list(_REQUIRED[:2])
        ),
        None,
    )
    if start is None:
        raise DatasetError(f"{path}: no 'Recipient,Supplier,...' header: not a SIPRI register")
    columns = _columns(rows[start], path)
    records = []
    for number, cells in enumerate(rows[start + 1 :], start=start + 2):
        if not any(c.strip() for c in cells):
            continue
        where = f"{path}:{number}"

        def cell(name: str, cells: list[str] = cells) -> str:
            position = columns.get(name)
            return cells[position].strip() if position is not None and position < len(cells) else ""

        year = _integer(cell("year_of_order"), "year of order", where)
        if year is None or not cell("recipient") or not cell("designation"):
            raise DatasetError(f"{where}: a record without recipient, designation or year")
        delivered = cell("years_of_delivery")
        records.append(
            SipriRecord(
                recipient=cell("recipient"),
                supplier=cell("supplier"),
                year_of_order=year,
                year_of_order_uncertain=cell("year_of_order_uncertain") == "?",
                number_ordered=_integer(cell("number_ordered"), "number ordered", where),
                number_ordered_uncertain=cell("number_ordered_uncertain") == "?",
                designation=cell("designation"),
                description=cell("description"),
                number_delivered=_integer(cell("number_delivered"), "number delivered", where),
                number_delivered_uncertain=cell("number_delivered_uncertain") == "?",
                years_of_delivery=tuple(
                    y
                    for part in delivered.split(";")
                    if (y := _integer(part, "year of delivery", where)) is not None
                ),
                status=cell("status"),
                comments=cell("comments"),
            )
        )
    return records

"""JSON report text, written one item of its long list at a time.

`json.dumps(data, indent=2)` of a report of 10,000 claims builds the whole tree of dicts and then
a million small string pieces before joining them: several times the size of the text itself.
`listing` gives the same text, byte for byte, while holding one item's tree at a time: the
document is encoded with the long list left empty, each item is encoded on its own and indented
to its depth (JSON strings hold no raw line breaks, so re-indenting is exact), and the pieces are
spliced in.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from veracity.reports.escape import json_safe

__all__ = ["listing", "listing_chunks"]


def _dumps(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


Escape = Callable[[str], str]


def listing(
    data: dict[str, Any], key: str, items: Iterable[Any], *, safe: Escape = json_safe
) -> str:
    """`data` as indented JSON text (made `safe`, ending in a line break), with `items` as the
    list under its top-level `key`, which `data` must hold as an empty list."""
    return "".join(listing_chunks(data, key, items, safe=safe))


def listing_chunks(
    data: dict[str, Any], key: str, items: Iterable[Any], *, safe: Escape = json_safe
) -> Iterator[str]:
    """The text of `listing` in pieces: the document's head, each item, the document's tail.
    `safe` rewrites each piece of JSON text (it must keep it the same JSON)."""
    if data.get(key) != []:
        raise ValueError(f"`{key}` must be an empty list in the document")
    head = safe(_dumps(data))
    empty = f"\n  {json.dumps(key, ensure_ascii=False)}: []"
    at = head.index(empty) + len(empty) - 2
    yield head[:at]
    first = True
    for item in items:
        yield ("[\n    " if first else ",\n    ") + safe(_dumps(item)).replace("\n", "\n    ")
        first = False
    yield ("[]" if first else "\n  ]") + head[at + 2 :] + "\n"

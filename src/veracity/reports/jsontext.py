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
from collections.abc import Iterable
from typing import Any

from veracity.reports.escape import json_safe

__all__ = ["listing"]


def _dumps(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def listing(data: dict[str, Any], key: str, items: Iterable[Any]) -> str:
    """`data` as indented JSON text (made safe, ending in a line break), with `items` as the
    list under its top-level `key`, which `data` must hold as an empty list."""
    if data.get(key) != []:
        raise ValueError(f"`{key}` must be an empty list in the document")
    head = json_safe(_dumps(data))
    empty = f"\n  {json.dumps(key, ensure_ascii=False)}: []"
    at = head.index(empty) + len(empty) - 2
    pieces = [head[:at]]
    for item in items:
        pieces += (",\n    " if len(pieces) > 1 else "[\n    ", _indented(item))
    pieces += ("\n  ]" if len(pieces) > 1 else "[]", head[at + 2 :], "\n")
    return "".join(pieces)  # one copy of the whole text, no more


def _indented(item: Any) -> str:
    return json_safe(_dumps(item)).replace("\n", "\n    ")

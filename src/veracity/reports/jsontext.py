"""JSON report text, written one item of its long list at a time.

`json.dumps(data, indent=2)` of a report of 10,000 claims builds the whole tree of dicts and then
a million small string pieces before joining them: several times the size of the text itself.
`listing` gives the same text, byte for byte, while holding one item's tree at a time: the
document is encoded with the long list left empty, each item is encoded on its own and indented
to its depth (JSON strings hold no raw line breaks, so re-indenting is exact), and the pieces are
spliced in.

The standard library encodes indented JSON in Python, not in C (its C encoder does not
indent), about 80 µs a claim. With orjson installed (the `fast` extra), an item is encoded in
C instead. orjson writes floats below 1e-4 or from 1e16 on, and non-finite ones, otherwise than
`json`, and types beyond JSON's own it encodes where `json` refuses them; what it refuses (a
key that is not a string, an integer past 64 bits, a lone surrogate) goes through `json`. The
reports hold none of the values it writes otherwise (the suite checks every report of the case
files, `tests/reports/test_jsontext.py`), so the walk that proves a value is safe (half the cost
of the JSON rendering of a large claim set) runs only when the environment sets CHECK_ENV: a
value it finds unsafe then goes through `json`, as before.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from veracity.reports.escape import json_safe

try:
    import orjson
except ImportError:  # pragma: no cover - the `fast` extra is optional
    orjson = None  # type: ignore[assignment]

__all__ = ["CHECK_ENV", "listing", "listing_chunks"]

CHECK_ENV = "VERACITY_CHECK_JSON"
"""Set (to anything but empty) to walk each value before orjson encodes it, so the text is the
standard library's byte for byte whatever the value holds: a debugging aid."""

_check = bool(os.environ.get(CHECK_ENV))

_PLAIN = (str, int, bool, type(None))


def _same_in_orjson(value: Any) -> bool:
    """True when orjson encodes `value` as `json.dumps` does: JSON's own types only, and
    every float finite and written without an exponent (1e-4 <= |x| < 1e16, or zero)."""
    kind = type(value)
    if kind is dict:
        return all(type(k) is str for k in value) and all(map(_same_in_orjson, value.values()))
    if kind is list or kind is tuple:
        return all(map(_same_in_orjson, value))
    if kind is float:
        return bool(value == 0 or 1e-4 <= abs(value) < 1e16)
    return kind in _PLAIN


def _dumps(value: Any) -> str:
    if orjson is not None and (not _check or _same_in_orjson(value)):
        try:
            return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode("utf-8")
        except orjson.JSONEncodeError:  # an integer past 64 bits, a lone surrogate
            pass
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

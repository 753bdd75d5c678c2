"""What the bundled data already knows, so online look-ups only fill its gaps.

The interface is one question, `knows_system(name)`: does a bundled dataset describe a system
by this name (or alias)? When it does, the bundled verifiers speak for it and the online ones
stay silent: bundled data always wins when both know a thing.

`bundled_names(sources)` answers it from the `systems` dataset (columns `name`, `aliases`,
`sipri_names`, see the brief's issue 3) when that dataset is installed, and knows nothing
otherwise. A workspace can pass its own implementation to the `online.wikidata` verifier.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Protocol

from veracity.sources.registry import Sources

__all__ = ["BundledNames", "NameIndex", "bundled_names", "name_key"]

_NAME_COLUMNS = ("name", "aliases", "sipri_names")
_UNDECOMPOSED = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe"})
"""Letters without a Unicode decomposition that the press writes plain (Akıncı → Akinci)."""


def name_key(name: str) -> str:
    """A comparison key: no accents, case, spacing or punctuation between letters and digits."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    plain = plain.translate(_UNDECOMPOSED)
    return re.sub(r"[^\w]+|_", "", plain)


class BundledNames(Protocol):
    def knows_system(self, name: str) -> bool:
        """True when bundled data describes a system called `name`."""
        ...


class NameIndex:
    """`BundledNames` over a set of names."""

    def __init__(self, names: set[str]) -> None:
        self._keys = {name_key(n) for n in names if name_key(n)}

    def knows_system(self, name: str) -> bool:
        return name_key(name) in self._keys


def _build(sources: Sources) -> NameIndex:
    names: set[str] = set()
    if "systems" in sources:
        for row in sources.dataset("systems"):
            for column in _NAME_COLUMNS:
                value = row.get(column)
                if isinstance(value, str):
                    names.add(value)
                elif isinstance(value, (list, tuple)):
                    names.update(str(v) for v in value)
    return NameIndex(names)


def bundled_names(sources: Sources) -> BundledNames:
    """The bundled system names, indexed once per `Sources`."""
    return sources.derived("online.bundled-names", _build)

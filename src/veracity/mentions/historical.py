"""Former states named in a text ("Soviet", "USSR", "Yugoslav", "East German").

Many systems still in service were designed in a state that no longer exists; the press says
"the Soviet T-72". The `historical-states` dataset lists those states with their names, the
adjectives the press uses and their successor states; the systems dataset records a system's
historical origin (`origin_historical`). A mention is a `RegionMention` (a place that is no
ISO country) that also names the state's successors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veracity.patterns import literal_alternation
from veracity.sources.countries import RegionMention
from veracity.sources.registry import Sources

__all__ = ["DATASET", "HistoricalMention", "find_historical"]

DATASET = "historical-states"


@dataclass(frozen=True, slots=True)
class HistoricalMention(RegionMention):
    """A former state: `region` is its name ("Soviet Union")."""

    successors: tuple[str, ...] = ()
    """ISO alpha-3 codes of the states that succeeded it."""

    @property
    def adjective(self) -> bool:
        """True for "Soviet", "Yugoslav", "East German"; False for "USSR", "Yugoslavia"."""
        return not self.text.isupper() and self.text.endswith(_DEMONYM_ENDINGS)


_DEMONYM_ENDINGS = ("an", "et", "av", "ak")
"""How the English adjectives of the former states end (Soviet, Yugoslav, Czechoslovak, East
German, Yugoslavian); their names do not (Soviet Union, Yugoslavia, East Germany, USSR)."""


class _Index:
    def __init__(self, sources: Sources) -> None:
        self.states: dict[str, tuple[str, tuple[str, ...]]] = {}
        if DATASET in sources:
            for row in sources.dataset(DATASET):
                successors = tuple(row.get("successors") or ())
                if not successors:
                    continue  # a rebel group or an international body, not a former state
                for name in (row["name"], *(row.get("aliases") or ())):
                    self.states.setdefault(name, (str(row["name"]), successors))
        forms = [n for n in self.states if len(n) > 2]
        self.pattern = (
            re.compile(rf"(?<![\w-])(?:{literal_alternation(forms)})(?![\w])") if forms else None
        )


def find_historical(text: str, sources: Sources) -> list[HistoricalMention]:
    """Former states named or described in `text`, left to right."""
    index = sources.derived("mentions.historical", _Index)
    if index.pattern is None:
        return []
    found = []
    for match in index.pattern.finditer(text):
        name, successors = index.states[match.group()]
        found.append(HistoricalMention(match.start(), match.end(), match.group(), name, successors))
    return found

"""What happens to the things counted: ordered, delivered, overhauled, produced, lost, held.

Each verb family is a `measure` (two figures of one article are the same measure only when they
count the same thing done the same way); measures group into `kind`s that verifiers select on:
plausibility weighs acquisitions, deliveries and maintenance against an inventory, never
production (exporters build more than they field) or losses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veracity.findings import Span

__all__ = ["Action", "find_actions", "is_future"]

_MEASURES: list[tuple[str, str, str]] = [
    # (measure, kind, verb forms)
    (
        "order",
        "acquisition",
        r"procur(?:e|es|ed|ing|ement)|purchas(?:e|es|ed|ing)|buy(?:s|ing)?|bought|"
        r"acquir(?:e|es|ed|ing)|acquisitions?|order(?:s|ed|ing)?|contract(?:s|ed)?\s+for|"
        r"sign(?:s|ed)?\s+(?:a\s+)?(?:contract|deal)s?\s+for",
    ),
    (
        "delivery",
        "delivery",
        r"receiv(?:e|es|ed|ing)|deliver(?:s|ed|ing|y|ies)?|suppl(?:y|ies|ied|ying)|"
        r"hand(?:s|ed)?\s+over|(?:take|takes|took|taken|taking)\s+delivery|transferr(?:ed|ing)|"
        r"arriv(?:e|es|ed|ing)|commission(?:s|ed|ing)?|enter(?:s|ed|ing)?\s+service|"
        r"added\s+to|join(?:s|ed)?\s+the|induct(?:s|ed|ing)?|obtain(?:s|ed|ing)?",
    ),
    ("overhaul", "maintenance", r"overhaul(?:s|ed|ing)?"),
    ("repair", "maintenance", r"repair(?:s|ed|ing)?|restor(?:e|es|ed|ing)|refurbish(?:es|ed|ing)?"),
    (
        "modernisation",
        "maintenance",
        r"moderni[sz](?:e|es|ed|ing|ation)|upgrad(?:e|es|ed|ing)|retrofitt?(?:ed|ing)?",
    ),
    (
        "production",
        "production",
        r"produc(?:e|es|ed|ing|tion)|manufactur(?:e|es|ed|ing)|buil[dt]s?|building|assembl(?:e|es|ed|"
        r"ing|y)",
    ),
    ("loss", "loss", r"los(?:e|es|t|ing)|destroy(?:s|ed|ing)?|shot\s+down|damaged|captured"),
    ("deployment", "deployment", r"deploy(?:s|ed|ing)?|sen[dt]s?|sending|station(?:s|ed)?"),
    (
        "recruitment",
        "recruitment",
        r"recruit(?:s|ed|ing)?|conscript(?:s|ed)?|mobili[sz](?:e|es|ed|ing|ation)|call(?:s|ed)?\s+up|"
        r"draft(?:s|ed)?",
    ),
    (
        "inventory",
        "inventory",
        r"(?:ha[sd]|have)(?!\s+(?:not\s+|already\s+|just\s+|recently\s+)*(?:been|\w+ed|\w+en|"
        r"bought|built|sold|got|sent|spent|lost|won|begun|made)\b)|operat(?:e|es|ed|ing)|possess(?:es|ed)?|fields?|in\s+service|fleet\s+of|"
        r"inventory\s+of|arsenal\s+of",
    ),
]
_PATTERN = re.compile(
    r"\b(?:" + "|".join(f"(?P<{m}>{p})" for m, _, p in _MEASURES) + r")\b", re.IGNORECASE
)
_KINDS = {m: k for m, k, _ in _MEASURES}
_FUTURE = re.compile(
    r"\b(?:will|shall|plans?\s+to|planned|planning|intends?\s+to|is\s+set\s+to|are\s+set\s+to|"
    r"(?:is|are)\s+(?:expected|due|scheduled|going)\s+to|to\s+be\s+(?:delivered|procured|"
    r"received|bought|acquired)|aims?\s+to|would|soon)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Action:
    measure: str
    kind: str
    span: Span
    text: str


def find_actions(text: str) -> list[Action]:
    """Every action word of `text`, left to right."""
    found = []
    for match in _PATTERN.finditer(text):
        measure = match.lastgroup or ""
        found.append(Action(measure, _KINDS[measure], match.span(), match.group()))
    return found


def is_future(text: str) -> bool:
    """True when the text speaks of a plan or an expectation rather than a fact."""
    return bool(_FUTURE.search(text))

"""Check-worthiness: is a statement a fact a desk can check, and if not, why not.

Uncheckable statements are kept in the claim set with `checkable: false` and a `note`, so
reports can show them apart. A statement is not checkable when it is:

- a headline (its statements are checked where the article's body makes them);
- a question;
- speculation: kept with its hedge (", likely due to …", "probably", "reportedly");
- attributed to unnamed people ("Experts suggest …", "according to analysts", "it is believed");
- an opinion ("I think", "in our view", "ought to", "arguably");
- a forecast without a figure: a future or expected event with no number, ordinal, year or
  date that a later check could hold it to ("the army will grow stronger").

A checkable statement that refers back ("He said …", "the purchase of these planes") gets a note
asking a person to name what it refers to: the splitter does not resolve references across
sentences, since a wrong guess would make a claim about the wrong system.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Assessment", "assess"]

_UNNAMED = re.compile(
    r"\b(?:(?:some|many|several|most|other|western|independent|military|defen[cs]e)\s+)?"
    r"(?:experts?|analysts?|observers?|sources|insiders|critics|commentators|specialists|"
    r"people\s+familiar\s+with\s+\w+(?:\s+\w+)?)\s+(?:\w+ly\s+)?"
    r"(?:say|said|suggest|suggested|believe|believed|think|thought|claim|claimed|argue|argued|"
    r"note|noted|estimate|estimated|expect|expected|warn|warned|point\s+out|pointed\s+out|"
    r"agree|agreed|consider|considered)\b"
    r"|\baccording\s+to\s+(?:some\s+|many\s+|unnamed\s+|anonymous\s+)?"
    r"(?:experts|analysts|observers|sources|insiders)\b"
    r"|\bit\s+is\s+(?:widely\s+)?(?:believed|thought|said|rumou?red|assumed)\b",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b(?:I|we)\s+(?:think|believe|feel|consider)\b|\bin\s+(?:my|our)\s+(?:view|opinion)\b|"
    r"\bought\s+to\b|\b(?:arguably|undoubtedly|unfortunately|fortunately)\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|would|could|may|might|shall|should)\b|"
    r"\b(?:is|are)\s+(?:expected|likely|set|projected|forecast|poised|due)\s+to\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half|"
    r"first|second|third|fourth|fifth|last|"
    r"january|february|march|april|june|july|august|september|october|november|december|"
    r"year|month|week|quarter|decade|spring|summer|autumn|fall|winter|"
    r"today|tomorrow|yesterday)\b",
    re.IGNORECASE,
)

_BACK_REFERENCE = re.compile(
    r"^(?:He|She|It|They)\b|\b(?:these|those)\s+(?!days|years|months|weeks)\w+", re.MULTILINE
)


@dataclass(frozen=True, slots=True)
class Assessment:
    checkable: bool
    note: str | None = None


def assess(text: str, *, heading: bool = False, hedge: str | None = None) -> Assessment:
    """Whether the statement is checkable; when not, a note saying why."""
    if heading:
        return Assessment(False, "Headline; its statements are checked in the article's body.")
    if text.rstrip().endswith("?"):
        return Assessment(False, "A question, not a statement.")
    if hedge:
        return Assessment(False, f"Speculation (“{hedge}”), not a checkable fact.")
    unnamed = _UNNAMED.search(text)
    if unnamed:
        return Assessment(False, f"Attributed to unnamed sources (“{unnamed.group()}”).")
    opinion = _OPINION.search(text)
    if opinion:
        return Assessment(False, f"An opinion (“{opinion.group()}”), not a checkable fact.")
    if _FUTURE.search(text) and not _FIGURE.search(text):
        return Assessment(False, "A forecast without a figure, date or number to hold it to.")
    back = _BACK_REFERENCE.search(text)
    if back:
        return Assessment(
            True,
            f"Refers to something named earlier (“{back.group()}”): "
            "name it in the text before checking.",
        )
    return Assessment(True)

"""Check-worthiness: is a statement a fact a desk can check, and if not, why not.

Uncheckable statements are kept in the claim set with `checkable: false` and a `note`, so
reports can show them apart. The cue words are data (`cues.yaml`, one group per reason). A
statement is not checkable when it is:

- a headline (its statements are checked where the article's body makes them);
- a question;
- a photo caption, ended by a bracketed note such as "(undated)" or "(file)";
- speculation: kept with its hedge (", likely due to …", "probably", "reportedly");
- attributed to unnamed people ("Experts suggest …", "according to analysts", "it is believed",
  "it is not presently believed", "The Print quoted a source as saying");
- an opinion ("I think", "in our view", "ought to", "arguably");
- a characterisation ("termed it a victory", "highlighted", "sees Hungary as") or an evaluation
  ("a major milestone", "proud", "one of the most capable");
- a trend with no measure ("rising in military strength", "fast-growing") and no figure;
- a direct quotation with no figure in it (what a speaker said in their own words);
- what the writer says is unknown ("it is not evident how many"), or the writer's own account
  of their reporting ("I had a chance to talk to");
- a plan under way ("plans are in progress to");
- a forecast without a figure: a future or expected event with no number, ordinal, year or
  date that a later check could hold it to ("the army will grow stronger"; the digits of a
  designation, "F-16", "6X6", are no figure), or one whose years all come after the article's
  date (a schedule, not yet a fact when written).

A statement attributed to a named speaker ("the ministry confirmed", "according to Jane's")
stays checkable when what was said is a fact: the note names the attribution. A statement that
still opens with a pronoun ("He ordered …": `references` found no safe antecedent of its kind)
needs a subject and is not checkable; one that refers back inside ("the purchase of these
planes") stays checkable with a note asking a person to name what it refers to, since a wrong
guess would make a claim about the wrong system.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from veracity.extract.cues import cue

__all__ = ["MIN_QUOTED_WORDS", "Assessment", "assess", "figureless_quotation"]

MIN_QUOTED_WORDS = 4
"""A quotation of fewer words is a phrase borrowed ("NATO interoperable"), not a quote."""

_QUOTED = re.compile(r"“([^”]*)”?|\"([^\"]*)\"?")
_LAST_BRACKET = re.compile(r"[(\[]([^()\[\]]*)[)\]][\s.]*$")
_OPENING_QUOTES = frozenset('"“')
_CLOSING_QUOTE = re.compile(r'["”]')
_DIGIT = re.compile(r"\d")
_DESIGNATION = re.compile(r"(?<![\w-])(?:[A-Za-z]+-?\d[\w/-]*|\d+[xX×]\d+)(?![\w-])")
"""A model or type designation: letters then digits ("F-16", "Su-30SM", "AS532", "F404-IN20"),
or a wheel formula ("6X6"); a count, an ordinal or a measure starts with its digits."""
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_OPENING_PRONOUN = re.compile(r"^(He|She|It|They)\b(?!['’])")
_BACK_REFERENCE = re.compile(r"\b(?:these|those)\s+(?!days|years|months|weeks)\w+", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Assessment:
    checkable: bool
    note: str | None = None


def _unnamed(text: str) -> str | None:
    """The words attributing the statement to nobody in particular."""
    sources = cue("unnamed-sources").pattern
    verbs = cue("belief-verbs").pattern
    said = re.search(rf"{sources}\s+(?:\w+ly\s+)?{verbs}", text, re.IGNORECASE)
    if said:
        return said.group()
    according = re.search(
        rf"\baccording\s+to\s+(?:some\s+|many\s+|unnamed\s+|anonymous\s+)?{sources}",
        text,
        re.IGNORECASE,
    )
    if according:
        return according.group()
    for group in ("unnamed-quotes", "impersonal"):
        if found := cue(group).search(text):
            return " ".join(found.group().split())
    return None


def _has_figure(text: str) -> bool:
    """A number, an ordinal, a date or a calendar word; the digits of a designation ("F-16",
    "AS532", "6X6") name a thing, and a count that points back ("the two countries") counts
    nothing new: neither is a figure to hold a statement to."""
    bare = cue("referring-counts").sub(" ", _DESIGNATION.sub(" ", text))
    return bool(_DIGIT.search(bare) or cue("figures").search(bare))


def _quotation(text: str) -> str | None:
    """The longest direct quotation of the statement, when it is long enough to be one."""
    quoted = [m.group(1) or m.group(2) or "" for m in _QUOTED.finditer(text)]
    longest = max(quoted, key=lambda q: len(q.split()), default="")
    return longest.strip() if len(longest.split()) >= MIN_QUOTED_WORDS else None


def figureless_quotation(text: str) -> bool:
    """The sentence is a direct quotation and nothing else (it opens with a quotation mark
    and any closing mark ends it), long enough to be one, naming no figure: not checkable
    as a whole, and its parts would be no more checkable, so it is kept whole (split, "On
    behalf of the company and its suppliers, I would …" misstates the speaker). A sentence
    that goes on after the quote ("…”, the CEO, chairman of …, said") is split as usual."""
    text = text.strip()
    if text[:1] not in _OPENING_QUOTES or _quotation(text) is None or _has_figure(text):
        return False
    closing = _CLOSING_QUOTE.search(text, 1)
    return closing is None or not text[closing.end() :].strip(" .,!?;:")


def _judgement(text: str) -> Assessment | None:
    """Not checkable because someone's judgement is what the statement states."""
    if found := _unnamed(text):
        return Assessment(False, f"Attributed to unnamed sources (“{found}”).")
    if found := _match("opinion", text):
        return Assessment(False, f"An opinion (“{found}”), not a checkable fact.")
    if found := _match("writer-account", text):
        return Assessment(False, f"The writer's own account (“{found}”), not a checkable fact.")
    if found := _match("unknowns", text):
        return Assessment(False, f"A statement of what is not known (“{found}”).")
    if found := _match("characterisation", text):
        return Assessment(False, f"A characterisation (“{found}”), not a checkable fact.")
    if cause := cue("broad-causes").match(text):
        return Assessment(False, f"A broad assessment of a cause (“{cause.group()}”).")
    for group in ("evaluation", "superlative-assessments"):
        if found := _match(group, text):
            return Assessment(False, f"An evaluation (“{found}”), not a checkable fact.")
    return None


def _caption_note(text: str) -> str | None:
    """The bracketed note that ends a photo caption ("(undated)", "(file)"), if any."""
    found = _LAST_BRACKET.search(text)
    if found is None or not cue("caption-notes").fullmatch(found.group(1).strip()):
        return None
    return found.group()


def _speech(text: str) -> str | None:
    """The speech verb that attributes the statement; one written with a capital after the
    first word is part of a name ("the United States delivered …"), not a verb."""
    for found in cue("speech").finditer(text):
        if found.start() == 0 or not found.group()[0].isupper():
            return " ".join(found.group().split())
    return None


def _match(group: str, text: str) -> str | None:
    found = cue(group).search(text)
    return " ".join(found.group().split()) if found else None


def _future_years(text: str, published: dt.date | None) -> list[str]:
    """The years the statement names, when all of them are after the article's year."""
    if published is None:
        return []
    years = _YEAR.findall(text)
    return years if years and all(int(y) > published.year for y in years) else []


def assess(
    text: str,
    *,
    heading: bool = False,
    hedge: str | None = None,
    said: str | None = None,
    published: dt.date | None = None,
) -> Assessment:
    """Whether the statement is checkable; when not, a note saying why. `published`, the
    article's date, tells a scheduled event (a future year) from a past one; `said`, an
    attribution the splitter took off the sentence ("officials said on Friday"), is judged as
    part of it: unnamed sources make it uncheckable, a named speaker is noted."""
    if said is not None:
        if judged := _judgement(f"{said} {text}"):
            return judged  # "informed sources said", "we noted that": who says it decides
        own = assess(text, heading=heading, hedge=hedge, published=published)
        if own.checkable and own.note is None:
            return Assessment(True, f"Attributed (“{said}”): the claim is the fact reported.")
        return own
    if heading:
        return Assessment(False, "Headline; its statements are checked in the article's body.")
    if text.rstrip().endswith("?"):
        return Assessment(False, "A question, not a statement.")
    if found := _caption_note(text):
        return Assessment(False, f"A photo caption (“{found}”), not a statement to check.")
    if hedge:
        return Assessment(False, f"Speculation (“{hedge}”), not a checkable fact.")
    if judged := _judgement(text):
        return judged
    if (found := _match("unmeasured-trends", text)) and not _has_figure(text):
        return Assessment(False, f"A trend with no measure (“{found}”), not a checkable fact.")
    quotation = _quotation(text)
    if quotation is not None and not _has_figure(quotation):
        return Assessment(False, "A direct quote with no figure in it, not a checkable fact.")
    if found := _match("expectation", text):
        return Assessment(False, f"An expectation (“{found}”), a forecast at the time of writing.")
    if found := _match("plans", text):
        return Assessment(False, f"A plan (“{found}”), a forecast at the time of writing.")
    if cue("future").search(text):
        if not _has_figure(text):
            return Assessment(False, "A forecast without a figure, date or number to hold it to.")
        if years := _future_years(text, published):
            return Assessment(
                False, f"A forecast: {', '.join(years)} is after the article's date ({published})."
            )
    if opening := _OPENING_PRONOUN.match(text):
        return Assessment(
            False,
            f"Needs a subject: “{opening.group(1)}” refers to something named earlier that "
            "could not be told safely; name it in the text before checking.",
        )
    back = _BACK_REFERENCE.search(text)
    if back:
        return Assessment(
            True,
            f"Refers to something named earlier (“{back.group()}”): "
            "name it in the text before checking.",
        )
    if said := _speech(text):
        return Assessment(True, f"Attributed (“{said}”): the claim is the fact reported.")
    return Assessment(True)

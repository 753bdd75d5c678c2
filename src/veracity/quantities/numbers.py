"""Cardinal numbers in English text, in digits or words, with their character spans.

Digits: "12", "1,500", "1 500" (space or thin-space thousands), "1.5", with an optional scale
word ("1.5 million", "2bn", "3 thousand"). Words: "fifty", "five hundred", "two thousand three
hundred", "forty-two", found by text2num (`text_to_num.find_numbers`), plus what it leaves
aside: "a dozen", "two dozen", and the vague plurals "dozens of", "hundreds of", "thousands of"
(read as at least two of the unit, flagged `vague`).

Why text2num (allo-media/text2num, MIT): it is maintained (a Rust core with compiled wheels,
3.x releases, production/stable, no dependencies), parses compound numbers ("one hundred and
twenty", "eleven thousand five hundred") and, through `find_numbers`, says which tokens form
each number, so every number keeps its span in the claim and the aggregate rule can mark it as
checked. word2number, the other common choice, has had no release since 1.1 in 2017, converts
one whole string only (no positions) and skips words it does not know ("five hundred new jets"
→ 500), so it cannot tell where a number starts or ends. text2num panics (a BaseException) if
a token lacks a method of its protocol: `_Word` implements all three.

A number the reader has read may be joined to the words after it (lexicon `number-words.toml`
in veracity.lexicons): a decimal point said as a word ("zero decimal 5419", "zero decimal five
four"), a scale word after a number in words ("two point five million"), and a fraction of a
scale ("a quarter of a million", "half a million", "two and a half million").

Not numbers here: ordinals ("first", "58th"), years and digits inside designations ("Su-30SM",
"T-72", "A400M", and a name's number and variant, "Mirage 2000-9"), percentages and sums of
money are flagged, not dropped, so callers decide.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import Any

from text_to_num import Token, find_numbers  # type: ignore[import-untyped]

__all__ = ["NumberMention", "decimal_digits", "decimal_pattern", "find_cardinals"]


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One number in a text: its value, where it stands, and what kind of figure it looks like."""

    start: int
    end: int
    value: float
    text: str
    vague: bool = False
    """"dozens of", "hundreds of": `value` is a lower bound."""
    year_like: bool = False
    """Four digits between 1900 and 2099 without separators: probably a year."""
    money: bool = False
    percent: bool = False


_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9}
_SCALES["bn"] = 1e9
_SCALES["trillion"] = 1e12
_DIGITS = re.compile(
    r"(?<![\w.,])(?<![A-Za-z]-)"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)"
    r"(?P<frac>\.\d+)?"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion)\b|(?P<short>bn|mn|m|k)\b)?"
    r"(?!\w|-(?!\d)|[.,]\d)",
    re.IGNORECASE,
)
_DOZEN = re.compile(r"\b(?:(?P<a>a|one)|(?P<n>two|three|four|five|six|\d+))\s+dozen\b", re.I)
_VAGUE = re.compile(r"\b(?P<unit>dozens|hundreds|thousands|tens\s+of\s+thousands)\s+of\b", re.I)
_VAGUE_VALUES = {"dozens": 24.0, "hundreds": 200.0, "thousands": 2000.0}
_TOKEN = re.compile(r"[A-Za-z]+|\d+|[^\w\s]")
_MONEY_BEFORE = re.compile(r"(?:[$€£¥₸]|\b(?:USD|EUR|US\$|KZT|RUB))\s*$", re.I)
_MONEY_AFTER = re.compile(r"\s*(?:dollars|euros|pounds|roubles|rubles|tenge|yuan|USD|EUR)\b", re.I)
_PERCENT_AFTER = re.compile(r"\s*(?:%|per\s*cent|percent)", re.I)
_WORD_DOZEN = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


class _Word(Token):  # type: ignore[misc]
    """A token as text2num wants it (every method of its protocol must exist)."""

    def __init__(self, text: str) -> None:
        self._text = text

    def text(self) -> str:
        return self._text

    def nt_separated(self, previous: Token) -> bool:
        return False

    def not_a_number_part(self) -> bool:
        return False


def _flags(text: str, start: int, end: int, value: float, has_separator: bool) -> dict[str, bool]:
    return {
        "year_like": not has_separator and value.is_integer() and 1900 <= value <= 2099,
        "money": bool(_MONEY_BEFORE.search(text[max(0, start - 5) : start]))
        or bool(_MONEY_AFTER.match(text, end)),
        "percent": bool(_PERCENT_AFTER.match(text, end)),
    }


_VARIANT = re.compile(r"(?<=[a-z]) (?P<num>\d+)-(?P<variant>\d{1,2})(?![\w-])")
"""A name's number and variant ("Mirage 2000-9", "Mirage 2000-5"): digits joined by a hyphen
right after a capitalised word inside the text, a designation and not a range or a count."""


def _variants(text: str) -> list[tuple[int, int]]:
    """The spans of designation numbers after a capitalised word that does not open the text
    ("the UAE's Mirage 2000-9 jets"; not "In 2015-16", nor "about 5-6 aircraft")."""
    spans = []
    for match in _VARIANT.finditer(text):
        word = re.search(r"(?:^|\s)(\S+)$", text[: match.start()])
        if word is None or not word.group(1)[:1].isupper() or word.start(1) == 0:
            continue
        if re.search(r"[.!?]\s*$", text[: word.start(1)]):
            continue  # the word opens a sentence: "In 2015-16 …"
        spans.append((match.start("num"), match.end()))
    return spans


def _digits(text: str) -> Iterator[NumberMention]:
    designations = _variants(text)
    for match in _DIGITS.finditer(text):
        if any(a <= match.start() < b for a, b in designations):
            continue
        raw = match["num"]
        value = float(re.sub(r"[,\s\u00a0\u202f]", "", raw) + (match["frac"] or ""))
        scale = (match["scale"] or match["short"] or "").lower()
        value *= _SCALES.get(scale, 1.0)
        separated = raw != re.sub(r"\D", "", raw) or bool(scale) or bool(match["frac"])
        yield NumberMention(
            match.start(),
            match.end(),
            value,
            match.group(),
            **_flags(text, match.start(), match.end(), value, separated),
        )


def _words(text: str) -> Iterator[NumberMention]:
    matches = list(_TOKEN.finditer(text))
    tokens = [_Word(m.group() if not m.group().isdigit() else "§") for m in matches]
    occurrences = find_numbers(tokens, "en", 0.0)
    for index, found in enumerate(occurrences):
        if found.is_ordinal:
            continue
        following = occurrences[index + 1] if index + 1 < len(occurrences) else None
        if following is not None and following.is_ordinal and following.start == found.end + 1:
            continue  # "two-thirds": a fraction
        start, end = matches[found.start].start(), matches[found.end - 1].end()
        word = text[start:end].lower()
        if word.startswith(("hundreds", "thousands", "dozens", "tens")):
            continue  # vague plurals are read below
        value = float(found.value)
        yield NumberMention(
            start, end, value, text[start:end], **_flags(text, start, end, value, True)
        )


def _dozens(text: str) -> Iterator[NumberMention]:
    for match in _DOZEN.finditer(text):
        count = (
            1
            if match["a"]
            else int(match["n"])
            if match["n"].isdigit()
            else _WORD_DOZEN[match["n"].lower()]
        )
        yield NumberMention(match.start(), match.end(), 12.0 * count, match.group())
    for match in _VAGUE.finditer(text):
        unit = match["unit"].lower()
        value = 20000.0 if unit.startswith("tens") else _VAGUE_VALUES[unit]
        yield NumberMention(match.start(), match.end(), value, match.group(), vague=True)


_NUMBER_WORDS: dict[str, Any] = tomllib.loads(
    resources.files("veracity.lexicons").joinpath("number-words.toml").read_text(encoding="utf-8")
)
"""The words joined to a number read (decimal points, digits, scales, fractions), as data."""


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_DIGIT_WORD = _alternation(_NUMBER_WORDS["digits"])
_SCALE_WORD = _alternation(_NUMBER_WORDS["scales"])
_FRACTION_WORD = _alternation(_NUMBER_WORDS["fractions"])
_POINT = re.compile(
    r"\s+(?:" + _alternation(_NUMBER_WORDS["decimal-points"]) + r")\s+"
    r"(?P<frac>\d+(?![.,]\d)|(?:" + _DIGIT_WORD + r")(?:\s+(?:" + _DIGIT_WORD + r"))*)(?![\w-])",
    re.IGNORECASE,
)
"""A decimal point said as a word after a whole number: " decimal 5419", " point five four"."""
_SCALE_AFTER = re.compile(r"\s+(?P<scale>" + _SCALE_WORD + r")(?![\w-])", re.IGNORECASE)
_AND_FRACTION = re.compile(
    r"\s+and\s+an?\s+(?P<frac>" + _FRACTION_WORD + r")\s+(?P<scale>" + _SCALE_WORD + r")(?![\w-])",
    re.IGNORECASE,
)
"""The fraction of a scale after a whole number: " and a half million"."""
_FRACTION = re.compile(
    r"(?<![\w-])(?:(?P<count>an?|\d|" + _DIGIT_WORD + r")\s+)?(?P<frac>" + _FRACTION_WORD + r")"
    r"\s+(?:of\s+)?an?\s+(?P<scale>" + _SCALE_WORD + r")(?![\w-])",
    re.IGNORECASE,
)
"""A fraction of a scale: "a quarter of a million", "half a million", "three quarters of a
million"."""


def decimal_pattern(fewest: int, most: int) -> str:
    """A regular expression (no groups) of a decimal below ten with `fewest` to `most` places,
    in digits or with its point said as a word: "0.2283", "zero decimal 2283", "nought point
    zero six nine nine" (`decimal_digits` writes it in digits)."""
    places = f"{{{fewest},{most}}}"
    words = f"(?:{_DIGIT_WORD})(?:\\s+(?:{_DIGIT_WORD})){{{fewest - 1},{most - 1}}}"
    point = _alternation(_NUMBER_WORDS["decimal-points"])
    return (
        rf"(?:\d\.\d{places}(?!\d|\.\d)|(?:\d|{_DIGIT_WORD})\s+(?:{point})\s+"
        rf"(?:\d{places}(?!\d|[.,]\d)|{words}(?![\w-])))"
    )


def decimal_digits(text: str) -> str:
    """A decimal that `decimal_pattern` matched, in digits, its places kept: "zero decimal
    2283" -> "0.2283", "nought point zero six" -> "0.06"."""
    if re.fullmatch(r"\d\.\d+", text):
        return text
    whole, _, places = re.split(r"\s+", text.strip(), maxsplit=2)
    return f"{_digit(whole)}." + "".join(_digit(w) for w in places.split())


def _digit(word: str) -> str:
    return word if word.isdigit() else str(int(_word_value("digits", word)))


def _word_value(table: str, word: str) -> float:
    return float(_NUMBER_WORDS[table][re.sub(r"\s+", " ", word.lower())])


def _joined(text: str, start: int, end: int, value: float) -> NumberMention:
    return NumberMention(
        start, end, value, text[start:end], **_flags(text, start, end, value, True)
    )


def _composed(text: str, read: list[NumberMention]) -> Iterator[NumberMention]:
    """The numbers `read` joined to the words after them, and fractions of a scale."""
    for number in read:
        if number.vague or number.percent:
            continue
        value, end = number.value, number.end
        point = _POINT.match(text, end) if value.is_integer() and "." not in number.text else None
        if point is not None:
            digits = point["frac"]
            if not digits.isdigit():
                digits = "".join(str(int(_word_value("digits", d))) for d in digits.split())
            value, end = value + float("0." + digits), point.end()
        last_word = text[number.start : end].split()[-1].lower()
        scale = _SCALE_AFTER.match(text, end) if last_word not in _NUMBER_WORDS["scales"] else None
        if scale is not None and value < 1000:
            value, end = value * _word_value("scales", scale["scale"]), scale.end()
        fraction = _AND_FRACTION.match(text, end) if value.is_integer() and value < 1000 else None
        if fraction is not None:
            value += _word_value("fractions", fraction["frac"])
            value, end = value * _word_value("scales", fraction["scale"]), fraction.end()
        if end != number.end:
            yield _joined(text, number.start, end, value)
    for match in _FRACTION.finditer(text):
        count = (match["count"] or "a").lower()
        times = 1.0 if count in ("a", "an") else float(count) if count.isdigit() else None
        times = _word_value("digits", count) if times is None else times
        value = times * _word_value("fractions", match["frac"])
        yield _joined(
            text, match.start(), match.end(), value * _word_value("scales", match["scale"])
        )


def find_cardinals(text: str) -> list[NumberMention]:
    """Every cardinal number of `text`, left to right; overlapping readings keep the longest."""
    read = [*_dozens(text), *_digits(text), *_words(text)]
    found = sorted(
        [*read, *_composed(text, read)],
        key=lambda n: (n.start, -(n.end - n.start)),
    )
    kept: list[NumberMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept

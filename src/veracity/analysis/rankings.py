"""Ranking assertions: a country's place in a strength ranking such as Global Firepower.

A claim speaks of a ranking when it names one ("Global Firepower 2024", "GFP2024", "the GFP
index"), when its `source` hint does, when it uses words of military strength ("the strongest
army"), or, in an article about the ranking (`veracity.analysis.editions.ranking_article`),
when it speaks of places: rank words and placing verbs ("secures the 26th position", "sits at
24th", "rounds out the top five"), an ordinal said of a country ("China is third", "Japan was
seventh, Turkey eighth"), a comparison with a country, a list item ("1. United States"). It is
read into:

- ranks: an ordinal or number in digits or words ("58th", "twenty-fourth", "No. 24", "ranked
  24 of 145", "putting Taiwan at 24", "the 24th-ranked"), a superlative ("the strongest in
  Central Asia", "second-strongest in Europe", "the strongest in Europe after Russia": second),
  a head or foot word ("topped the ranking", "came last", "at the bottom"), a top ("in the top
  20", "the world's 25 strongest", "A, B and C make up the top three"), its last place
  ("completes the top ten"), a place below it ("just outside the top 10") or a foot group
  ("the three weakest", "in the bottom five"), each with its scope (the world, a UN M49 region,
  a place no region names, or a region the claim points back to, "the continent's strongest",
  which the claim set's title may name), the measure it is in ("eighth in fighters", "its tank
  fleet is the seventh largest", "1,010 tanks, placing it 21st") and the country it is about;
  "one of the strongest" gives no place;
- the number of countries ranked ("out of 145", "the 145-nation list"), comparisons ("ahead
  of Uzbekistan", "just behind Iran", "two places below Vietnam", "leads Taiwan by 17
  places", "second only to China") and index scores ("a PwrIndx score of 0.2283", "scoring
  0.3302", "10th with 0.1863"), and how the index reads ("the lower the score, the better");
- the edition: the year written with the ranking's name, else as `editions.edition` says;
  "last year" or "the previous edition" moves it back one. A change of place ("climbed two
  places"), a place held again ("retained", "still", "for the third year in a row") and a
  place after "up from" are the edition before's, checked only when that edition is bundled.

The country a claim leaves implicit ("the island ranks 24th", "its score") is the one of its
claim set's title, or of the nearest earlier claim that names one, as a labelled inference,
and none when the two differ. Verbs are listed once, as lemmas (`veracity.analysis.verb_forms`);
the word classes are data (`rankings.toml`, `veracity.analysis.ranking_words`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from veracity.analysis.editions import GFP, cites_gfp, edition, ranking_article
from veracity.analysis.measures import Measure, find_measures, measure_doubts
from veracity.analysis.ranking_words import alternation
from veracity.findings import Span
from veracity.ordinals import (
    CARDINAL_PATTERN,
    ORDINAL_PATTERN,
    cardinal_value,
    ordinal_value,
    ordinal_word,
)
from veracity.patterns import lazy_compile
from veracity.quantities.numbers import decimal_digits, decimal_pattern
from veracity.sources.countries import (
    Country,
    CountryMention,
    CountryResolver,
    RegionMention,
    countries,
)
from veracity.text import FUNCTION_WORDS

if TYPE_CHECKING:
    from veracity.analysis.doc import ClaimDoc

__all__ = [
    "UNKNOWN",
    "Comparison",
    "Inference",
    "Rank",
    "Ranking",
    "Score",
    "Total",
    "read_ranking",
]

_I = re.IGNORECASE


def _words(*names: str) -> str:
    return r"\b(?:" + alternation(*names) + r")\b"


_STRENGTH = lazy_compile(_words("strength"), _I)
_SUPERLATIVE = lazy_compile(
    r"\b(?:(?P<ord>" + ORDINAL_PATTERN.pattern[2:-2] + r")[\s-]+(?:most\s+)?)?"
    r"(?P<sup>(?P<top>" + alternation("superlative-top") + r")|"
    r"(?P<bottom>" + alternation("superlative-bottom") + r"))\b",
    _I,
)
_AFTER_BARE = (
    r"(?![.,]\d)(?=[ \t]*\r?\n|\s*(?:$|[,.;:()!?/|–—-]|(?:"
    + alternation("after-bare-rank")
    + r")\b))"
)
"""What may follow a rank written as a bare number: "ranked 24 out of 145", "sits at 24, …";
never a count ("ranks 24 tanks"), a decimal or a share ("rating 0.33", "ranked 12 per cent")."""
_NUMBERED = lazy_compile(
    r"(?:\b(?:" + alternation("numbered") + r")(?:\s+at)?|#)\s*:?\s*"
    r"(?P<n>\d{1,3})\b" + _AFTER_BARE + r"(?!\s*(?:%|per\s*cent|percent))|"
    r"\bnumber\s+(?P<w>" + CARDINAL_PATTERN.pattern + r")\b(?!\s+of\b)",
    _I,
)
"""A rank written as a number: "ranked 12", "No. 24", "sits at 24", "number twenty-four"."""
_OBJECT_VERB = lazy_compile(r"\b(?:" + alternation("placement-object-verbs") + r")\s+$", _I)
_OBJECT_NUMBER = lazy_compile(
    r"\s+(?:at\s+)?(?:(?:no\.|number|#)\s*)?(?P<n>\d{1,3})\b" + _AFTER_BARE, _I
)
"""After a placing verb and its object country, the place as a number: "ranked Taiwan 24",
"putting Taiwan at 24"."""
_LISTED = lazy_compile(
    r"(?:^|[:;]\s|\n)\s*(?:(?P<head>no\.|#|number|rank(?:ing|ed)?|place)\s*:?\s*)?"
    r"(?:(?P<n>\d{1,3})(?:st|nd|rd|th)?|(?P<o>" + ORDINAL_PATTERN.pattern[2:-2] + r"))\b"
    r"(?:\s+place)?(?:\s*[.):|–—-]\s*|(?(head)\s+|(?!)))",
    _I,
)
"""A list item's number that is its country's place: "1. United States: PwrIndx 0.0699",
"Global Firepower 2024: 1. United States"."""
_COPULA = (
    r"(?:is|are|was|were|be|been|being|now|currently|ranks?|ranked|comes?|came|finish(?:es|ed)?|"
    r"follows?|followed|following)"
)
_LAST = lazy_compile(
    r"\b(?:" + _COPULA + r"|" + alternation("placement-verbs") + r")\s+(?:in\s+)?(?:dead\s+)?"
    r"(?P<last>last)\b(?!\s+(?:year|years|edition|editions|week|month|time|ranking|rankings|"
    r"report|list|index|season|decade|update|release|one|two|three|few|several)\b)",
    _I,
)
"""Last place said with a verb: "came last", "finished dead last", "is ranked last"."""
_LAST_AFTER_NAME = lazy_compile(
    r"\s+(?:dead\s+)?(?P<last>last)\b(?=\s*(?:$|[.,;:]|\s+(?:in|on|among|out|of|with|and)\b))", _I
)
"""Last place said right after a country, in a list of places: "Tajikistan last"."""
_ROUNDS_OUT = lazy_compile(
    r"\b(?:" + alternation("rounding") + r")\s+the\s+top[\s-]+"
    r"(?P<n>\d{1,3}|" + CARDINAL_PATTERN.pattern + r")\b",
    _I,
)
"""The last place of a top: "rounds out the top five", "completes the top ten" (fifth, tenth)."""
_PREDICATED = lazy_compile(
    r"\s*(?:[,:(–—-]\s*)?(?:(?:" + _COPULA + r"|still|also|again|once\s+again|just|only|now|"
    r"currently|firmly|comfortably)\s+)*(?:(?:in|at)\s+)?(?:the\s+)?",
    _I,
)
"""Before an ordinal said of a country: "China is third", "Japan was seventh, Turkey eighth"."""
_PREDICATED_AFTER = lazy_compile(
    r"[ \t]*\r?\n|\s*(?:$|[,.;:()!?|–—]|(?:" + alternation("after-predicated-rank") + r")\b)",
    _I,
)
_TOP = lazy_compile(
    r"\b(?:"
    + alternation("top-in")
    + r")\s+the\s+(?:world['’]s\s+)?top[\s-]+(?P<n>\d{1,3}|"
    + CARDINAL_PATTERN.pattern
    + r")\b(?:[\s-]+(?:most\s+)?(?:"
    + alternation("superlative-top")
    + r")\b)?",
    _I,
)
"""'in the top 20', 'among the top 50 strongest' (the superlative is the top's own), 'among
the world's top ten' (the world is the overall index's field)."""
_OUTSIDE = lazy_compile(
    r"\b(?:"
    + alternation("top-outside")
    + r")\s+the\s+top[\s-]+(?P<n>\d{1,3}|"
    + CARDINAL_PATTERN.pattern
    + r")\b",
    _I,
)
"""A place below a top: "just outside the top 10", "missed out on the top ten"."""
_FIELD = alternation("field-nouns")
_TOTAL = lazy_compile(
    r"\b(?:(?:out\s+of|of|among|from)\s+(?:the\s+)?(?P<n>\d{2,3})\s+(?:" + _FIELD + r")\b|"
    r"out\s+of\s+(?:a\s+total\s+of\s+)?(?P<m>\d{2,3})\b(?!\s*(?:%|percent))|"
    r"(?<=st|nd|rd|th)\s+of\s+(?:the\s+)?(?P<j>\d{2,3})\b(?!\s*(?:%|percent))(?!\s+\w)|"
    r"(?:" + alternation("field-verbs") + r")\s+(?P<k>\d{2,3})\s+(?:" + _FIELD + r")"
    r"(?:['’]\s+militaries)?\b|"
    r"(?<![\d.,])(?P<h>\d{2,3})[\s-](?:nation|country|state)\b)",
    _I,
)
_PREVIOUS = lazy_compile(_words("previous"), _I)
"""Words that put a rank in the edition before the one the article is about."""
_FROM_BEFORE = lazy_compile(
    r"\b(?:" + alternation("movement", "movement-up", "movement-down") + r")\s+(?:\w+\s+){0,3}?"
    r"from\s+(?:the\s+)?(?:\w+\s+)?$|"
    r"\b(?:" + alternation("compared") + r")\s+(?:the\s+)?$|"
    r"\b(?:" + alternation("past-edition") + r")\b[^,;:()\[\]]*$",
    _I,
)
"""Words before a rank that make it the previous edition's ("up from 26th", "previously
ranked seventh": a past-edition word in the rank's clause)."""
_RANK_WORDS = lazy_compile(_words("rank-words", "placement-verbs"), _I)
_HEAD = lazy_compile(
    r"\b(?P<first>"
    + alternation("head-first")
    + r")\b|\b(?P<last>"
    + alternation("head-last")
    + r")\b",
    _I,
)
_SCORE_NAME = alternation("score-names")
_SCORE_NOUN = alternation("score-nouns")
_SCORE_LISTS = alternation("score-lists")
_DECIMAL = decimal_pattern(2, 4)
_DECIMAL_4 = decimal_pattern(4, 4)
"""A score's value, in digits or with its point said as a word ("zero decimal 2283"), as the
number reader reads it (`veracity.quantities.numbers`)."""
_SCORE = lazy_compile(
    r"\b(?:(?:" + _SCORE_NAME + r")(?:\s*\((?:" + _SCORE_NAME + r")\))?"
    r"(?:\s+(?:" + _SCORE_NOUN + r"))?(?:\s+for\s+(?:19|20)\d\d)?"
    r"(?:\s+(?:in|on|for)\s+(?:the\s+|its\s+)?[\w’'\s-]{0,40}?(?:" + _SCORE_LISTS + r"))?"
    r"(?:\s*:|\s+(?:of|was|is|at|stood\s+at|stands\s+at))?|"
    r"scored(?:\s+a)?|(?:" + _SCORE_NOUN + r")\s+of)\s+(?P<v>" + _DECIMAL + r")\b|"
    r"\b(?P<after>"
    + _DECIMAL_4
    + r")\s+(?:(?:in|on)\s+)?(?:the\s+|a\s+)?(?:"
    + _SCORE_NAME
    + r")\b|"
    r"\b(?:"
    + alternation("score-verbs")
    + r")\s+(?:a\s+|an\s+)?(?:(?:of|at)\s+)?(?P<bare>"
    + _DECIMAL_4
    + r")\b|"
    r"(?:\(\s*|[,:|–—]\s*)(?P<set>" + _DECIMAL_4 + r")\b(?!\.\d)",
    _I,
)
"""A PowerIndex score said of a country ("a PwrIndx score of 0.2283", "scored 0.0699", "an
index rating of 0.1711", "its power index in the 2024 ranking was 0.0702", "got 0.0699 in
index", "Russia got 0.0702", "0.3302 PwrIndx", and a four-decimal figure set off by a colon,
dash or bracket, "United States – 0.0699")."""
_MORE_SCORES = lazy_compile(r"(?:\s*,\s*(?:and\s+)?|,?\s+and\s+)(?P<v>" + _DECIMAL + r")\b")
"""Further values of a list of scores: "index ratings of 0.0702 and 0.0706"."""
_GAPPED_SCORE = lazy_compile(r"(?:\s*,\s*(?:and\s+)?|,?\s+and\s+)(?:the\s+)?(?=[A-Z])")
"""Before a further country of a list of scores whose verb is left out: "Russia scored 0.0702,
China 0.0706 and India 0.1023"."""
_GAPPED_VALUE = lazy_compile(r"\s+(?P<v>" + _DECIMAL_4 + r")\b(?!\.\d)")
_WORLD = lazy_compile(_words("world"), _I)
_COMPARE = lazy_compile(
    r"\b(?P<dir>(?P<ahead>(?P<passive>"
    + alternation("followed-by")
    + r")|"
    + alternation("ahead")
    + r")|"
    + alternation("behind")
    + r")(?!\s+by\b)\s+(?:only\s+)?"
    r"(?:(?:" + alternation("compare-fillers") + r")\s+)?"
    r"(?:the\s+)?(?:(?:" + alternation("rival") + r")\s+)?",
    _I,
)
_BEHIND_ONLY = lazy_compile(
    r"\b(?:"
    + alternation("behind")
    + r")\s+only\s+(?:(?:"
    + alternation("compare-fillers")
    + r")\s+)?"
    r"(?:the\s+)?",
    _I,
)
"""A place said by the only countries ahead: "trails only the United States" is second,
"behind only the US and Russia" third."""
_NEXT_TO = lazy_compile(r"\b(?:" + alternation("next-to") + r")\s+$", _I)
"""Words that make a comparison one of neighbours: "just behind Iran"."""
_VOCABULARY = lazy_compile(
    _words(
        "vocabulary",
        "placement-verbs",
        "placement-object-verbs",
        "general-verbs",
        "numbered",
        "discourse",
        "rounding",
        "score-verbs",
    ),
    _I,
)
_COORDINATED = lazy_compile(r"\s*(?:,\s*(?:and\s+)?|,?\s+(?:and|&)\s+)(?:the\s+)?")
"""What joins the members of a list: "A, B and C", "A, B, and the C"."""
_HOLDER = lazy_compile(r"\s*,?\s*(?:" + alternation("holder-after") + r")\s+(?:the\s+)?")
_RELATIVE = lazy_compile(r"\s*,?\s*(?:" + alternation("relative") + r")\b[^,;]*")
_RESPECTIVELY = lazy_compile(_words("respectively"), _I)
_RANGE = lazy_compile(r"\s*(?:" + alternation("range-links") + r")\s*")
_OVERALL = lazy_compile(r"[\s-]+(?:" + alternation("overall-nouns") + r")\b", _I)
_FRONTED = lazy_compile(
    r"\s*(?:"
    + alternation("fronted-links")
    + r")\s+(?:(?:the|its|their|both|total|number\s+of)\s+)*",
    _I,
)
_MEASURE_GAP = lazy_compile(
    r"\s*(?:,\s*(?:and\s+)?|,?\s+(?:and|or)\s+)(?:(?:in|for|by)\s+)?"
    r"(?:(?:the|its|their|total|number\s+of)\s+)*",
    _I,
)
"""What joins coordinated measures: "in manpower and active personnel", "in total aircraft and
total fighters", the preposition of the measure said again ("in total aircraft and in
fighters")."""
_PLACE = lazy_compile(
    r"(?:\s+(?:" + alternation("forces") + r"))?\s+(?:in|of|among|across)\s+"
    r"(?:the\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"
)
_SCOPE_WORD = lazy_compile(r"\b(?:in|of|among|across)\b", _I)
_THE = lazy_compile(r"\s+the\s+", _I)
_REGION_GOES_ON = lazy_compile(r"[\s-]+(?!And\b|Or\b)[A-Z][a-z]+\b")
"""A capitalised word after a region's name that makes it another place: "Asia Pacific"."""
_CAPITALISED = r"(?:[A-Z][\w'’-]*|[A-Z]{2,})(?:[\s-]+(?:[A-Z][\w'’-]*|[A-Z]{2,}))*"
_PROPER_AFTER = lazy_compile(
    r"[\s-]+(?P<place>" + _CAPITALISED + r")[\s-]+(?:" + alternation("scope-nouns") + r")\b"
)
"""A proper modifier after a superlative or rank: "the strongest Arab military", "the
highest-ranked NATO member"."""
_PROPER_BEFORE = lazy_compile(
    r"(?<![\w’'])(?P<place>" + _CAPITALISED + r")(?:\s+(?:world|region|bloc|alliance|"
    r"community|states|countries|nations))?['’]s\s+(?:own\s+)?$"
)
"""A proper possessive before a rank: "NATO's second-strongest", "the Arab world's strongest"."""
_ANAPHORS = alternation("scope-anaphors")
_ANAPHOR_AFTER = lazy_compile(
    r"\s+(?:(?:in|on|across|of|among|within)\s+)?(?P<place>(?:the|its|their)\s+(?:"
    + _ANAPHORS
    + r"))\b|[\s-]+(?P<adj>regional|continental)\b",
    _I,
)
_ANAPHOR_BEFORE = lazy_compile(
    r"\b(?P<place>(?:the|its|their)\s+(?:" + _ANAPHORS + r"))['’]s\s+(?:own\s+)?$|"
    r"\b(?P<adj>regional|continental)\s+$",
    _I,
)
"""A region the claim names only by pointing back: "the continent's strongest", "first in the
region"; the claim set's title may say which (`ArticleRanking.region`)."""
_FUNCTION = {"the", "of", "and", "a", "an", "for", "in", "on", "by", "s"}
_MEASURE_AFTER = lazy_compile(
    r"\s+(?:in|for|by|on|in\s+terms\s+of|when\s+it\s+comes\s+to|regarding)\s+"
    r"(?:(?:the|its|their)\s+)?(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})"
)
"""The words after a rank that may name the field it is in: "20th in oil production"."""
_TIME_PHRASE = lazy_compile(
    r"(?:(?:\d{1,3}|" + ORDINAL_PATTERN.pattern[2:-2] + r"|" + CARDINAL_PATTERN.pattern + r")\b|"
    r"(?:a|an|another|this|last|next|each|every)\s)",
    _I,
)
"""Words after a rank that open a time, not a field: "for the second consecutive year"."""
_SIZE_ORDINAL = lazy_compile(r"[\s-]+(?:" + alternation("measure-ordinals") + r")\b", _I)
"""An ordinal of size: "the second-largest army" is a place in a measure, not overall."""
_NOT_A_RANK = lazy_compile(r"[\s-]*(?:" + alternation("not-a-rank") + r")")
_FIRST_TO = lazy_compile(
    r"(?:[\s-]+(?!(?:place|position|spot|rank|in|of|among|on|globally|worldwide|overall|out)\b)"
    r"[A-Za-z][\w-]*){0,3}\s+to\s+(?!be\b)(?!the\s+[A-Z])"
    r"(?!(?:\d|" + ORDINAL_PATTERN.pattern[2:-2] + r"))[a-z]+\b"
)
"""An ordinal of a sequence of events, no rank: "the first country to buy", "the second
African nation to field" ("second to Russia" and "fourth to ninth" stay ranks)."""
_ORDINAL_COUNT = lazy_compile(
    r"\s+(?:\d{1,3}|" + CARDINAL_PATTERN.pattern + r")\b(?!\s*(?:st|nd|rd|th|%)\b)", _I
)
"""A count after an ordinal, which makes it a sequence and no rank: "the first two batches",
"the first 12 jets" ("the first four places", a top group, is read before)."""
_RANKED_SUFFIX = lazy_compile(r"-(?:ranked|placed|rated|ranking)\b", _I)
_MILITARY_STRENGTH = lazy_compile(r"military\s+(?:strength|power)", _I)
_CARDINAL = r"(?P<card>\d{1,3}|" + CARDINAL_PATTERN.pattern + r")"
_OF_THE_WORLD = r"(?:(?:world|globe|planet|region|continent)['’]s\s+)?"
_GROUP_SUPERLATIVE = lazy_compile(
    r"\b(?:(?:one|some|several)\s+of\s+)?the\s+"
    + _OF_THE_WORLD
    + _CARDINAL
    + r"[\s-]+(?:most\s+)?(?:"
    + alternation("superlative-top")
    + r")\b",
    _I,
)
"""A group at the head of a field: "the three strongest militaries in the region", "among the
world's 25 strongest", "one of the 25 most powerful"."""
_PLURAL_FIELD = lazy_compile(r"[\s-]+(?:" + alternation("plural-fields") + r")\b", _I)
"""After a superlative, a plural noun that makes it a field and no place: "15th among the
world's strongest militaries" is no first place."""
_VAGUE = lazy_compile(
    r"\b(?:(?:one|some|several|many)\s+of|among|amongst)\s+(?:the\s+)?"
    + _OF_THE_WORLD
    + r"(?:(?:very|most)\s+)?$",
    _I,
)
"""Before a superlative, words that make it a vague group and no place: "one of the strongest
militaries in Africa", "among the most powerful"."""
_GROUP_BOTTOM = lazy_compile(
    r"\b(?:the\s+" + _CARDINAL + r"[\s-]+(?:" + alternation("superlative-bottom") + r")|"
    r"(?:"
    + alternation("top-in")
    + r")\s+the\s+bottom[\s-]+(?P<n>\d{1,3}|"
    + CARDINAL_PATTERN.pattern
    + r"))\b",
    _I,
)
"""A group at the foot of a field: "the three weakest militaries", "in the bottom five"."""
_TOP_GROUP = lazy_compile(
    r"(?:\bthe|\ba|['’]s)\s+(?:(?:19|20)\d\d\s+)?(?:top[\s-]+"
    + _CARDINAL
    + r"(?:\s+(?:"
    + alternation("group-nouns", "scope-nouns")
    + r")\b|"
    r"(?=\s*(?:$|[.,;:]|\s+(?:of|are|were|is|was|includes?|included|including|consists?|"
    r"comprises?|comprised)\b)))|first\s+(?P<first>\d{1,3}|"
    + CARDINAL_PATTERN.pattern
    + r")\s+(?:"
    + alternation("first-group-nouns")
    + r")\b)",
    _I,
)
"""A top group, its members named before or after it: "the top five countries included …",
"A, B and C make up the top three", "the top five of the list", "the top three are A, B and
C", "A, B and C occupy the first three places"."""
_MEASURE_SUPERLATIVE = lazy_compile(
    r"\b(?:(?P<ord>" + ORDINAL_PATTERN.pattern[2:-2] + r")[\s-]+)?"
    r"(?P<sup>" + alternation("measure-superlatives") + r")\s+(?:(?:number|amount)\s+of\s+)?$",
    _I,
)
_BOTTOM_MEASURE = lazy_compile(alternation("measure-superlatives-bottom"), _I)
_SIZE_PLACE = lazy_compile(
    r"\b(?:(?P<ord>" + ORDINAL_PATTERN.pattern[2:-2] + r")[\s-]+)?"
    r"(?P<sup>" + alternation("measure-superlatives") + r")\b(?![\s-]+(?:number|amount)\b)",
    _I,
)
"""A size superlative with no measure after it, which a measure before may own: "its tank
fleet is the seventh largest"."""
_MEASURE_LINK = lazy_compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:" + alternation("measure-links") + r")\s+"
    r"(?:(?:the|its|their)\s+)?(?:both\s+)?$",
    _I,
)
"""What may stand between a rank and its measure: "fifth in the world in tanks", "in the top
ten for both total aircraft and fighters"."""
_MEASURE_LIST = lazy_compile(r"[\s-]+(?:" + alternation("measure-lists") + r")\b", _I)
"""After a measure, the list it names that a rank word before heads: "tops the tank rankings"."""
_MEASURE_HEADS = lazy_compile(r"(?:[\s-]+(?:" + alternation("measure-heads") + r"))?\s*,", _I)
"""What may follow a fronted measure before its comma: "In the tank category, …"."""
_OWNER = lazy_compile(
    r"(?:['’]s?|\b(?:its|their)|\b(?:" + alternation("owning-verbs") + r")\s+(?:a|an|the))\s+"
    r"(?:(?:total|overall|active|current|entire|whole)\s+)?"
    r"(?:(?:some|about|around|nearly)\s+)?(?:[\d.,]+(?:\s+(?:million|billion))?\s+)?$",
    _I,
)
"""Before a measure, the words that make it the subject of a place: "Taiwan's fighter fleet",
"Russia's 14,777 tanks", "Poland has a defence budget of $38.4 billion, the 14th largest"."""
_COUNTED = lazy_compile(r"\b[\d.,]+(?:\s+(?:million|billion))?\s+$", _I)
_RESUMED = lazy_compile(
    r"\s*,\s*(?:(?:ranking|placing|putting|making|which\s+(?:ranks|places|puts|makes|is)|"
    r"that\s+(?:ranks|places|puts|is))\s+)(?:(?:it|them|the\s+country)\s+)?(?:at\s+)?(?:the\s+)?"
    r"(?:no\.\s*|number\s+)?",
    _I,
)
"""After a count, the clause that gives the place of that count: "2,035,000 active personnel,
ranking it first", "1,010 tanks, which places it 21st"."""
_OWNED_TO_RANK = lazy_compile(
    r"(?:\s+of\s+(?:[^,;]|(?<=\d),(?=\d{3}\b)){0,40}?)?\s*,?\s*(?:(?:is|was|are|were|has|have|"
    r"had|been|now|currently|"
    r"also|still|ranks?|ranked|ranking|placed|places|placing|puts|putting|stands?|stood|sits?|sat|"
    r"comes?|came|in|at|the|no\.|number|it|them|which|that)\s+)+",
    _I,
)
"""Between a country's measure and its place: " of 286 aircraft ranks ", " is the ", " of
5,340, the " (a thousands comma is no clause break)."""
_MEMBERS = lazy_compile(
    _CARDINAL + r"\s+(?:of\s+the\s+)?$",
    _I,
)
"""The number before a region's name in "seven Southeast Asian countries"."""
_MEMBER_NOUN = lazy_compile(r"\s+(?:" + alternation("group-nouns") + r")\b", _I)
_MOVEMENT = lazy_compile(
    r"\b(?:(?P<up>"
    + alternation("movement-up")
    + r")|(?P<down>"
    + alternation("movement-down")
    + r")|"
    + alternation("movement")
    + r")\s+(?:(?P<way>up|down|upward|downward|back)\s+)?(?:\w+\s+){0,2}?(?:by\s+)?"
    r"(?P<n>\d{1,3}|a|one|"
    + CARDINAL_PATTERN.pattern
    + r")\s+(?:"
    + alternation("movement-nouns")
    + r")\b",
    _I,
)
"""A change of place between editions: "climbed two places", "dropped 3 spots", "moved up
one place"."""
_CROSSING = lazy_compile(
    r"\b(?:(?:"
    + alternation("movement", "movement-up", "movement-down")
    + r")\s+(?:"
    + alternation("movement-crossing")
    + r")|"
    + alternation("movement-entry")
    + r")\s+the\s+top\b",
    _I,
)
"""A change of place across the edge of a top: "dropped out of the top 30", "broke into the
top ten"; how many places it moved is not said."""
_UNMET = lazy_compile(r"\b(?:" + alternation("movement-unmet") + r")\s+$", _I)
"""Words that deny the entry a crossing names: "failed to crack the top 10"."""


def _crossing(text: str) -> re.Match[str] | None:
    """The first change of place across a top's edge that the words before do not deny."""
    return next((m for m in _CROSSING.finditer(text) if not _UNMET.search(text[: m.start()])), None)


_RANK_TOTAL = lazy_compile(
    r"\s*(?:/|\s(?:out\s+of|of)\s+(?:the\s+|a\s+total\s+of\s+)?)\s*(?P<t>\d{2,3})\b"
    r"(?![.,]\d)(?!\s*(?:%|percent|per\s*cent))",
    _I,
)
"""The field's size right after a place: "24 of 145", "24/145"."""
_CONTINUITY = lazy_compile(_words("continuity"), _I)
"""Words that say the place was held in the edition before too ("retained", "still")."""
_POINTER = lazy_compile(
    r"\b(?:(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:" + alternation("subject-anaphors") + r")|"
    r"it|its)\b(?!['’]s\b)",
    _I,
)
"""Words that point back to a country named elsewhere: "the island", "the South Asian nation",
"it", "its"."""
_ANAPHOR_SCOPE = lazy_compile(
    r"(?:(?:the|its|their)\s+(?:" + alternation("scope-anaphors") + r")|regional|continental)", _I
)
_AFTER_OTHERS = lazy_compile(
    r"(?:[\s-]+(?:" + alternation("scope-nouns") + r"))?\s*,?\s+(?:only\s+)?(?:after|behind)\s+"
    r"(?:the\s+)?",
    _I,
)
"""After a superlative, the countries ahead of it: "the strongest in Europe after Russia"."""
_ONLY_TO = lazy_compile(r"\s+(?:only\s+)?to\s+(?:the\s+)?(?=[A-Z])")
"""After an ordinal, the country just ahead: "second only to China", "second to Russia"."""
_BEFORE_COUNTRY = lazy_compile(r"\s+(?:the\s+)?")
_LISTABLE = lazy_compile(r"(?:\d{1,3}(?:st|nd|rd|th)?|" + ORDINAL_PATTERN.pattern[2:-2] + r")$", _I)
"""A place written as an ordinal or number, which a list of places is made of ("second, third
and fourth"); no superlative or head word ("seventh, leads")."""
_EPITHET_BEFORE = lazy_compile(r"\b(?:the|this|that)\s+$", _I)
_EPITHET_NOUN = lazy_compile(r"\s+(?:" + alternation("subject-anaphors") + r")\b", _I)
_FRONTED_SCOPE = lazy_compile(
    r"(?:^|[.;:]\s*)\s*(?:among|amongst|in|across|within|of)\s+(?:the\s+)?$", _I
)
_FRONTED_REST = lazy_compile(r"(?:\s+(?:" + alternation("scope-nouns") + r"))?\s*,", _I)
"""A region that opens the claim and is the field of all it says: "Among Central Asian
countries, Uzbekistan came second"."""
_SEAT = lazy_compile(r"[\s-]*(?:based|headquartered|registered)\b", _I)
_OUTLET = lazy_compile(r"(?<!\w)(?:" + alternation("outlet-names") + r")(?!\w)", _I)
"""A news outlet named after a country ("according to US News"): no country ranked."""


def _outside_outlets(text: str, found: Iterable[CountryMention]) -> list[CountryMention]:
    """The country mentions of `text` that are not part of an outlet's name."""
    outlets = [m.span() for m in _OUTLET.finditer(text)]
    return [m for m in found if not any(s <= m.start < e for s, e in outlets)]


_AT_PLACE = lazy_compile(r"\bat\s+(?:the\s+)?$", _I)
_LIST_GAP = lazy_compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)")
"""What joins the items of a list of places: "third in the region, Kyrgyzstan fourth"."""
_OWN_PLACE = lazy_compile(r"\s*(?:\(\s*|\s+at\s+)(?:the\s+)?(?:no\.\s*|number\s+)?", _I)
"""Between a country and the place it holds: "ahead of Israel at 17th", "Israel (17th)"."""
_SCALE_NOUNS = (
    r"(?:pwrindx|powerindex|power[\s-]*index|index|scores?|values?|ratings?|numbers?|figures?)"
)
_SCALE = lazy_compile(
    r"\b(?:(?:a|the)\s+)?(?:(?P<low>" + alternation("scale-low") + r")|"
    r"(?P<high>" + alternation("scale-high") + r"))"
    r"(?:\s+(?:the\s+)?(?:(?:" + GFP.pattern + r")\s+)?" + _SCALE_NOUNS + r"){0,2}\s*,?\s*"
    r"(?:(?:is|are|means?|indicates?|denotes?|signals?|reflects?|shows?|equals?|signif(?:y|ies)|"
    r"represents?)\s+)?(?:(?:a|the)\s+)?(?:" + alternation("scale-better") + r")"
    r"(?:\s+(?:military|militaries|army|armies|armed\s+forces|forces?|country|countries|"
    r"nations?|capability|power|ranking|position|place|rank))?\b",
    _I,
)
"""How the index reads: "the lower the score, the better", "a lower PwrIndx means a stronger
military", "the lower the GFP power index, the stronger", "the closer to zero, the more
powerful" (`low`), or the other way (`high`)."""
_DISTANCE = lazy_compile(
    r"\b(?P<n>\d{1,3}|a|an|one|"
    + CARDINAL_PATTERN.pattern
    + r")\s+(?:"
    + alternation("movement-nouns")
    + r")\s+$",
    _I,
)
"""A distance in places before a comparison: "two places below Vietnam", "one spot behind"."""
_DISTANCE_AFTER = lazy_compile(
    r"\s+by\s+(?P<n>\d{1,3}|a|an|one|"
    + CARDINAL_PATTERN.pattern
    + r")\s+(?:"
    + alternation("movement-nouns")
    + r")\b",
    _I,
)
"""A distance in places after the country compared: "leads Taiwan by 17 places"."""
UNKNOWN = "?"


"""Marks the scope of a rank "in" a place no UN M49 region names ("?Gulf", "?NATO")."""


@dataclass(frozen=True, slots=True)
class Rank:
    """One rank assertion: "58th", "the strongest in Africa", "in the top 20"."""

    start: int
    end: int
    value: int | None
    """The place claimed, counted from the head; for "last", from the foot (None: last)."""
    scope: str | None
    """None: the world; else an M49 region name, or UNKNOWN + a place no region names."""
    scope_span: Span | None
    kind: str
    """place, top, last, bottom (among the last N) or outside (below the top N)."""
    subject: Country | None = None
    measure: Measure | None = None
    """None: the overall index; else the figure the rank is in ("fifth in tanks")."""
    group: tuple[Country, ...] = ()
    """Every country the rank is said of; more than one: "A, B and C are in the top 10"."""
    members: tuple[int, str, Span] | None = None
    """A count of a region's countries the rank is said of: (7, "South-eastern Asia", where)
    for "seven Southeast Asian countries … among the top 50"."""
    overall: bool = False
    """The rank's own words name the overall strength ranked ("the top 10 powerful
    militaries"): a measure named elsewhere in the claim leaves it no doubt."""
    before: bool = False
    """The place is the edition before's ("up from 26th", "climbed three places from 30th")."""
    listed: bool = False
    """The place is a list item's number ("1. United States"): a list may be ordered by
    another measure than the overall rank, so it is never contradicted."""

    def describe(self) -> str:
        """ "58th in the world", "top 10 for tanks in Africa", "last in Europe"."""
        foot = f"{ordinal_word(self.value)} from last" if self.value else "last"
        said = {
            "top": f"top {self.value}",
            "last": foot,
            "bottom": f"bottom {self.value}",
            "outside": f"outside the top {self.value}",
        }.get(self.kind, ordinal_word(self.value or 0))
        measure = f" for {self.measure.name}" if self.measure else ""
        where = f" in {self.scope.lstrip(UNKNOWN)}" if self.scope else " in the world"
        return said + measure + where


@dataclass(frozen=True, slots=True)
class Comparison:
    """ "ahead of Uzbekistan", "just behind Iran"."""

    start: int
    end: int
    subject: Country | None
    ahead: bool
    word: str
    """The comparing words as written ("ahead of")."""
    other: CountryMention | None
    next_to: Span | None
    """"just", "right": the claim says the two are neighbours in the ranking."""
    next_word: str | None
    group: tuple[Country, ...] = ()
    distance: int | None = None
    """How many places apart the claim puts the two ("two places below Vietnam")."""
    distance_span: Span | None = None
    """Every country compared; more than one: "A, B and C all rank above D"."""


@dataclass(frozen=True, slots=True)
class Total:
    """The number of countries ranked ("out of 145 countries")."""

    value: int
    span: Span


@dataclass(frozen=True, slots=True)
class Score:
    """An index score said of a country, as written ("0.0699"): its decimals say how precise
    it is."""

    value: str
    span: Span
    subject: Country | None = None


@dataclass(frozen=True, slots=True)
class Inference:
    """Something the claim leaves implicit, read from its claim set: what, its value, whence."""

    what: str
    """ranking, edition or subject."""
    value: str
    source: str
    """"the claim set's title", "2 of its claims"."""

    def describe(self) -> str:
        return f"{self.what} {self.value} (inferred from {self.source})"


@dataclass(frozen=True, slots=True)
class Ranking:
    """What a claim asserts of a ranking."""

    named: tuple[Span, ...]
    """Where the text names the ranking."""
    edition: int | None
    edition_span: Span | None
    """Where the text gives the edition year; None when it comes from hints or the article."""
    subject: Country | None
    """The country the claim is about: the first named, else the claim's `country` hint."""
    mentions: tuple[CountryMention, ...]
    """Every country named, outside region names."""
    ranks: tuple[Rank, ...]
    comparisons: tuple[Comparison, ...]
    scores: tuple[Score, ...]
    totals: tuple[Total, ...]
    vocabulary: tuple[Span, ...]
    """Ranking words that carry no assertion of their own ("ranked", "according to")."""
    previous: tuple[Span, ...]
    """Words that move the edition back one ("last year")."""
    edition_from: str = "name"
    """Where the edition came from: name (a year written with the ranking's name), text (a
    year elsewhere in the claim, which may be another time than the edition's: "the 2024
    rankings" released in January 2025 may be the 2025 edition), hint, claim set (the article
    is about that edition), published (the article's year only), or none."""
    cited: bool = False
    """The claim names the ranking, its `source` hint does, or its claim set is about it."""
    doubts: tuple[Span, ...] = ()
    """Measures named but attached to no rank, and measures the table does not publish: the
    overall rank of such a claim is not a confident reading."""
    movement: Span | None = None
    """A change of place between editions ("climbed two places")."""
    change: int | None = None
    """The places moved, up positive ("climbed two places": 2, "fell three spots": -3); None
    when the claim does not say which way."""
    counted: tuple[Measure, ...] = ()
    """Measures the claim gives a count of ("with 4,657 tanks"): no doubt on the overall rank,
    but a rank that holds in one of them and not overall may be that measure's place."""
    inferred: tuple[Inference, ...] = ()
    earlier: tuple[Rank, ...] = ()
    """Places of the edition before ("up from 26th"), each with its country."""
    continuity: tuple[Span, ...] = ()
    """Words that say a place was held in the edition before too ("retained", "still", "for the
    third year in a row"): the edition before is needed to check them."""
    scale: tuple[Span, bool] | None = None
    """A statement of how the index reads, and whether it says a lower value is stronger ("the
    lower the score, the better")."""
    epithets: tuple[tuple[Span, Country, str], ...] = ()
    """A country named again by its region ("India, as the South Asian nation, got 0.1023"):
    where, the country (the nearest named before), and the UN M49 region said of it."""


def _scope(
    text: str,
    end: int,
    regions: list[RegionMention],
    measures: tuple[Measure, ...] = (),
    start: int | None = None,
    mentions: tuple[CountryMention, ...] = (),
) -> tuple[str | None, Span | None]:
    """The field a rank ending at `end` (starting at `start`) is in: a UN M49 region named
    after it ("in Africa", "leads the Central Asian states") or just before it ("Africa's
    strongest"), the world, or a place no region names (UNKNOWN + its words: "in the Gulf",
    "the strongest Arab military", "NATO's second-strongest", "the continent's strongest")."""
    window = text[end : end + 60]
    spans = [m.span for m in measures]
    named = [(m.start, m.end) for m in mentions]
    if start is not None:
        before = _PROPER_BEFORE.search(text, 0, start)
        if before and _proper(before, "place", regions, named):
            return UNKNOWN + before["place"], before.span("place")
        anaphor = _ANAPHOR_BEFORE.search(text, 0, start)
        if anaphor:
            group = "place" if anaphor["place"] else "adj"
            return UNKNOWN + anaphor[group], anaphor.span(group)
    proper = _PROPER_AFTER.match(text, end)
    if proper and _proper(proper, "place", regions, named):
        return UNKNOWN + proper["place"], proper.span("place")
    anaphor = _ANAPHOR_AFTER.match(text, end)
    if anaphor:
        group = "place" if anaphor["place"] else "adj"
        return UNKNOWN + anaphor[group], anaphor.span(group)
    for region in regions:
        if end <= region.start <= end + 60:
            between = text[end : region.start]
            if _SCOPE_WORD.search(between) or not between.strip() or _THE.fullmatch(between):
                beyond = _REGION_GOES_ON.match(text, region.end)
                if beyond:  # "the Asia Pacific": no M49 region
                    place = text[region.start : beyond.end()]
                    return UNKNOWN + place, (region.start, beyond.end())
                return region.region, (region.start, region.end)
    world = _WORLD.search(window)
    if world:
        return None, (end + world.start(), end + world.end())
    for region in regions:  # "the Central Asian country ranked strongest"
        if region.end <= end and end - region.end <= 40:
            if any(
                region.end <= s and e <= (start if start is not None else end) for s, e in named
            ) and not (
                _FRONTED_SCOPE.search(text, 0, region.start)
                and _FRONTED_REST.match(text, region.end)
            ):
                continue  # "leads West Africa, followed by Ivory Coast at 98th": no more there
            return region.region, (region.start, region.end)
    other = _PLACE.match(text, end)
    if other and any(s < other.end("place") and other.start("place") < e for s, e in spans):
        return None, None  # "47th in Defense budget": the measure's words are no place
    if other and not GFP.match(other["place"]) and not _named_ranking(other["place"]):
        return UNKNOWN + other["place"], other.span("place")  # "strongest in the Gulf"
    return None, None


def _proper(
    match: re.Match[str], group: str, regions: list[RegionMention], named: list[Span]
) -> bool:
    """Whether the capitalised words of `match` name a group of countries the data does not
    define: not a country, an M49 region, the ranking or a ranking's name."""
    begin, finish = match.span(group)
    words = match[group]
    if any(s < finish and begin < e for s, e in named):
        return False
    if any(r.start < finish and begin < r.end for r in regions):
        return False
    return not GFP.search(words) and not _named_ranking(words)


def _named_ranking(words: str) -> bool:
    """Capitalised words that are only a ranking's name ("the Military Strength Ranking")."""
    return all(
        _VOCABULARY.fullmatch(w) or w.lower() in _FUNCTION for w in re.split(r"[\s-]+", words)
    )


def _cardinal(raw: str) -> int:
    """The value of a number written in digits or words ("24", "twenty-four"; "a" is one)."""
    value = 1 if raw.lower() == "a" else cardinal_value(raw)
    assert value is not None, raw
    return value


def _ranks(
    text: str,
    regions: list[RegionMention],
    measures: tuple[Measure, ...],
    mentions: tuple[CountryMention, ...] = (),
) -> list[Rank]:
    found: list[Rank] = []
    taken: list[Span] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken)

    def add(
        start: int,
        end: int,
        value: int | None,
        kind: str,
        measure: Measure | None = None,
        listed: bool = False,
    ) -> None:
        scope, span = _scope(text, end, regions, measures, start, mentions)
        overall = _OVERALL.match(text, end) is not None
        found.append(
            Rank(
                start,
                end,
                value,
                scope,
                span,
                kind,
                measure=measure,
                overall=overall,
                listed=listed,
            )
        )
        taken.append((start, end))

    listed = _LISTED.search(text)  # "1. United States: PwrIndx 0.0699", "No. 1 United States"
    if listed and any(m.start == listed.end() for m in mentions):
        value = int(listed["n"]) if listed["n"] else ordinal_value(listed["o"])
        add(listed.start(), listed.end(), value, "place", listed=True)
        taken.append(listed.span())
    for match in _OUTSIDE.finditer(text):  # "just outside the top 10"
        add(match.start(), match.end(), _cardinal(match["n"]), "outside")
    for match in _ROUNDS_OUT.finditer(text):  # "rounds out the top five": fifth
        add(match.start(), match.end(), _cardinal(match["n"]), "place")
    for match in _TOP.finditer(text):
        if free(*match.span()):
            add(match.start(), match.end(), _cardinal(match["n"]), "top")
    for match in _GROUP_BOTTOM.finditer(text):  # "the three weakest", "in the bottom five"
        add(match.start(), match.end(), _cardinal(match["card"] or match["n"]), "bottom")
    for match in _GROUP_SUPERLATIVE.finditer(text):  # "the three strongest": a top group
        if free(*match.span()):
            add(match.start(), match.end(), _cardinal(match["card"]), "top")
    for match in _SUPERLATIVE.finditer(text):
        if not match["ord"] and (
            _VAGUE.search(text, 0, match.start()) or _PLURAL_FIELD.match(text, match.end())
        ):
            # "one of the strongest", "15th among the world's strongest militaries": no place
            taken.append(match.span())
            continue
        if free(*match.span()):
            place = ordinal_value(match["ord"]) if match["ord"] else 1
            last = match["bottom"] is not None  # "the second-weakest": second from last
            kind = "last" if last else "place"
            add(match.start(), match.end(), None if last and place == 1 else place, kind)
    for measure in measures:  # "the second-largest tank fleet", "the most fighters"
        sup = _MEASURE_SUPERLATIVE.search(text, 0, measure.span[0])
        if sup and free(sup.start(), measure.span[1]):
            place = ordinal_value(sup["ord"]) if sup["ord"] else 1
            last = _BOTTOM_MEASURE.fullmatch(sup["sup"]) is not None
            kind = "last" if last else "place"
            value = None if last and place == 1 else place
            add(sup.start(), measure.span[1], value, kind, measure)
    for match in _SIZE_PLACE.finditer(text):  # "Russia's tank fleet is the largest"
        owned = _owned_measure(match.start(), text, measures)
        if owned is not None and free(*match.span()):
            place = ordinal_value(match["ord"]) if match["ord"] else 1
            last = _BOTTOM_MEASURE.fullmatch(match["sup"]) is not None
            value = None if last and place == 1 else place
            add(match.start(), match.end(), value, "last" if last else "place", owned)
    for match in _HEAD.finditer(text):
        gap = _BEFORE_COUNTRY.match(text, match.end())
        if match["first"] and gap and any(m.start == gap.end() for m in mentions):
            continue  # "Japan leads Taiwan by 17 places": a comparison, no first place
        if free(*match.span()):
            last = match["last"] is not None
            add(match.start(), match.end(), None if last else 1, "last" if last else "place")
    for match in _LAST.finditer(text):  # "came last", "is ranked dead last"
        if free(*match.span("last")):
            add(match.start("last"), match.end("last"), None, "last")
    for mention in mentions:  # "…, Kyrgyzstan fourth and Tajikistan last"
        foot = _LAST_AFTER_NAME.match(text, mention.end)
        if foot and free(*foot.span("last")):
            add(foot.start("last"), foot.end("last"), None, "last")
    for match in _BEHIND_ONLY.finditer(text):  # "trails only the US": second
        ahead = {m.country.iso3 for m in _list_at(list(mentions), match.end(), text)}
        if ahead and free(*match.span()):
            add(match.start(), match.end(), len(ahead) + 1, "place")
    for match in _TOP_GROUP.finditer(text):
        if free(*match.span()):
            add(match.start(), match.end(), _cardinal(match["card"] or match["first"]), "top")
    for match in ORDINAL_PATTERN.finditer(text):
        if not free(*match.span()):
            continue
        if _NOT_A_RANK.match(text[match.end() : match.end() + 12].lower()):
            continue
        if (
            _SIZE_ORDINAL.match(text, match.end())
            or _FIRST_TO.match(text, match.end())
            or _ORDINAL_COUNT.match(text, match.end())
        ):
            continue
        suffix = _RANKED_SUFFIX.match(text, match.end())  # "the 24th-ranked military"
        end = suffix.end() if suffix else match.end()
        add(match.start(), end, ordinal_value(match.group()), "place")
    for match in _NUMBERED.finditer(text):
        group = "n" if match["n"] else "w"
        if free(*match.span(group)):
            value = _cardinal(match["n"] or match["w"])
            add(match.start(), match.end(), value, "place")
    for mention in mentions:  # "ranked Taiwan 24", "putting Taiwan at 24"
        number = _OBJECT_NUMBER.match(text, mention.end)
        if number and _OBJECT_VERB.search(text, 0, mention.start) and free(*number.span("n")):
            add(number.start("n"), number.end("n"), int(number["n"]), "place")
    # a region named after a later rank is that rank's: "34th in the index and 6th in Southeast
    # Asia" puts only the second in the region
    found.sort(key=lambda r: r.start)
    for i, rank in enumerate(found[:-1]):
        after = found[i + 1].start
        if rank.scope_span and rank.scope_span[0] >= after:
            shorter = [g for g in regions if g.end <= after]
            scope, span = _scope(text[:after], rank.end, shorter, measures, rank.start, mentions)
            found[i] = replace(rank, scope=scope, scope_span=span)
    # "up from 26th", "down from 30th": the rank of the previous edition
    return sorted(
        (
            replace(attached, before=True)
            if _FROM_BEFORE.search(text, max(0, r.start - 30), r.start)
            else attached
            for r in found
            for attached in _attach(r, text, measures)
        ),
        key=lambda r: r.start,
    )


def _coordinated(first: Measure, text: str, measures: tuple[Measure, ...]) -> list[Measure]:
    """`first` and the measures listed after it: "manpower and active personnel"."""
    run = [first]
    for measure in measures:
        if measure.span[0] >= run[-1].span[1] and _MEASURE_GAP.fullmatch(
            text, run[-1].span[1], measure.span[0]
        ):
            run.append(measure)
    return run


def _attach(rank: Rank, text: str, measures: tuple[Measure, ...]) -> list[Rank]:
    """The rank in the measure named after it ("fifth in the world in tanks"), or in each of
    the measures listed there ("seventh in manpower and active personnel"), or in those that
    open the claim ("In total aircraft and total fighters, Pakistan ranked inside the
    top 10"); else the rank as it is."""
    if rank.measure is not None:
        return [rank]
    for measure in measures:
        if measure.span[0] >= rank.end and _MEASURE_LINK.fullmatch(text, rank.end, measure.span[0]):
            return [replace(rank, measure=m) for m in _coordinated(measure, text, measures)]
        if (  # "tops the tank rankings", "leads the fighter count"
            rank.kind == "place"
            and _THE.fullmatch(text, rank.end, measure.span[0])
            and _MEASURE_LIST.match(text, measure.span[1])
        ):
            return [replace(rank, measure=measure)]
    if measures and _FRONTED.fullmatch(text, 0, measures[0].span[0]):
        run = _coordinated(measures[0], text, measures)
        comma = _MEASURE_HEADS.match(text, run[-1].span[1])
        if comma and comma.end() <= rank.start:
            return [replace(rank, measure=m) for m in run]
    owned = None if rank.overall else _owned_measure(rank.start, text, measures)
    return [replace(rank, measure=owned)] if owned else [rank]


def _owned_measure(at: int, text: str, measures: tuple[Measure, ...]) -> Measure | None:
    """The measure a country's possessive makes the subject of the rank at `at`: "Taiwan's
    fighter fleet of 286 aircraft ranks eighth", "its defence budget is the 21st largest"."""
    for measure in reversed([m for m in measures if m.span[1] <= at]):
        if _OWNER.search(text, 0, measure.span[0]) and _OWNED_TO_RANK.fullmatch(
            text, measure.span[1], at
        ):
            return measure
        if _COUNTED.search(text, 0, measure.span[0]) and _RESUMED.fullmatch(
            text, measure.span[1], at
        ):
            return measure
    return None


def _comparison(
    match: re.Match[str], mentions: list[CountryMention], subject: Country | None
) -> Comparison:
    other = next((m for m in mentions if 0 <= m.start - match.end() <= 3), None)
    next_to = _NEXT_TO.search(match.string, 0, match.start())
    apart = _DISTANCE.search(match.string, 0, match.start()) or (
        _DISTANCE_AFTER.match(match.string, other.end) if other else None
    )
    return Comparison(
        match.start(),
        match.end(),
        subject,
        match["ahead"] is not None,
        match["dir"].strip(),
        other,
        next_to.span() if next_to else None,
        next_to.group().strip() if next_to else None,
        distance=(1 if apart["n"].lower() in ("a", "an") else _cardinal(apart["n"]))
        if apart
        else None,
        distance_span=apart.span() if apart else None,
    )


def _members(rank: Rank, text: str, regions: list[RegionMention]) -> tuple[int, str, Span] | None:
    """ "seven Southeast Asian countries earned a place among the top 50": (7, region, span)."""
    if rank.kind != "top":
        return None
    for region in regions:
        if region.end > rank.start:
            continue
        number = _MEMBERS.search(text, 0, region.start)
        noun = _MEMBER_NOUN.match(text, region.end)
        if number and noun:
            return _cardinal(number["card"]), region.region, (number.start(), noun.end())
    return None


def _groups(
    items: list[Rank | Comparison], subjects: list[CountryMention], fallback: Country | None
) -> list[tuple[Country, ...]]:
    """The countries each rank or comparison is said of: those named since the item before it
    ("A, B and C are in the top 10"); for a top group named first, those after it ("the top
    five countries included A, B, …"); else the country it is said of (the nearest named
    before it), or the subject."""
    groups = []
    for i, item in enumerate(items):
        since = items[i - 1].end if i else 0
        until = items[i + 1].start if i + 1 < len(items) else 1 << 30
        named = [m.country for m in subjects if since <= m.start < item.start]
        if not named and isinstance(item, Rank) and item.kind in ("top", "bottom"):
            named = [m.country for m in subjects if item.end <= m.start < until]
        unique = tuple({c.iso3: c for c in named}.values())
        own = item.subject or fallback  # the country the item is said of, else the claim's
        groups.append(unique if unique else ((own,) if own else ()))
    return groups


def _list_at(mentions: list[CountryMention], at: int, text: str) -> list[CountryMention]:
    """The countries listed from `at` on ("Algeria and South Africa"): the one named within
    three characters of `at`, and each joined to the one before by a comma or "and"."""
    first = next((m for m in mentions if 0 <= m.start - at <= 3), None)
    if first is None:
        return []
    run = [first]
    for mention in mentions:
        if mention.start >= run[-1].end and _COORDINATED.fullmatch(
            text, run[-1].end, mention.start
        ):
            run.append(mention)
    return run


def _country_lists(mentions: list[CountryMention], text: str) -> list[list[CountryMention]]:
    """Every list of countries the claim names ("Russia, China, and India"), one or more."""
    lists: list[list[CountryMention]] = []
    for mention in mentions:
        last = lists[-1][-1] if lists else None
        if (
            last is not None
            and mention.start >= last.end
            and _COORDINATED.fullmatch(text, last.end, mention.start)
        ):
            lists[-1].append(mention)
        else:
            lists.append([mention])
    return lists


def _rank_lists(ranks: list[Rank], text: str) -> list[list[Rank]]:
    """Places listed together ("second, third, and fourth"; "the 16th to 20th positions", a
    range read as every place in it), two or more."""
    places = sorted(
        {
            (r.start, r.end): r
            for r in ranks
            if r.kind == "place"
            and r.value
            and r.measure is None
            and _LISTABLE.search(text, r.start, r.end)
        }.values(),
        key=lambda r: r.start,
    )
    lists: list[list[Rank]] = []
    for rank in places:
        last = lists[-1][-1] if lists else None
        if last is not None and rank.start >= last.end and rank.scope == last.scope:
            if _COORDINATED.fullmatch(text, last.end, rank.start):
                lists[-1].append(rank)
                continue
            if (
                _RANGE.fullmatch(text, last.end, rank.start)
                and last.value
                and rank.value
                and 0 < rank.value - last.value <= 30
            ):
                lists[-1] += [
                    replace(last, end=rank.end, value=v) for v in range(last.value + 1, rank.value)
                ]
                lists[-1].append(rank)
                continue
        lists.append([rank])
    return [x for x in lists if len(x) > 1]


def _pair(items: list[Span], lists: list[list[CountryMention]]) -> list[CountryMention] | None:
    """The list of countries that a list of ranks or scores (at `items`) goes with, in order:
    the nearest before them with as many members ("Russia, China and India, ranked second,
    third and fourth"); None when there is none."""
    start = items[0][0]
    fitting = [x for x in lists if len(x) == len(items) and x[-1].end <= start]
    return fitting[-1] if fitting else None


def _unknown_measures(text: str, ranks: list[Rank]) -> tuple[Span, ...]:
    """Words after an overall rank that name a field the table does not publish ("20th in oil
    production", "fifth in the category of logistics"): lower-case words after "in", "for" or
    "by" that are neither the ranking's own words nor a place."""
    found = []
    for rank in ranks:
        if rank.measure is not None or rank.scope is not None:
            continue
        after = _MEASURE_AFTER.match(text, rank.end)
        if after is None or (rank.scope_span and rank.scope_span[0] <= after.start("np")):
            continue
        if _TIME_PHRASE.match(after["np"]):  # "for the second consecutive year"
            continue
        words = [w.strip("'’").removesuffix("'s").removesuffix("’s") for w in after["np"].split()]
        if any(
            not (_VOCABULARY.fullmatch(w) or w.lower() in _FUNCTION or w.lower() in FUNCTION_WORDS)
            for w in words
        ):
            found.append(after.span("np"))
    return tuple(found)


def _score_values(
    text: str, mentions: list[CountryMention]
) -> tuple[list[list[tuple[str, Span]]], list[Score]]:
    """The index scores of the claim, a list for each place they are given ("index ratings of
    0.0702 and 0.0706"), each value with its span (the first with the words naming it); and
    the scores of a list whose verb is left out after the first, each said of the country
    named right before it ("Russia scored 0.0702, China 0.0706 and India 0.1023")."""
    found = []
    gapped = []
    for match in _SCORE.finditer(text):
        group = next(g for g in ("v", "after", "bare", "set") if match[g])
        values = [(decimal_digits(match[group]), match.span())]
        end = match.end()
        while more := _MORE_SCORES.match(text, end):
            values.append((decimal_digits(more["v"]), more.span("v")))
            end = more.end()
        found.append(values)
        while (gap := _GAPPED_SCORE.match(text, end)) and (
            named := next((m for m in mentions if m.start == gap.end()), None)
        ):
            value = _GAPPED_VALUE.match(text, named.end)
            if value is None:
                break
            said = decimal_digits(value["v"])
            gapped.append(Score(said, (named.start, value.end("v")), named.country))
            end = value.end()
    return found, gapped


def _elliptical_scopes(ranks: list[Rank], text: str, mentions: list[CountryMention]) -> list[Rank]:
    """A place said of the next country of a list, with no field of its own, is in the field of
    the place before it: "third in the region, Kyrgyzstan fourth and Tajikistan last"."""
    found = list(ranks)
    for i in range(1, len(found)):
        rank, before = found[i], found[i - 1]
        if rank.scope_span is not None or rank.measure is not None or before.scope is None:
            continue
        after = max(before.end, before.scope_span[1] if before.scope_span else 0)
        named = next((m for m in mentions if after <= m.start and m.end <= rank.start), None)
        if (
            named is not None
            and _LIST_GAP.fullmatch(text, after, named.start)
            and not text[named.end : rank.start].strip()
        ):
            found[i] = replace(rank, scope=before.scope, scope_span=before.scope_span)
    return found


def _after_others(
    ranks: list[Rank], text: str, mentions: list[CountryMention]
) -> tuple[list[Rank], list[tuple[Span, list[CountryMention]]]]:
    """Places said to come after other countries: "the strongest in Europe after Russia" is
    second there, "second only to China" behind China. The ranks (a superlative's place moved
    down by the countries named) and each "after" with the countries it names."""
    found = list(ranks)
    above: list[tuple[Span, list[CountryMention]]] = []
    for i, rank in enumerate(found):
        if rank.kind != "place" or rank.value is None:
            continue
        at = rank.end
        if rank.scope_span and rank.scope_span[0] >= rank.end:
            at = rank.scope_span[1]
        superlative = _SUPERLATIVE.fullmatch(text, rank.start, rank.end)
        after_others = bool(superlative and not superlative["ord"])
        word = (_AFTER_OTHERS if after_others else _ONLY_TO).match(text, at)
        if word is None:
            continue
        run = _list_at(mentions, word.end(), text)
        if not run:
            continue
        above.append((word.span(), run))
        if after_others:
            found[i] = replace(rank, value=rank.value + len({m.country.iso3 for m in run}))
    return found, above


def _epithets(
    text: str,
    regions: list[RegionMention],
    mentions: list[CountryMention],
    subject: Country | None,
) -> tuple[tuple[Span, Country, str], ...]:
    """Countries named again by their region: "the South Asian nation", "this Central Asian
    state", said of the country named last before (else the subject)."""
    found = []
    for region in regions:
        before = _EPITHET_BEFORE.search(text, 0, region.start)
        after = _EPITHET_NOUN.match(text, region.end)
        if before is None or after is None:
            continue
        named = [m for m in mentions if m.end <= before.start()]
        country = named[-1].country if named else subject
        if country is not None:
            found.append(((before.start(), after.end()), country, region.region))
    return tuple(found)


def _owned_by(rank: Rank, country: Country | None) -> Rank:
    """`rank` said of `country` alone (of none when it is None)."""
    return replace(rank, subject=country, group=(country,) if country else ())


def _change(movement: re.Match[str]) -> int | None:
    """The places a change of place moves, up positive; None when its way is not said."""
    size = _cardinal(movement["n"])
    way = (movement["way"] or "").lower()
    if movement["up"] or way.startswith("up"):
        return size
    if movement["down"] or way in ("down", "downward", "back"):
        return -size
    return None


def _predicated(text: str, mentions: list[CountryMention]) -> bool:
    """Whether an ordinal is said of a country named just before it ("China is third", "Japan
    was seventh, Turkey eighth", "Brazil, 12th,"), as a ranking article lists places."""
    for match in ORDINAL_PATTERN.finditer(text):
        if _NOT_A_RANK.match(text[match.end() : match.end() + 12].lower()):
            continue
        if not _PREDICATED_AFTER.match(text, match.end()):
            continue
        ends = [m.end for m in mentions] + [p.end() for p in _POINTER.finditer(text)]
        near = [end for end in ends if end <= match.start()]
        if near and _PREDICATED.fullmatch(text, max(near), match.start()):
            return True
        if _AT_PLACE.search(text, 0, match.start()):  # "follow at 25th and 30th"
            return True
    return False


def _own_countries(text: str, resolver: CountryResolver) -> dict[str, Country]:
    """The countries a text names as what it is about: those not compared with ("trails
    China") and not inside a region's name."""
    regions = list(resolver.find_regions(text))
    found = [
        m
        for m in _outside_outlets(text, resolver.find(text))
        if not any(r.start <= m.start < r.end for r in regions)
    ]
    others = {id(m) for c in _COMPARE.finditer(text) for m in _list_at(found, c.end(), text)}
    return {m.country.iso3: m.country for m in found if id(m) not in others}


def _earlier_subject(doc: ClaimDoc) -> tuple[Country, str] | None:
    """The country the nearest earlier claim of the set is about (one that names a country as
    its subject; "the island placed behind Saudi Arabia" names none, so the one before it is
    asked), with that claim's id; None when there is none, or that claim names several."""
    claim_set = doc.context.claim_set
    if claim_set is None:
        return None
    ids = [c.id for c in claim_set.claims]
    if doc.claim.id not in ids:
        return None
    resolver = countries(doc.context.sources)
    for earlier in reversed(claim_set.claims[: ids.index(doc.claim.id)]):
        own = _own_countries(earlier.text, resolver)
        if own:
            return (next(iter(own.values())), earlier.id) if len(own) == 1 else None
    return None


def read_ranking(doc: ClaimDoc) -> Ranking | None:
    """The ranking assertion of `doc`, or None when the claim speaks of no ranking."""
    text, claim, context = doc.text, doc.claim, doc.context
    gfp = list(GFP.finditer(text))
    hinted = cites_gfp(claim)
    about = ranking_article(context)
    inferred: list[Inference] = []
    if about is None and not gfp and not hinted and not _STRENGTH.search(text):
        return None
    resolver = countries(context.sources)
    in_text = _outside_outlets(text, resolver.find(text))
    regions = [  # "South Africa is Africa's third-strongest": the first "Africa" is no region
        r
        for r in resolver.find_regions(text)
        if not any(
            m.start <= r.start and r.end <= m.end and m.end - m.start > r.end - r.start
            for m in in_text
        )
    ]
    mentions = [  # "the US-based Global Firepower": the publisher's seat, no country ranked
        m
        for m in in_text
        if not any(r.start <= m.start < r.end for r in regions) and not _SEAT.match(text, m.end)
    ]
    measures = find_measures(text)
    read: list[list[Rank]] = []  # the ranks, read once and only when the claim may hold one

    def all_ranks() -> list[Rank]:
        if not read:
            read.append(_ranks(text, regions, measures, tuple(mentions)))
        return read[0]

    if about is not None and not gfp and not hinted:
        # in an article about the ranking, a claim that names it not is about it only when it
        # speaks of places ("secures the 26th position", "sits at 24th", "China is third",
        # "trails China", "has the second most tanks"), not "the second batch"; a rank holds
        # a measure only when the claim names one, so the ranks are read only then
        item = _LISTED.search(text)
        hinted = (
            bool(_RANK_WORDS.search(text))
            or _predicated(text, mentions)
            or any(_list_at(mentions, c.end(), text) for c in _COMPARE.finditer(text))
            or bool(item and any(m.start == item.end() for m in mentions))
            or (bool(measures) and any(r.measure is not None for r in all_ranks() if not r.before))
        )
        if hinted:
            inferred.append(Inference("ranking", "Global Firepower", about.source))
    if not gfp and not hinted and not _STRENGTH.search(text):
        return None
    previous_ranks = [r for r in all_ranks() if r.before]
    ranks = [r for r in all_ranks() if not r.before]
    totals = [
        Total(int(m["n"] or m["m"] or m["k"] or m["j"] or m["h"]), (m.start(), m.end()))
        for m in _TOTAL.finditer(text)
    ]
    for rank in ranks:  # "24 of 145", "24/145"
        out_of = _RANK_TOTAL.match(text, rank.end)
        if out_of and not any(t.span[0] <= out_of.start("t") < t.span[1] for t in totals):
            totals.append(Total(int(out_of["t"]), out_of.span()))
    compared = list(_COMPARE.finditer(text))
    scores, gapped = _score_values(text, mentions)
    movement = _MOVEMENT.search(text)
    crossing = None if movement else _crossing(text)
    scale = _SCALE.search(text)
    movement = movement or crossing
    if not ranks and not totals and not compared and not scores and not movement and not scale:
        return None
    # "ranked 12th" with no ranking named and no military superlative: not a strength ranking
    if (
        not gfp
        and not hinted
        and not any(r.kind != "place" or r.scope for r in ranks)
        and not _MILITARY_STRENGTH.search(text)
    ):
        return None
    # the countries compared with: every one listed ("ahead of Algeria and Morocco")
    lists = {c.start(): _list_at(mentions, c.end(), text) for c in compared}
    ranks, above = _after_others(ranks, text, mentions)
    others = {id(m) for run in [*lists.values(), *(a for _, a in above)] for m in run}
    subjects = [m for m in mentions if id(m) not in others]
    subject = (
        subjects[0].country
        if subjects
        else (resolver.resolve(claim.country) if claim.country else None)
    )
    pointers = [m.span() for m in _POINTER.finditer(text)]
    if subject is None and (ranks or compared or scores):
        # "the island ranks 24th": the country of the title, or of the nearest earlier claim
        # when the claim points back ("the country", "it"); never when the two differ
        titled = about.country if about else None
        earlier = _earlier_subject(doc) if pointers else None
        if titled and (earlier is None or earlier[0] == titled):
            subject = titled
            inferred.append(Inference("subject", subject.name, "the claim set's title"))
        elif earlier and titled is None:
            subject = earlier[0]
            inferred.append(Inference("subject", subject.name, f"claim `{earlier[1]}`"))
    if not any(i.what == "subject" for i in inferred):
        pointers = []  # words pointing back are checked only as the country inferred
    if about and about.region:  # "the continent's strongest": the region of the title
        for i, rank in enumerate(ranks):
            if rank.scope and _ANAPHOR_SCOPE.fullmatch(rank.scope.lstrip(UNKNOWN)):
                ranks[i] = replace(rank, scope=about.region)
                inferred.append(Inference("region", about.region, "the claim set's title"))

    def whose(at: int) -> Country | None:
        """The country a rank, comparison or score at `at` is about: the nearest one named
        before it ("India ranks fourth while Pakistan ranks ninth"), or the one a relative
        clause it is in is about ("followed by China, which got 0.0706"), else the subject."""
        near = [m for m in mentions if m.end <= at]
        if near and (
            _RELATIVE.fullmatch(text, near[-1].end, at)
            or _OWN_PLACE.fullmatch(text, near[-1].end, at)
        ):
            return near[-1].country
        before = [m for m in subjects if m.start < at]
        return before[-1].country if before else subject

    year, year_span = edition(text, gfp, claim, context)
    with_name = any(m.start() <= (year_span or (-1, -1))[0] < m.end() for m in gfp)
    source = (
        ("name" if with_name else "text")
        if year_span
        else "hint"
        if claim.year
        else "published"
        if year is not None
        else "none"
    )
    if year_span is None and claim.year is None and about and about.edition:
        year, source = about.edition, "claim set"  # the article's edition
        inferred.append(Inference("edition", str(year), about.source))
    if year_span is None and year and _PREVIOUS.search(text):
        year -= 1  # "ranked 26th last year": the edition before the one meant
    ranks = _elliptical_scopes(ranks, text, mentions)
    read_ranks = [
        replace(r, subject=whose(r.start), members=_members(r, text, regions)) for r in ranks
    ]
    read_compared = [_comparison(c, mentions, whose(c.start())) for c in compared]
    for (start, end), run in above:  # "the strongest in Europe after Russia": behind Russia
        read_compared += [
            Comparison(start, end, whose(start), False, text[start:end].strip(), m, None, None)
            for m in run
        ]
    continuity = tuple(m.span() for m in _CONTINUITY.finditer(text))
    forced: dict[int, tuple[Country, ...]] = {}
    for i, rank in enumerate(read_ranks):  # "ahead of Israel at 17th", "China, which is
        # third": the place of the country compared with
        near = [m for m in mentions if m.end <= rank.start]
        if (
            near
            and id(near[-1]) in others
            and (
                _OWN_PLACE.fullmatch(text, near[-1].end, rank.start)
                or _RELATIVE.fullmatch(text, near[-1].end, rank.start)
            )
        ):
            read_ranks[i] = replace(rank, subject=near[-1].country)
            forced[id(read_ranks[i])] = (near[-1].country,)
    for match, compared_with in zip(compared, read_compared[: len(compared)], strict=True):
        # "Egypt, followed by Algeria and South Africa": each ahead of the next named;
        # "ahead of Algeria and Morocco": the subject ahead of each
        run = lists[match.start()]
        pairs = (
            [(b.country, a) for b, a in itertools.pairwise(run)]
            if match["passive"]
            else [(compared_with.subject, a) for a in run[1:]]
        )
        for before, after in pairs:
            if before is None:
                continue
            chained = replace(
                compared_with, subject=before, other=after, next_to=None, next_word=None
            )
            read_compared.append(chained)
            forced[id(chained)] = (before,)
    for i, rank in enumerate(read_ranks):  # "fourth by India", "second place went to Russia"
        holder = _HOLDER.match(text, rank.end)
        named = next((m for m in mentions if holder and m.start == holder.end()), None)
        if named is not None:
            read_ranks[i] = replace(rank, subject=named.country)
            forced[id(read_ranks[i])] = (named.country,)
    country_lists = _country_lists(mentions, text)
    for listed in _rank_lists(read_ranks, text):  # "Russia, China and India, ranked second,
        # third and fourth": each country its place; unpaired, no country
        pair = _pair([(r.start, r.end) for r in listed], country_lists)
        spans = {(r.start, r.end) for r in listed}
        read_ranks = [
            r for r in read_ranks if (r.start, r.end) not in spans or r.measure is not None
        ]
        for j, rank in enumerate(listed):
            owner = pair[j].country if pair else None
            read_ranks.append(replace(rank, subject=owner))
            forced[id(read_ranks[-1])] = (owner,) if owner else ()
    read_ranks.sort(key=lambda r: r.start)
    items: list[Rank | Comparison] = sorted([*read_ranks, *read_compared], key=lambda x: x.start)
    grouped = {id(x): g for x, g in zip(items, _groups(items, subjects, subject), strict=True)}
    grouped.update(forced)
    read_scores = list(gapped)
    for values in scores:
        if len(values) == 1:
            owner = whose(values[0][1][0])
            read_scores += [Score(values[0][0], values[0][1], owner)] if owner else []
            continue
        listed_with = _pair([span for _, span in values], country_lists)  # "0.0702 and 0.0706"
        if listed_with is not None:
            read_scores += [
                Score(value, span, m.country)
                for (value, span), m in zip(values, listed_with, strict=True)
            ]
    counted = [q.noun for q in doc.quantities]
    attached = [r.measure.span for r in read_ranks if r.measure]
    counted_measures = tuple(
        m
        for m in measures
        if m.span not in attached and any(s < m.span[1] and m.span[0] < e for s, e in counted)
    )
    loose = tuple(
        m.span
        for m in measures
        if m.span not in attached and not any(s < m.span[1] and m.span[0] < e for s, e in counted)
    )
    return Ranking(
        named=tuple(m.span() for m in gfp),
        edition=year,
        edition_span=year_span,
        subject=subject,
        mentions=tuple(mentions),
        ranks=tuple(replace(r, group=grouped[id(r)]) for r in read_ranks),
        comparisons=tuple(replace(c, group=grouped[id(c)]) for c in read_compared),
        scores=tuple(sorted(read_scores, key=lambda x: x.span)),
        totals=tuple(totals),
        vocabulary=tuple(m.span() for m in _VOCABULARY.finditer(text)) + tuple(pointers),
        previous=tuple(m.span() for m in _PREVIOUS.finditer(text)),
        edition_from=source,
        cited=bool(gfp) or cites_gfp(claim) or about is not None,
        doubts=loose + measure_doubts(text, measures) + _unknown_measures(text, ranks),
        movement=movement.span() if movement else None,
        change=_change(movement) if movement and movement is not crossing else None,
        inferred=tuple(inferred),
        counted=counted_measures,
        continuity=continuity,
        scale=(scale.span(), scale["low"] is not None) if scale else None,
        epithets=_epithets(text, regions, mentions, subject),
        earlier=tuple(_owned_by(r, whose(r.start)) for r in previous_ranks),
    )

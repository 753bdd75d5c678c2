"""Context cues: is this word a vehicle or a person, a place, a common word?

Many weapons are named after people, animals and places ("Arlan" is also a Kazakh first name,
"Cobra" an animal, "Alatau" a mountain range). A one-word name is read as a person when a title
stands before it ("Colonel Arlan"), a capitalised surname follows it ("Arlan Suleimenov"), or, for
a weapon system, a verb of speech follows ("Arlan said"): systems do not speak. It is read as a
place when a place noun follows ("Arlan district") or precedes it ("the city of …").

A near miss (a misspelling) is accepted only with a cue that the writer meant that maker or
system: a word such as "company" or "manufacturer", an attribution ("produced by", "from the
Turkish company …"), a role word next to a system name ("… fighters"), or a related name in the
same text (the maker of the system named, or a system of the maker named).
"""

from __future__ import annotations

import gzip
import importlib.util
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from veracity.mentions.keys import Token
from veracity.mentions.roles import find_roles

__all__ = [
    "attribution_cue",
    "english_word",
    "english_words",
    "in_english",
    "longer_name",
    "maker_cue",
    "named_weapon",
    "person_or_place",
    "role_cue",
    "sentence_initial",
]

TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "general",
        "col",
        "colonel",
        "lt",
        "lieutenant",
        "maj",
        "major",
        "capt",
        "captain",
        "adm",
        "admiral",
        "sgt",
        "sergeant",
        "minister",
        "president",
        "premier",
        "senator",
        "deputy",
        "director",
        "chief",
        "commander",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "ambassador",
        "ceo",
        "chairman",
        "chairwoman",
        "professor",
        "prof",
    ]
)
_COMPANY_WORDS = frozenset(
    [
        "technologies",
        "technology",
        "systems",
        "industries",
        "industry",
        "group",
        "corporation",
        "company",
        "holding",
        "aerospace",
        "defence",
        "defense",
        "engineering",
        "dynamics",
        "aviation",
        "motors",
        "works",
        "shipyard",
        "shipyards",
        "electronics",
        "robotics",
        "land",
        "naval",
        "military",
        "arms",
        "international",
        "limited",
        "ltd",
        "inc",
        "plc",
        "ag",
        "gmbh",
        "makina",
        "teknoloji",
        "otomotiv",
        "savunma",
    ]
)
_MARKS = frozenset({"I", "II", "III", "IV", "V", "VI", "Mk", "Mark", "NG", "Block"})
_LOWER_TITLES = frozenset(
    ["spokesman", "spokeswoman", "spokesperson", "minister", "director", "ceo"]
)
SPEECH = frozenset(
    [
        "said",
        "says",
        "told",
        "stated",
        "added",
        "noted",
        "explained",
        "argued",
        "claimed",
        "wrote",
        "announced",
        "insisted",
        "recalled",
        "warned",
        "admitted",
        "replied",
        "confirmed",
        "denied",
    ]
)
PLACE_NOUNS = frozenset(
    [
        "region",
        "city",
        "district",
        "oblast",
        "province",
        "village",
        "town",
        "river",
        "lake",
        "mountains",
        "mountain",
        "airport",
        "airbase",
        "street",
        "square",
        "valley",
        "county",
    ]
)
_PLACE_BEFORE = re.compile(
    r"\b(?:city|town|village|region|province|district|oblast|port|county)\s+of\s+$", re.I
)
_MAKER_WORDS = re.compile(
    r"\b(?:company|companies|firm|manufacturer|maker|producer|group|corporation|concern|"
    r"holding|contractor|industries|shipyard|builder|developer|supplier)\b",
    re.IGNORECASE,
)
_MAKER_BEFORE = re.compile(_MAKER_WORDS.pattern + r"\s+$", re.IGNORECASE)
_MAKER_AFTER = re.compile(
    r"(?:\s*,?\s+(?:(?:is|was|remains)\s+)?(?:a|an|the|another)\s+(?:[\w-]+\s+){0,3}?|\s+)"
    + _MAKER_WORDS.pattern,
    re.IGNORECASE,
)
"""A maker word right after the name, or in a predicate or apposition ("Rheinmettal is a German
arms maker", "Otocar, the Turkish company")."""
_ATTRIBUTION = re.compile(
    r"\b(?:by|from|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|['’]s\s+$", re.IGNORECASE
)


def _gap(text: str, left: Token, right: Token) -> str:
    return text[left.end : right.start]


def person_or_place(
    text: str, tokens: list[Token], i: int, j: int, known: frozenset[str], system: bool
) -> str:
    """Why tokens[i:j] read as a person or a place here ("" if they do not)."""
    before = tokens[i - 1] if i > 0 else None
    after = tokens[j] if j < len(tokens) else None
    if before is not None and _gap(text, before, tokens[i]).strip(" .") == "":
        word = before.text.lower()
        if word in TITLES and (before.capitalised or word in _LOWER_TITLES):
            return f"a person's name (after “{before.text}”)"
    if _PLACE_BEFORE.search(text[: tokens[i].start]):
        return "a place name"
    if after is None or _gap(text, tokens[j - 1], after).strip() != "":
        return ""
    if after.text.lower() in PLACE_NOUNS:
        return f"a place name (“{after.text}”)"
    surname = (
        after.capitalised
        and after.text[1:].islower()
        and len(after.text) >= 3
        and after.key not in known
        and after.key not in _COMPANY_WORDS
        and not find_roles(after.text)
    )
    if surname:
        return f"a person's name (“{tokens[i].text} {after.text}”)"
    if system and after.text.lower() in SPEECH:
        return f"a person (“{after.text}”)"
    return ""


@lru_cache(maxsize=4096)
def english_word(word: str) -> bool:
    """A word of LemmInflect's English dictionary ("Marine", "Being"): written as itself, never a
    slip for a name. The same answer as `bool(lemminflect.getAllLemmas(word.lower()))`."""
    return in_english(word, _lemma_words())


def in_english(word: str, words: frozenset[str] | None) -> bool:
    """`english_word(word)` with the words of `english_words()` at hand (None: ask LemmInflect)."""
    if words is None:  # LemmInflect's files are not where version 0.2 keeps them
        import lemminflect

        return bool(lemminflect.getAllLemmas(word.lower()))
    return word.lower() in words


def english_words() -> frozenset[str] | None:
    """The words `english_word` knows, for an index that keeps them (the mention finder, kept
    in the data cache: reading LemmInflect's table costs about 0.1 s a run, unpickling the set
    a quarter of that); None when LemmInflect's files are not where version 0.2 keeps them."""
    return _lemma_words()


@lru_cache(maxsize=1)
def _lemma_words() -> frozenset[str] | None:
    """The words of LemmInflect's lemma tables (`lemma_lu.csv.gz`, `lemma_overrides.csv`), read
    from its files: importing LemmInflect (with numpy) and building its tables costs about half
    a second and 50 MB, where only whether a word is there matters here."""
    spec = importlib.util.find_spec("lemminflect")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "resources"
    try:
        with gzip.open(folder / "lemma_lu.csv.gz", "rt", encoding="utf-8") as table:
            words = {line.strip().split(",", 1)[0] for line in table}
        with (folder / "lemma_overrides.csv").open(encoding="utf-8") as overrides:
            lines = [line.strip() for line in overrides]
    except OSError:
        return None
    words |= {line.split(",", 1)[0] for line in lines if line and not line.startswith("#")}
    return frozenset(words)


def maker_cue(text: str, start: int, end: int) -> str:
    """A word right next to the name that says a company is meant ("the company Otocar")."""
    before = _MAKER_BEFORE.search(text[:start])
    after = _MAKER_AFTER.match(text[end:])
    match = before or after
    return f"“{match.group().strip()}” says a company is meant" if match else ""


def attribution_cue(text: str, start: int) -> str:
    """ "produced by …", "from the Turkish company …" right before the name."""
    match = _ATTRIBUTION.search(text[:start])
    return f"“{match.group().strip()}” attributes something to it" if match else ""


def role_cue(text: str, start: int, end: int, category: str = "") -> str:
    """A role word right after or before a system name ("… fighters", "the drone …") that fits
    the system's `category`, when given: "Shahed drones" is no slip for the Shaheed patrol boat."""
    for run in find_roles(text):
        if run.generic:
            continue
        if category and run.categories is not None and category not in run.categories:
            continue
        if 0 <= run.start - end <= 1 or 0 <= start - run.end <= 1:
            return f"“{run.text}” says a weapon is meant"
    return ""


def sentence_initial(text: str, tokens: list[Token], i: int) -> str:
    """Why a one-word system name opening a sentence may be an ordinary word ("" if not).

    Ship classes and reporting names include "Attack", "Hunter", "Progress" or "Delta":
    capitalised only because a sentence starts with them, they are read as words. News prose
    says "The Arlan …", so a system name right at the start of a sentence is rare. A name that
    is no English word ("Gripen", "Rafale") cannot be an ordinary word, and opens a sentence
    as itself ("Gripen fighters were delivered").
    """
    before = text[: tokens[i].start].rstrip(" \"'“‘(")
    opens = before == "" or before.endswith((".", "!", "?", ":"))
    return "an ordinary word opening a sentence" if opens and english_word(tokens[i].text) else ""


def named_weapon(text: str, start: int, end: int, categories: Iterable[str]) -> bool:
    """A one-word name opening a sentence that is still a weapon's: no English word ("Gripen",
    "Rafale", "Apache", unlike "Cobra" or "Attack") and followed by a role word that fits one
    of the system's `categories` ("Gripen fighters have been delivered …")."""
    if english_word(text[start:end]):
        return False
    return any(role_cue(text, start, end, category) for category in categories)


def longer_name(tokens: list[Token], i: int, j: int, unknown_before: bool) -> str:
    """Why the one-word name tokens[i:j] is part of a longer name the data lacks ("" if not).

    "The Desert Eagle" is a pistol, not the F-15 Eagle, and "Leopard 1" is no "Leopard" APC:
    a capitalised word of no known name before it (`unknown_before`: the caller rules out
    country adjectives and known names, "Turkish Cobra", "Otokar Cobra"), or a number or mark
    right after it, makes a name of its own.
    """
    after = tokens[j] if j < len(tokens) else None
    mark = after is not None and (after.text in _MARKS or after.text[:-1] in _MARKS)  # "IIs"
    if after is not None and after.joined and (after.key.isdigit() or mark):
        return f"part of a longer name (“{tokens[i].text} {after.text}”)"
    before = tokens[i - 1] if i > 0 else None
    if not unknown_before or before is None or not tokens[i].joined or tokens[i].glued:
        return ""
    if before.capitalised and before.text.isalpha() and not before.text.isupper():
        return f"part of a longer name (“{before.text} {tokens[i].text}”)"
    return ""

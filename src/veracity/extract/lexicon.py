"""Word classes for the clause splitter: closed classes listed here, open classes from LemmInflect.

The splitter needs to know a few things about a word: is it an auxiliary, a verb, a noun (plural?),
a past participle, a name, a number. Closed classes (determiners, prepositions, auxiliaries,
connectives, hedges) are short lists of English grammar. Open classes come from LemmInflect's
dictionary of English lemmas (shipped inside the package, nothing downloaded), which gives every
word class a word can have (`plans`: noun or verb).
"""

from __future__ import annotations

import re
from functools import lru_cache

import lemminflect

__all__ = [
    "AUXILIARIES",
    "DETERMINERS",
    "NAME_PARTICLES",
    "PREPOSITIONS",
    "classes",
    "is_count",
    "is_finite",
    "is_name",
    "is_number",
    "is_participle",
    "is_plural",
    "is_verb",
    "words",
]


def words(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


DETERMINERS = words(
    "a an the this that these those its their his her our my your some any each every no "
    "several many few both all more most other another such"
)
PREPOSITIONS = words(
    "in on at by for from to of with without into onto over under during since until "
    "after before about against among amid across through throughout within via per "
    "despite like near toward towards beyond between behind above below"
)
AUXILIARIES = words(
    "is are was were be been being am has have had will would shall should can could may "
    "might must does do did"
)
NAME_PARTICLES = words(  # lower-case words inside names: "São Bernardo do Campo", "al-Sisi"
    "do da de dos das del della di du van von der den la le al el bin ibn"
)
NUMBER_WORDS = words(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
    "eighty ninety hundred thousand million billion trillion dozen dozens hundreds "
    "thousands millions billions half quarter"
)
_DIGIT = re.compile(r"\d")
_UPPER = re.compile(r"[A-Z]")
_COUNT = re.compile(r"\d[\d.,]*")


@lru_cache(maxsize=8192)
def classes(word: str) -> frozenset[str]:
    """The universal POS tags LemmInflect knows for this word (empty when it knows none)."""
    return frozenset(lemminflect.getAllLemmas(word.lower()))


def is_verb(word: str) -> bool:
    """An auxiliary, or a word that is only ever a verb (`acquire`, `launched`)."""
    lower = word.lower()
    if lower in AUXILIARIES:
        return True
    found = classes(lower)
    return bool(found) and found <= {"VERB", "AUX"}


def is_participle(word: str) -> bool:
    """A past participle: `produced`, `made`, `built`, `repaired`."""
    lower = word.lower()
    if "VERB" not in classes(lower):
        return False
    if lower.endswith("ed"):
        return True
    lemma = lemminflect.getLemma(lower, upos="VERB")
    return bool(lemma) and lower in lemminflect.getInflection(lemma[0], tag="VBN")


def is_finite(word: str, next_word: str | None = None) -> bool:
    """A word that can head the predicate of a clause.

    Auxiliaries, verb-only words and past forms (`ordered`) are; a noun-or-verb ending in -s is
    when `to`, `that`, a determiner, a number or a name follows (`plans to`, `flies 17`).
    """
    lower = word.lower()
    if lower in AUXILIARIES:
        return True
    if is_verb(lower) and not lower.endswith("ing"):
        return True
    if "VERB" in classes(lower) and lower.endswith("ed"):
        return True  # `ordered`, `armed`: the caller rules out adjectives by position
    if "VERB" in classes(lower) and lower.endswith("s") and next_word is not None:
        follows = next_word.lower()
        return (
            follows in {"to", "that"} | DETERMINERS or is_number(follows) or next_word[:1].isupper()
        )
    return False


def is_plural(word: str) -> bool:
    """A plural noun (`vehicles`, `systems`), as far as the dictionary knows."""
    lower = word.lower()
    if "NOUN" not in classes(lower):
        return lower.endswith("s") and not lower.endswith("ss") and lower.isalpha()
    lemma = lemminflect.getLemma(lower, upos="NOUN")
    return bool(lemma) and lemma[0] != lower


def is_number(word: str) -> bool:
    """A figure or a word with digits in it: `58th`, `1,500`, `fifty`, `A400M`."""
    return bool(_DIGIT.search(word)) or word.lower() in NUMBER_WORDS


def is_count(word: str) -> bool:
    """A bare quantity: `180`, `1,500`, `fifty` (not `K2`)."""
    return bool(_COUNT.fullmatch(word)) or word.lower() in NUMBER_WORDS


def is_name(word: str, sentence_start: bool = False) -> bool:
    """A proper name or a designation: `Arlan`, `COBRA`, `A400M`, `Su-30SM`, `U.S.`.

    At the start of a sentence a capital proves nothing, so a word the dictionary knows in
    lowercase (`The`, `Experts`) is not a name there.
    """
    if not _UPPER.search(word):
        return False
    if _DIGIT.search(word) or word.isupper():
        return True
    if sentence_start:
        return not classes(word) and word.lower() not in DETERMINERS | PREPOSITIONS
    return True

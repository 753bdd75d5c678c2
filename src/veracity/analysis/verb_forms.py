"""The inflected forms of an English verb, so that a lexicon lists a verb once, as its lemma.

    verb_forms("rank")      # {"rank", "ranks", "ranked", "ranking"}
    verb_forms("slot")      # {"slot", "slots", "slotted", "slotting"}
    verb_forms("occupy")    # {"occupy", "occupies", "occupied", "occupying"}
    verb_forms("come in", irregular={"come": ("came",)})   # {"come in", "came in", …}

The regular rules of English spelling: -s/-es/-ies for the third person, -d/-ed/-ied for the
past, -ing with a silent e dropped and "ie" made "y"; a verb of one syllable ending in one vowel
and one consonant doubles it ("drop", "dropped"). A phrasal verb inflects its first word ("come
in", "round out"). Irregular pasts and participles are given by the caller (`irregular`), as a
lexicon lists them; a doubling the rule does not foresee is listed there too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

__all__ = ["verb_forms"]

_VOWELS = "aeiou"
_SIBILANT = re.compile(r"(?:s|sh|ch|x|z|o)$")
_ONE_SYLLABLE_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def _third(word: str) -> str:
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    if _SIBILANT.search(word):
        return word + "es"
    return word + "s"


def _doubles(word: str) -> bool:
    return bool(_ONE_SYLLABLE_CVC.match(word))


def _past(word: str) -> str:
    if word.endswith("e"):
        return word + "d"
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ied"
    if _doubles(word):
        return word + word[-1] + "ed"
    return word + "ed"


def _gerund(word: str) -> str:
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")) and len(word) > 2:
        return word[:-1] + "ing"
    if _doubles(word):
        return word + word[-1] + "ing"
    return word + "ing"


def verb_forms(lemma: str, irregular: Mapping[str, Sequence[str]] | None = None) -> set[str]:
    """Every form of `lemma` (lower-case; a phrasal verb inflects its first word): the lemma,
    the third person, the past and participle (the regular one unless `irregular` gives the
    verb's own), and the -ing form."""
    head, _, rest = lemma.lower().strip().partition(" ")
    tail = f" {rest}" if rest else ""
    own = tuple((irregular or {}).get(head, ()))
    heads = {head, _third(head), _gerund(head), *own}
    if not own:
        heads.add(_past(head))
    return {h + tail for h in heads}

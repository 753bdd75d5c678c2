"""Tests on the words of one sentence, by position in a clause (a list of token indexes).

Clauses are lists of token indexes because side statements leave holes in them. Every test takes
the clause `c` and a position `k` in it, and looks through brackets: `(SUNQAR)` is one unit.
"""

from __future__ import annotations

from collections.abc import Sequence

from veracity.extract.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    NAME_PARTICLES,
    PREPOSITIONS,
    classes,
    is_finite,
    is_name,
    is_number,
    is_plural,
    is_verb,
)
from veracity.extract.tokens import Sentence

__all__ = ["Grammar"]

_NP_STOP = PREPOSITIONS | AUXILIARIES | {"and", "or", "to", "that", ",", ";", ":"}
_PLURAL = {"is": "are", "has been": "have been", "comes": "come"}
_DEMONSTRATIVES = frozenset(["this", "that", "these", "those"])


def _depth(word: str) -> int:
    return (word in "([") - (word in ")]")


class Grammar:
    """The sentence's tokens and what the splitter needs to know about them."""

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.t = sentence.tokens

    def w(self, i: int) -> str:
        return self.t[i].lower

    def text(self, i: int) -> str:
        return self.t[i].text

    def finite_at(self, c: Sequence[int], k: int) -> bool:
        """The word at position k heads a predicate (`is`, `launched`, `plans to`)."""
        word = self.t[c[k]].text
        if is_name(word, c[k] == 0) or self.adjectival(c, k) or self.particle(c, k):
            return False
        return is_finite(word, self.t[c[k + 1]].text if k + 1 < len(c) else None)

    def particle(self, c: Sequence[int], k: int) -> bool:
        """A name particle between two capitalised words (`São Bernardo do Campo`)."""
        if not 0 < k < len(c) - 1 or self.w(c[k]) not in NAME_PARTICLES:
            return False
        return self.text(c[k - 1])[:1].isupper() and self.text(c[k + 1])[:1].isupper()

    def first_finite(self, c: Sequence[int], start: int = 0, stop: int | None = None) -> int:
        """Position of the first predicate outside brackets in c[start:stop], or -1."""
        depth = 0
        for k in range(start, len(c) if stop is None else stop):
            depth += _depth(self.t[c[k]].text)
            if depth == 0 and self.finite_at(c, k):
                return k
        return -1

    def anchored(self, c: Sequence[int]) -> bool:
        """Names a system or carries a figure: worth a statement of its own."""
        return any(
            is_number(self.t[i].text) or is_name(self.t[i].text, i == 0)
            for i in c
            if self.w(i) not in DETERMINERS
        )

    def nounish(self, c: Sequence[int]) -> bool:
        """Ends like a noun phrase: a name, a number, a noun or a closing bracket."""
        if not c:
            return False
        last = self.t[c[-1]].text
        return (
            last in ")]"
            or is_name(last)
            or is_number(last)
            or "NOUN" in classes(last)
            or not classes(last)
        )

    def adjectival(self, c: Sequence[int], k: int) -> bool:
        """An -ed word inside a noun phrase (`complex tactical unmanned systems`)."""
        if k == 0 or not self.w(c[k]).endswith("ed"):
            return False
        before = self.w(c[k - 1])
        if before in _DEMONSTRATIVES and k == 1 and self._object_follows(c, k):
            return False  # "These included 79 F-14As": the demonstrative is the subject
        if before in DETERMINERS or is_number(before) or "ADJ" in classes(before):
            return True
        return before not in AUXILIARIES and is_verb(before)

    def _object_follows(self, c: Sequence[int], k: int) -> bool:
        """An object opens after position k: a determiner or a figure."""
        if k + 1 >= len(c):
            return False
        after = self.t[c[k + 1]].text
        return after.lower() in DETERMINERS or is_number(after)

    def np_start(self, c: Sequence[int], k: int) -> int:
        """Walk left from position k (exclusive) over a noun phrase; return where it starts."""
        j, depth = k, 0
        while j > 0:
            word = self.t[c[j - 1]].text
            lower = word.lower()
            depth -= _depth(word)
            if depth == 0 and word not in ")]":
                if lower in _NP_STOP:
                    break
                if lower in DETERMINERS:
                    return j - 1
                if is_verb(lower) and not is_name(word) and not self.adjectival(c, j - 1):
                    break
                if j == 2 and self.w(c[0]) in _DEMONSTRATIVES and self._object_follows(c, 1):
                    break  # "These included 79 …": the verb of a demonstrative subject

            j -= 1
        return j

    def items(self, c: Sequence[int]) -> list[list[int]]:
        """Split a run of noun phrases at top-level commas and `and` / `or`."""
        found: list[list[int]] = [[]]
        depth = 0
        for i in c:
            word = self.t[i].text
            depth += _depth(word)
            if depth == 0 and (word == "," or word.lower() in ("and", "or")):
                if word.lower() == "and" and self.inside_name(i):
                    found[-1].append(i)
                    continue
                if found[-1]:
                    found.append([])
                continue
            found[-1].append(i)
        return [item for item in found if item]

    def inside_name(self, i: int) -> bool:
        """The `and` at token i joins words of one name (`the Gripen Design and Development
        Network`): capitalised common words on both sides, each continuing a name, the right
        one not repeating the left's words (`Royal Air Force and Royal Navy` are two)."""
        if i < 2 or i + 2 >= len(self.t):
            return False
        near = [self.t[j].text for j in (i - 2, i - 1, i + 1, i + 2)]
        if not all(w[:1].isupper() for w in near):
            return False
        if not all(classes(w) for w in near[1:]) or is_number(near[2]):
            return False
        j = i - 1
        while j > 0 and self.t[j - 1].text[:1].isupper():
            j -= 1
        return near[2].lower() not in {t.lower for t in self.t[j:i]}

    def be(self, c: Sequence[int], present: str = "is") -> str:
        """`present` agreeing with the noun phrase c, whose head is its last noun before a
        preposition (`over 1,500 units of military equipment` → plural)."""
        words: list[str] = []
        depth = 0
        for i in c:
            word = self.t[i].text
            depth += _depth(word)
            if depth == 0 and word.lower() in PREPOSITIONS and words:
                break
            if depth == 0 and word not in ")]":
                words.append(word)
        head = words[-1] if words else ""
        return _PLURAL[present] if is_plural(head) and not is_name(head) else present

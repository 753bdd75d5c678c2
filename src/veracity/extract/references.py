"""A sentence that opens with a pronoun ("It is a supersonic … aircraft") restates the subject
of the sentence before it, as a desk would ("The F-14 is a supersonic … aircraft").

Only the safe case is resolved: the previous sentence of the same paragraph has a subject that
names something (a name or a designation), and the pronoun agrees with it in number (`it`,
`he`, `she` with a singular subject, `they` with a plural one). Otherwise the statement keeps
its pronoun and `worthiness` asks a person to name what it refers to.
"""

from __future__ import annotations

import re

from veracity.extract.clauses import frame
from veracity.extract.grammar import Grammar
from veracity.extract.lexicon import PREPOSITIONS, classes, is_name
from veracity.extract.tokens import Sentence, Statement, tokenize

__all__ = ["restate", "subject_of"]

_SINGULAR = frozenset(["it", "he", "she"])
_PLURAL = frozenset(["they"])
_NEGATIVE = frozenset(["no", "none", "neither", "nothing"])  # "No date … was announced"
_PLURAL_DESIGNATION = re.compile(r"[A-Z0-9]s$")  # "the F-16s"
_OPENING = re.compile(r"^(It|He|She|They)\b(?!['’])")


def subject_of(text: str, start: int, end: int) -> tuple[str, bool] | None:
    """The subject of the sentence `text[start:end]` when it names something: (its words,
    plural?); None when it has no such subject."""
    sentence = Sentence(text, tuple(tokenize(text, start, end)))
    g = Grammar(sentence)
    _, body = frame(g)
    verb = g.first_finite(body)
    if verb <= 0:
        return None
    subject = body[:verb]
    while (
        len(subject) > 1
        and "ADV" in classes(g.text(subject[-1]))
        and not is_name(g.text(subject[-1]))
    ):
        subject = subject[:-1]  # "The F-14 first flew": the subject is "The F-14"
    if g.w(subject[0]) in _SINGULAR | _PLURAL | _NEGATIVE or not g.anchored(subject):
        return None
    if any(g.text(i) in ",;:—–" for i in subject):
        return None
    words = sentence.render(Statement(tuple(subject), (subject[0], subject[-1]))).rstrip(".")
    headed = not any(g.w(i) in PREPOSITIONS for i in subject)  # the head is the last word
    return words, g.be(subject) == "are" or (headed and bool(_PLURAL_DESIGNATION.search(words)))


def restate(statement: str, subject: tuple[str, bool] | None) -> tuple[str, str | None]:
    """The statement with an opening pronoun replaced by `subject` when they agree, and a note
    saying so; the statement unchanged (and no note) otherwise."""
    opening = _OPENING.match(statement)
    if subject is None or opening is None:
        return statement, None
    pronoun = opening.group(1).lower()
    words, plural = subject
    if (pronoun in _PLURAL) != plural:
        return statement, None
    lead = words[0].upper() + words[1:]
    text = lead + statement[opening.end() :]
    return text, f"“{opening.group(1)}” read as “{words}”, the subject of the sentence before."

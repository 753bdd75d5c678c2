"""A sentence that opens with a pronoun ("It is a supersonic … aircraft") restates the subject
of the sentence before it, as a desk would ("The F-14 is a supersonic … aircraft").

A count before a group noun ("All three countries rank above Israel", cue group `group-nouns`)
stands for the last list of that many names the article gave as a subject, headline included
("Turkey, Egypt and Iran top the rankings"): "Turkey, Egypt and Iran all rank above Israel".

A demonstrative before a verb of inclusion ("These included 79 F-14As") stands for what the
sentence before counted, its object: it is restated as that object's head described by the
sentence ("The United States delivered about 500 aircraft to the Shah." → "The aircraft the
United States delivered to the Shah included 79 F-14As").

Only the safe case is resolved: the previous sentence of the same paragraph has a subject that
names something (a name or a designation), and the pronoun agrees with it in number (`it`,
`he`, `she` with a singular subject, `they` with a plural one) and in kind: `he` and `she`
take a person (`is_person`: a name of two to four words, not a place, an organisation or a
system), `it` and `they` anything but a person. Otherwise the statement keeps its pronoun and
`worthiness` marks it as needing a subject.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from veracity.extract.clauses import frame
from veracity.extract.cues import cue
from veracity.extract.grammar import Grammar
from veracity.extract.lexicon import DETERMINERS, PREPOSITIONS, classes, is_count, is_name
from veracity.extract.tokens import Sentence, Statement, tokenize

__all__ = ["Listed", "is_person", "listed_of", "members_of", "restate", "subject_of"]

_SINGULAR = frozenset(["it", "he", "she"])
_PERSONAL = frozenset(["he", "she"])
_PERSON_WORDS = (2, 4)
"""How many words a person's name runs to, a title included ("Defence Minister Anna Berg")."""
_PLURAL = frozenset(["they"])
_NEGATIVE = frozenset(["no", "none", "neither", "nothing"])  # "No date … was announced"
_PLURAL_DESIGNATION = re.compile(r"[A-Z0-9]s$")  # "the F-16s"
_OPENING = re.compile(r"^(It|He|She|They)\b(?!['’])")
_DEMONSTRATIVE = re.compile(r"^(These|Those)\s+")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_GROUP = re.compile(r"^(?:All\s+(?:the\s+)?|The\s+)(two|three|four|five|six)\s+")
_ALL = re.compile(r"^all\s+")

Listed = tuple[str, int]
"""A list of names an article gave ("Turkey, Egypt and Iran") and how many it names."""


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


def is_person(words: str, is_place: Callable[[str], bool] = lambda _: False) -> bool:
    """The subject names a person: two to four name words, no digit, none a word of an
    organisation or a body (cue group `organisation-words`), and not a place (`is_place`).
    A title (cue group `person-titles`) makes what follows it a person's name, one word
    enough ("President Macron"), and the words before it part of the title ("Defence
    Minister Anna Berg")."""
    parts = words.split()
    if not all(is_name(p) and not any(c.isdigit() for c in p) for p in parts):
        return False
    titles = [k for k, p in enumerate(parts) if cue("person-titles").fullmatch(p)]
    name = parts[titles[-1] + 1 :] if titles else parts
    low, high = _PERSON_WORDS
    return (
        (1 if titles else low) <= len(name) <= high
        and bool(parts)
        and parts[0].lower() not in DETERMINERS
        and cue("organisation-words").search(" ".join(name)) is None
        and not is_place(" ".join(name))
    )


def _span(text: str, sentence: Sentence, indexes: list[int]) -> str:
    first, last = sentence.tokens[indexes[0]], sentence.tokens[indexes[-1]]
    return " ".join(text[first.start : last.end].split())


def members_of(text: str, start: int, end: int) -> str | None:
    """What the sentence `text[start:end]` counts, described by it: "the aircraft the United
    States delivered to the Shah of Iran" for "…the United States delivered about 500 aircraft
    to the Shah of Iran, according to …"; None when it counts nothing after a named subject."""
    found = subject_of(text, start, end)
    if found is None:
        return None
    sentence = Sentence(text, tuple(tokenize(text, start, end)))
    g = Grammar(sentence)
    _, body = frame(g)
    verb = g.first_finite(body)
    stop = next((k for k in range(verb + 1, len(body)) if g.text(body[k]) in ",;:.—–"), len(body))
    predicate = body[verb + 1 : stop]
    if not predicate or not any(is_count(g.text(i)) for i in predicate[:3]):
        return None
    k = 0
    while k < len(predicate) and (
        g.w(predicate[k]) not in PREPOSITIONS
        or (g.w(predicate[k]) == "of" and k > 0 and is_count(g.text(predicate[k - 1])))
        or (k + 1 < len(predicate) and is_count(g.text(predicate[k + 1])))  # "about 500"
    ):
        k += 1
    head = g.text(predicate[k - 1]) if k else ""
    if not head or g.w(predicate[k - 1]) in DETERMINERS or "NOUN" not in classes(head):
        return None
    words, _ = found
    opening = words.split()[0]
    lower = opening.lower() in DETERMINERS or not is_name(opening)
    subject = words[0].lower() + words[1:] if lower else words
    rest = [_span(text, sentence, predicate[k:])] if k < len(predicate) else []
    return " ".join(["the", head, subject, g.text(body[verb]), *rest])


def listed_of(text: str, start: int, end: int) -> Listed | None:
    """The names the sentence `text[start:end]` opens with when they are a list of two to six
    ("Turkey, Egypt and Iran top …"), with how many it names."""
    sentence = Sentence(text, tuple(tokenize(text, start, end)))
    g = Grammar(sentence)
    _, body = frame(g)
    run = 0
    while run < len(body) and (
        is_name(g.text(body[run])) or g.text(body[run]) == "," or g.w(body[run]) == "and"
    ):
        run += 1
    while run and not is_name(g.text(body[run - 1])):
        run -= 1
    subject = body[:run]
    if not subject or run >= len(body) or not any(g.w(i) == "and" for i in subject):
        return None
    items = g.items(subject)
    joints = [i for i in subject if g.text(i) == "," or g.w(i) == "and"]
    if not 2 <= len(items) <= 6 or len(joints) != len(items) - 1:
        return None
    return _span(text, sentence, subject), len(items)


def _grouped(statement: str, listed: Listed | None) -> tuple[str, str | None] | None:
    """`All three countries rank …` → `Turkey, Egypt and Iran all rank …`, or None."""
    found = _GROUP.match(statement)
    if found is None or listed is None or _COUNTS[found.group(1).lower()] != listed[1]:
        return None
    noun = cue("group-nouns").match(statement, found.end())
    if noun is None:
        return None
    rest = statement[noun.end() :].lstrip()
    rest = _ALL.sub("", rest)
    words = found.group() + noun.group()
    note = f"“{words}” read as “{listed[0]}”, the list of that many named before."
    return f"{listed[0]} all {rest}", note


_EXPLETIVE = re.compile(
    r"^It\s+(?:is|was|has\s+been|had\s+been|seems|seemed|appears|appeared|remains|remained)\s+",
    re.IGNORECASE,
)
_EXPLETIVE_SPAN = 4
"""How many words after the verb the clause an expletive "it" stands for may open."""


def _expletive(statement: str) -> bool:
    """`It is thus not evident how many …`, `It is not presently believed that …`: an "it"
    that stands for the clause after its predicate (cue group `expletive-complements`), not
    for a noun named before. A determiner first ("It is a jet that …") keeps the pronoun."""
    found = _EXPLETIVE.match(statement)
    if found is None:
        return False
    words = statement[found.end() :].split()[: _EXPLETIVE_SPAN + 1]
    for k, word in enumerate(words):
        if word.lower() in {"a", "an", "the"}:
            return False
        if k and cue("expletive-complements").fullmatch(word.strip(",;:")):
            return True
    return False


def restate(
    statement: str,
    subject: tuple[str, bool] | None,
    members: str | None = None,
    listed: Listed | None = None,
    *,
    person: bool = False,
) -> tuple[str, str | None]:
    """The statement with an opening pronoun replaced by `subject` when they agree, or an
    opening demonstrative before a verb of inclusion replaced by `members`, and a note saying
    so; the statement unchanged (and no note) otherwise. `person` says the subject names a
    person, whom only `he` or `she` stands for. A count before a group noun is read as
    `listed` when the counts agree."""
    if (grouped := _grouped(statement, listed)) is not None:
        return grouped
    shown = _DEMONSTRATIVE.match(statement)
    if (
        shown is not None
        and members is not None
        and cue("inclusion-verbs").match(statement, shown.end())
    ):
        text = members[0].upper() + members[1:] + " " + statement[shown.end() :]
        note = f"“{shown.group(1)}” read as “{members}”, counted in the sentence before."
        return text, note
    opening = _OPENING.match(statement)
    if subject is None or opening is None or _expletive(statement):
        return statement, None
    pronoun = opening.group(1).lower()
    words, plural = subject
    if (pronoun in _PLURAL) != plural or (pronoun in _PERSONAL) != person:
        return statement, None
    lead = words[0].upper() + words[1:]
    text = lead + statement[opening.end() :]
    return text, f"“{opening.group(1)}” read as “{words}”, the subject of the sentence before."

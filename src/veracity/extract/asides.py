"""Participle asides whose subject is the clause's own subject, stated on their own.

    Israel stayed 18th, having flatlined in spending - despite still maintaining service.
    → Israel stayed 18th.
    → Israel has flatlined in spending.
    → Israel still maintains service.

Two forms take the clause's subject, because English fixes it: a perfect participle (", having
flatlined …") and a concession (" - despite maintaining …", ", despite maintaining …"), whose
understood subject is the subject of the clause they follow. Each becomes a statement with that
subject and a finite verb agreeing with it, and is taken out of the clause. An aside ends at the
next comma or spaced dash. Adjuncts opened by a focusing adverb (", mainly to A but also to
B") restrict a clause that holds without them: the clause is stated alone and with each, the
count of its subject dropped (a part of "nearly 300 delivered" went to A, not 300). A
participle between spaced dashes after a noun is about that noun
("Lebanon - sandwiched between Mali and Mozambique -" → "Lebanon is sandwiched between Mali and
Mozambique"). An absolute phrase with a present participle (", with sympathetic figures
occupying key roles") is no aside: measured, it carries commentary more often than fact, so
`phrases` keeps the clause whole (and, after a spaced dash, states it without the phrase).
A trailing present participle (", witnessing an increase …") is the subject's own action,
stated in the clause's tense; one of a result, of speech, or used as a preposition (cue group
`participles-not-of-the-subject`: ", making the Su-30SM a more viable option") has the whole
event as its subject, and one after a passive clause has no agent in it, so they stay where
they are.
"""

from __future__ import annotations

import lemminflect

from veracity.extract.cues import cue
from veracity.extract.grammar import Grammar
from veracity.extract.lexicon import (
    DETERMINERS,
    PREPOSITIONS,
    classes,
    is_count,
    is_name,
    is_participle,
)
from veracity.extract.tokens import Piece, Statement

__all__ = ["asides"]

_DASHES = frozenset("-–—")
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])


def _breaks(g: Grammar, i: int) -> bool:
    """A comma, or a dash with space on both sides (not the hyphen of `F-16`)."""
    token = g.t[i]
    if token.text == ",":
        return True
    text = g.sentence.text
    spaced = token.start > 0 and text[token.start - 1].isspace()
    return token.text in _DASHES and spaced and text[token.end : token.end + 1].isspace()


def _subject(g: Grammar, c: list[int]) -> list[int]:
    verb = g.first_finite(c)
    subject = c[:verb] if verb > 0 else []
    while (
        len(subject) > 1
        and "ADV" in classes(g.text(subject[-1]))
        and not is_name(g.text(subject[-1]))
    ):
        subject = subject[:-1]
    if any(_breaks(g, i) for i in subject):
        return []
    return subject


def _finite(word: str, plural: bool) -> str | None:
    """`maintaining` → `maintains` (or `maintain` for a plural subject)."""
    lemma = lemminflect.getLemma(word.lower(), upos="VERB")
    if not lemma:
        return None
    tag = "VBP" if plural else "VBZ"
    forms = lemminflect.getInflection(lemma[0], tag=tag)
    return forms[0] if forms else None


def _aside(g: Grammar, c: list[int], k: int, plural: bool) -> tuple[list[Piece], int] | None:
    """The statement's predicate opened at position k (a break) and where the aside ends."""
    end = next((j for j in range(k + 1, len(c)) if _breaks(g, c[j])), len(c))
    words = c[k + 1 : end]
    if len(words) < 3:
        return None
    first, second = g.w(words[0]), g.text(words[1])
    if first == "having" and (is_participle(second) or second.endswith("ed")):
        return ["have" if plural else "has", *words[1:]], end
    if first == "despite":
        adverbs = [i for i in words[1:] if g.w(i).endswith("ly") or g.w(i) == "still"][:1]
        verb = words[1 + len(adverbs)]
        finite = _finite(g.text(verb), plural) if g.w(verb).endswith("ing") else None
        if finite is not None:
            return [*adverbs, finite, *words[2 + len(adverbs) :]], end
    return None


def _tensed(word: str, finite: str, plural: bool) -> list[str] | None:
    """The participle `word` in the tense of the clause's verb `finite`: `witnessing` after
    `has climbed` → `has witnessed`, `replacing` after `retired` → `replaced`, `standing`
    after `remains` → `stands`."""
    lemma = lemminflect.getLemma(word.lower(), upos="VERB")
    if not lemma:
        return None
    lower = finite.lower()
    if lower in ("has", "have"):
        forms = lemminflect.getInflection(lemma[0], tag="VBN")
        return ["have" if plural else "has", forms[0]] if forms else None
    verb = lemminflect.getLemma(lower, upos="VERB")
    past = bool(verb) and lower in lemminflect.getInflection(verb[0], tag="VBD")
    tag = "VBD" if past and lower not in ("is", "are") else ("VBP" if plural else "VBZ")
    forms = lemminflect.getInflection(lemma[0], tag=tag)
    return [forms[0]] if forms else None


def _clause_in(g: Grammar, words: list[int]) -> bool:
    """A verb of its own after the participle (a participle with an agent, `made by`, is a
    modifier of the noun before it, not a verb)."""
    verb = g.first_finite(words, 1)
    while verb >= 0 and is_participle(g.text(words[verb])):
        verb = g.first_finite(words, verb + 1)
    return verb >= 0


def _doing(
    g: Grammar, c: list[int], k: int, subject: list[int], plural: bool
) -> tuple[list[list[Piece]], int] | None:
    """`…, witnessing A, and B`: the subject's own action after a comma, to the clause's end
    (its objects joined by `, and` each stated); None for a participle of the whole event."""
    words = c[k + 1 :]
    if g.text(c[k]) != "," or len(words) < 3 or not g.w(words[0]).endswith("ing"):
        return None
    participle = g.text(words[0])
    if (
        g.w(words[0]) in ("having", "being")
        or "VERB" not in classes(participle)
        or cue("participles-not-of-the-subject").fullmatch(participle)
    ):
        return None
    if g.w(words[1]) in {"and", "or", ","} or _clause_in(g, words):
        return None
    verb = len(subject)
    if g.w(c[verb]) in _BE and verb + 1 < len(c) and is_participle(g.text(c[verb + 1])):
        return None  # "X was placed 58th, recognizing …": a passive's subject does not act
    tensed = _tensed(participle, g.text(c[verb]), plural)
    if tensed is None:
        return None
    objects: list[list[int]] = [[]]
    for j, i in enumerate(words[1:], 1):
        if g.text(i) == "," and j + 1 < len(words) and g.w(words[j + 1]) == "and":
            objects.append([])
        elif not (g.w(i) == "and" and objects[-1] == [] and len(objects) > 1):
            objects[-1].append(i)
    if not all(objects) or any(g.text(i) in ",;" for item in objects for i in item):
        return None
    objects[0] = [*_object_for(g, c, len(subject), objects[0][0]), *objects[0][1:]]
    return [[*tensed, *item] for item in objects], len(c)


def _object_for(g: Grammar, c: list[int], verb: int, pronoun: int) -> list[int]:
    """The clause's object for a pronoun opening the action's object (`retired the Tomcat,
    replacing it with …` → `replacing the Tomcat with …`), when they agree; else the pronoun."""
    if g.w(pronoun) not in ("it", "them"):
        return [pronoun]
    end = next((j for j in range(verb + 1, len(c)) if g.w(c[j]) in PREPOSITIONS | {","}), 0)
    noun = c[verb + 1 : end]
    if not noun or not (g.w(noun[0]) in DETERMINERS or is_name(g.text(noun[0]))):
        return [pronoun]
    if not g.nounish(noun) or (g.be(noun) == "are") != (g.w(pronoun) == "them"):
        return [pronoun]
    return noun


def _own_subject(g: Grammar, c: list[int], k: int) -> tuple[Statement, int] | None:
    """An aside with its own subject, opened at position k: ` - V-ed … -` between dashes after
    a noun ("Lebanon - sandwiched between Mali and Mozambique -": "Lebanon is sandwiched …")."""
    end = next((j for j in range(k + 1, len(c)) if _breaks(g, c[j])), len(c))
    words = c[k + 1 : end]
    dashed = g.text(c[k]) in _DASHES and end < len(c) and g.text(c[end]) in _DASHES
    if dashed and len(words) >= 2 and (is_participle(g.text(words[0]))):
        start = g.np_start(c, k)
        noun = c[start:k]
        if noun and g.nounish(noun):
            return Statement((*noun, g.be(noun), *words), (c[start], words[-1])), end + 1
    return None


def _adjuncts(g: Grammar, c: list[int], out: list[Statement]) -> list[int]:
    """`…delivered, mainly to A but also to B, among others`: the clause alone, and the clause
    with each adjunct; `among others` stays out (it only says the list is open)."""
    k = next(
        (
            k
            for k in range(1, len(c) - 2)
            if g.text(c[k]) == ","
            and cue("focus-adverbs").fullmatch(g.w(c[k + 1]))
            and g.w(c[k + 2]) in PREPOSITIONS
        ),
        0,
    )
    if not k or g.first_finite(c[:k]) < 0:
        return c
    end = next((j for j in range(k + 1, len(c)) if g.text(c[j]) == ","), len(c))
    tail = c[end + 1 :]
    if tail and " ".join(g.w(i) for i in tail) not in ("among others", "among other things"):
        return c
    items: list[list[int]] = [[]]
    for j in range(k + 1, end):
        if g.w(c[j]) == "but" and j + 1 < end and g.w(c[j + 1]) == "also":
            items.append([])
            continue
        items[-1].append(c[j])
    if len(items) < 2 or not all(items):
        return c
    part = _without_count(g, c[:k])  # each adjunct holds of a part: the total does not carry
    for item in items:
        out.append(Statement((*part, *item), (item[0], item[-1])))
    return c[:k]


def _without_count(g: Grammar, c: list[int]) -> list[int]:
    """The clause with the count (and the word softening it) that opens its subject dropped."""
    text = " ".join(g.w(i) for i in c)
    soft = cue("approximators").match(text)
    skip = len(soft.group().split()) if soft else 0
    if skip < len(c) and is_count(g.text(c[skip])) and skip + 1 < g.first_finite(c):
        return c[skip + 1 :]
    return c


def asides(g: Grammar, c: list[int], out: list[Statement]) -> list[int]:
    """Move the clause's perfect-participle, concession and dashed participle asides into
    `out`; the rest of the clause."""
    k = 1
    while k < len(c) - 2:
        own = _own_subject(g, c, k) if _breaks(g, c[k]) else None
        if own is None:
            k += 1
            continue
        out.append(own[0])
        c = c[:k] + c[own[1] :]
    c = _adjuncts(g, c, out)
    subject = _subject(g, c)
    if not subject:
        return c
    plural = g.be(subject) == "are"
    k = len(subject) + 1
    while k < len(c) - 2:
        doing = _doing(g, c, k, subject, plural) if g.first_finite(c) == len(subject) else None
        if doing is not None:
            for predicate in doing[0]:
                out.append(Statement((*subject, *predicate), (c[k + 1], c[-1])))
            return c[:k]
        found = _aside(g, c, k, plural) if _breaks(g, c[k]) else None
        if found is None:
            k += 1
            continue
        predicate, end = found
        out.append(Statement((*subject, *predicate), (c[k + 1], c[end - 1])))
        c = c[:k] + c[end:]
    return c

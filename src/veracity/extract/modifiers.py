"""Statements a sentence makes inside its noun phrases, stated on their own as a desk would.

- an origin compound: "the first batch of US-made Abrams tanks was delivered" also says "The
  Abrams tanks are US-made." (`<Name>-made`, `-built`, `-designed`, `-produced`,
  `-manufactured` before a noun phrase that names a system);
- an agent of a predicate noun: "The Gripen is a fighter aircraft developed by Saab AB" also
  says "The Gripen was developed by Saab AB.", since the copula makes subject and predicate
  noun one thing (and a phrase joined to the agent, "… and in production since 1987", says
  "The Gripen is in production since 1987.");
- a reduced relative clause with an agent: "replacing it with the F/A-18E/F Super Hornet made
  by U.S.-based Boeing Corporation" says "The F/A-18E/F Super Hornet is made by U.S.-based
  Boeing Corporation." (a named system, a participle, `by`, no comma between), and one with a
  past time ("Global Fire Power's 2023 Rankings announced this week" says "… were announced
  this week.": `this`/`last` week, month or year, `in` a year, `on` a day);
- a value after a noun phrase: "signed a deal Tuesday worth about 2.1 billion kroner to buy 24
  F-16s" says "The deal to buy 24 F-16s is worth about 2.1 billion kroner." (`worth`, then a
  figure within three words; a day named after the noun is when, not what; a list before
  `worth` is valued as a whole; an infinitive after the value says what the noun is for; none
  after the object of a preposition, "arms to the island worth billions", which is ambiguous);
- a role before the names that are the subject: "Manufacturing partners Embraer and Saab
  inaugurated …" says "Embraer and Saab are manufacturing partners." (common nouns, the last
  agreeing in number with the names; "rival maker Dassault" → "Dassault is a rival maker.");
- a caption, a sentence with no verb whose second part opens with an adverb or a preposition:
  "Iranian F-14 Tomcat fighters, originally from the United States (undated)." says
  "Iranian F-14 Tomcat fighters are originally from the United States." (a bracketed note
  after it is the caption's, not the claim's).

The sentence itself is kept as it is, and these are added beside it; only a predicate-noun
agent that ends the sentence (with the phrase joined to it) is taken out of it, since it is
stated on its own: "The Gripen is a fighter aircraft."
"""

from __future__ import annotations

import re

from veracity.extract.grammar import Grammar
from veracity.extract.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    PREPOSITIONS,
    classes,
    is_name,
    is_number,
    is_participle,
    is_plural,
    words,
)
from veracity.extract.tokens import Piece, Statement

__all__ = ["caption", "modifiers"]

_ORIGIN = re.compile(r"^[A-Z][\w.]*-(?:made|built|designed|produced|manufactured)$")
_COPULAS = frozenset(["is", "are", "was", "were"])
_WHEN = words("monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow")
_MAX_ROLE = 3
_PERIODS = words("week month year spring summer autumn fall winter")
_YEAR = re.compile(r"(?:19|20)\d\d")
_STOP = PREPOSITIONS | AUXILIARIES | {",", ";", ":", ".", "(", ")", "and", "or", "that", "which"}


def _origins(g: Grammar, c: list[int], out: list[Statement]) -> None:
    for k, i in enumerate(c[:-1]):
        if not _ORIGIN.match(g.text(i)):
            continue
        end = k + 1
        while end < len(c) and g.w(c[end]) not in _STOP and not g.finite_at(c, end):
            end += 1
        noun = c[k + 1 : end]
        if noun and g.nounish(noun) and g.anchored(noun):  # a named system, not "products"
            pieces: tuple[Piece, ...] = ("the", *noun, g.be(noun), i)
            out.append(Statement(pieces, (i, noun[-1])))


def _agent(g: Grammar, c: list[int], out: list[Statement]) -> int | None:
    """The predicate noun's agent (and a phrase joined to it) as statements of the subject;
    where they start when they end the clause, so the clause is left with its predicate noun
    alone ("The Gripen is a fighter aircraft."), else None."""
    verb = g.first_finite(c)
    if verb <= 0 or g.w(c[verb]) not in _COPULAS or verb + 2 >= len(c):
        return None
    if g.w(c[verb + 1]) not in ("a", "an", "the"):
        return None
    for k in range(verb + 2, len(c) - 2):
        if g.text(c[k]) in ",;:":
            return None
        if is_participle(g.text(c[k])) and g.w(c[k + 1]) == "by":
            end = next((j for j in range(k + 2, len(c)) if g.w(c[j]) in _STOP - {"of"}), len(c))
            past = "were" if g.w(c[verb]) in ("are", "were") else "was"
            out.append(Statement((*c[:verb], past, *c[k:end]), (c[k], c[end - 1])))
            if end + 2 < len(c) and g.w(c[end]) == "and" and g.w(c[end + 1]) in PREPOSITIONS:
                stop = next((j for j in range(end + 1, len(c)) if g.text(c[j]) in ",;:"), len(c))
                phrase = c[end + 1 : stop]  # "… developed by Saab AB and in production since 1987"
                out.append(Statement((*c[: verb + 1], *phrase), (phrase[0], phrase[-1])))
                end = stop
            return k if end == len(c) else None
    return None


def _reduced(g: Grammar, c: list[int], out: list[Statement]) -> None:
    """`… the F/A-18E/F Super Hornet made by U.S.-based Boeing`: a named system followed by a
    participle and its agent, no comma between, is said to be made by that agent."""
    main = g.first_finite(c)
    for k in range(2, len(c) - 2):
        when = _when_at(g, c, k + 1)
        if k == main or (g.w(c[k + 1]) != "by" and not when) or not is_participle(g.text(c[k])):
            continue
        if g.w(c[k - 1]) in AUXILIARIES or g.text(c[k - 1]) in ",;:":
            continue
        start = g.np_start(c, k)
        noun = c[start:k]
        if start == k or not noun or not g.anchored(noun) or not g.nounish(noun):
            continue
        if g.w(noun[0]) not in ("the", "a", "an") and not g.text(noun[0])[:1].isupper():
            continue
        lead: tuple[Piece, ...] = () if g.w(noun[0]) in ("the", "a", "an") else ("the",)
        if when:  # "… Rankings announced this week": a past event, said in the past
            if any(g.w(i).endswith(("'s", "’s")) for i in noun):
                lead = ()  # "Global Fire Power's … Rankings": the possessive determines it
            many = g.be(noun) == "are" or is_plural(g.w(noun[-1]))
            past = "were" if many else "was"
            end = k + 1 + when
            out.append(Statement((*lead, *noun, past, *c[k:end]), (noun[0], c[end - 1])))
            continue
        end = next((j for j in range(k + 2, len(c)) if g.w(c[j]) in _STOP - {"of"}), len(c))
        out.append(Statement((*lead, *noun, g.be(noun), *c[k:end]), (noun[0], c[end - 1])))


def _when_at(g: Grammar, c: list[int], k: int) -> int:
    """How many words of a past time phrase start at position k: `this week`, `last year`,
    `in 2023`, `on Monday` (0 when none does)."""
    if k + 1 >= len(c):
        return 0
    first, second = g.w(c[k]), g.w(c[k + 1])
    if first in ("this", "last") and second in _PERIODS:
        return 2
    if first == "in" and _YEAR.fullmatch(second):
        return 2
    return 2 if first == "on" and second in _WHEN else 0


def _worth(g: Grammar, c: list[int], out: list[Statement]) -> None:
    """`… a deal Tuesday worth about 2.1 billion kroner ($300 million) to buy 24 F-16s`: the
    noun phrase before `worth` is worth the figure after it."""
    main = g.first_finite(c)
    for k in range(max(main, 0) + 1, len(c) - 1):
        if g.w(c[k]) != "worth" or not any(is_number(g.text(i)) for i in c[k + 1 : k + 4]):
            continue
        noun_end = k
        while noun_end > 0 and g.w(c[noun_end - 1]) in _WHEN:
            noun_end -= 1
        start = g.np_start(c, noun_end)
        while start > 1 and g.w(c[start - 1]) == "and" and g.np_start(c, start - 1) < start - 1:
            start = g.np_start(c, start - 1)  # "combat vehicles and related services worth"
        if start > 0 and g.w(c[start - 1]) == "to" and "VERB" in classes(g.text(c[start])):
            start += 1  # "to supply combat vehicles …": the infinitive is not the noun's
        noun = c[start:noun_end]
        if not noun or not g.nounish(noun) or start <= main:
            continue
        if g.w(c[start - 1]) in PREPOSITIONS:
            continue  # "provided arms to the island worth billions": arms or island?
        end = next(j for j in range(k + 1, k + 4) if is_number(g.text(c[j]))) + 1
        depth = 0
        while end < len(c):
            word = g.text(c[end])
            depth += (word in "([") - (word in ")]")
            if not depth and word != ")" and (word in ",;:" or g.w(c[end]) in PREPOSITIONS):
                break
            end += 1
        purpose: list[int] = []
        if end + 1 < len(c) and g.w(c[end]) == "to" and "VERB" in classes(g.text(c[end + 1])):
            stop = next((j for j in range(end, len(c)) if g.text(c[j]) in ",;:"), len(c))
            purpose = c[end:stop]  # "to buy 24 F-16s": what the deal is for
        head = noun[1:] if g.w(noun[0]) in ("a", "an", "the") else noun
        pieces: tuple[Piece, ...] = ("the", *head, *purpose, g.be(noun), *c[k:end])
        out.append(Statement(pieces, (noun[0], c[end - 1])))
        return


def _role(g: Grammar, c: list[int], out: list[Statement]) -> None:
    """`Manufacturing partners Embraer and Saab inaugurated …`: common nouns before the names
    that are the subject say what they are ("Embraer and Saab are manufacturing partners.")."""
    j = 0
    while j < len(c) and not is_name(g.text(c[j]), c[j] == 0):
        kinds = classes(g.text(c[j]))
        if g.w(c[j]).endswith("ing"):
            kinds |= {"ADJ"}  # "Manufacturing partners": a gerund modifies the noun
        if (j and g.text(c[j])[:1].isupper()) or not kinds & {"NOUN", "ADJ"} or j >= _MAX_ROLE:
            return  # a role is a few nouns and adjectives: "Defense industry reports said" is not
        if g.w(c[j]) in _STOP or g.w(c[j]) in DETERMINERS:
            return
        j += 1
    verb = j
    while verb < len(c) and (is_name(g.text(c[verb])) or g.w(c[verb]) in (",", "and")):
        verb += 1
    role, names = c[:j], c[j:verb]
    if not role or not names or verb >= len(c) or not g.finite_at(c, verb):
        return
    if classes(g.text(names[0])) or "NOUN" not in classes(g.text(role[-1])):
        return  # "Defense Minister Blaszczak": the title is capitalised, part of the name
    if g.w(role[0]) in DETERMINERS or any(g.w(i) in PREPOSITIONS for i in role):
        return
    many = any(g.w(i) == "and" for i in names)
    if many != is_plural(g.w(role[-1])):
        return  # "partners Embraer and Saab", "rival Dassault": the role agrees with the names
    article = "an" if g.w(role[0])[:1] in "aeiou" else "a"
    words: list[Piece] = [g.w(role[0]), *role[1:]]
    pieces: tuple[Piece, ...] = (*names, *(("are",) if many else ("is", article)), *words)
    out.append(Statement(pieces, (role[0], names[-1])))


def modifiers(g: Grammar, c: list[int], out: list[Statement]) -> list[int]:
    """Add the statements made by the clause's origin compounds, predicate-noun agents,
    reduced relative clauses with an agent and values; return the clause, without a
    predicate-noun agent that ends it (stated on its own)."""
    _origins(g, c, out)
    _role(g, c, out)
    _worth(g, c, out)
    cut = _agent(g, c, out)
    _reduced(g, c, out)
    return c if cut is None else c[:cut]


def caption(g: Grammar, c: list[int]) -> Statement | None:
    """A verbless `NP, predicate` sentence as `NP is/are predicate`; None for anything else."""
    if g.first_finite(c) >= 0:
        return None
    comma = next((k for k, i in enumerate(c) if g.text(i) == ","), -1)
    if comma <= 0 or comma + 1 >= len(c) or not g.anchored(c[:comma]):
        return None
    rest = c[comma + 1 :]
    opening = g.w(rest[0])
    if not (opening.endswith("ly") or opening in PREPOSITIONS):
        return None  # "originally from …", "at the plant …": not a list or a participle
    if g.text(rest[-1]) == ")" and "(" in [g.text(i) for i in rest]:
        rest = rest[: max(k for k, i in enumerate(rest) if g.text(i) == "(")]
    if not rest or not g.nounish(c[:comma]):
        return None
    return Statement((*c[:comma], g.be(c[:comma]), *rest), (c[0], rest[-1]))

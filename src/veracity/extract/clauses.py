"""Sentence-level rules: the frame, side statements, and clauses cut apart.

- `frame`: a leading connective ("Furthermore,"), a dateline ("WARSAW —", "SEOUL, Jan. 27
  (Yonhap) --"), a layout label ("Details:", cue group `section-labels`) and a closing
  picture credit ("[Getty images]") are dropped; a leading adverbial ("In 2024,", "By the end
  of the year,") is the frame every statement keeps.
- `side_statements`: a relative clause (", which entered service in 2023,", ", since which
  time Embraer and Saab …" → "Since 2014 Embraer and Saab …"), a participle
  phrase with an agent (", produced by Kazakhstan Paramount Engineering,", running over the
  list of names it opens: ", followed by Russia, China, and India") or between the
  subject and its verb (", equipped with 120-millimeter guns, were"), and an apposition after a
  name or a designation (", the U.S. commander in Europe,", ", a variant of M1 Abrams,", or
  a role without an article, ", chairman of the executive board of Rheinmetall AG,"), and a
  place's distance and bearing after its name (", 140 kilometers south of Seoul,") become
  statements about the noun phrase they follow (without its count: the type's), and are taken
  out of the sentence.
- `bracket_statements`: a bracket holding a clause is an aside a desk states on its own: a
  relative one after a preposition ("Aerosud (in which Paramount has a stake)" → "Paramount has
  a stake in Aerosud") or with `which` / `who` is said of the noun phrase before the bracket,
  one with a subject of its own ("(a follow-on order was announced in May)") stands as it is;
  either is taken out of the sentence. A bracket without a verb ("(HAL)") stays.
- `clauses`: clauses joined by ";", ", and", ", while", ", although", ", but" … are cut apart.
  A clause that starts with its verb ("… and will begin production") carries the first
  clause's subject (every such clause of a longer chain, not only the next), and so does one
  whose subject is a pronoun ("…, and it will receive them" → "India will receive them"); one
  with a subject of its own must follow a comma, as English punctuates independent clauses
  ("Gen. X said the Su-30SM and the MiG-31 are threats" stays whole), unless the first clause
  reports no speech or belief and the second subject opens with a determiner ("X were placed
  in May and the latest batch adds 18" is cut). Two verbs joined by `and` with nothing
  between the first and `and` share the object after the second ("refurbishes and updates
  the fighters"): not cut there. A bare verb after `and` goes on
  under the first clause's modal or `to` ("is expected to boost … and strengthen …" → "X is
  expected to strengthen …"). A bare count as the subject of a clause with its own subject
  counts what the clause before counted ("flies six F-16s; four were delivered" → "Four F-16s
  were delivered"). Nothing inside a pair of spaced
  dashes is cut, as inside brackets.
"""

from __future__ import annotations

import re

import lemminflect

from veracity.extract.cues import cue
from veracity.extract.grammar import Grammar
from veracity.extract.lexicon import (
    AUXILIARIES,
    DETERMINERS,
    PREPOSITIONS,
    classes,
    is_count,
    is_name,
    is_number,
    is_participle,
    is_plural,
    is_verb,
)
from veracity.extract.tokens import Piece, Statement

__all__ = ["bracket_statements", "clauses", "frame", "side_statements"]

CONNECTIVES = frozenset(
    {"furthermore", "moreover", "additionally", "meanwhile", "however", "also", "besides"}
    | {"separately", "notably", "finally", "nevertheless", "therefore", "thus", "further"}
    | {"consequently", "overall", "still", "instead", "likewise", "similarly", "indeed"}
)
FRAME_STARTERS = PREPOSITIONS | {"this", "last", "next", "earlier", "later", "according"}
FRAME_STARTERS |= {"yesterday", "today", "tomorrow", "following", "as", "prior"}
CLAUSE_CONJUNCTIONS = frozenset(["while", "whereas", "although", "though", "but", "yet"])
RELATIVES = frozenset(["which", "who"])
_PLURAL_VERBS = frozenset(["are", "were", "have"])
_PLURAL_DESIGNATION = re.compile(r"[A-Z0-9]s$")  # "F-16s", "Su-30SMs"
PRONOUNS = frozenset(["it", "they", "he", "she"])
MAX_FRAME = 16
MAX_DATELINE = 12
"""Tokens before a dateline's dash at most ("SEOUL , Jan . 27 ( Yonhap )")."""
_DASHES = frozenset("—–")


def frame(g: Grammar) -> tuple[list[int], list[int]]:
    """(frame, body): the leading adverbial with its comma, and the rest of the sentence."""
    idx = list(range(len(g.t)))
    while idx and g.text(idx[-1]) in ".!?":
        idx.pop()
    if idx and g.text(idx[-1]) in ")]":
        opening = max((k for k, i in enumerate(idx) if g.text(i) in "(["), default=0)
        words = " ".join(g.text(i) for i in idx[opening + 1 : -1])
        if opening and cue("picture-credits").search(words):
            idx = idx[:opening]  # "… above Israel [Getty images]": a picture credit
    if len(idx) > 2 and g.w(idx[0]) in CONNECTIVES and g.text(idx[1]) == ",":
        idx = idx[2:]
    idx = _without_dateline(g, idx)
    idx = _without_label(g, idx)
    if idx and g.w(idx[0]) in FRAME_STARTERS:
        for k in range(1, min(len(idx) - 2, MAX_FRAME)):
            if g.text(idx[k]) == ",":
                if g.first_finite(idx, 1, k) < 0:
                    return idx[: k + 1], idx[k + 1 :]
                break
    return [], idx


def _dash(g: Grammar, idx: list[int], k: int) -> int:
    """Tokens of a dash at position k: 1 for "—" or "–", 2 for a typed "--", else 0."""
    if g.text(idx[k]) in _DASHES:
        return 1
    return 2 if g.text(idx[k]) == "-" and k + 1 < len(idx) and g.text(idx[k + 1]) == "-" else 0


def _without_dateline(g: Grammar, idx: list[int]) -> list[int]:
    """The sentence without its dateline: "WARSAW —", "COPENHAGEN, Denmark (AP) —", or with
    a date, "SEOUL, Jan. 27 (Yonhap) --" (a date only after a place in capitals)."""
    for k in range(1, min(MAX_DATELINE, len(idx) - 1)):
        if size := _dash(g, idx, k):
            head = [g.text(i) for i in idx[:k]]
            dated = head[0].isupper() and len(head[0]) > 1
            if all(
                w[:1].isupper()
                or w in ",()"
                or (dated and ((w.isdigit() and len(w) <= 2) or w == "."))
                for w in head
            ):
                return idx[k + size :]
            return idx
    return idx


def _without_label(g: Grammar, idx: list[int]) -> list[int]:
    """The sentence without a layout label before a colon ("Details:", "Key Points:")."""
    colon = next((k for k in range(1, min(5, len(idx) - 1)) if g.text(idx[k]) == ":"), 0)
    label = " ".join(g.w(i) for i in idx[:colon])
    if colon and cue("section-labels").fullmatch(label):
        return idx[colon + 1 :]
    return idx


def side_statements(g: Grammar, c: list[int], out: list[Statement]) -> list[int]:
    """Move relative clauses, agent phrases and appositions into `out`; return the rest."""
    k = 1
    while k < len(c) - 2:
        taken = _side_statement(g, c, k, out) if g.text(c[k]) == "," else None
        if taken is None:
            k += 1
            continue
        c = c[:k] + c[taken + 1 :] if taken < len(c) else c[:k]
    return c


def _side_statement(g: Grammar, c: list[int], k: int, out: list[Statement]) -> int | None:
    """The statement opened by the comma at position k; the position where it ends."""
    following, after = g.w(c[k + 1]), g.w(c[k + 2])
    if following.endswith("ly") and k + 3 < len(c) and is_participle(after):
        following, after = after, g.w(c[k + 3])  # ", jointly developed by …"
    end = next((j for j in range(k + 1, len(c)) if g.text(c[j]) == ","), len(c))
    start = g.np_start(c, k)
    if start == k:
        return None
    noun = c[start:k]
    pieces: list[Piece]
    if following in PREPOSITIONS and after == "which":
        rest = k + 3 + bool(k + 3 < end and cue("relative-nouns").fullmatch(g.w(c[k + 3])))
        said = _before_result(g, c, rest, end)
        pieces = [c[k + 1], *noun, *c[rest:said]]  # ", since which time X" → "since <noun> X"
    elif following in RELATIVES:
        if after in _PLURAL_VERBS and not is_plural(g.text(noun[-1])):
            start = _coordinated_start(g, c, start)  # "Chile and Peru, which are …"
            noun = c[start:k]
        pieces = [*noun, *c[k + 2 : end]]
    elif is_participle(following) and (
        after == "by" or (after in PREPOSITIONS and end < len(c) - 1 and g.finite_at(c, end + 1))
    ):
        noun = _type_of(g, noun)  # "180 K2 tanks, made by …": the maker is the type's
        end = _list_end(g, c, end)
        pieces = [*noun, g.be(noun), *c[k + 1 : end]]
    elif _bearing(g, c, k, end):
        pieces = [*noun, g.be(noun), *c[k + 1 : end]]  # "Cheongju, 140 km south of Seoul"
        out.append(Statement(tuple(pieces), (c[start], c[end - 1])))
        return end - 1 if end < len(c) else end  # the comma after it stays: ", ending …"
    elif _apposition(g, c, k, end):
        noun = _type_of(g, noun)
        pieces = [*noun, g.be(noun), *c[k + 1 : end]]
    else:
        return None
    out.append(Statement(tuple(pieces), (c[start], c[end - 1])))
    return end


def _words(g: Grammar, c: list[int]) -> str:
    return " ".join(g.text(i) for i in c)


def _coordinated_start(g: Grammar, c: list[int], start: int) -> int:
    """Where the coordination ending with the noun phrase at `start` begins ("Chile, Peru
    and Brazil"): a plural verb after a relative pronoun is said of all of them."""
    while start > 1 and (g.w(c[start - 1]) in ("and", ",")):
        joint = start - 1 - (g.w(c[start - 1]) == "and" and g.text(c[start - 2]) == ",")
        before = g.np_start(c, joint)
        if before == joint:
            break
        start = before
    return start


def bracket_statements(g: Grammar, c: list[int], out: list[Statement]) -> list[int]:
    """Move the clauses in brackets of `c` into `out`; return the rest."""
    k = 1
    while k < len(c):
        close = _closing(g, c, k) if g.text(c[k]) == "(" else -1
        statement = _bracket_clause(g, c, k, close) if close > k + 2 else None
        if statement is None:
            k += 1
            continue
        out.append(statement)
        c = c[:k] + c[close + 1 :]
    return c


def _closing(g: Grammar, c: list[int], k: int) -> int:
    """The position of the bracket closing the one opened at k, or -1."""
    depth = 0
    for j in range(k, len(c)):
        depth += (g.text(c[j]) == "(") - (g.text(c[j]) == ")")
        if depth == 0:
            return j
    return -1


def _bracket_clause(g: Grammar, c: list[int], k: int, close: int) -> Statement | None:
    """The statement of the bracket c[k..close]: its clause, about the noun phrase before it
    when it is relative; None when it holds no clause."""
    inside = c[k + 1 : close]
    own = (c[k + 1], c[close - 1])
    noun = c[g.np_start(c, k) : k]
    if len(inside) > 2 and g.w(inside[0]) in PREPOSITIONS and g.w(inside[1]) == "which":
        clause = inside[2:]
        if noun and g.first_finite(clause) > 0 and _subject(g, clause[: g.first_finite(clause)]):
            return Statement((*clause, inside[0], *noun), own)
        return None
    if g.w(inside[0]) in RELATIVES:
        if noun and g.finite_at(inside, 1):
            return Statement((*noun, *inside[1:]), own)
        return None
    verb = g.first_finite(inside)
    if verb > 0 and _subject(g, inside[:verb]) and g.w(inside[0]) not in PRONOUNS:
        return Statement(tuple(inside), own)
    return None


def _list_end(g: Grammar, c: list[int], end: int) -> int:
    """Where a phrase ending at the comma `end` really ends: after the list it opens, when
    the comma goes on with names and an `and` closes them (", followed by Russia, China,
    India, and South Korea."); else `end`."""
    j = end
    while j < len(c) and g.text(c[j]) == ",":
        stop = next((i for i in range(j + 1, len(c)) if g.text(c[i]) == ","), len(c))
        item = c[j + 1 : stop]
        closes = bool(item) and g.w(item[0]) == "and"
        words = item[1:] if closes else item
        if not words or g.first_finite(words) >= 0 or not all(is_name(g.text(i)) for i in words):
            return end
        j = stop
        if closes:
            return j
    return end


def _before_result(g: Grammar, c: list[int], start: int, end: int) -> int:
    """Where a relative clause's own statement ends: before a spaced dash that opens `and` and
    a participle of a result (" – and leading to …", cue group `participles-not-of-the-
    subject`), which is said of the whole event, not of the clause's subject; else `end`."""
    for j in range(start + 1, end - 2):
        opens = g.text(c[j]) in _DASHES and g.w(c[j + 1]) == "and"
        if opens and cue("participles-not-of-the-subject").fullmatch(g.w(c[j + 2])):
            return j
    return end


def _type_of(g: Grammar, noun: list[int]) -> list[int]:
    """The noun phrase without its count: what a maker, an equipment or a kind is said of is
    the type ("The 38 M1A2T tanks, equipped with …" → "The M1A2T tanks are equipped with …")."""
    if len(noun) > 2 and g.w(noun[0]) in DETERMINERS and is_count(g.w(noun[1])):
        return [noun[0], *noun[2:]]
    while len(noun) > 1 and is_count(g.w(noun[0])):
        noun = noun[1:]
    return noun


def _apposition(g: Grammar, c: list[int], k: int, end: int) -> bool:
    """`Gen. Smith, the U.S. commander in Europe, said`: a name (or a phrase naming a system
    or carrying a figure), a noun phrase (or `one of` a group), a verb."""
    start = g.np_start(c, k)
    return (
        end < len(c) - 1
        and (is_name(g.text(c[k - 1])) or g.anchored(c[start:k]))
        and (
            g.w(c[k + 1]) in {"the", "a", "an"}
            or (g.w(c[k + 1]) == "one" and g.w(c[k + 2]) == "of")  # ", one of the biggest …,"
            or _bare_role(g, c, k + 1, end)
        )
        and g.first_finite(c[k + 1 : end]) < 0
        and (g.finite_at(c, end + 1) or _adverb_then_verb(g, c, end + 1))
    )


def _adverb_then_verb(g: Grammar, c: list[int], k: int) -> bool:
    """An adverb, then the verb (`, also agreed`): the clause's verb after an apposition."""
    return k + 1 < len(c) and classes(g.text(c[k])) == {"ADV"} and g.finite_at(c, k + 1)


def _bearing(g: Grammar, c: list[int], k: int, end: int) -> bool:
    """`Cheongju, 140 kilometers south of Seoul`: a place's name, then a distance, a bearing
    (cue groups `distance-units`, `compass-directions`) and `of` a place."""
    if end - k < 5 or not is_name(g.text(c[k - 1])) or not is_count(g.text(c[k + 1])):
        return False
    unit = 2 if cue("distance-units").fullmatch(_words(g, c[k + 2 : k + 4])) else 1
    if unit == 1 and not cue("distance-units").fullmatch(g.w(c[k + 2])):
        return False
    bearing, of = k + 2 + unit, k + 3 + unit
    return (
        of < end
        and bool(cue("compass-directions").fullmatch(g.w(c[bearing])))
        and g.w(c[of]) == "of"
        and g.first_finite(c[k + 1 : end]) < 0
    )


def _bare_role(g: Grammar, c: list[int], k: int, end: int) -> bool:
    """`chairman of the executive board of …`, `president and CEO of …`: a role without an
    article, a lower-case noun with `of` in its next three words."""
    word = g.text(c[k])
    if not word.islower() or "NOUN" not in classes(word) or is_verb(word):
        return False
    return any(g.w(i) == "of" for i in c[k + 1 : min(end, k + 4)])


def clauses(g: Grammar, c: list[int]) -> list[tuple[list[int], list[int]]]:
    """Cut at coordinated clauses: (carried subject, clause) pairs."""
    verb = g.first_finite(c)
    if verb < 0:
        return [([], c)]
    subject = c[:verb]
    while len(subject) > 1 and classes(g.text(subject[-1])) == {"ADV"}:
        subject = subject[:-1]  # "The Philippines also operates …": carry "The Philippines"
    depth = 0
    aside = _dash_asides(g, c)
    for k in range(verb + 1, len(c) - 1):
        word = g.text(c[k])
        depth += (word in "([") - (word in ")]")
        if k in aside:
            continue
        lower = word.lower()
        comma = g.text(c[k - 1]) in ",;"
        if depth or not (word == ";" or lower == "and" or (comma and lower in CLAUSE_CONJUNCTIONS)):
            continue
        if lower == "but" and cue("correlative-openers").search(_words(g, c[verb:k])):
            continue  # "emphasizes not just raw numbers, but also how …": one statement
        right = c[k + 1 :]
        left = c[: k - 1] if g.text(c[k - 1]) == "," else c[:k]
        if _shared_object(g, c, verb, k):
            continue
        if g.finite_at(right, 0) and not _modifier(g, right):
            carried = [*subject, *_verb_chain(g, c, verb, k, right)]
            return [([], left), *_carry(g, carried, clauses(g, right))]
        own = g.first_finite(right)
        if own == 1 and g.w(right[0]) in PRONOUNS and g.w(c[0]) not in PRONOUNS:
            # ", and it will …": the pronoun is the subject
            return [([], left), *_carry(g, subject, clauses(g, right[1:]))]
        if (
            (comma or word == ";" or _unreported(g, c, verb, right))
            and own > 0
            and _subject(g, right[:own])
        ):
            if own == 1 and is_count(g.text(right[0])) and (noun := _counted(g, left)):
                right = [right[0], *noun, *right[1:]]  # "six F-16s; four were …": four F-16s
            return [([], left), *clauses(g, right)]
    return [([], c)]


def _counted(g: Grammar, c: list[int]) -> list[int]:
    """The plural noun phrase the clause counts last ("flies six F-16s" → "F-16s"), after its
    count and up to a preposition or the clause's end; empty when it counts none."""
    counts = [k for k in range(len(c) - 1) if is_count(g.text(c[k]))]
    if not counts:
        return []
    noun: list[int] = []
    for i in c[counts[-1] + 1 :]:
        if g.w(i) in PREPOSITIONS or g.text(i) in ",;()":
            break
        noun.append(i)
    last = g.text(noun[-1]) if noun else ""
    return noun if is_plural(last) or _PLURAL_DESIGNATION.search(last) else []


def _unreported(g: Grammar, c: list[int], verb: int, right: list[int]) -> bool:
    """An `and` without a comma may open a clause with its own subject when that subject opens
    with a determiner ("and the company is …"; a bare name may be the second of coordinated
    subjects), the sentence is no quotation, and the first clause is no report of speech or
    belief up to its verb (cue groups `speech`, `belief-verbs`): no `said` takes both as what
    was said."""
    if verb == 0 or g.w(right[0]) not in DETERMINERS or g.text(c[0])[:1] in "\"“‘'":
        return False
    words = " ".join(g.text(i) for i in c[: verb + 1])
    return not (cue("speech").search(words) or cue("belief-verbs").search(words))


def _dash_asides(g: Grammar, c: list[int]) -> set[int]:
    """Positions inside a pair of spaced dashes (" – bearing the numbers 209, 210, and 211 – "):
    an aside, like a bracket, that no clause boundary cuts."""
    dashes = [k for k in range(len(c)) if g.text(c[k]) in _DASHES]
    inside: set[int] = set()
    for a, b in zip(dashes[::2], dashes[1::2], strict=False):
        inside.update(range(a + 1, b))
    return inside


_MODALS = frozenset(["will", "would", "could", "can", "may", "might", "must", "shall", "should"])


def _verb_chain(g: Grammar, c: list[int], verb: int, k: int, right: list[int]) -> list[int]:
    """The words before an infinitive that a bare verb after `and` goes on ("is expected to
    boost … and strengthen …", "will buy … and operate …"): the second verb is said under
    the same modal or `to`, so it carries them with the subject; else nothing."""
    if not right or not _bare(g.w(right[0])):
        return []
    last = -1
    for m in range(verb, k - 1):
        word = g.w(c[m])
        if word == "to" or word in _MODALS:
            if is_verb(g.text(c[m + 1])) or "VERB" in classes(g.text(c[m + 1])):
                last = m
            continue
        if not (word in AUXILIARIES or word.endswith("ly") or is_participle(word)):
            break
        if m > verb and last >= 0:
            break
    return c[verb : last + 1] if last >= 0 else []


def _bare(word: str) -> bool:
    """A verb's bare form (`strengthen`, `operate`): its own lemma."""
    if word in AUXILIARIES or word.endswith(("ed", "ing")):
        return False
    return word in lemminflect.getLemma(word, upos="VERB")


def _carry(
    g: Grammar, subject: list[int], rest: list[tuple[list[int], list[int]]]
) -> list[tuple[list[int], list[int]]]:
    """The subject carried to every clause of `rest` that starts with its verb and carries no
    subject yet ("X refurbishes the jets, updates them and has supplied them": all three are
    X's, not only the first)."""
    return [
        (subject if not carried and g.finite_at(clause, 0) else carried, clause)
        for carried, clause in rest
    ]


def _shared_object(g: Grammar, c: list[int], verb: int, k: int) -> bool:
    """`Paramount refurbishes and updates the fighters`: the verb just before `and` has no
    object, and a verb of the same kind (not an auxiliary) follows: both share the object, so
    the clause is not cut there. (`The jets arrived and were deployed` is cut.)"""
    if verb != k - 1 or k + 1 >= len(c):
        return False
    after = g.w(c[k + 1])
    return g.finite_at(c, k + 1) and after not in AUXILIARIES and g.w(c[verb]) not in AUXILIARIES


def _modifier(g: Grammar, c: list[int]) -> bool:
    """`related equipment`, `related services`: an -ed word before a noun modifies it when the
    noun can only be one, or when the -ed word is an adjective too."""
    if len(c) < 2 or not g.w(c[0]).endswith("ed") or g.w(c[1]) in DETERMINERS:
        return False
    after = classes(g.text(c[1]))
    if not after or is_name(g.text(c[1])) or is_number(g.text(c[1])):
        return False
    return after <= {"NOUN", "ADJ"} or ("NOUN" in after and "ADJ" in classes(g.text(c[0])))


def _subject(g: Grammar, c: list[int]) -> bool:
    if any(g.text(i) in ",;:" for i in c) or g.w(c[0]) in PREPOSITIONS:
        return False
    return g.nounish(c)

"""Clause-level rules: hedges, absolute phrases, lists and coordinated noun phrases.

- a hedge (", likely due to …") gives the clause without it, and the whole clause kept as
  speculation;
- an absolute phrase (", with over 1,500 units of military equipment repaired so far") becomes
  "Over 1,500 units of military equipment have been repaired so far."; one with a present
  participle after a spaced dash (" - with sympathetic figures occupying key roles") gives the
  clause without it, and the whole clause kept, since it carries commentary more often than
  fact;
- a list after "including" / "such as" whose items name systems or carry figures gives one
  statement per item, and an item's origin ("the COBRA II from Turkish Otocar") one more;
  any other list after ", including" leaves the clause whole, and its head ("Venezuela boasts
  123,000 personnel") is stated alone as well;
- coordinated noun phrases that name systems or carry figures are distributed: as subjects
  ("five hundred new fighter jets and … missile systems are being procured", the verb made to
  agree) and as the clause's last phrase ("plans to acquire … (SUNQAR) and … (EVOMax)"),
  except a list that is one statement: the whole make-up after a verb such as "comprise",
  the values of one plural noun ("with the numbers 209, 210, and 211"), and every member of
  a counted subject ("The top five countries included A, B, C, D and E").
"""

from __future__ import annotations

from itertools import pairwise

import lemminflect

from veracity.extract.additions import additions, each_with, floating, object_of
from veracity.extract.cues import cue
from veracity.extract.grammar import Grammar
from veracity.extract.lexicon import (
    DETERMINERS,
    PREPOSITIONS,
    classes,
    is_count,
    is_name,
    is_number,
    is_participle,
    is_plural,
)
from veracity.extract.parallel import parallel_items
from veracity.extract.tokens import Piece, Statement
from veracity.ordinals import cardinal_value, ordinal_value

__all__ = ["HEDGES", "clause_statements"]

_DASHES = frozenset("-–—")
HEDGES = frozenset(["likely", "probably", "possibly", "perhaps", "presumably", "apparently"])
_SINGULAR = {"are": "is", "were": "was", "have": "has"}


def clause_statements(g: Grammar, prefix: list[int], c: list[int], out: list[Statement]) -> None:
    """The statements of one clause, `prefix` (frame, carried subject) put before each."""
    for k in range(1, len(c) - 1):
        if g.text(c[k]) == "," and g.w(c[k + 1]) in HEDGES:
            out.append(Statement((*prefix, *c), (c[0], c[-1]), hedge=g.w(c[k + 1])))
            return clause_statements(g, prefix, c[:k], out)
    for k in range(1, len(c) - 2):
        if g.text(c[k]) == "," and g.w(c[k + 1]) == "with" and _absolute(g, c, k, out):
            return clause_statements(g, prefix, c[:k], out)
    for k in range(1, len(c) - 3):
        if g.text(c[k]) in _DASHES and g.w(c[k + 1]) == "with" and _ongoing(g, c, k):
            out.append(Statement((*prefix, *c), (c[0], c[-1])))  # kept whole: commentary
            return clause_statements(g, prefix, c[:k], out)
    if (tail := floating(g, c)) is not None:
        head, phrase = tail
        added = additions(g, head)
        objects = added[1] if added is not None else _items_of(g, object_of(g, head))
        clause_statements(g, prefix, head, out)
        out.extend(each_with(g, objects, phrase))
        return None
    if (added := additions(g, c)) is not None:
        head, objects = added
        for item in objects:
            clause_statements(g, prefix, [*head, *item], out)
        return None
    if parallel_items(g, prefix, c, out):
        return None
    if not (_listing(g, prefix, c, out) or _coordination(g, prefix, c, out)):
        out.append(Statement((*prefix, *c), (c[0], c[-1])))
    return None


def _items_of(g: Grammar, c: list[int]) -> list[list[int]]:
    """The items of an object that is a list of systems or figures, or the object whole."""
    items = g.items(c)
    if len(items) > 1 and _distributable(g, items, every=True):
        return items
    return [c] if c else []


def _ongoing(g: Grammar, c: list[int], k: int) -> bool:
    """` - with sympathetic figures occupying key roles …` after a spaced dash: an absolute
    phrase with a present participle and no figure, after a clause with a verb of its own.
    (After a comma, measured on the corpus, the clause alone is as often someone's view.)"""
    if g.first_finite(c[:k]) < 0:
        return False
    part = next((j for j in range(k + 3, len(c)) if g.w(c[j]).endswith("ing")), -1)
    if part < 0 or "VERB" not in classes(g.text(c[part])):
        return False
    noun = c[k + 2 : part]
    if any(is_number(g.text(i)) for i in noun):  # "with an additional 23,000 constituting …"
        return False
    return g.first_finite(noun) < 0 and g.nounish(noun) and g.w(c[k + 2]) not in PREPOSITIONS


def _absolute(g: Grammar, c: list[int], k: int, out: list[Statement]) -> bool:
    part = next((j for j in range(k + 3, len(c)) if is_participle(g.text(c[j]))), -1)
    noun = c[k + 2 : part]
    if part < 0 or g.first_finite(c, k + 2, part) >= 0 or not g.nounish(noun):
        return False
    out.append(Statement((*noun, g.be(noun, "has been"), *c[part:]), (c[k + 1], c[-1])))
    return True


def _listing(g: Grammar, prefix: list[int], c: list[int], out: list[Statement]) -> bool:
    for k in range(1, len(c) - 1):
        marker = k + 1 if g.w(c[k]) == "including" else 0
        if g.w(c[k]) == "such" and g.w(c[k + 1]) == "as":
            marker = k + 2
        if not marker:
            continue
        items = g.items(c[marker:])
        if items and g.w(items[0][0]) in PREPOSITIONS:  # "including to Vietnam and Indonesia"
            items = [items[0]] + [
                item if g.w(item[0]) in PREPOSITIONS else [items[0][0], *item] for item in items[1:]
            ]
        anchored = bool(items) and all(g.anchored(item) for item in items)
        if not anchored or (len(items) < 2 and _origin(g, items[0]) is None):
            head = c[: k - 1] if g.text(c[k - 1]) == "," else c[:k]
            if k == marker - 1 and g.text(c[k - 1]) == "," and g.first_finite(head) >= 0:
                out.append(Statement((*prefix, *head), (c[0], head[-1])))  # stated alone
            return False
        _distribute(g, [*prefix, *c[:marker]], items, c[0], out)
        return True
    return False


def _distribute(
    g: Grammar, head: list[int], items: list[list[int]], lead: int | None, out: list[Statement]
) -> None:
    """One statement per item after the shared head, and one per item's origin."""
    for item in items:
        origin = _origin(g, item)
        core = item if origin is None else item[:origin]
        out.append(Statement((*head, *core), (core[0] if lead is None else lead, core[-1])))
        if origin is not None:
            pieces: tuple[Piece, ...] = (*core, g.be(core, "comes"), *item[origin:])
            out.append(Statement(pieces, (core[0], item[-1])))


def _origin(g: Grammar, item: list[int]) -> int | None:
    """Where `from <Name>` starts in a list item (`the COBRA II from Turkish Otocar`)."""
    for k in range(1, len(item) - 1):
        if g.w(item[k]) == "from" and is_name(g.text(item[k + 1])):
            return k
    return None


def _coordination(g: Grammar, prefix: list[int], c: list[int], out: list[Statement]) -> bool:
    verb = g.first_finite(c)
    if verb < 0:
        return False
    depth = 0
    for k in range(1, len(c)):
        word = g.text(c[k])
        depth += (word in "([") - (word in ")]")
        if depth or word.lower() != "and":
            continue
        if k < verb:  # coordinated subjects
            conjuncts = g.items(c[:verb])
            if len(conjuncts) < 2 or not _distributable(g, conjuncts) or _collective(g, c[verb:]):
                return False
            for n, conjunct in enumerate(conjuncts):
                predicate = _respective(g, _agree(g, conjunct, c[verb:]), n, len(conjuncts))
                out.append(Statement((*prefix, *conjunct, *predicate), (conjunct[0], c[-1])))
            return True
        if g.first_finite(c, k + 1) >= 0:
            return False
        start = _list_start(g, c, k)
        conjuncts = g.items(c[start:])
        if start <= verb or len(conjuncts) < 2 or not _distributable(g, conjuncts, every=True):
            return False
        if g.w(c[start - 1]) == "between" or _participle_clause(g, c[verb:k]):
            return False
        if any(g.text(i) == "," for i in c[k + 1 :]):
            return False  # "in Linköping, Sweden, and São Paulo, Brazil": places with regions
        if _whole_list(g, c[verb:start], conjuncts) or _enumerated(g, c[:verb], conjuncts):
            return False

        _distribute(g, [*prefix, *c[:start]], conjuncts, None, out)
        return True
    return False


def _whole_list(g: Grammar, predicate: list[int], conjuncts: list[list[int]]) -> bool:
    """A list that is one statement: after a verb of make-up ("these comprise a dozen C and a
    pair of D", cue group `composition-verbs`), or the values of one plural noun ("with the
    numbers 209, 210, and 211": bare numbers after the first item)."""
    words = " ".join(g.text(i) for i in predicate)
    if cue("composition-verbs").search(words):
        return True
    first = [i for i in conjuncts[0] if g.w(i) not in DETERMINERS]
    values = len(first) == 2 and is_plural(g.text(first[0])) and is_number(g.text(first[1]))
    return values and all(len(x) == 1 and is_number(g.text(x[0])) for x in conjuncts[1:])


def _enumerated(g: Grammar, subject: list[int], conjuncts: list[list[int]]) -> bool:
    """The list names every member of a counted subject ("The top five countries included
    A, B, C, D and E"): as many items as the subject's count, so each alone would be said to
    be one of a group whose make-up is the point; the list is one statement."""
    counts = [cardinal_value(g.text(i)) for i in subject]
    return len(conjuncts) in {n for n in counts if n is not None and n > 1}


def _list_start(g: Grammar, c: list[int], k: int) -> int:
    start = g.np_start(c, k)
    while start > 1 and g.text(c[start - 1]) == ",":
        before = g.np_start(c, start - 1)
        if before == start - 1:
            break
        start = before
    return start


def _distributable(g: Grammar, conjuncts: list[list[int]], every: bool = False) -> bool:
    """Noun phrases, one (`every`: each) naming a system or carrying a figure, none opening
    with a preposition ("by Saab AB and in production since 1987" is no list), and not a
    two-word name such as "Bosnia and Herzegovina". With `every`, each is judged by its head,
    the words before a modifier ("the broader region regarding Venezuela's intentions" names
    nothing: the name is the modifier's)."""
    anchored = [g.anchored(_head(g, x) if every else x) for x in conjuncts]
    if not all(g.nounish(x) for x in conjuncts) or not (all if every else any)(anchored):
        return False
    if any(g.w(x[0]) in PREPOSITIONS for x in conjuncts[1:]):
        return False
    names = all(
        len(x) == 1 and is_name(g.text(x[0])) and not is_number(g.text(x[0])) for x in conjuncts
    )
    return not (names and len(conjuncts) == 2)


def _head(g: Grammar, c: list[int]) -> list[int]:
    """A noun phrase without its trailing modifier: up to a preposition or a participle."""
    for k in range(1, len(c)):
        word = g.w(c[k])
        if (word in PREPOSITIONS and word != "of") or (
            word.endswith("ing") and "VERB" in classes(word) and not is_name(g.text(c[k]))
        ):
            return c[:k]
    return c


def _collective(g: Grammar, predicate: list[int]) -> bool:
    """The predicate holds of its subjects together: a collective word, or `the three`."""
    text = " ".join(g.text(i) for i in predicate)
    if cue("collective").search(text):
        return True
    return any(g.w(a) in DETERMINERS and is_count(g.text(b)) for a, b in pairwise(predicate))


def _participle_clause(g: Grammar, c: list[int]) -> bool:
    """A trailing `, witnessing …` clause opens in c: a list after it belongs to it."""
    return any(g.text(a) == "," and g.w(b).endswith("ing") for a, b in pairwise(c))


def _respective(g: Grammar, predicate: list[Piece], n: int, count: int) -> list[Piece]:
    """The predicate of the n-th of `count` coordinated subjects: a run of exactly `count`
    coordinated ordinals in it ("are in second and third positions") gives each subject its
    own, in order, with the plural noun after them made singular ("Algeria is in second
    position"); any other predicate is said of each whole."""
    words = [g.w(p) if isinstance(p, int) else p.lower() for p in predicate]
    for start, word in enumerate(words):
        if ordinal_value(word) is None:
            continue
        run, end = [start], start + 1
        while (
            end + 1 < len(words)
            and words[end] in (",", "and")
            and (ordinal_value(words[end + 1]) is not None)
        ):
            run.append(end + 1)
            end += 2
            if words[end - 2] == "and":
                break
        if len(run) != count:
            return predicate
        tail = predicate[end:]
        if tail and isinstance(tail[0], int) and is_plural(g.text(tail[0])):
            lemma = lemminflect.getLemma(g.w(tail[0]), upos="NOUN")
            tail = [lemma[0] if lemma else tail[0], *tail[1:]]
        return [*predicate[:start], predicate[run[n]], *tail]
    return predicate


def _agree(g: Grammar, conjunct: list[int], predicate: list[int]) -> list[Piece]:
    first = g.w(predicate[0]) if predicate else ""
    if first in _SINGULAR and not is_plural(g.text(conjunct[-1])):
        return [_SINGULAR[first], *predicate[1:]]
    return list(predicate)

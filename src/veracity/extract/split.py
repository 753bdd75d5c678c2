"""Split a sentence into atomic statements, each keeping the words it needs to stand alone.

A rule-based splitter over the sentence's tokens, with word classes from `lexicon`: no
statistical parser, so the rules are few, deterministic and explainable to a desk. Sentence
rules (frame, side statements, clauses) are in `clauses`, participle asides of the clause's
subject in `asides`, statements inside noun phrases and captions in `modifiers`, figure items
with a gapped verb in `parallel`, clause rules (hedges, absolute phrases, lists, coordination)
in `phrases`.

A verbless lead-in before a colon ("A few highlights:") makes no statement. What stays whole,
on purpose: a list of plain nouns ("armored and automotive equipment, troop
air defense, … and small arms") names no system and carries no figure, so splitting it would
only repeat the sentence; a trailing participle clause of a result (", making the Su-30SM a
more viable option") has the whole event as its subject, which no rewording keeps faithful (one
of the subject's own action, ", witnessing …", is stated: `asides`); a concession
on a noun ("despite earlier considerations to …") qualifies its clause (one on a verb, "despite
still maintaining …", says what the subject does: `asides`); a sentence that opens with a
direct quotation and names no figure (`worthiness.figureless_quotation`): it is not checkable
whole, and its parts would only misstate the speaker.
"""

from __future__ import annotations

from typing import NamedTuple

from veracity.extract.asides import asides
from veracity.extract.attribution import attribution
from veracity.extract.clauses import bracket_statements, clauses, frame, side_statements
from veracity.extract.grammar import Grammar
from veracity.extract.modifiers import caption, modifiers
from veracity.extract.phrases import clause_statements
from veracity.extract.tokens import Sentence, Statement, tokenize
from veracity.extract.worthiness import figureless_quotation

__all__ = ["Found", "split_sentence"]


class Found(NamedTuple):
    """One statement: its claim text, the article span it stands on, its hedge if any."""

    text: str
    start: int
    end: int
    hedge: str | None
    said: str | None = None  # the attribution split off the sentence ("officials said")


def _statements(g: Grammar) -> tuple[list[Statement], str | None]:
    lead, body = frame(g)
    body, said = attribution(g, body)
    if not body or (g.text(len(g.t) - 1) == ":" and g.first_finite(body) < 0):
        return [], said  # "A few highlights:": a verbless lead-in to what follows
    out: list[Statement] = []
    if (verbless := caption(g, body)) is not None:
        return [verbless], said
    lead, body = bracket_statements(g, lead, out), bracket_statements(g, body, out)
    body = modifiers(g, body, out)
    body = asides(g, side_statements(g, body, out), out)
    for carried, clause in clauses(g, body):
        clause_statements(g, [*lead, *carried], clause, out)
    order = {id(s): n for n, s in enumerate(out)}
    return sorted(out, key=lambda s: (s.own[0], order[id(s)])), said


def split_sentence(text: str, start: int, end: int) -> list[Found]:
    """The atomic statements of the sentence `text[start:end]`, in article order."""
    sentence = Sentence(text, tuple(tokenize(text, start, end)))
    if figureless_quotation(text[start:end]) and sentence.tokens:
        opening, closing = sentence.tokens[0], sentence.tokens[-1]
        words = " ".join(text[opening.start : closing.end].split())
        return [Found(words, opening.start, closing.end, None)]
    found = []
    question = text[start:end].rstrip(" \"'”’)").endswith("?")
    statements, said = _statements(Grammar(sentence))
    for statement in statements:
        rendered = sentence.render(statement)
        if rendered and question and rendered.endswith("."):
            rendered = rendered[:-1] + "?"  # each part of a question is asked, not stated
        if rendered:
            first, last = statement.own
            found.append(
                Found(
                    rendered,
                    sentence.tokens[first].start,
                    sentence.tokens[last].end,
                    statement.hedge,
                    said,
                )
            )
    return found

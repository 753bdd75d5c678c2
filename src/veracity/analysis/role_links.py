"""Which system a run of role words is said of: the role assertions of a claim.

Role words are read next to a system name ("Arlan wheeled armored vehicles", "the multi-role
fighter Su-30SM"), after a copula ("The ANKA is a heavy-class unmanned aerial vehicle"), in an
apposition ("the A400M, a heavy-lift transport") or in a list ("drones such as the TB2"). Each
`RoleLink` pairs the run with the system mention it describes, in the order of the runs; a run
of generic words only ("system", "military") is linked only right after a name ("S-400
systems"), where even such a word is a checkable class.

Role words beside a name inside a counted noun phrase ("a dozen H225M multi-role combat
aircraft") describe the systems counted: the claim asserts the count, not the class, so such a
link is marked `descriptive` (a clash there refutes nothing); a copula or an apposition
predicates the class and is never descriptive.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from veracity.findings import Span
from veracity.mentions.finder import Mention
from veracity.mentions.links import copula_subject, gap_is, right_after
from veracity.mentions.roles import RoleMention
from veracity.quantities.parse import Quantity

__all__ = ["RoleLink", "read_role_links"]

_BEFORE_NAME = r"\s+(?:the\s+)?|\s+(?:called|named|dubbed)\s+(?:the\s+)?"
_LIST = r",?\s+(?:such\s+as|including|like|e\.g\.)\s+(?:the\s+)?"
_APPOSITION = r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"


@dataclass(frozen=True, slots=True)
class RoleLink:
    """A run of role words and the system mention it is said of."""

    system: Mention
    run: RoleMention
    link: Span | None = None
    """The words that link a list's run to the name ("such as", "including"), checked with it."""
    descriptive: bool = False
    """The run stands beside the name inside a counted noun phrase, not predicated of it."""


def read_role_links(
    text: str,
    systems: Sequence[Mention],
    runs: Sequence[RoleMention],
    quantities: Sequence[Quantity] = (),
) -> tuple[RoleLink, ...]:
    """The role assertions of `text`: each run of role words with the system it describes;
    a run beside its name inside one of `quantities`' counted phrases is `descriptive`."""
    return tuple(_links(text, systems, runs, quantities))


def _mark_counted(link: RoleLink, quantities: Sequence[Quantity]) -> RoleLink:
    """`link`, marked descriptive when a count before the name governs a noun phrase that
    holds both the name and the run ("12 A400M fighter jets", "twelve fighter jets F-16")."""
    start = min(link.system.start, link.run.start)
    end = max(link.system.end, link.run.end)
    for quantity in quantities:
        if quantity.amount.span[1] <= start and end <= quantity.noun[1]:
            return RoleLink(link.system, link.run, link.link, descriptive=True)
    return link


def _links(
    text: str,
    systems: Sequence[Mention],
    runs: Sequence[RoleMention],
    quantities: Sequence[Quantity],
) -> Iterator[RoleLink]:
    for run in runs:
        after = next((s for s in systems if s.start >= run.end), None)
        before = [s for s in systems if s.end <= run.start]
        if before and right_after(text, before[-1], run.start):
            # "S-400 systems": even a generic word is checked
            yield _mark_counted(RoleLink(before[-1], run), quantities)
        elif run.generic:
            continue
        elif after and gap_is(text, run.end, after.start, _BEFORE_NAME):
            yield _mark_counted(RoleLink(after, run), quantities)
        elif after and gap_is(text, run.end, after.start, _LIST):
            yield RoleLink(after, run, (run.end, after.start))
        elif before and gap_is(text, before[-1].end, run.start, _APPOSITION):
            yield RoleLink(before[-1], run)
        else:
            subject = copula_subject(text, run.start, systems)
            if subject is not None:
                yield RoleLink(subject[0], run)

"""Group membership of makers, on the bundled manufacturers table."""

from __future__ import annotations

from veracity import Claim
from veracity.analysis import ClaimDoc
from veracity.context import Context
from veracity.findings import Verdict
from veracity.mentions import catalog
from veracity.sources import Sources
from veracity.verifiers.maker_groups import memberships


def _judge(text: str, sources: Sources) -> list[Verdict]:
    relations = ClaimDoc(Claim(id="c", text=text), Context(sources=sources)).relations
    return [m.verdict for m in memberships(relations, catalog(sources))]


def test_parent_and_ancestor(sources: Sources) -> None:
    assert _judge("ZALA Aero, part of the Kalashnikov Concern", sources) == [Verdict.SUPPORTED]
    assert _judge("ZALA Aero is a unit of Rostec", sources) == [Verdict.SUPPORTED]


def test_other_group(sources: Sources) -> None:
    assert _judge("ZALA Aero is owned by Almaz-Antey", sources) == [Verdict.REFUTED]


def test_no_link_no_judgement(sources: Sources) -> None:
    assert _judge("ZALA Aero and Almaz-Antey compete.", sources) == []

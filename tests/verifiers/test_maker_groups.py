"""Group membership of makers, on the bundled manufacturers table."""

from __future__ import annotations

from veracity.findings import Verdict
from veracity.mentions import catalog, find_mentions
from veracity.sources import Sources
from veracity.verifiers.maker_groups import memberships


def _judge(text: str, sources: Sources) -> list[Verdict]:
    makers = [m for m in find_mentions(text, sources).makers if not m.of("system")]
    return [m.verdict for m in memberships(text, makers, catalog(sources))]


def test_parent_and_ancestor(sources: Sources) -> None:
    assert _judge("ZALA Aero, part of the Kalashnikov Concern", sources) == [Verdict.SUPPORTED]
    assert _judge("ZALA Aero is a unit of Rostec", sources) == [Verdict.SUPPORTED]


def test_other_group(sources: Sources) -> None:
    assert _judge("ZALA Aero is owned by Almaz-Antey", sources) == [Verdict.REFUTED]


def test_no_link_no_judgement(sources: Sources) -> None:
    assert _judge("ZALA Aero and Almaz-Antey compete.", sources) == []
